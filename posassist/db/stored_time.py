"""How a time is kept in SQLite, for the statements that write or compare it without the column
type (raw bulk inserts, hand-written report SQL). No SQLAlchemy here: the sale import's parsing
process uses it and starts without the database's modules.

``db.engine`` makes ``sqlite_text`` sqlite3's adapter for datetimes, so a time handed to the
driver directly (an ``executemany`` of plain tuples) is stored as UTCDateTime stores it, aware or
naive UTC: sqlite3's own adapter wrote it in the time's own offset and without zero microseconds
(deprecated since Python 3.12 anyway)."""

from __future__ import annotations

from datetime import UTC, datetime


def sqlite_text(value: datetime) -> str:
    """A time as UTCDateTime stores it on SQLite: naive UTC text, always with microseconds
    (``2026-03-04 15:11:12.000000``; a naive time is taken to be UTC already). sqlite3's own
    adapter leaves them out when they are zero, and such a text sorts before the same second
    written through the ORM."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")
