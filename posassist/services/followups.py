"""Follow-ups: a promise with an owner, a due date and time, and a reminder during the shift.

Times are stored in UTC and read in the store's time zone (its set-up), never the machine's:
``due_on(day, at, tz)`` turns "Friday 16:00" at the counter into the moment it means there.
A follow-up reminds its owner at its due time (``remind_at``); the owner snoozes it (15 min, 1 h,
tomorrow morning), dismisses the reminder (the follow-up stays open) or hands it over to a
colleague with a note the new owner sees. Hand-overs, snoozes, dismissals and completions are
audited (ids and times only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import aliased

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Customer, FollowUp
from posassist.db.tables.people import Staff
from posassist.domain.permissions import Action
from posassist.domain.typed import field
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.dto import Clock, StaffSession, StoreInfo

DEFAULT_AT = time(17, 0)  # a follow-up given only a day is due at the end of the afternoon
MORNING = time(9, 0)  # "tomorrow": the next morning in the store's zone
SNOOZES = {"15m": timedelta(minutes=15), "1h": timedelta(hours=1), "tomorrow": None}


@dataclass(frozen=True)
class FollowUpView:
    id: int
    customer_id: int | None
    customer_name: str | None
    owner_id: int
    owner_name: str
    text: str
    due_at: datetime  # UTC; show it with local(due_at, store zone)
    status: str
    overdue: bool
    remind_at: datetime | None = None
    handover_note: str | None = None
    handed_over_by: str | None = None  # the colleague's name
    handed_over_at: datetime | None = None


def zone(tz: str | None) -> ZoneInfo:
    """The store's time zone (UTC when there is no store or the name is unknown)."""
    try:
        return ZoneInfo(tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def due_on(day: date, at: time | None, tz: str | None) -> datetime:
    """``day`` at ``at`` on the store's clock, as an aware UTC time (a time that does not exist on
    the day the clocks go forward is moved on by the gap, as zoneinfo does)."""
    local = datetime.combine(day, at or DEFAULT_AT, tzinfo=zone(tz))
    return local.astimezone(UTC)


def local(at: datetime, tz: str | None) -> datetime:
    """A stored UTC time on the store's clock."""
    return at.astimezone(zone(tz))


def _views(rows: Sequence[Any], now: datetime) -> list[FollowUpView]:
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
            f.remind_at,
            f.handover_note,
            hname,
            f.handed_over_at,
        )
        for f, cname, oname, hname in rows
    ]


def _query() -> Any:
    handed = aliased(Staff)
    return (
        select(FollowUp, Customer.preferred_name, Staff.name, handed.name)
        .outerjoin(Customer, Customer.id == FollowUp.customer_id)
        .join(Staff, Staff.id == FollowUp.owner_id)
        .outerjoin(handed, handed.id == FollowUp.handed_over_by)
    )


def _one(s: Any, follow_up_id: int, now: datetime) -> FollowUpView:
    return _views(s.execute(_query().where(FollowUp.id == follow_up_id)).all(), now)[0]


@retrying
def create(
    db: Database,
    *,
    customer_id: int | None,
    owner_id: int,
    text: str,
    by: StaffSession,
    due_at: datetime | date | None = None,
    due: date | None = None,
    at: time | None = None,
    tz: str | None = None,
    interaction_id: int | None = None,
) -> FollowUpView:
    """A follow-up due at ``due_at`` (an aware datetime), or on the day ``due`` (or a ``date``
    given as ``due_at``) at ``at`` (default 17:00) on the store's clock ``tz``. It reminds its
    owner at that time."""
    text = field(
        text,
        "follow-up",
        name="text",
        max_len=2000,
        multiline=True,
        required=True,
        required_hint="Say what was promised, e.g. 'call when the blue one arrives'.",
    )
    if isinstance(due_at, date) and not isinstance(due_at, datetime):
        due, due_at = due_at, None
    if due_at is None:
        if due is None:
            raise InvalidInput(tr("Give the day the follow-up is due."), field="due")
        due_at = due_on(due, at, tz)
    if due_at.tzinfo is None:
        raise InvalidInput(tr("The due date needs a time zone."), field="due")
    due_at = due_at.astimezone(UTC)
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
            remind_at=due_at,
            interaction_id=interaction_id,
        )
        s.add(f)
        s.flush()
        return _one(s, f.id, utcnow())


