"""Keeping the psychologists' role key sealed to exactly the right slots.

The role key (security/rolefields.py) is an X25519 key pair: its public half is in
the database, so any session seals session notes; its private half is sealed to
the slot of every user whose role may read them (psychologists) and to the
recovery slot, under the name `psych#<key id>`. An administrator does not hold it.

`reconcile` runs at every open and after every change of who is in which role,
and converges on these rules (each step is idempotent, so a crash anywhere is
finished by the next open):

1. no role key yet (a case file from before): make one, seal it to the allowed
   users and the recovery slot, then seal every session note still in plain text;
2. a slot of a user whose role may *not* read the notes holds a seal (she moved to
   another role): strip her seals and **rotate** — a new key pair, sealed to the
   remaining allowed users and the recovery slot; new notes are sealed to it, so her
   old key reads nothing written after;
3. nobody but the recovery slot holds the current key and nothing is sealed to it
   (the first psychologist was just added by an administrator): make a fresh key;
4. a session that holds the current key **grants** it to every allowed user whose
   slot lacks it (a new psychologist, a reset password) — sealing to her public key
   needs no password — and **re-seals** notes still under a retired key to the
   current one, then drops the retired seals.

Whoever can only seal (an administrator, a secretary) never reads; the grant and
the re-sealing wait for the next login of a holder (or the recovery key).
"""

from __future__ import annotations

from kdm_desktop.security import rolefields
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.rolefields import FieldLocked, RoleFieldCipher, key_id, sealed_key_id
from kdm_desktop.security.roles import Permission, Role, allows
from kdm_desktop.services.session import Session
from kdm_desktop.storage.unit_of_work import UnitOfWork

ROLE = rolefields.PSYCH_NOTES
READERS = frozenset(r for r in Role if allows(r, Permission.VIEW_PSYCH_NOTES))


def seal_name(kid: str) -> str:
    return f"{ROLE}#{kid}"


def _kid_of(name: str) -> str | None:
    prefix = ROLE + "#"
    return name[len(prefix) :] if name.startswith(prefix) else None


def held_keys(role_keys: dict[str, bytes]) -> dict[str, bytes]:
    """Key id -> private key, for the role keys one unlocked slot holds."""
    out = {}
    for name, key in role_keys.items():
        kid = _kid_of(name)
        if kid is not None:
            out[kid] = key
    return out


def _readers(session: Session) -> set[str]:
    return {
        row.username
        for row in session.reading().users.all()
        if row.active and Role(row.role) in READERS
    }


def _holders_of(session: Session, kid: str) -> set[str]:
    return session.slots.role_key_holders(seal_name(kid))


def _all_seal_holders(session: Session) -> set[str]:
    return {
        s.user
        for s in session.slots.slots
        if s.kind == "password" and s.user and any(_kid_of(n) for n, _ in s.sealed_roles)
    }


def _strip_user(session: Session, user: str) -> None:
    for s in session.slots.slots:
        if s.user == user:
            for name, _ in s.sealed_roles:
                if _kid_of(name) is not None:
                    session.slots.revoke_role_key(user, name)


def _new_key(session: Session, readers: set[str]) -> None:
    """Make and seal a new role key; the database learns it only once the slot file
    holding it is on disk, so no note is ever sealed to a key nobody holds."""
    private, public = rolefields.new_role_key()
    kid = key_id(public)
    for user in readers:
        session.slots.grant_role_key(user, seal_name(kid), private)
    recovery_slot = session.slots.recovery_slot()
    if recovery_slot is not None:
        session.slots.grant_role_key_to_slot(recovery_slot.slot_id, seal_name(kid), private)
    if session.user.role in READERS or session.user.username in readers:
        session.role_keys[seal_name(kid)] = private

    def publish(uow: UnitOfWork) -> None:
        uow.role_keys(ROLE).set_public_key(public)

    session.save_slots(on_confirm=publish)


def _sealed_summary(session: Session) -> tuple[int, set[str]]:
    """(fields still plain, key ids sealed fields are under): one pass in SQL."""
    return session.reading().role_keys(ROLE).summary(rolefields.PREFIX)


