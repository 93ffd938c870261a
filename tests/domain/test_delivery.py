"""Arrival dates: properties over any calendar, and the days a shop floor knows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posassist.domain import delivery as dv

calendars = st.builds(
    dv.Calendar,
    st.frozensets(st.integers(0, 6), max_size=5),
    st.frozensets(st.dates(date(2026, 1, 1), date(2027, 12, 31)), max_size=20),
)
days = st.dates(date(2026, 1, 1), date(2027, 6, 30))
TUESDAY = date(2026, 12, 8)
FRIDAY = date(2026, 12, 11)
SUNDAY_CLOSED = dv.Calendar(frozenset({6}))


@given(calendars, days, st.integers(0, 10))
def test_added_open_days_land_on_open_days_and_never_go_back(cal: dv.Calendar, d: date, n: int) -> None:
    out = cal.add_open_days(d, n)
    assert cal.is_open(out) and out >= d
    assert cal.add_open_days(d, n + 1) > out  # one more day is later


@given(calendars, days, st.integers(0, 8), st.integers(0, 8))
def test_shipping_is_monotone_in_carrier_days_and_on_a_carrier_day(cal: dv.Calendar, d: date, a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    first, second = dv.ship_arrival(d, cal, lo), dv.ship_arrival(d, cal, hi)
    assert d < first <= second  # processing takes at least until the next open day
    assert dv.CARRIER.is_open(second)


@given(calendars, calendars, days, st.integers(0, 23), st.integers(0, 5), st.one_of(st.none(), st.integers(1, 30)))
def test_transfer_is_ready_on_an_open_day_here_never_before_today(
    src: dv.Calendar, here: dv.Calendar, d: date, hour: int, tdays: int, hours: int | None
) -> None:
    now = datetime(d.year, d.month, d.day, hour, tzinfo=UTC)
    ready = dv.transfer_ready(now, tdays, hours, src, here)
    assert ready >= d and here.is_open(ready)
    assert ready >= dv.ready_here(d, here)  # never sooner than the stock already here


@given(calendars, days, st.integers(1, 30))
def test_the_check_is_before_the_day_and_not_in_the_past(cal: dv.Calendar, today: date, ahead: int) -> None:
    needed = today + timedelta(days=ahead)
    day = dv.check_day(needed, today, cal)
    assert today <= day < needed or (day == today and needed - today <= timedelta(days=1))
    assert cal.is_open(day) or day == today


def test_tuesday_to_friday_by_carrier() -> None:
    # handed to the carrier on Wednesday, two carrier days: Friday; three: Monday
    assert dv.ship_arrival(TUESDAY, dv.Calendar(), 2) == FRIDAY
    assert dv.ship_arrival(TUESDAY, dv.Calendar(), 3) == date(2026, 12, 14)
    # a store closed on Wednesdays hands it over on Thursday
    assert dv.ship_arrival(TUESDAY, dv.Calendar(frozenset({2})), 2) == date(2026, 12, 14)


def test_same_day_van_only_before_closing() -> None:
    morning = datetime(2026, 12, 8, 10, tzinfo=UTC)
    evening = datetime(2026, 12, 8, 17, tzinfo=UTC)
    assert dv.transfer_ready(morning, 1, 2, dv.Calendar(), dv.Calendar()) == TUESDAY
    assert dv.transfer_ready(evening, 1, 2, dv.Calendar(), dv.Calendar()) == TUESDAY + timedelta(days=1)
    assert dv.transfer_ready(morning, 2, None, dv.Calendar(), dv.Calendar()) == TUESDAY + timedelta(days=2)
    # arriving on a Sunday at a store closed on Sundays: ready on Monday
    saturday = datetime(2026, 12, 12, 12, tzinfo=UTC)
    assert dv.transfer_ready(saturday, 1, None, dv.Calendar(), SUNDAY_CLOSED) == date(2026, 12, 14)


def test_check_day_is_the_day_before_or_the_open_day_before_it() -> None:
    assert dv.check_day(FRIDAY, TUESDAY, dv.Calendar()) == date(2026, 12, 10)  # Thursday
    monday = date(2026, 12, 14)
    assert dv.check_day(monday, TUESDAY, SUNDAY_CLOSED) == date(2026, 12, 12)  # Saturday


def test_fastest_keeps_only_what_arrives_in_time() -> None:
    ways = [
        dv.Way(1, "ship", FRIDAY, 3),
        dv.Way(2, "ship", date(2026, 12, 14), 4),
        dv.Way(3, "ship", TUESDAY, 0),
    ]
    assert [w.store_id for w in dv.fastest(ways, FRIDAY)] == [1]
    assert [w.store_id for w in dv.fastest(ways, None)] == [1, 2]
    assert dv.fastest(ways, TUESDAY) == []


def test_settings_parse_and_refuse() -> None:
    assert dv.parse_weekdays("sat, Sunday") == frozenset({5, 6})
    assert dv.parse_weekdays([6]) == frozenset({6})
    assert dv.parse_dates("2026-12-25 2027-01-01") == frozenset({date(2026, 12, 25), date(2027, 1, 1)})
    with pytest.raises(dv.CalendarError):
        dv.parse_weekdays("funday")
    with pytest.raises(dv.CalendarError):
        dv.parse_dates("25/12/2026")
    with pytest.raises(dv.CalendarError):
        dv.Calendar(frozenset(range(7)))
    cal = dv.calendar(dv.weekdays_text(frozenset({6})), dv.dates_text(frozenset({date(2026, 12, 25)})))
    assert not cal.is_open(date(2026, 12, 25)) and not cal.is_open(date(2026, 12, 13))


def test_a_typed_day() -> None:
    assert dv.parse_day("Friday", TUESDAY) == FRIDAY
    assert dv.parse_day("fri", TUESDAY) == FRIDAY
    assert dv.parse_day("tue", TUESDAY) == TUESDAY + timedelta(days=7)  # the next Tuesday, not today
    assert dv.parse_day("freitag", TUESDAY, {"freitag": 4}) == FRIDAY
    assert dv.parse_day("+3", TUESDAY) == FRIDAY and dv.parse_day("2026-12-11", TUESDAY) == FRIDAY
    assert dv.parse_day("  ", TUESDAY) is None
    for bad in ("someday", "2026-12-01"):
        with pytest.raises(dv.CalendarError):
            dv.parse_day(bad, TUESDAY)