def mine(db: Database, owner_id: int, include_done: bool = False, now: datetime | None = None) -> list[FollowUpView]:
    """The owner's follow-ups by due time (the overdue ones come first, marked)."""
    with db.read() as s:
        q = _query().where(FollowUp.owner_id == owner_id)
        if not include_done:
            q = q.where(FollowUp.status == "open")
        return _views(s.execute(q.order_by(FollowUp.due_at, FollowUp.id)).all(), now or utcnow())


def reminders_due(db: Database, owner_id: int, now: datetime | None = None) -> list[FollowUpView]:
    """The owner's open follow-ups whose reminder time has come (not snoozed past now, not
    dismissed), the longest waiting first."""
    now = now or utcnow()
    with db.read() as s:
        q = _query().where(
            FollowUp.owner_id == owner_id,
            FollowUp.status == "open",
            FollowUp.remind_at.is_not(None),
            FollowUp.remind_at <= now,
        )
        return _views(s.execute(q.order_by(FollowUp.remind_at, FollowUp.id)).all(), now)


def for_customer(db: Database, customer_id: int, now: datetime | None = None) -> list[FollowUpView]:
    with db.read() as s:
        return _views(
            s.execute(
                _query().where(FollowUp.customer_id == customer_id).order_by(FollowUp.status.desc(), FollowUp.due_at)
            ).all(),
            now or utcnow(),
        )


def _open(s: Any, follow_up_id: int) -> FollowUp:
    f: FollowUp | None = s.get(FollowUp, follow_up_id)
    if f is None:
        raise NotFound(tr("That follow-up is not on file any more."))
    if f.status != "open":
        raise Conflict(tr("That follow-up is already {status}.", status=f.status))
    return f


@retrying
def complete(db: Database, follow_up_id: int, by: StaffSession, now: datetime | None = None) -> None:
    with db.transaction() as s:
        who = sessions.verify(s, by, Action.FOLLOW_UP_WRITE)
        f = _open(s, follow_up_id)
        f.status, f.done_at, f.remind_at = "done", now or utcnow(), None
        audit.record(
            s, actor_id=who.staff_id, where=who.counter, action="follow_up.done", entity="follow_up", entity_id=f.id
        )


def snooze_until(choice: str, now: datetime, tz: str | None) -> datetime:
    """When a reminder snoozed now comes back: in 15 minutes, in an hour, or tomorrow at 09:00 on
    the store's clock."""
    if choice not in SNOOZES:
        raise InvalidInput(tr("Snooze for 15 minutes, 1 hour or until tomorrow."), field="snooze")
    step = SNOOZES[choice]
    if step is not None:
        return now + step
    tomorrow = local(now, tz).date() + timedelta(days=1)
    return due_on(tomorrow, MORNING, tz)


@retrying
def snooze(
    db: Database, follow_up_id: int, choice: str, by: StaffSession, *, tz: str | None, now: datetime | None = None
) -> FollowUpView:
    now = now or utcnow()
    until = snooze_until(choice, now, tz)
    with db.transaction() as s:
        who = sessions.verify(s, by, Action.FOLLOW_UP_WRITE)
        f = _open(s, follow_up_id)
        if f.owner_id != who.staff_id:
            raise Conflict(tr("Only the follow-up's owner can snooze its reminder; hand it over first."))
        f.remind_at = until
        audit.record(
            s,
            actor_id=who.staff_id,
            where=who.counter,
            action="follow_up.snoozed",
            entity="follow_up",
            entity_id=f.id,
            payload={"until": until.isoformat(), "choice": choice},
        )
        return _one(s, f.id, now)


