"""Follow-ups: a promise with an owner, a due date and a status; 'my follow-ups' at sign-in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Customer, FollowUp
from posassist.db.tables.people import Staff
from posassist.domain.permissions import Action
from posassist.domain.typed import field
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import sessions
from posassist.services.dto import StaffSession


@dataclass(frozen=True)
class FollowUpView:
    id: int
    customer_id: int | None
    customer_name: str | None
    owner_id: int
    owner_name: str
    text: str
    due_at: datetime
    status: str
    overdue: bool


def _views(rows: Sequence[Row[FollowUp, str | None, str]]) -> list[FollowUpView]:
    now = utcnow()
    return [
        FollowUpView(
            f.id,
            f.customer_id,
            cname,
            f.owner_id,
            oname,
            f.text,
            f.due_at,
            f.status,
            f.status == "open" and f.due_at < now,
        )
        for f, cname, oname in rows
    ]


def _query() -> Select[FollowUp, str | None, str]:
    return (
        select(FollowUp, Customer.preferred_name, Staff.name)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .join(Staff, Staff.id == FollowUp.owner_id)
    )


@retrying
def create(
    db: Database,
    *,
    customer_id: int | None,
    owner_id: int,
    text: str,
    due_at: datetime,
    by: StaffSession,
    interaction_id: int | None = None,
) -> FollowUpView:
    text = field(
        text,
        "follow-up",
        name="text",
        max_len=2000,
        multiline=True,
        required=True,
        required_hint="Say what was promised, e.g. 'call when the blue one arrives'.",
    )
    if due_at.tzinfo is None:
        raise InvalidInput(tr("The due date needs a time zone."), field="due")
    with db.transaction() as s:
        who = sessions.verify(s, by, Action.FOLLOW_UP_WRITE)
        if s.get(Staff, owner_id) is None:
            raise NotFound(tr("That owner is not a staff member."))
        f = FollowUp(
            customer_id=customer_id,
            owner_id=owner_id,
            created_by=who.staff_id,
            text=text,
            due_at=due_at,
            interaction_id=interaction_id,
        )
        s.add(f)
        s.flush()
        return _views(s.execute(_query().where(FollowUp.id == f.id)).all())[0]


def mine(db: Database, owner_id: int, include_done: bool = False) -> list[FollowUpView]:
    """The owner's follow-ups, overdue first, then by due date."""
    with db.read() as s:
        q = _query().where(FollowUp.owner_id == owner_id)
        if not include_done:
            q = q.where(FollowUp.status == "open")
        return _views(s.execute(q.order_by(FollowUp.due_at)).all())


def for_customer(db: Database, customer_id: int) -> list[FollowUpView]:
    with db.read() as s:
        return _views(
            s.execute(
                _query().where(FollowUp.customer_id == customer_id).order_by(FollowUp.status.desc(), FollowUp.due_at)
            ).all(),
        )


@retrying
def complete(db: Database, follow_up_id: int, by: StaffSession) -> None:
    with db.transaction() as s:
        sessions.verify(s, by, Action.FOLLOW_UP_WRITE)
        f = s.get(FollowUp, follow_up_id)
        if f is None:
            raise NotFound(tr("That follow-up is not on file any more."))
        if f.status != "open":
            raise Conflict(tr("That follow-up is already {status}.", status=f.status))
        f.status, f.done_at = "done", utcnow()


@retrying
def reassign(db: Database, follow_up_id: int, new_owner_code: str, by: StaffSession) -> None:
    with db.transaction() as s:
        sessions.verify(s, by, Action.FOLLOW_UP_WRITE)
        f = s.get(FollowUp, follow_up_id)
        if f is None:
            raise NotFound(tr("That follow-up is not on file any more."))
        owner = s.execute(
            select(Staff).where(Staff.code == new_owner_code.strip(), Staff.active.is_(True))
        ).scalar_one_or_none()
        if owner is None:
            raise NotFound(tr("No active staff member has the code {new_owner_code}.", new_owner_code=new_owner_code))
        f.owner_id = owner.id


class FollowUps:
    """Promises with an owner and a due time."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, session: StaffSession, **kw: Any) -> FollowUpView:
        return create(self._db, by=session, **kw)

    def mine(self, session: StaffSession, include_done: bool = False) -> list[FollowUpView]:
        return mine(self._db, session.id, include_done)

    def for_customer(self, customer_id: int) -> list[FollowUpView]:
        return for_customer(self._db, customer_id)

    def complete(self, session: StaffSession, follow_up_id: int) -> None:
        complete(self._db, follow_up_id, session)

    def reassign(self, session: StaffSession, follow_up_id: int, new_owner_code: str) -> None:
        reassign(self._db, follow_up_id, new_owner_code, session)
