"""When an item can be with the customer: here today, from another store after the transfer
between stores, or by carrier to the customer's door; held against the date they need it by.

Pure rules on dates: a store's calendar (the weekdays and dates it is closed), the carrier's
(it delivers Monday to Friday), transfer days or same-day hours between stores, the carrier's
working days from a store. Every date a rule returns is a day the place that hands the item over
is open, never before today."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

MAX_SEARCH_DAYS = 400  # a calendar closed for longer than this is a set-up mistake
DAY_END = time(18, 0)  # a same-day transfer must reach the store before it closes
PROCESSING_DAYS = 1  # picking and handing to the carrier: the store's next open day
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class CalendarError(ValueError):
    """A calendar that has no open day (every weekday closed), or a malformed setting."""


@dataclass(frozen=True)
class Calendar:
    closed_weekdays: frozenset[int] = frozenset()  # 0 = Monday … 6 = Sunday
    closed_dates: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if len(self.closed_weekdays) >= 7:
            raise CalendarError("closed every day of the week")
        if any(not 0 <= d <= 6 for d in self.closed_weekdays):
            raise CalendarError("weekdays are 0 (Monday) to 6 (Sunday)")

    def is_open(self, day: date) -> bool:
        return day.weekday() not in self.closed_weekdays and day not in self.closed_dates

    def next_open(self, day: date) -> date:
        """``day`` itself when open, else the first open day after it."""
        for n in range(MAX_SEARCH_DAYS):
            d = day + timedelta(days=n)
            if self.is_open(d):
                return d
        raise CalendarError("no open day within a year")

    def previous_open(self, day: date) -> date:
        for n in range(MAX_SEARCH_DAYS):
            d = day - timedelta(days=n)
            if self.is_open(d):
                return d
        raise CalendarError("no open day within a year")

    def add_open_days(self, day: date, n: int) -> date:
        """``n`` open days of work starting on ``day`` (or on the next open day when closed):
        ``n`` = 0 is that first open day itself, each further day the next open one."""
        if n < 0:
            raise ValueError("n must not be negative")
        d = self.next_open(day)
        for _ in range(n):
            d = self.next_open(d + timedelta(days=1))
        return d


CARRIER = Calendar(frozenset({5, 6}))  # parcel carriers deliver Monday to Friday


def parse_weekdays(text: str | Iterable[str | int]) -> frozenset[int]:
    """``"sat sun"``, ``["sun"]``, ``"6"`` or ``[5, 6]`` → weekday numbers; raises CalendarError."""
    items = re.split(r"[\s,;]+", text.strip()) if isinstance(text, str) else list(text)
    out: set[int] = set()
    for item in items:
        if item == "":
            continue
        if isinstance(item, int) and not isinstance(item, bool):
            n = item
        elif isinstance(item, str) and item.isdigit():
            n = int(item)
        elif isinstance(item, str) and item[:3].lower() in WEEKDAYS:
            n = WEEKDAYS.index(item[:3].lower())
        else:
            raise CalendarError(f"{item!r} is not a weekday")
        if not 0 <= n <= 6:
            raise CalendarError(f"{item!r} is not a weekday")
        out.add(n)
    return frozenset(out)


def parse_dates(text: str | Iterable[str | date]) -> frozenset[date]:
    items = re.split(r"[\s,;]+", text.strip()) if isinstance(text, str) else list(text)
    out: set[date] = set()
    for item in items:
        if item == "":
            continue
        if isinstance(item, date):
            out.add(item)
            continue
        try:
            out.add(date.fromisoformat(str(item)))
        except ValueError as err:
            raise CalendarError(f"{item!r} is not a date (YYYY-MM-DD)") from err
    return frozenset(out)


def weekdays_text(days: frozenset[int]) -> str:
    return " ".join(str(d) for d in sorted(days))


def dates_text(days: frozenset[date]) -> str:
    return " ".join(d.isoformat() for d in sorted(days))


def calendar(closed_weekdays: str, closed_dates: str) -> Calendar:
    """A store's calendar from its stored settings (``"6"``, ``"2026-12-25 2027-01-01"``)."""
    return Calendar(parse_weekdays(closed_weekdays or ""), parse_dates(closed_dates or ""))


