"""A customer's occasions and relations: gift and occasion dates with a reminder, related
customers (partner, parent, business account…), and the occasions whose reminder has started.

- ``add_date`` / ``remove_date``, ``link`` / ``unlink`` — one transaction each, history kept and
  audited by field name.
- ``occasions_due(db, store_id, today, *, staff_id=None, window_days=0) -> list[OccasionDue]`` —
  gift and occasion dates whose reminder has started (``remind_days`` before the date) by
  ``today + window_days``, soonest first: for the sign-in reminder and "my follow-ups".
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from sqlalchemy import exists, or_, select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.customers import Customer, CustomerDate, CustomerLink, CustomerMerge, Interaction
from posassist.domain import typed
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.customer_edit import (
    INVERSE,
    MAX_REMIND_DAYS,
    RELATIONS,
    OccasionDue,
    _customer,
    _editable,
    _log,
    _name,
)
from posassist.services.dto import StaffSession


def _date_text(label: str, month: int, day: int, remind: int) -> str:
    return f"{label} {day} {calendar.month_abbr[month]} (remind {remind} d before)"


@retrying
def add_date(
    db: Database, session: StaffSession, customer_id: int, *, label: str, month: int, day: int, remind_days: int = 7
) -> int:
    """A gift or occasion date (every year on ``month``/``day``) with a reminder ``remind_days`` before."""
    text = " ".join(
        typed.field(
            label,
            tr("occasion"),
            name="label",
            max_len=200,
            required=True,
            required_hint=tr("Name the occasion, e.g. 'Wife's birthday'."),
        ).split()
    )
    if not isinstance(month, int) or not 1 <= month <= 12:
        raise InvalidInput(tr("Month: a number from 1 to 12."), field="month")
    last = calendar.monthrange(2024, month)[1]  # a leap year: 29 February comes round too
    if not isinstance(day, int) or not 1 <= day <= last:
        raise InvalidInput(tr("Day: a number from 1 to {last} for that month.", last=last), field="day")
    if not isinstance(remind_days, int) or not 0 <= remind_days <= MAX_REMIND_DAYS:
        raise InvalidInput(tr("Reminder: 0 to {most} days before the date.", most=MAX_REMIND_DAYS), field="remind_days")
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c = _customer(s, customer_id)
        _editable(c)
        d = CustomerDate(customer_id=c.id, label=text, month=month, day=day, remind_days=remind_days)
        s.add(d)
        _log(s, c, "dates", None, _date_text(text, month, day, remind_days), who.id)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.edited",
            entity="customer",
            entity_id=c.public_id,
            payload={"fields": ["dates"]},
        )
        return d.id


@retrying
def remove_date(db: Database, session: StaffSession, customer_id: int, date_id: int) -> None:
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c = _customer(s, customer_id)
        d = s.get(CustomerDate, date_id)
        if d is None or d.customer_id != c.id:
            raise NotFound(tr("That date is gone already."))
        _log(s, c, "dates", _date_text(d.label, d.month, d.day, d.remind_days), None, who.id)
        s.delete(d)
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.edited",
            entity="customer",
            entity_id=c.public_id,
            payload={"fields": ["dates"]},
        )


@retrying
def link(db: Database, session: StaffSession, customer_id: int, other_id: int, relation: str) -> int:
    """``other_id`` is ``relation`` (partner, parent, child, business_account…) of ``customer_id``."""
    if relation not in RELATIONS:
        raise InvalidInput(tr("Relation: one of {list}.", list=", ".join(RELATIONS)), field="relation")
    if customer_id == other_id:
        raise InvalidInput(tr("A customer cannot be related to themselves; choose the other person."), field="related")
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c, other = _customer(s, customer_id), _customer(s, other_id)
        _editable(c)
        if other.erased_at is not None:
            raise Conflict(tr("That customer's personal data was erased; link someone else."))
        existing = s.execute(
            select(CustomerLink).where(
                or_(
                    (CustomerLink.customer_id == c.id) & (CustomerLink.related_id == other.id),
                    (CustomerLink.customer_id == other.id) & (CustomerLink.related_id == c.id),
                )
            )
        ).scalar_one_or_none()
        if existing is not None:
            raise Conflict(tr("{name} is already linked to this customer.", name=_name(other)))
        row = CustomerLink(customer_id=c.id, related_id=other.id, relation=relation, created_by=who.id)
        s.add(row)
        _log(s, c, "related", None, f"{relation}: {_name(other)} (#{other.id})", who.id)
        _log(s, other, "related", None, f"{INVERSE[relation]}: {_name(c)} (#{c.id})", who.id)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.linked",
            entity="customer",
            entity_id=c.public_id,
            payload={"related": other.public_id, "relation": relation},
        )
        return row.id


@retrying
def unlink(db: Database, session: StaffSession, customer_id: int, other_id: int) -> None:
    with db.transaction() as s:
        who = sessions.verify(s, session, Action.CUSTOMER_EDIT)
        c, other = _customer(s, customer_id), _customer(s, other_id)
        rows = list(
            s.execute(
                select(CustomerLink).where(
                    or_(
                        (CustomerLink.customer_id == c.id) & (CustomerLink.related_id == other.id),
                        (CustomerLink.customer_id == other.id) & (CustomerLink.related_id == c.id),
                    )
                )
            ).scalars()
        )
        legacy = [x for x in (c, other) if x.related_customer_id == (other.id if x is c else c.id)]
        if not rows and not legacy:
            raise NotFound(tr("{name} is not linked to this customer.", name=_name(other)))
        for row in rows:
            s.delete(row)
        for x in legacy:
            x.related_customer_id, x.relation = None, None
        _log(s, c, "related", f"{_name(other)} (#{other.id})", None, who.id)
        _log(s, other, "related", f"{_name(c)} (#{c.id})", None, who.id)
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="customer.unlinked",
            entity="customer",
            entity_id=c.public_id,
            payload={"related": other.public_id},
        )


# -- occasions coming up --------------------------------------------------------------------------


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next ``month``/``day`` on or after ``today`` (29 February is the 28th in other years)."""
    for year in (today.year, today.year + 1):
        on = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if on >= today:
            return on
    raise AssertionError("unreachable")  # pragma: no cover


