"""Keeping the psychologists' role key sealed to exactly the right slots.

The role key (security/rolefields.py) is an X25519 key pair: its public half is in
the database, so any session seals session notes; its private half is sealed to
the slot of every user whose role may read them (psychologists) and to the
recovery slot, under the name `psych#<key id>`. An administrator does not hold it.

`reconcile` runs at every open and after every change of who is in which role,
and converges on these rules (each step is idempotent, so a crash anywhere is
finished by the next open). "Readers" are what the users table says, which any
colleague can edit with the master key; so the table only ever *narrows* who holds
the key, and widening it needs a holder (services/role_endorse.py):

1. no role key yet (a case file from before): make one, seal it to the readers and
   the recovery slot, then seal every session note still in plain text;
2. a slot of a user whose role may *not* read the notes holds a seal (she moved to
   another role): any session strips her seals (that gives nobody anything);
3. no slot holds any role key and no field is sealed yet (the first psychologist
   was just added by an administrator): make a fresh key for the readers;
4. a session that holds the current key checks the authenticated list of readers
   (or writes it, in a case file from an earlier build); if an endorsed reader no
   longer fits her entry (rule 2 stripped her, she was removed or given a new
   slot) or the list was tampered with, the key is **renewed** — a new key pair
   sealed to the endorsed readers who still fit and the recovery slot; then it
   **re-seals** notes still under a retired key to the current one and drops the
   retired seals;
5. a reader the list does not endorse is never granted the key automatically:
   she is *pending* (audited once) until a holder confirms her (`grant`, called by
   services/role_grants.py).

Whoever can only seal (an administrator, a secretary) never reads; renewing and
re-sealing wait for the next login of a holder (or the recovery key).
"""

from __future__ import annotations

from kdm_desktop.security import rolefields
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.rolefields import FieldLocked, RoleFieldCipher, key_id, sealed_key_id
from kdm_desktop.security.roles import Permission, Role, allows
from kdm_desktop.services import role_endorse
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


def _new_key(
    session: Session, readers: set[str], *, hold: bool, detail: str = "role_key_granted"
) -> None:
    """Make and seal a new role key to `readers` and the recovery slot, with the list
    that endorses them. The database learns it only once the slot file holding it is
    on disk, so no note is ever sealed to a key nobody holds. `hold`: this session
    keeps the new key (it re-seals the older notes to it)."""
    private, public = rolefields.new_role_key()
    kid = key_id(public)
    for user in readers:
        session.slots.grant_role_key(user, seal_name(kid), private)
    recovery_slot = session.slots.recovery_slot()
    if recovery_slot is not None:
        session.slots.grant_role_key_to_slot(recovery_slot.slot_id, seal_name(kid), private)
    links = role_endorse.links_to(session, ROLE, held_keys(session.role_keys), kid)
    if hold:
        session.role_keys[seal_name(kid)] = private
    listed = role_endorse.listing_for(session, ROLE, kid, readers)

    def publish(uow: UnitOfWork) -> None:
        uow.role_keys(ROLE).set_public_key(public)
        uow.role_keys(ROLE).set_links(links)
        role_endorse.write(uow, listed, private)
        with session.work() as unit:  # joins the slot journal's transaction
            for user in sorted(listed.readers):
                unit.audit(AuditAction.CHANGE, "role_key", user, detail)

    session.save_slots(on_confirm=publish)


def _sealed_summary(session: Session) -> tuple[int, set[str]]:
    """(fields still plain, key ids sealed fields are under): one pass in SQL."""
    return session.reading().role_keys(ROLE).summary(rolefields.PREFIX)


def _anyone_holds_any(session: Session) -> bool:
    return any(_kid_of(n) for s in session.slots.slots for n, _ in s.sealed_roles if s.user)


