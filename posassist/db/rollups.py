"""Daily roll-ups (posassist/db/tables/rollups.py): computed from the raw rows with the same
definitions as the reports, refreshed for the days the triggers marked, read for whole days.

``compute_sql(table)`` aggregates the raw rows of [lo, hi) into the table's shape; the refresh
writes it for the marked days, a report runs it for today's part. SQLite's triggers are
row-level (``INSERT OR IGNORE`` a mark); PostgreSQL's statement-level with transition tables (one
statement per write statement), marking with ``ON CONFLICT DO UPDATE`` so that a refresh deleting
the mark waits for the writer and its recount sees the writer's rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, text

from posassist.db.stored_time import sqlite_text

TABLES = (
    "rollup_returns",
    "rollup_return_reasons",
    "rollup_return_items",
    "rollup_interactions",
    "rollup_first_response",
)
COLUMNS = {  # each table's columns in compute_sql's order
    "rollup_returns": "day, store_id, returns, refund_minor, store_credit_minor",
    "rollup_return_reasons": "day, store_id, reason, resolution, lines, quantity, amount_minor",
    "rollup_return_items": "day, store_id, description, quantity",
    "rollup_interactions": "day, store_id, channel, staff_id, counter, n, first_n, first_sum, resolve_n, resolve_sum,"
    " csat_n, csat_sum, csat_1, csat_2, csat_3, csat_4, csat_5, matters, first_visit, band_0, band_1, band_2, band_3,"
    " band_4",
    "rollup_first_response": "day, store_id, seconds, n",
}
BANDS = (5, 15, 60, 240)  # minutes: the response-time bands' upper limits (services.dashboard)


def day_of(dialect: str, column: str) -> str:
    if dialect == "sqlite":
        return f"date({column})"
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"


def _minutes(dialect: str, later: str, earlier: str) -> str:
    if dialect == "sqlite":
        return f"((julianday({later}) - julianday({earlier})) * 1440.0)"
    return f"(extract(epoch from {later} - {earlier}) / 60.0)"


def compute_sql(dialect: str, table: str) -> str:
    """SELECT of ``table``'s columns, from the raw rows with lo <= time < hi (:lo, :hi)."""
    if table == "rollup_returns":
        day = day_of(dialect, "committed_at")
        return (
            f"SELECT {day}, store_id, count(*), coalesce(sum(refund_minor), 0), coalesce(sum(store_credit_minor), 0)"
            " FROM returns WHERE status = 'committed' AND committed_at >= :lo AND committed_at < :hi"
            f" GROUP BY {day}, store_id"
        )
    if table in ("rollup_return_reasons", "rollup_return_items"):
        day = day_of(dialect, "r.committed_at")
        keys = "l.reason, l.resolution" if table == "rollup_return_reasons" else "l.description"
        sums = (
            "count(*), coalesce(sum(l.quantity), 0), coalesce(sum(l.refund_minor), 0)"
            if table == "rollup_return_reasons"
            else "coalesce(sum(l.quantity), 0)"
        )
        return (
            f"SELECT {day}, r.store_id, {keys}, {sums} FROM return_lines l JOIN returns r ON r.id = l.return_id"
            " WHERE r.status = 'committed' AND r.committed_at >= :lo AND r.committed_at < :hi"
            f" GROUP BY {day}, r.store_id, {keys}"
        )
    day = day_of(dialect, "i.opened_at")
    first = _minutes(dialect, "i.first_response_at", "i.opened_at")
    if table == "rollup_first_response":
        secs = (
            f"CAST(round({first} * 60) AS INTEGER)" if dialect == "sqlite" else f"CAST(round({first} * 60) AS BIGINT)"
        )
        return (
            f"SELECT {day}, coalesce(i.store_id, 0), {secs}, count(*) FROM interactions i"
            " WHERE i.opened_at >= :lo AND i.opened_at < :hi AND i.first_response_at IS NOT NULL"
            f" GROUP BY {day}, coalesce(i.store_id, 0), {secs}"
        )
    resolve = _minutes(dialect, "i.resolved_at", "i.opened_at")
    came_back = "cb.matter IS NOT NULL"
    matter = f"(i.matter_id IS NULL AND (i.resolution IS NOT NULL OR {came_back}))"
    first_visit = f"({matter} AND i.resolution = 'solved' AND NOT {came_back})"
    band = (
        "CASE "
        + " ".join(f"WHEN {first} < {limit} THEN {k}" for k, limit in enumerate(BANDS))
        + f" ELSE {len(BANDS)} END"
    )
    stars = ", ".join(f"sum(CASE WHEN i.csat = {k} THEN 1 ELSE 0 END)" for k in range(1, 6))
    bands = ", ".join(
        f"sum(CASE WHEN i.first_response_at IS NOT NULL AND {band} = {k} THEN 1 ELSE 0 END)"
        for k in range(len(BANDS) + 1)
    )
    keys = f"{day}, coalesce(i.store_id, 0), i.channel, coalesce(i.staff_id, 0), coalesce(i.counter, '(unknown)')"
    # the matters someone came back about: those of this range's first contacts, once each
    return (
        f"SELECT {keys}, count(*), count({first}), coalesce(sum({first}), 0), count({resolve}),"
        f" coalesce(sum({resolve}), 0), count(i.csat), coalesce(sum(i.csat), 0), {stars},"
        f" sum(CASE WHEN {matter} THEN 1 ELSE 0 END), sum(CASE WHEN {first_visit} THEN 1 ELSE 0 END), {bands}"
        " FROM interactions i LEFT JOIN (SELECT l.matter_id AS matter FROM interactions l"
        " WHERE l.matter_id IN (SELECT id FROM interactions WHERE opened_at >= :lo AND opened_at < :hi)"
        " GROUP BY l.matter_id) cb ON cb.matter = i.id"
        f" WHERE i.opened_at >= :lo AND i.opened_at < :hi GROUP BY {keys}"
    )