@retrying
def dismiss(db: Database, follow_up_id: int, by: StaffSession, now: datetime | None = None) -> None:
    """No more reminders for this follow-up; it stays open in 'my follow-ups'."""
    with db.transaction() as s:
        who = sessions.verify(s, by, Action.FOLLOW_UP_WRITE)
        f = _open(s, follow_up_id)
        if f.owner_id != who.staff_id:
            raise Conflict(tr("Only the follow-up's owner can dismiss its reminder."))
        f.remind_at = None
        audit.record(
            s,
            actor_id=who.staff_id,
            where=who.counter,
            action="follow_up.reminder_dismissed",
            entity="follow_up",
            entity_id=f.id,
        )


@retrying
def reassign(
    db: Database,
    follow_up_id: int,
    new_owner_code: str,
    by: StaffSession,
    note: str | None = None,
    now: datetime | None = None,
) -> FollowUpView:
    """Hand the follow-up over to a colleague, with a note they see with it; it reminds them at
    its due time (now, when it is already due)."""
    now = now or utcnow()
    note = field(note, "hand-over note", name="note", max_len=2000, multiline=True) or None
    with db.transaction() as s:
        who = sessions.verify(s, by, Action.FOLLOW_UP_WRITE)
        f = _open(s, follow_up_id)
        owner = s.execute(
            select(Staff).where(Staff.code == new_owner_code.strip(), Staff.active.is_(True))
        ).scalar_one_or_none()
        if owner is None:
            raise InvalidInput(
                tr("No active staff member has the code {new_owner_code}.", new_owner_code=new_owner_code),
                field="code",
            )
        if owner.id == f.owner_id:
            raise Conflict(tr("{name} already owns this follow-up.", name=owner.name))
        before = f.owner_id
        f.owner_id = owner.id
        f.handover_note, f.handed_over_by, f.handed_over_at = note, who.staff_id, now
        f.remind_at = max(f.due_at, now)
        audit.record(
            s,
            actor_id=who.staff_id,
            where=who.counter,
            action="follow_up.handed_over",
            entity="follow_up",
            entity_id=f.id,
            payload={"from": before, "to": owner.id, "with_note": note is not None},
        )
        return _one(s, f.id, now)


class FollowUps:
    """Promises with an owner and a due time, read on the store's clock."""

    def __init__(self, db: Database, store: StoreInfo | None = None, clock: Clock = utcnow) -> None:
        self._db, self._clock = db, clock
        self.timezone = store.timezone if store else "UTC"

    def create(self, session: StaffSession, **kw: Any) -> FollowUpView:
        kw.setdefault("tz", self.timezone)
        return create(self._db, by=session, **kw)

    def mine(self, session: StaffSession, include_done: bool = False) -> list[FollowUpView]:
        return mine(self._db, session.id, include_done, self._clock())

    def reminders_due(self, session: StaffSession) -> list[FollowUpView]:
        return reminders_due(self._db, session.id, self._clock())

    def for_customer(self, customer_id: int) -> list[FollowUpView]:
        return for_customer(self._db, customer_id, self._clock())

    def complete(self, session: StaffSession, follow_up_id: int) -> None:
        complete(self._db, follow_up_id, session, self._clock())

    def snooze(self, session: StaffSession, follow_up_id: int, choice: str) -> FollowUpView:
        return snooze(self._db, follow_up_id, choice, session, tz=self.timezone, now=self._clock())

    def dismiss(self, session: StaffSession, follow_up_id: int) -> None:
        dismiss(self._db, follow_up_id, session, self._clock())

    def reassign(
        self, session: StaffSession, follow_up_id: int, new_owner_code: str, note: str | None = None
    ) -> FollowUpView:
        return reassign(self._db, follow_up_id, new_owner_code, session, note, self._clock())

    def local(self, at: datetime) -> datetime:
        """A stored time on the store's clock (for the window and the CLI)."""
        return local(at, self.timezone)

    def due_on(self, day: date, at: time | None = None) -> datetime:
        return due_on(day, at, self.timezone)
