"""This centre's bundle identity and the trust store of other centres' cards.

A card is only *imported* until someone at this centre has compared its
fingerprint with the one the other centre read out on the phone; only then is
it *verified* and may send bundles or receive them. A new key from a known
centre starts unverified again; the old verified key keeps opening bundles
already on their way until the new one is verified (or the centre is revoked).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kdm_desktop.bundle.envelope import VerifiedSender
from kdm_desktop.bundle.fingerprint import fingerprint, fingerprints_match
from kdm_desktop.bundle.identity import (
    CardError,
    CentreIdentity,
    PublicCard,
    export_card,
    parse_card,
)
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.inputfiles import read_input_file
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.storage.trust_repo import (
    IMPORTED,
    REVOKED,
    SENDER_STATES,
    VERIFIED,
    CentreRow,
)
from kdm_desktop.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from kdm_desktop.storage.trust_repo import TrustRepository

MAX_CARD_FILE = 64 * 1024


@dataclass(frozen=True)
class TrustedCentre:
    code: str
    name: str
    state: str
    fingerprint: str
    imported_at: str
    verified_at: str | None
    revoked_at: str | None


def card_of(row: CentreRow) -> PublicCard:
    return PublicCard(row.name, row.code, row.signing_key, row.encryption_key, row.card_created)


def own_identity(session: Session) -> CentreIdentity:
    row = session.identity()
    centre = session.centre()
    try:
        return CentreIdentity.from_private_keys(
            row.signing_private,
            row.encryption_private,
            name=centre.name,
            code=centre.code,
            created=row.created_at,
        )
    except (ValueError, CardError) as exc:
        raise KdmError("keys.damaged", detail=type(exc).__name__) from exc


class TrustService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> TrustRepository:
        return self._s.reading().trust

    # ----- this centre -----

    def own_card(self) -> bytes:
        self._s.require(Permission.EXPORT)
        return export_card(own_identity(self._s))

    def save_own_card(self, path: Path) -> None:
        """Write this centre's card (public keys only) to `path` atomically."""
        data = self.own_card()
        write_user_file(path, data, key="transfer.write_failed")

    def read_card_file(self, path: Path) -> bytes:
        return read_input_file(path, MAX_CARD_FILE)

    def own_fingerprint(self) -> str:
        return fingerprint(own_identity(self._s).card)

    # ----- other centres -----

    def centres(self) -> list[TrustedCentre]:
        self._s.require(Permission.EXPORT)
        return [
            TrustedCentre(
                r.code,
                r.name,
                r.state,
                fingerprint(card_of(r)),
                r.imported_at,
                r.verified_at,
                r.revoked_at,
            )
            for r in self._repo.all()
        ]

    def import_card(self, data: bytes, read_out: str | None = None) -> TrustedCentre:
        """Store another centre's card; with `read_out`, verify it in the same step.

        A fingerprint that does not match stores nothing (exit 4).
        """
        self._s.require(Permission.MANAGE_TRUST)
        if len(data) > MAX_CARD_FILE:
            raise RefusedInput("trust.card_invalid", reason="too_large")
        try:
            card = parse_card(data)
        except CardError as exc:
            raise RefusedInput("trust.card_invalid", reason=exc.reason) from exc
        if card.signing_public == own_identity(self._s).card.signing_public:
            raise RefusedInput("trust.own_card")
        if read_out is not None:
            self._check_fingerprint(card, read_out)
        now = self._s.timestamp()
        with self._s.work() as uow:
            repo = uow.trust
            row = repo.by_signing_key(card.signing_public)
            if row is not None and row.state == REVOKED:
                raise RefusedInput("trust.revoked_key", code=row.code)
            if row is not None and (
                row.encryption_key != card.encryption_public or row.code != card.code
            ):
                raise RefusedInput("trust.card_conflict", code=row.code)
            if row is None:
                pk = repo.add(
                    code=card.code,
                    name=card.name,
                    signing_key=card.signing_public,
                    encryption_key=card.encryption_public,
                    card_created=card.created,
                    at=now,
                    by=self._s.user.username,
                )
                uow.audit(AuditAction.IMPORT, "centre_card", card.code, f"pk={pk}")
            else:
                pk = row.pk
            if read_out is not None and (row is None or row.state == IMPORTED):
                self._verify(uow, pk, card.code, now)
        return self._view(card.signing_public)

    def verify(self, code: str, read_out: str) -> TrustedCentre:
        """Mark the newest unverified card of `code` verified, if the fingerprint matches."""
        self._s.require(Permission.MANAGE_TRUST)
        code = code.strip().upper()
        pending = [r for r in self._repo.by_code(code) if r.state == IMPORTED]
        if not pending:
            raise RefusedInput("trust.nothing_to_verify", code=code)
        row = pending[-1]
        self._check_fingerprint(card_of(row), read_out)
        with self._s.work() as uow:
            self._verify(uow, row.pk, code, self._s.timestamp())
        return self._view(row.signing_key)

    def revoke(self, code: str) -> int:
        self._s.require(Permission.MANAGE_TRUST)
        code = code.strip().upper()
        with self._s.work() as uow:
            repo = uow.trust
            count = repo.revoke_code(code, self._s.timestamp())
            if count == 0:
                known = bool(repo.by_code(code))
                raise RefusedInput(
                    "trust.already_revoked" if known else "trust.unknown_centre", code=code
                )
            uow.audit(AuditAction.CHANGE, "centre_card", code, "revoked")
        return count

    # ----- for the transfer service -----

    def trusted_signer(self, key: bytes) -> VerifiedSender | None:
        row = self._repo.by_signing_key(key)
        if row is None or row.state not in SENDER_STATES:
            return None
        return VerifiedSender(card_of(row))

    def recipient(self, code: str) -> PublicCard:
        code = code.strip().upper()
        rows = [r for r in self._repo.by_code(code) if r.state == VERIFIED]
        if not rows:
            known = self._repo.by_code(code)
            if any(r.state == REVOKED for r in known) and not any(
                r.state == IMPORTED for r in known
            ):
                raise RefusedInput("trust.recipient_revoked", code=code)
            if known:
                raise RefusedInput("trust.recipient_unverified", code=code)
            raise RefusedInput("trust.unknown_centre", code=code)
        return card_of(rows[-1])

    # ----- helpers -----

    def _check_fingerprint(self, card: PublicCard, read_out: str) -> None:
        if not fingerprints_match(fingerprint(card), read_out):
            raise RefusedInput("trust.fingerprint_mismatch", code=card.code)

    def _verify(self, uow: UnitOfWork, pk: int, code: str, now: str) -> None:
        for other in uow.trust.by_code(code):
            if other.pk != pk and other.state == VERIFIED:
                uow.trust.set_replaced(other.pk)
        uow.trust.set_verified(pk, now)
        uow.audit(AuditAction.CHANGE, "centre_card", code, "verified")

    def _view(self, key: bytes) -> TrustedCentre:
        row = self._repo.by_signing_key(key)
        assert row is not None
        return TrustedCentre(
            row.code,
            row.name,
            row.state,
            fingerprint(card_of(row)),
            row.imported_at,
            row.verified_at,
            row.revoked_at,
        )