def occasions_due(
    db: Database, store_id: int | None, today: date, *, staff_id: int | None = None, window_days: int = 0
) -> list[OccasionDue]:
    """Occasions whose reminder has started by ``today + window_days`` (the reminder starts
    ``remind_days`` before the date and lasts until the date itself), soonest first.

    ``store_id``: the customers of that store (home store) and those with no home store; None: all.
    ``staff_id``: only customers that staff member has served (a note or contact by them).
    Erased and merged-away customers are left out. ``today`` is the store's date (its time zone)."""
    horizon = today + timedelta(days=window_days)
    with db.read() as s:
        q = (
            select(CustomerDate, Customer.full_name, Customer.preferred_name)
            .join(Customer, Customer.id == CustomerDate.customer_id)
            .where(Customer.erased_at.is_(None))
            .where(~exists().where(CustomerMerge.merged_id == Customer.id, CustomerMerge.undone_at.is_(None)))
        )
        if store_id is not None:
            q = q.where(or_(Customer.home_store_id == store_id, Customer.home_store_id.is_(None)))
        if staff_id is not None:
            q = q.where(exists().where(Interaction.customer_id == Customer.id, Interaction.staff_id == staff_id))
        out = []
        for d, full, _pref in s.execute(q).all():
            on = next_occurrence(d.month, d.day, today)
            if on - timedelta(days=d.remind_days) <= horizon:
                out.append(
                    OccasionDue(
                        d.customer_id, full or tr("(erased)"), d.id, d.label, on, (on - today).days, d.remind_days
                    )
                )
    out.sort(key=lambda o: (o.on, o.customer_name, o.date_id))
    return out
