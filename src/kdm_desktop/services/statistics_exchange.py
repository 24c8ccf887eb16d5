"""Statistics files (`.kdmstat`): a centre sends its period's counts to the
coordinating body; the coordinating body imports many.

No new cryptography: the file is a transfer envelope (bundle/envelope.py) —
age v1 encryption to the recipient's *verified* card key, encrypt-then-sign with
the sender's centre key — carrying the `kdmstat` document (domain/statistics/kdmstat.py).

Import: the signature and the sender's verified card are checked before anything
is decrypted (`verify_envelope`); the content is decrypted in memory (a few hundred
kilobytes of counts, no personal data), parsed strictly, checked against the signer
(centre code) and stored in one transaction with its audit entry. A newer file
(higher sequence) of the same centre and period replaces the older one, which is
kept and marked replaced; an older or repeated one is refused. Any refusal: exit 4,
nothing changes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop import messages
from kdm_desktop.bundle.envelope import (
    EnvelopeError,
    open_envelope,
    verify_envelope,
    write_envelope,
)
from kdm_desktop.domain.statistics import kdmstat
from kdm_desktop.domain.statistics.kdmstat import StatDocument, StatFileError
from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.domain.statistics.publish import pattern, publish_by_district
from kdm_desktop.domain.statistics.received import ReceivedFile
from kdm_desktop.domain.statistics.suppression import TOTAL, CellState
from kdm_desktop.domain.statistics.tables import TABLES as _TABLES
from kdm_desktop.domain.statistics.tables import Counts
from kdm_desktop.errors import RefusedInput
from kdm_desktop.oserrors import os_error_refusal
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.statistics_work import WorkService
from kdm_desktop.services.transfers import refusal, unreadable
from kdm_desktop.services.trust import TrustService, own_identity


@dataclass(frozen=True)
class ExportResult:
    path: Path
    document: StatDocument
    recipient: str
    sequence: int


@dataclass(frozen=True)
class ImportResult:
    document: StatDocument
    replaced: bool
    file_id: str


def suppressed_document(doc: StatDocument, k: int, release_k: int | None = None) -> StatDocument:
    """The same document with only what may be published: small cells "<k", and the
    cells and totals hidden to protect them "x". With a `k` above the release's, the
    release's pattern with more hidden, in the release's symbols (`min_cell` is then
    the release's k: what "<k" and "x" mean)."""
    published = publish_by_district(
        doc.counts, StatisticsService.district_list(), k, release_k=release_k
    )
    k = published[0].result.k if published else k
    counts = Counts()
    hidden: set[tuple[str, str, str]] = set()
    small: set[tuple[str, str, str]] = set()
    for table in published:
        for i, d in enumerate(table.row_keys):
            for j, c in enumerate(table.col_keys):
                state = table.result.states[(i, j)]
                value = table.result.value((i, j))
                if table.result.withheld or state is CellState.HIDDEN:
                    # A zero of a dominated row (group rule) or of a withheld table
                    # is hidden too: a missing cell would say 0.
                    if value or table.result.withheld or (i, j) in table.result.unknown:
                        hidden.add((table.table.key, d, c))
                elif state is CellState.SMALL:
                    small.add((table.table.key, d, c))
                else:
                    counts.add(table.table.key, d, c, value)
            if table.has_row_totals and (
                table.result.withheld or table.result.states[(i, TOTAL)] is not CellState.SHOWN
            ):
                hidden.add((table.table.key, d, "*"))
    return StatDocument(
        centre_code=doc.centre_code,
        centre_name=doc.centre_name,
        centre_district=doc.centre_district,
        period=doc.period,
        created_at=doc.created_at,
        province=doc.province,
        district_list_version=doc.district_list_version,
        suppressed_only=True,
        min_cell=k,
        counts=counts,
        hidden=hidden,
        small=small,
        activities=doc.activities,
        standards=doc.standards,
    )


def document_text(doc: StatDocument) -> str:
    data = doc.as_dict()
    kind = (
        messages.text("stats.preview.suppressed", k=doc.min_cell)
        if doc.suppressed_only
        else messages.text("stats.preview.exact")
    )
    lines = [
        messages.text(
            "stats.preview.heading", centre=doc.centre_code, period=doc.period.label(), kind=kind
        ),
        messages.text("stats.preview.no_personal_data"),
    ]
    for t in _TABLES:
        rows = data["tables"].get(t.key, {})
        if not rows:
            continue
        lines.append(f"\n{t.title}")
        for district, cats in rows.items():
            cells = ", ".join(f"{t.label(c)}: {v}" for c, v in cats.items())
            lines.append(f"  {district}: {cells}")
    if doc.pattern is not None:
        lines.append(
            "\n" + messages.text("stats.preview.pattern", k=doc.min_cell, count=len(doc.pattern))
        )
    if doc.activities:
        lines.append("\n" + messages.text("stats.preview.activities", count=len(doc.activities)))
    if doc.standards is not None:
        lines.append(messages.text("stats.preview.standards", count=len(doc.standards.answers)))
    return "\n".join(lines)


class StatisticsExchange:
    def __init__(self, session: Session) -> None:
        self._s = session

    # ----------------------------------------------------------------- export

    def document(
        self, period: Period, *, suppressed_only: bool, k: int | None = None
    ) -> StatDocument:
        """Exactly what the file will carry (shown to the staff before sending)."""
        self._s.require(Permission.EXPORT)
        stats = StatisticsService(self._s)
        k, release = stats.min_cell(k), stats.release_min_cell()
        if suppressed_only:
            stats.published_period(period)
        counts = stats.exact(period)
        centre = self._s.centre()
        districts = StatisticsService.district_list()
        work = WorkService(self._s)
        doc = StatDocument(
            centre_code=centre.code,
            centre_name=centre.name,
            centre_district=centre.district,
            period=period,
            created_at=self._s.timestamp(),
            province=districts.province_key,
            district_list_version=districts.version,
            suppressed_only=False,
            # What the centre's own publications at k hide: the province report hides
            # it too, so the centre's page next to the report gives nothing back.
            min_cell=k,
            counts=counts,
            activities=work.activities_in(period),
            standards=work.standards_for(period),
            pattern=pattern(publish_by_district(counts, districts, k)),
        )
        return suppressed_document(doc, k, release) if suppressed_only else doc

    def export(
        self,
        period: Period,
        to_code: str,
        dst: Path,
        *,
        suppressed_only: bool,
        k: int | None = None,
        overwrite: bool = False,
    ) -> ExportResult:
        self._s.require(Permission.EXPORT)
        if dst.exists() and not overwrite:
            raise RefusedInput("attachment.target_exists", path=str(dst))
        recipient = TrustService(self._s).recipient(to_code)
        identity = own_identity(self._s)
        doc = self.document(period, suppressed_only=suppressed_only, k=k)
        payload = kdmstat.encode(doc)
        try:
            with self._s.work() as uow:
                sequence = uow.statistics_work.next_outgoing_sequence()
                written = write_envelope(
                    dst,
                    identity,
                    [recipient.encryption_public],
                    io.BytesIO(payload),
                    sequence=sequence,
                    payload_size=len(payload),
                )
                uow.audit(
                    AuditAction.EXPORT,
                    "statistics",
                    period.key(),
                    f"file={written.bundle_id.hex()} to={recipient.code} "
                    f"suppressed={int(suppressed_only)}",
                )
        except EnvelopeError as exc:
            raise refusal(exc) from exc
        except OSError as exc:
            raise os_error_refusal(exc, dst, key="transfer.write_failed") from exc
        return ExportResult(dst, doc, recipient.code, sequence)

    # ----------------------------------------------------------------- import

    def import_file(self, path: Path) -> ImportResult:
        self._s.require(Permission.IMPORT)
        trust = TrustService(self._s)
        identity = own_identity(self._s)
        with self._s.work() as uow:
            repo = uow.statistics_work
            try:
                verified = verify_envelope(path, trust.trusted_signer)
                sender = verified.sender.card
                if repo.received_file(sender.signing_public, verified.bundle_id) is not None:
                    raise RefusedInput("stats.file.already_imported")
                plain = _Limited(kdmstat.MAX_BYTES + 64)
                opened = open_envelope(verified, [identity.encryption_private], plain)
            except EnvelopeError as exc:
                raise refusal(exc) from exc
            except OSError as exc:
                raise unreadable(path, exc) from exc
            try:
                doc = kdmstat.decode(plain.data())
            except StatFileError as exc:
                raise RefusedInput(
                    "stats.file.malformed", reason=exc.reason, detail=exc.detail[:80] or "—"
                ) from exc
            if doc.centre_code != sender.code:
                raise RefusedInput(
                    "stats.file.sender_mismatch", code=doc.centre_code, signer=sender.code
                )
            districts = StatisticsService.district_list()
            if doc.province != districts.province_key:
                raise RefusedInput("stats.file.other_province", province=doc.province)
            start, end = doc.period.start.isoformat(), doc.period.end.isoformat()
            current = repo.current_for(doc.centre_code, start, end)
            if current is not None and opened.sequence <= current.sequence:
                raise RefusedInput(
                    "stats.file.older", code=doc.centre_code, period=doc.period.label()
                )
            now = self._s.timestamp()
            pk = repo.add_received(
                ReceivedFile(
                    0,
                    verified.bundle_id,
                    sender.signing_public,
                    doc.centre_code,
                    doc.centre_name,
                    doc.centre_district,
                    start,
                    end,
                    opened.sequence,
                    doc.created_at,
                    verified.digest,
                    doc.suppressed_only,
                    kdmstat.encode(doc)[len(kdmstat.MAGIC) :].decode("utf-8"),
                    now,
                    self._s.user.username,
                    None,
                )
            )
            detail = f"from={doc.centre_code} period={doc.period.key()}"
            if current is not None:
                repo.mark_replaced(current.pk, pk)
                detail += f" replaces={current.file_id.hex()}"
            uow.audit(AuditAction.IMPORT, "statistics_file", verified.bundle_id.hex(), detail)
        return ImportResult(doc, current is not None, verified.bundle_id.hex())

    def received(self) -> list[ReceivedFile]:
        self._s.require(Permission.IMPORT)
        return self._s.reading().statistics_work.all_files()


class _Limited:
    """Collects the decrypted content in memory, refusing more than `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self._buf = io.BytesIO()
        self._limit = limit

    def write(self, data: bytes, /) -> int:
        if self._buf.tell() + len(data) > self._limit:
            raise RefusedInput("stats.file.malformed", reason="too_large", detail="—")
        return self._buf.write(data)

    def data(self) -> bytes:
        return self._buf.getvalue()
