"""How a time is kept in SQLite, for the statements that write or compare it without the column
type (raw bulk inserts, hand-written report SQL). No SQLAlchemy here: the sale import's parsing
process uses it and starts without the database's modules."""

from __future__ import annotations

from datetime import UTC, datetime


def sqlite_text(value: datetime) -> str:
    """An aware time as UTCDateTime stores it on SQLite: naive UTC text, always with
    microseconds (``2026-03-04 15:11:12.000000``). sqlite3's own adapter leaves them out when
    they are zero, and such a text sorts before the same second written through the ORM."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