def reconcile(session: Session) -> None:
    repo = session.reading().role_keys(ROLE)
    readers = _readers(session)
    public = repo.public_key()
    if session.user.username not in readers:
        # Not a reader (moved out of the role, or an administrator opening with the
        # recovery key): this session holds no role key, so it renews nothing.
        session.role_keys = {n: k for n, k in session.role_keys.items() if _kid_of(n) is None}
    outsiders = _all_seal_holders(session) - readers
    if outsiders:  # rule 2: stripping gives nobody anything, so any session does it
        for user in outsiders:
            _strip_user(session, user)
        session.save_slots()
    mine = session.user.username in readers
    if public is None:
        _new_key(session, readers, hold=mine)  # rule 1
    elif readers and not _anyone_holds_any(session) and not _sealed_summary(session)[1]:
        _new_key(session, readers, hold=mine)  # rule 3
    _check_succession(session, readers)
    cipher = _attach(session)
    # Every login: one aggregate pass decides whether any field must be touched.
    plain, in_use = _sealed_summary(session)
    if plain:
        _seal_plain(session, cipher)
        in_use.add(cipher.current_id)
    if cipher.can_read:
        settled = role_endorse.settle(
            session,
            ROLE,
            cipher.current_id,
            cipher.private_keys[cipher.current_id],
            readers,
            _holders_of(session, cipher.current_id),
        )
        if settled.renew_for is not None:  # rule 4: renewed for the readers who fit
            _new_key(session, settled.renew_for, hold=True, detail="role_key_renewed")
            cipher = _attach(session)
            in_use = _sealed_summary(session)[1]
        _reseal(session, cipher, in_use)
    current = cipher.current_id
    role_endorse.note_pending(
        session, ROLE, role_endorse.pending(session, ROLE, readers, _holders_of(session, current))
    )


def _check_succession(session: Session, readers: set[str]) -> None:
    """A current key no older key of hers vouches for was published without the key
    (services/role_endorse.py): renewed for her alone, before anything is re-sealed."""
    public = session.reading().role_keys(ROLE).public_key()
    me = session.user.username
    slot = session.slots.password_slot(me)
    if public is None or slot is None:
        return
    own = {_kid_of(n) for n, _ in slot.sealed_roles}
    held = {k: v for k, v in held_keys(session.role_keys).items() if k in own}
    if not held or role_endorse.vouched(session, ROLE, held, key_id(public)):
        return
    with session.work() as uow:
        uow.audit(AuditAction.CHANGE, "role_key", ROLE, "role_key_replaced")
    session.notices.append(role_endorse.TAMPERED)
    _new_key(session, {me} & readers, hold=True, detail="role_key_renewed")


def _attach(session: Session) -> RoleFieldCipher:
    public = session.reading().role_keys(ROLE).public_key()
    assert public is not None
    cipher = RoleFieldCipher(ROLE, public, held_keys(session.role_keys))
    session.attach_field_cipher(cipher)
    return cipher


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


def _reseal(session: Session, cipher: RoleFieldCipher, in_use: set[str]) -> None:
    """Notes still under a retired key move to the current one; unused seals go."""
    current = cipher.current_id
    changed = False
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
        session.save_slots()


def may_keep(session: Session, user: str) -> bool:
    """Whether `user`, given a new slot through the recovery key, keeps the role key:
    only if the authenticated list endorses her (not on the users table's word)."""
    public = session.reading().role_keys(ROLE).public_key()
    if public is None:
        return False
    kid = key_id(public)
    private = held_keys(session.role_keys).get(kid)
    if private is None:
        return False
    return role_endorse.may_keep(session, ROLE, kid, private, user)


def grant(session: Session, user: str) -> None:
    """Seal the current key to `user`'s slot and endorse her (a holder's explicit
    confirmation, services/role_grants.py); audited with the bound slot file."""
    cipher = _attach(session)
    current = cipher.current_id
    private = cipher.private_keys[current]
    listed = role_endorse.load(session, ROLE, current, private)
    public = role_endorse.slot_public(session, user)
    assert public is not None
    base = listed or role_endorse.listing_for(session, ROLE, current, set())
    endorsed = base.with_reader(user, public)
    session.slots.grant_role_key(user, seal_name(current), private)

    def confirm(uow: UnitOfWork) -> None:
        role_endorse.write(uow, endorsed, private)
        repo = uow.role_keys(ROLE)
        repo.set_pending_grants(repo.pending_grants() - {user})
        declined = repo.declined()
        declined.pop(user, None)
        repo.set_declined(declined)
        with session.work() as unit:
            unit.audit(AuditAction.CHANGE, "role_key", user, "role_key_confirmed")

    session.save_slots(on_confirm=confirm)
