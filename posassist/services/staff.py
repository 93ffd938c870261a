"""Staff accounts (admin work): add, list, set a PIN, unlock, deactivate. Every change is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import RoleLimit, Staff, Store
from posassist.domain import permissions
from posassist.domain.permissions import ROLES, Action
from posassist.domain.typed import field
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions, staff_seal
from posassist.services.auth import MAX_SINCE_SIGN_IN, check_secret_strength, hash_secret
from posassist.services.dto import StaffSession
from posassist.services.sessions import Actor


@dataclass(frozen=True)
class StaffRow:
    id: int
    code: str
    name: str
    role: str
    active: bool
    locked_until: datetime | None
    badge: str | None
    last_sign_in_at: datetime | None


def _verify(s: Session, actor: StaffSession, target_role: str, new_role: str | None = None) -> Actor:
    """The signed-in person may manage staff, and only accounts (and roles) up to their own."""
    who = sessions.verify(s, actor, Action.STAFF_MANAGE)
    sessions.refuse(permissions.check_staff_change(who.role, target_role, new_role))
    return who


def _row(st: Staff) -> StaffRow:
    locked = st.locked_until if st.locked_until and st.locked_until > utcnow() else None
    return StaffRow(st.id, st.code, st.name, st.role, st.active, locked, st.badge_code, st.last_sign_in_at)


def list_staff(db: Database) -> list[StaffRow]:
    with db.read() as s:
        return [_row(st) for st in s.execute(select(Staff).order_by(Staff.code)).scalars()]


@retrying
def add(
    db: Database,
    *,
    code: str,
    name: str,
    role: str,
    pin: str,
    badge: str | None = None,
    store_code: str | None = None,
    actor: StaffSession,
) -> StaffRow:
    """``actor``: the signed-in manager (``sessions.setup_session()`` for a store with no staff yet)."""
    code = field(code, tr("staff code"), name="code", max_len=32)
    name = field(name, "name", name="name", max_len=200)
    if not code or not code.isalnum():
        raise InvalidInput(tr("The staff code must be letters and digits only."), field="code")
    if not name:
        raise InvalidInput(tr("Give the person's name."), field="name")
    if role not in ROLES:
        raise InvalidInput(tr("Role must be one of: {ROLES}.", ROLES=", ".join(ROLES)), field="role")
    with db.transaction() as s:
        who = _verify(s, actor, role)
        limits = s.get(RoleLimit, role)
        check_secret_strength(pin, limits.min_secret_length if limits else 4)
        if s.execute(select(Staff.id).where(Staff.code == code)).first():
            raise Conflict(tr("Staff code {code} is taken; choose another.", code=code))
        store_id = None
        if store_code:
            store_id = s.execute(select(Store.id).where(Store.code == store_code)).scalar_one_or_none()
            if store_id is None:
                raise NotFound(tr("There is no store {store_code}.", store_code=store_code))
        st = Staff(
            code=code, name=name, role=role, pin_hash=hash_secret(pin), badge_code=badge or None, home_store_id=store_id
        )
        s.add(st)
        s.flush()
        st.pin_set_by_id = who.id
        staff_seal.ensure_limits(s, role, actor_id=who.id, where=who.counter)
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="staff.added",
            entity="staff",
            entity_id=st.id,
            payload={"code": code, "role": role, **staff_seal.stamp(s, st)},
        )
        return _row(st)


def _get(s: Session, code: str) -> Staff:
    st = s.execute(select(Staff).where(Staff.code == code.strip())).scalar_one_or_none()
    if st is None:
        raise NotFound(tr("There is no staff member with code {code}.", code=code))
    return st


@retrying
def set_pin(db: Database, code: str, pin: str, actor: StaffSession) -> None:
    with db.transaction() as s:
        st = _get(s, code)
        who = sessions.actor(s, actor)  # everyone may choose their own PIN; others' need a manager
        own = st.id == who.id
        if not own:
            who = sessions.verify(s, actor, Action.STAFF_MANAGE)
        sessions.refuse(permissions.check_pin_reset(who.role, st.role, own=own))
        limits = s.get(RoleLimit, st.role)
        check_secret_strength(pin, limits.min_secret_length if limits else 4)
        st.pin_hash = hash_secret(pin)
        st.failed_attempts = 0
        st.failed_since_sign_in = 0  # a new PIN is what opens an account past the long-term limit
        st.pin_set_by_id = who.id
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="staff.pin_set",
            entity="staff",
            entity_id=st.id,
            payload={"own": st.id == who.id, **staff_seal.stamp(s, st)},
        )


@retrying
def unlock(db: Database, code: str, actor: StaffSession) -> None:
    with db.transaction() as s:
        st = _get(s, code)
        who = _verify(s, actor, st.role)
        if st.failed_since_sign_in >= MAX_SINCE_SIGN_IN:
            raise InvalidInput(
                tr(
                    "{code} has had {n} wrong PINs since the last sign-in: an unlock is not enough, set a new PIN (staff set-pin {code}).",
                    code=st.code,
                    n=st.failed_since_sign_in,
                )
            )
        # the lockout ends; the count of wrong PINs since the last good sign-in stays
        st.locked_until, st.failed_attempts = None, 0
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="staff.unlocked",
            entity="staff",
            entity_id=st.id,
            payload={"wrong_pins_since_sign_in": st.failed_since_sign_in},
        )


@retrying
def set_active(db: Database, code: str, active: bool, actor: StaffSession) -> None:
    with db.transaction() as s:
        st = _get(s, code)
        who = _verify(s, actor, st.role)
        if st.id == who.id and not active:
            raise InvalidInput(tr("You cannot deactivate your own account."))
        st.active = active
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="staff.activated" if active else "staff.deactivated",
            entity="staff",
            entity_id=st.id,
            payload=staff_seal.stamp(s, st),
        )


class StaffAccounts:
    """Staff administration: a manager acts on accounts up to their own role, all audited."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[StaffRow]:
        return list_staff(self._db)

    def add(self, session: StaffSession, **kw: Any) -> StaffRow:
        return add(self._db, actor=session, **kw)

    def set_pin(self, session: StaffSession, code: str, pin: str) -> None:
        set_pin(self._db, code, pin, session)

    def unlock(self, session: StaffSession, code: str) -> None:
        unlock(self._db, code, session)

    def set_active(self, session: StaffSession, code: str, active: bool) -> None:
        set_active(self._db, code, active, session)
