"""The destruction minutes (imha tutanağı) of one run.

States what was destroyed (kind, count, case numbers), when, by whom, how and on
what legal basis, the date after which no backup holds the data, and how long the
record is kept; then the record's SHA-256 digest, the centre's Ed25519 signature
over it and the key's fingerprint, and lines for the committee's signatures. No
personal data beyond case numbers.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.retention.due import short_date
from kdm_desktop.domain.retention.record import key_fingerprint
from kdm_desktop.reports.fonts import paragraph_styles
from kdm_desktop.reports.pdfkit_common import document, footer, grid, p
from kdm_desktop.reports.wording import official as _t

__all__ = ["MinutesData", "render_minutes"]

# The minutes are a KVKK record kept for the authority: Turkish (reports/wording.py).
TRIGGER_LABELS = {
    "periodic": _t("report.destruction.trigger_periodic"),
    "subject_request": _t("report.destruction.trigger_subject_request"),
}


@dataclass(frozen=True)
class MinutesItem:
    label: str
    count: int
    case_numbers: tuple[str, ...]


@dataclass(frozen=True)
class MinutesData:
    centre_name: str
    run_id: str
    run_at: datetime.datetime
    run_by: str
    trigger: str
    method: str
    legal_basis: str
    policy_version: int
    backups_clear_after: datetime.date
    keep_until: datetime.date
    items: tuple[MinutesItem, ...]
    digest: str
    signature: bytes
    public_key: bytes
    signature_ok: bool


def _fingerprint_lines(public_key: bytes) -> str:
    groups = key_fingerprint(public_key).split()
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


def _hex_lines(data: bytes, per_line: int = 32) -> str:
    h = data.hex()
    return "\n".join(h[i : i + per_line * 2] for i in range(0, len(h), per_line * 2))


@official_document
def render_minutes(m: MinutesData) -> bytes:
    styles = paragraph_styles()
    body, heading, small, mono = styles["body"], styles["heading"], styles["small"], styles["mono"]
    backup_days = (m.backups_clear_after - m.run_at.date()).days
    when = f"{short_date(m.run_at.date())}, {m.run_at.hour:02d}:{m.run_at.minute:02d}"
    facts = [
        (_t("report.destruction.run_id"), m.run_id),
        (_t("report.destruction.when"), when),
        (_t("report.destruction.run_by"), m.run_by),
        (_t("report.destruction.trigger"), TRIGGER_LABELS.get(m.trigger, m.trigger)),
        (_t("report.destruction.method"), m.method),
        (_t("report.destruction.legal_basis"), m.legal_basis),
        (_t("report.destruction.policy_version"), str(m.policy_version)),
        (
            _t("report.destruction.backups"),
            _t(
                "report.destruction.backups_text",
                date=short_date(m.backups_clear_after),
                days=backup_days,
            ),
        ),
        (
            _t("report.destruction.kept"),
            _t("report.destruction.kept_until", date=short_date(m.keep_until)),
        ),
    ]
    story: list[Any] = [
        p(m.centre_name, small),
        p(_t("report.destruction.title"), styles["title"]),
        grid([[p(k, small), p(v, small)] for k, v in facts], [38 * mm, "*"]),
        p(_t("report.destruction.items"), heading),
    ]
    rows: list[list[Any]] = [
        [
            p(_t("report.destruction.kind"), body),
            p(_t("report.destruction.count"), body),
            p(_t("report.destruction.case_numbers"), body),
        ]
    ]
    for item in m.items:
        numbers = ", ".join(item.case_numbers) if item.case_numbers else "—"
        rows.append([p(item.label, body), p(str(item.count), body), p(numbers, small)])
    if not m.items:
        rows.append([p(_t("report.destruction.nothing_due"), body), p("0", body), p("—", small)])
    story.append(grid(rows, [62 * mm, 16 * mm, "*"], header=True))
    story.append(p(_t("report.destruction.anonymised"), small))
    story.append(p(_t("report.destruction.integrity"), heading))
    state = _t(
        "report.destruction.verified" if m.signature_ok else "report.destruction.not_verified"
    )
    story += [
        p(_t("report.destruction.digest", digest=m.digest), mono),
        p(
            _t("report.destruction.signature", state=state, signature=_hex_lines(m.signature)),
            mono,
        ),
        p(
            _t(
                "report.destruction.fingerprint",
                fingerprint=_fingerprint_lines(m.public_key),
            ),
            mono,
        ),
    ]
    sign_rows = [
        [
            p(_t("report.destruction.destroyer"), body),
            p(_t("report.destruction.checker"), body),
            p(_t("report.destruction.approver"), body),
        ],
        [p(_t("report.destruction.sign_here"), small)] * 3,
    ]
    # The second row leaves room to sign by hand.
    signatures = grid(sign_rows, ["*", "*", "*"], heights=[None, 14 * mm])
    story.append(KeepTogether([p(_t("report.destruction.signatures"), heading), signatures]))
    buffer = io.BytesIO()
    doc = document(buffer, _t("report.destruction.doc_title", run=m.run_id[:8]))
    draw = footer(_t("report.destruction.marking"), m.run_at.date())
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return buffer.getvalue()
