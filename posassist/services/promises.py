"""Keeping the promise: which stores can get an item to the customer by the day they need it
(here today, another store after the transfer, or by carrier), what else could (picking it up at
another store today, another colour or size), the promise recorded with the follow-up on the day
before that checks it was kept, and the promises at risk for the shift lead.

The dates are ``domain.delivery``'s rules on each store's set-up (carrier days, closing days)
and the transfer times between stores (``store_distances``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Customer, FollowUp
from posassist.db.tables.people import Store
from posassist.db.tables.promises import Hold, Promise
from posassist.domain import delivery
from posassist.domain.permissions import Action
from posassist.errors import NotFound
from posassist.i18n import tr
from posassist.services import audit, followups, sessions
from posassist.services.dto import StaffSession
from posassist.services.promise_risk import PromiseAtRisk, for_customer, promises_at_risk
from posassist.services.promise_sources import (
    HOW,
    Alternative,
    Choices,
    Source,
    StoreFacts,
    alternative_text,
    alternatives,
    choices,
    choices_in,
    describe,
    local_now,
    sources_in,
    store_facts,
)

__all__ = [
    "HOW",
    "Alternative",
    "Choices",
    "PromiseAtRisk",
    "Promises",
    "Source",
    "StoreFacts",
    "alternative_text",
    "alternatives",
    "choices",
    "choices_in",
    "describe",
    "for_customer",
    "local_now",
    "promises_at_risk",
    "record",
    "schedule_checks",
    "settle",
    "settle_in",
    "sources_in",
    "store_facts",
]

CHECK_AT = time(10, 0)  # the follow-up on the day before is due in the morning, store time


# -- the promise --------------------------------------------------------------------------------


def record(
    s: Session,
    *,
    store_id: int,
    customer_id: int | None,
    kind: str,
    variant_id: int | None,
    quantity: int,
    source_store_id: int,
    needed_by: date,
    promised_on: date,
    text: str,
    made_by: int | None,
    now: datetime,
    hold_id: int | None = None,
    return_id: int | None = None,
    sale_id: int | None = None,
) -> Promise:
    """The promise, in the caller's unit of work (the hold, the return); audited."""
    p = Promise(
        store_id=store_id,
        customer_id=customer_id,
        kind=kind,
        variant_id=variant_id,
        quantity=quantity,
        source_store_id=source_store_id,
        hold_id=hold_id,
        return_id=return_id,
        sale_id=sale_id,
        needed_by=needed_by,
        promised_on=promised_on,
        text=text,
        made_by=made_by,
        made_at=now,
    )
    s.add(p)
    s.flush()
    audit.record(
        s,
        actor_id=made_by,
        action="promise.made",
        entity="promise",
        entity_id=p.id,
        payload={
            "kind": kind,
            "needed_by": needed_by.isoformat(),
            "promised_on": promised_on.isoformat(),
            "source_store_id": source_store_id,
            "hold_id": hold_id,
            "return_id": return_id,
        },
    )
    return p


def check_due(s: Session, store_id: int, needed_by: date, now: datetime) -> datetime:
    """When the follow-up that checks the promise is due: the (open) day before, in the morning."""
    st = s.get(Store, store_id)
    if st is None:
        raise NotFound(tr("This counter's store is not on file; check --store."))
    facts = store_facts(s).get(store_id)
    cal = facts.calendar if facts else delivery.Calendar()
    tz = ZoneInfo(st.timezone)
    today = now.astimezone(tz).date()
    day = delivery.check_day(needed_by, today, cal)
    due = datetime.combine(day, CHECK_AT, tzinfo=tz)
    return max(due, now.astimezone(tz)) if day == today else due


def check_text(p: Promise, customer: str | None, source: str) -> str:
    return tr(
        "Check the promise to {customer}: {what} by {day} (from {store}). Call them if it will not make it.",
        customer=customer or tr("the customer"),
        what=p.text,
        day=i18n.day(p.needed_by, "EEEE d MMMM"),
        store=source,
    )


def schedule_checks(
    db: Database, staff: StaffSession, promise_ids: Iterable[int], now: datetime | None = None
) -> list[int]:
    """The follow-up on the day before each promise (through the follow-ups service), linked to
    the promise (and its hold). Returns the follow-up ids."""
    now = now or utcnow()
    made = []
    for pid in promise_ids:
        with db.read() as s:
            p = s.get(Promise, pid)
            if p is None or p.follow_up_id is not None:
                continue
            cust = s.get(Customer, p.customer_id) if p.customer_id else None
            src = s.get(Store, p.source_store_id)
            text = check_text(p, cust.preferred_name or cust.full_name if cust else None, src.name if src else "?")
            due = check_due(s, p.store_id, p.needed_by, now)
            customer_id, owner = p.customer_id, p.made_by
        f = followups.create(db, customer_id=customer_id, owner_id=owner or staff.id, text=text, due_at=due, by=staff)
        _link(db, pid, f.id)
        made.append(f.id)
    return made


@retrying
def _link(db: Database, promise_id: int, follow_up_id: int) -> None:
    with db.transaction() as s:
        p = s.get(Promise, promise_id)
        if p is None:
            return
        p.follow_up_id = follow_up_id
        if p.hold_id is not None:
            h = s.get(Hold, p.hold_id)
            if h is not None and h.follow_up_id is None:
                h.follow_up_id = follow_up_id


def settle_in(s: Session, promise: Promise, status: str, actor_id: int | None, why: str) -> None:
    """Kept (collected, shipped in time), broken or cancelled; its open check-up is done."""
    if promise.status != "open":
        return
    promise.status = status
    if promise.follow_up_id is not None:
        f = s.get(FollowUp, promise.follow_up_id)
        if f is not None and f.status == "open" and status != "broken":
            f.status, f.done_at = "done", utcnow()
    audit.record(
        s, actor_id=actor_id, action=f"promise.{status}", entity="promise", entity_id=promise.id, payload={"why": why}
    )


@retrying
def settle(db: Database, staff: StaffSession, promise_id: int, kept: bool) -> None:
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.FOLLOW_UP_WRITE)
        p = s.get(Promise, promise_id)
        if p is None:
            raise NotFound(tr("That promise is not on file."))
        settle_in(s, p, "kept" if kept else "broken", who.staff_id, "checked")


class Promises:
    def __init__(self, db: Database, clock: Any = utcnow) -> None:
        self._db, self._clock = db, clock

    def choices(self, variant_id: int, here_id: int, **kw: Any) -> Choices:
        return choices(self._db, variant_id, here_id, now=self._clock(), **kw)

    def at_risk(self, store_id: int) -> list[PromiseAtRisk]:
        return promises_at_risk(self._db, store_id, self._clock())

    def settle(self, session: StaffSession, promise_id: int, kept: bool) -> None:
        settle(self._db, session, promise_id, kept)

    def today(self, timezone: str) -> date:
        """The store's today by the services' clock (a needed-by day typed as "Friday" counts from it)."""
        return local_now(self._clock(), timezone).date()
