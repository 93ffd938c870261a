"""Fixed moments for tests whose answer depends on the weekday (carrier days, "Friday")."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

TORONTO = ZoneInfo("America/Toronto")  # the demo stores' time zone


def next_tuesday_morning(now: datetime | None = None) -> datetime:
    """The coming Tuesday (today, if it is one), 11:00 in Toronto: the demo's sales stay in their
    return window, and the carrier's days fall the same way whatever day the tests run."""
    local = (now or datetime.now(UTC)).astimezone(TORONTO)
    day = local.date() + timedelta(days=(1 - local.weekday()) % 7)
    return datetime.combine(day, time(11), tzinfo=TORONTO).astimezone(UTC)