def bounds(first: date, last: date) -> dict[str, datetime]:
    """[first, last] as UTC instants [lo, hi)."""
    return {
        "lo": datetime.combine(first, time.min, UTC),
        "hi": datetime.combine(last + timedelta(days=1), time.min, UTC),
    }


def _params(conn: Connection, p: dict[str, datetime]) -> dict[str, object]:
    if conn.dialect.name == "sqlite":  # as UTCDateTime stores them
        return {k: sqlite_text(v) for k, v in p.items()}
    return dict(p)


def compute(conn: Connection, table: str, first: date, last: date) -> list[tuple[object, ...]]:
    """``table``'s rows for the days first..last, from the raw rows (nothing written)."""
    sql = compute_sql(conn.dialect.name, table)
    return [tuple(r) for r in conn.execute(text(sql), _params(conn, bounds(first, last))).all()]


def _runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs."""
    out: list[tuple[date, date]] = []
    for d in sorted(days):
        if out and d == out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return out


def refresh(conn: Connection, before: date) -> int:
    """Recount every marked day before ``before`` (today stays raw) in the caller's transaction;
    returns how many days were recounted."""
    dialect = conn.dialect.name
    cut = before.isoformat()
    if dialect == "postgresql":  # the marks first: a writer still marking waits, and is seen
        marked = conn.execute(text("DELETE FROM rollup_dirty WHERE day < :d RETURNING day"), {"d": cut}).scalars()
        days = [date.fromisoformat(d) for d in marked]
    else:
        days = [
            date.fromisoformat(d)
            for d in conn.execute(text("SELECT day FROM rollup_dirty WHERE day < :d"), {"d": cut}).scalars()
        ]
        conn.execute(text("DELETE FROM rollup_dirty WHERE day < :d"), {"d": cut})
    for first, last in _runs(days):
        span = {"a": first.isoformat(), "b": last.isoformat()}
        p = _params(conn, bounds(first, last))
        for table in TABLES:
            conn.execute(text(f"DELETE FROM {table} WHERE day >= :a AND day <= :b"), span)
            conn.execute(text(f"INSERT INTO {table} ({COLUMNS[table]}) {compute_sql(dialect, table)}"), p)
    return len(days)


def mark_all_sql(dialect: str) -> list[str]:
    """Mark every day holding a return or an interaction (the migration's back-fill)."""
    ins = (
        "INSERT OR IGNORE INTO rollup_dirty (day, marks)"
        if dialect == "sqlite"
        else "INSERT INTO rollup_dirty (day, marks)"
    )
    tail = "" if dialect == "sqlite" else " ON CONFLICT (day) DO NOTHING"
    return [
        f"{ins} SELECT DISTINCT {day_of(dialect, 'committed_at')}, 1 FROM returns WHERE committed_at IS NOT NULL{tail}",
        f"{ins} SELECT DISTINCT {day_of(dialect, 'opened_at')}, 1 FROM interactions{tail}",
    ]