def reconcile(session: Session) -> None:
    repo = session.reading().role_keys(ROLE)
    readers = _readers(session)
    public = repo.public_key()
    if public is None:
        _new_key(session, readers)  # rule 1
    else:
        outsiders = _all_seal_holders(session) - readers
        if outsiders:  # rule 2
            for user in outsiders:
                _strip_user(session, user)
            _new_key(session, readers)
        elif (
            readers
            and not _holders_of(session, key_id(public))
            and key_id(public) not in _sealed_summary(session)[1]
        ):  # rule 3
            _new_key(session, readers)
    public = session.reading().role_keys(ROLE).public_key()
    assert public is not None
    cipher = RoleFieldCipher(ROLE, public, held_keys(session.role_keys))
    session.attach_field_cipher(cipher)
    # Every login: one aggregate pass decides whether any field must be touched.
    plain, in_use = _sealed_summary(session)
    if plain:
        _seal_plain(session, cipher)
        in_use.add(cipher.current_id)
    if cipher.can_read:
        _grant_and_reseal(session, cipher, readers, in_use)


def _seal_plain(session: Session, cipher: RoleFieldCipher) -> None:
    """Session notes written before the role key existed are sealed now (rule 1)."""
    fields = [
        f for f in session.reading().role_keys(ROLE).fields() if not rolefields.is_sealed(f.value)
    ]
    if not fields:
        return
    with session.work() as uow:
        uow.role_keys(ROLE).rewrite(fields, lambda f: cipher.seal(f.context, f.value))


def _to_current(cipher: RoleFieldCipher, context: str, value: str) -> str:
    """A value sealed under a retired key, sealed again under the current one."""
    try:
        return cipher.seal(context, cipher.open(value, context))
    except FieldLocked:
        return value  # tampered: left as it is, `check` is not fooled


def _reseal_drafts(session: Session, cipher: RoleFieldCipher) -> None:
    """Unsaved note drafts under a retired key move to the current one before it goes."""
    current = cipher.current_id

    def reseal(context: str, value: str) -> str:
        kid = sealed_key_id(value)
        if kid == current or kid not in cipher.private_keys:
            return value
        return _to_current(cipher, context, value)

    if len(cipher.private_keys) > 1:  # only while a retired key is still held
        with session.work() as uow:
            uow.drafts.reseal(reseal)


def _grant_and_reseal(
    session: Session, cipher: RoleFieldCipher, readers: set[str], in_use: set[str]
) -> None:
    current = cipher.current_id
    private = cipher.private_keys[current]
    changed = False
    granted: list[str] = []
    for user in sorted(readers - _holders_of(session, current)):
        if session.slots.password_slot(user) is not None:
            session.slots.grant_role_key(user, seal_name(current), private)
            granted.append(user)
            changed = True
    retired_ids = {k for k in in_use if k != current and k in cipher.private_keys}
    retired = (
        [
            f
            for f in session.reading().role_keys(ROLE).fields()
            if rolefields.is_sealed(f.value) and sealed_key_id(f.value) in retired_ids
        ]
        if retired_ids
        else []
    )
    if retired:
        with session.work() as uow:
            uow.role_keys(ROLE).rewrite(retired, lambda f: _to_current(cipher, f.context, f.value))
        in_use = _sealed_summary(session)[1]
    _reseal_drafts(session, cipher)
    for s in list(session.slots.slots):
        for name, _ in s.sealed_roles:
            kid = _kid_of(name)
            if kid is not None and kid != current and kid not in in_use:
                session.slots.revoke_role_key_from_slot(s.slot_id, name)
                changed = True
    if changed:
        # A grant trusts the role in the users table, which any key holder can edit
        # (docs/security.md): each one is recorded, committed with the bound slot file.
        session.save_slots(on_confirm=lambda _txn: _audit_grants(session, granted))


def _audit_grants(session: Session, granted: list[str]) -> None:
    with session.work() as uow:
        for user in granted:
            uow.audit(AuditAction.CHANGE, "role_key", user, "role_key_granted")