# -- the ways an item reaches the customer -----------------------------------------------------


def ready_here(today: date, here: Calendar) -> date:
    """Stock in this store: today, or the next day the store is open."""
    return here.next_open(today)


def transfer_ready(
    now: datetime,
    transit_days: int,
    transit_hours: int | None,
    source: Calendar,
    here: Calendar,
    day_end: time = DAY_END,
) -> date:
    """Stock at another store, sent here: ready for the customer on the first day this store is
    open once it arrived. A same-day van (``transit_hours``) that reaches the store before it
    closes makes it today; otherwise the transfer leaves on the source's next open day and takes
    ``transit_days`` (at least one when the hours do not fit in the day)."""
    today = now.date()
    leaves = source.next_open(today)
    if transit_hours is not None:
        if leaves == today:
            arrives = now + timedelta(hours=transit_hours)
            if arrives.date() == today and arrives.time() <= day_end:
                return here.next_open(today)
        days = max(1, math.ceil(transit_hours / 24))
        return here.next_open(leaves + timedelta(days=days))
    return here.next_open(leaves + timedelta(days=max(0, transit_days)))


def ship_arrival(today: date, source: Calendar, carrier_days: int, processing_days: int = PROCESSING_DAYS) -> date:
    """Shipped from a store to the customer: handed to the carrier on the store's next open day
    after ``processing_days`` (picking, packing), then ``carrier_days`` of the carrier's working days."""
    dispatch = source.add_open_days(today, processing_days)
    return CARRIER.add_open_days(dispatch, max(0, carrier_days))


def in_time(ready: date, needed_by: date | None) -> bool:
    return needed_by is None or ready <= needed_by


def check_day(needed_by: date, today: date, here: Calendar) -> date:
    """When the promise is checked: the day before it is due (the open day before it, when the
    store is closed then), never before today."""
    day = here.previous_open(needed_by - timedelta(days=1))
    return max(day, today)


@dataclass(frozen=True)
class Way:
    """One way to get the item to the customer, from one store."""

    store_id: int
    how: str  # here / transfer / pickup_there / ship
    ready_on: date
    free: int  # units there, not held for anyone


def fastest(ways: Iterable[Way], needed_by: date | None, quantity: int = 1) -> list[Way]:
    """The ways that have enough and arrive by ``needed_by``, soonest first."""
    return sorted(
        (w for w in ways if w.free >= quantity and in_time(w.ready_on, needed_by)),
        key=lambda w: (w.ready_on, w.how != "here", w.store_id),
    )


def parse_day(text: str, today: date, names: dict[str, int] | None = None) -> date | None:
    """The day a customer says they need it by, as typed at the counter: an ISO date
    (2026-12-11), a weekday (the next one from today; ``names`` maps the reader's words for
    weekdays and their short forms, lower case, to 0-6), or +N days. None when it is empty;
    raises CalendarError when it is none of these or lies in the past."""
    word = text.strip().lower().rstrip(".")
    if not word:
        return None
    found: date | None = None
    lookup = {w: i for i, w in enumerate(WEEKDAYS)} | {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3}
    lookup |= {"friday": 4, "saturday": 5, "sunday": 6} | (names or {})
    if word.startswith("+") and word[1:].isdigit():
        found = today + timedelta(days=int(word[1:]))
    elif word in lookup:
        ahead = (lookup[word] - today.weekday()) % 7
        found = today + timedelta(days=ahead or 7)
    else:
        try:
            found = date.fromisoformat(word)
        except ValueError as err:
            raise CalendarError(f"{text!r} is not a day") from err
    if found < today:
        raise CalendarError(f"{text!r} is in the past")
    return found
