"""The authenticated list of who may hold the psychologists' role key.

The users table says who is a psychologist, but any colleague can rewrite it with
the master key her own password yields. So the role key is given only to a reader
the list *endorses* — a list MAC'd under the role key itself
(security/role_readers.py), naming each reader with her slot's public key:

- a session that holds the role key checks the list at every login; a list that
  does not verify was written without the key: the login says so, the audit log
  records it, and the key is renewed for this holder alone (everyone else is then
  confirmed again, one by one);
- a reader the table names but the list does not endorse (a new psychologist, a
  role change, a reset password — or a secretary who edited her own row) is
  *pending*: the key is sealed to her slot only when a holder confirms her
  (services/role_grants.py);
- an endorsed reader who no longer fits her entry (moved out of the role, removed,
  given a new slot, her seal stripped) makes the holder's login renew the key for
  the readers who still fit;
- a case file from an earlier build has no list: the first holder to log in
  writes it with herself alone; every other holder adds herself at her own login
  (holding the key proves it). A seal in a slot cannot be checked by anyone but its
  owner, so claimed holders are never endorsed on someone else's word.
"""

from __future__ import annotations

from dataclasses import dataclass

from kdm_desktop.security import role_readers
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.role_readers import ReaderList, ReadersTampered
from kdm_desktop.services.session import Session
from kdm_desktop.storage.unit_of_work import UnitOfWork

TAMPERED = "rolegrant.tampered"


@dataclass(frozen=True)
class Settled:
    """What a holder's login found: the readers to renew the key for, if it must be."""

    renew_for: set[str] | None = None
    tampered: bool = False


def slot_public(session: Session, user: str) -> bytes | None:
    slot = session.slots.password_slot(user)
    return None if slot is None else slot.public_key


def load(session: Session, role: str, kid: str, private: bytes) -> ReaderList | None:
    """The verified list for key `kid`, or None if the case file has none yet."""
    record = session.reading().role_keys(role).readers_record()
    if record is None:
        return None
    body, tag = record
    return role_readers.verify(
        body, tag, private, casefile_id=session.casefile_id, role=role, kid=kid
    )


def write(uow: UnitOfWork, readers: ReaderList, private: bytes) -> None:
    uow.role_keys(readers.role).set_readers_record(
        readers.body(), role_readers.mac(readers, private)
    )


def listing_for(session: Session, role: str, kid: str, users: set[str]) -> ReaderList:
    """A list endorsing `users` with the slots they have now."""
    out = ReaderList(session.casefile_id, role, kid)
    for user in sorted(users):
        public = slot_public(session, user)
        if public is not None:
            out = out.with_reader(user, public)
    return out


def _self_endorsable(session: Session, readers: set[str], holders: set[str]) -> bool:
    """The session's own user may be on the list: a reader whose slot holds the key."""
    me = session.user.username
    return me in readers and me in holders and slot_public(session, me) is not None


def settle(
    session: Session,
    role: str,
    kid: str,
    private: bytes,
    readers: set[str],
    holders: set[str],
) -> Settled:
    """Check (or first write) the list as a holder of key `kid`; say if it must be renewed."""
    me = session.user.username
    mine = _self_endorsable(session, readers, holders)
    try:
        listed = load(session, role, kid, private)
    except ReadersTampered:
        with session.work() as uow:
            uow.audit(AuditAction.CHANGE, "role_key", role, "role_readers_tampered")
        session.notices.append(TAMPERED)
        return Settled(renew_for={me} if mine else set(), tampered=True)
    if listed is None:  # an earlier build: the list starts with this holder alone
        first = listing_for(session, role, kid, {me} if mine else set())
        with session.work() as uow:
            write(uow, first, private)
            uow.audit(AuditAction.CHANGE, "role_key", role, "role_readers_created")
        return Settled()
    changed = False
    if mine:
        public = slot_public(session, me)
        assert public is not None
        if not listed.endorses(me, public):
            # Her own slot holds the key (a changed password keeps it): she vouches for it.
            listed, changed = listed.with_reader(me, public), True
    stale = {
        user
        for user, public_hex in listed.readers.items()
        if _stale(session, user, public_hex, readers, holders)
    }
    if stale:
        return Settled(renew_for=set(listed.readers) - stale)
    if changed:
        with session.work() as uow:
            write(uow, listed, private)
    return Settled()


def _stale(
    session: Session, user: str, public_hex: str, readers: set[str], holders: set[str]
) -> bool:
    """An endorsed reader who no longer fits her entry. One with no slot at all (the
    slot file was rebuilt with the recovery key) stays endorsed by name, so the
    recovery key can give her a new slot with the key (`may_keep`)."""
    if user not in readers:
        return True
    public = slot_public(session, user)
    if public is None:
        return False
    return user not in holders or public.hex() != public_hex


def may_keep(session: Session, role: str, kid: str, private: bytes, user: str) -> bool:
    """Whether `user`'s new slot (a reset through the recovery key) keeps the key."""
    try:
        listed = load(session, role, kid, private)
    except ReadersTampered:
        return False
    return listed is not None and user in listed.readers


def pending(session: Session, role: str, readers: set[str], holders: set[str]) -> list[str]:
    """Readers by the table whose slot lacks the key and whom no holder declined."""
    declined = session.reading().role_keys(role).declined()
    out = []
    for user in sorted(readers - holders):
        public = slot_public(session, user)
        if public is not None and declined.get(user) != public.hex():
            out.append(user)
    return out


def note_pending(session: Session, role: str, waiting: list[str]) -> None:
    """Audit each reader newly refused an automatic grant (once, until she is settled)."""
    repo = session.reading().role_keys(role)
    known = repo.pending_grants()
    if known == set(waiting):
        return
    with session.work() as uow:
        for user in sorted(set(waiting) - known):
            uow.audit(AuditAction.CHANGE, "role_key", user, "role_key_pending")
        uow.role_keys(role).set_pending_grants(set(waiting))


def links_to(
    session: Session, role: str, held: dict[str, bytes], new_kid: str
) -> list[tuple[str, str, str]]:
    """The links kept (from keys some slot still holds) plus one from each held key."""
    sealed = {
        name.split("#", 1)[1]
        for slot in session.slots.slots
        for name, _ in slot.sealed_roles
        if "#" in name
    }
    kept = [x for x in session.reading().role_keys(role).links() if x[0] in sealed]
    made = [
        (kid, new_kid, role_readers.link_mac(private, session.casefile_id, role, kid, new_kid))
        for kid, private in sorted(held.items())
        if kid != new_kid
    ]
    return kept + made


def vouched(session: Session, role: str, held: dict[str, bytes], current: str) -> bool:
    """Each older key this user's own slot holds leads to the current key through
    links made with it: a key published by someone who did not hold the previous one
    (a replaced public key, a forged renewal) has no such link. A step from a key
    this session does not hold cannot be checked here; its holders check it."""
    links = session.reading().role_keys(role).links()
    for start in held:
        if start == current:
            continue
        seen, frontier, found = {start}, [start], False
        while frontier and not found:
            node = frontier.pop()
            for a, b, tag in links:
                if a != node or b in seen:
                    continue
                if a in held and not role_readers.link_valid(
                    tag, held[a], session.casefile_id, role, a, b
                ):
                    continue
                found = found or b == current
                seen.add(b)
                frontier.append(b)
        if not found:
            return False
    return True
