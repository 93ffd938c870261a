"""Staff accounts (admin work): add, list, set a PIN, unlock, deactivate. Every change is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import ROLES, RoleLimit, Staff, Store
from posassist.domain.typed import field
from posassist.errors import AuthError, Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit
from posassist.services.auth import check_secret_strength, hash_secret
from posassist.services.dto import StaffInfo


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


def _require_admin(actor: StaffInfo | None) -> None:
    if actor is not None and actor.role not in ("admin", "store_manager"):
        raise AuthError(tr("Only an admin or a store manager can change staff accounts."))


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
    actor: StaffInfo | None = None,
) -> StaffRow:
    """actor None: the command line, run by whoever administers the machine or database."""
    _require_admin(actor)
    code = field(code, tr("staff code"), name="code", max_len=32)
    name = field(name, "name", name="name", max_len=200)
    if not code or not code.isalnum():
        raise InvalidInput(tr("The staff code must be letters and digits only."), field="code")
    if not name:
        raise InvalidInput(tr("Give the person's name."), field="name")
    if role not in ROLES:
        raise InvalidInput(tr("Role must be one of: {ROLES}.", ROLES=", ".join(ROLES)), field="role")
    with db.transaction() as s:
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
        audit.record(
            s,
            actor_id=actor.id if actor else None,
            action="staff.added",
            entity="staff",
            entity_id=st.id,
            payload={"code": code, "role": role},
        )
        return _row(st)


def _get(s, code: str) -> Staff:  # type: ignore[no-untyped-def]
    st = s.execute(select(Staff).where(Staff.code == code.strip())).scalar_one_or_none()
    if st is None:
        raise NotFound(tr("There is no staff member with code {code}.", code=code))
    return st


@retrying
def set_pin(db: Database, code: str, pin: str, actor: StaffInfo | None = None) -> None:
    _require_admin(actor)
    with db.transaction() as s:
        st = _get(s, code)
        limits = s.get(RoleLimit, st.role)
        check_secret_strength(pin, limits.min_secret_length if limits else 4)
        st.pin_hash = hash_secret(pin)
        st.failed_attempts = 0
        audit.record(
            s, actor_id=actor.id if actor else None, action="staff.pin_set", entity="staff", entity_id=st.id, payload={}
        )


@retrying
def unlock(db: Database, code: str, actor: StaffInfo | None = None) -> None:
    _require_admin(actor)
    with db.transaction() as s:
        st = _get(s, code)
        st.locked_until, st.failed_attempts = None, 0
        audit.record(
            s,
            actor_id=actor.id if actor else None,
            action="staff.unlocked",
            entity="staff",
            entity_id=st.id,
            payload={},
        )


@retrying
def set_active(db: Database, code: str, active: bool, actor: StaffInfo | None = None) -> None:
    _require_admin(actor)
    with db.transaction() as s:
        st = _get(s, code)
        if actor is not None and st.id == actor.id and not active:
            raise InvalidInput(tr("You cannot deactivate your own account."))
        st.active = active
        audit.record(
            s,
            actor_id=actor.id if actor else None,
            action="staff.activated" if active else "staff.deactivated",
            entity="staff",
            entity_id=st.id,
            payload={},
        )
