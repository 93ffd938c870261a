"""daily roll-ups of the dashboard's figures (issue #22), kept current by triggers

Five roll-up tables (posassist/db/tables/rollups.py) hold per-day sums and counts of returns,
their lines and interactions, per store, channel, associate and counter; ``rollup_dirty`` lists
the days a write changed since they were counted. Triggers on returns, return_lines and
interactions mark those days in the writing transaction (SQLite: row triggers; PostgreSQL:
statement triggers over the transition tables, one statement per write statement however many
rows it wrote). Reports recount the marked days before reading (posassist/db/rollups.py). The
back-fill: every day holding data is marked here and counted at once.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

TABLES = (
    "rollup_returns",
    "rollup_return_reasons",
    "rollup_return_items",
    "rollup_interactions",
    "rollup_first_response",
)
# the interaction columns the figures read: an update of anything else (a note's text) marks nothing
FIGURE_COLUMNS = (
    "opened_at",
    "first_response_at",
    "resolved_at",
    "csat",
    "store_id",
    "staff_id",
    "channel",
    "counter",
    "resolution",
    "matter_id",
)
RETURN_COLUMNS = ("status", "committed_at", "store_id", "refund_minor", "store_credit_minor")


def _big(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.BigInteger(), nullable=False)


def _day() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("day", sa.String(10), nullable=False)


def _tables() -> None:
    op.create_table(
        "rollup_dirty",
        _day(),
        _big("marks"),
        sa.PrimaryKeyConstraint("day", name="pk_rollup_dirty"),
    )
    op.create_table(
        "rollup_returns",
        _day(),
        _big("store_id"),
        _big("returns"),
        _big("refund_minor"),
        _big("store_credit_minor"),
        sa.PrimaryKeyConstraint("day", "store_id", name="pk_rollup_returns"),
    )
    op.create_table(
        "rollup_return_reasons",
        _day(),
        _big("store_id"),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("resolution", sa.String(32), nullable=False),
        _big("lines"),
        _big("quantity"),
        _big("amount_minor"),
        sa.PrimaryKeyConstraint("day", "store_id", "reason", "resolution", name="pk_rollup_return_reasons"),
    )
    op.create_table(
        "rollup_return_items",
        _day(),
        _big("store_id"),
        sa.Column("description", sa.String(500), nullable=False),
        _big("quantity"),
        sa.PrimaryKeyConstraint("day", "store_id", "description", name="pk_rollup_return_items"),
    )
    op.create_table(
        "rollup_interactions",
        _day(),
        _big("store_id"),
        sa.Column("channel", sa.String(16), nullable=False),
        _big("staff_id"),
        sa.Column("counter", sa.String(100), nullable=False),
        _big("n"),
        _big("first_n"),
        sa.Column("first_sum", sa.Float(), nullable=False),
        _big("resolve_n"),
        sa.Column("resolve_sum", sa.Float(), nullable=False),
        _big("csat_n"),
        _big("csat_sum"),
        *[_big(f"csat_{k}") for k in range(1, 6)],
        _big("matters"),
        _big("first_visit"),
        *[_big(f"band_{k}") for k in range(5)],
        sa.PrimaryKeyConstraint("day", "store_id", "channel", "staff_id", "counter", name="pk_rollup_interactions"),
    )
    op.create_table(
        "rollup_first_response",
        _day(),
        _big("store_id"),
        _big("seconds"),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "store_id", "seconds", name="pk_rollup_first_response"),
    )


def _sqlite_triggers() -> None:
    def mark(day_sql: str) -> str:
        return f"INSERT OR IGNORE INTO rollup_dirty (day, marks) SELECT d, 1 FROM (SELECT {day_sql} AS d) WHERE d IS NOT NULL;"

    def matter(row: str) -> str:
        return (
            "INSERT OR IGNORE INTO rollup_dirty (day, marks) SELECT date(opened_at), 1 FROM interactions"
            f" WHERE id = {row}.matter_id;"
        )

    def parent(row: str) -> str:
        return (
            "INSERT OR IGNORE INTO rollup_dirty (day, marks) SELECT date(committed_at), 1 FROM returns"
            f" WHERE id = {row}.return_id AND committed_at IS NOT NULL;"
        )

    cols = ", ".join(FIGURE_COLUMNS)
    body = {
        ("interactions", "INSERT", ""): mark("date(NEW.opened_at)") + matter("NEW"),
        ("interactions", "UPDATE", f" OF {cols}"): mark("date(NEW.opened_at)")
        + mark("date(OLD.opened_at)")
        + matter("NEW")
        + matter("OLD"),
        ("interactions", "DELETE", ""): mark("date(OLD.opened_at)") + matter("OLD"),
        ("returns", "INSERT", ""): mark("date(NEW.committed_at)"),
        ("returns", "UPDATE", f" OF {', '.join(RETURN_COLUMNS)}"): mark("date(NEW.committed_at)")
        + mark("date(OLD.committed_at)"),
        ("returns", "DELETE", ""): mark("date(OLD.committed_at)"),
        ("return_lines", "INSERT", ""): parent("NEW"),
        ("return_lines", "UPDATE", ""): parent("NEW") + parent("OLD"),
        ("return_lines", "DELETE", ""): parent("OLD"),
    }
    for (table, event, of), sql in body.items():
        op.execute(
            f"CREATE TRIGGER rollup_mark_{table}_{event.lower()} AFTER {event}{of} ON {table} FOR EACH ROW BEGIN {sql} END"
        )


def _pg_day(col: str) -> str:
    return f"to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"


def _pg_mark(days_sql: str) -> str:
    return (
        f"INSERT INTO rollup_dirty AS m (day, marks) SELECT x.day, 1 FROM ({days_sql}) x WHERE x.day IS NOT NULL"
        " ON CONFLICT (day) DO UPDATE SET marks = m.marks + 1;"
    )


def _pg_interactions(rows: str, where: str = "") -> str:
    return _pg_mark(
        f"SELECT {_pg_day('r.opened_at')} AS day FROM {rows} r {where} UNION "
        f"SELECT {_pg_day('t.opened_at')} FROM {rows} r JOIN interactions t ON t.id = r.matter_id {where}"
    )


def _pg_returns(rows: str, where: str = "") -> str:
    return _pg_mark(f"SELECT DISTINCT {_pg_day('r.committed_at')} AS day FROM {rows} r {where}")


def _pg_lines(rows: str) -> str:
    return _pg_mark(
        f"SELECT DISTINCT {_pg_day('t.committed_at')} AS day FROM {rows} r JOIN returns t ON t.id = r.return_id"
    )


def _pg_triggers() -> None:
    changed_i = " OR ".join(f"n.{c} IS DISTINCT FROM o.{c}" for c in FIGURE_COLUMNS)
    changed_r = " OR ".join(f"n.{c} IS DISTINCT FROM o.{c}" for c in RETURN_COLUMNS)
    moved_i = f"WHERE r.id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {changed_i})"
    moved_r = f"WHERE r.id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {changed_r})"
    bodies = {
        "interactions": (
            _pg_interactions("new_rows"),
            _pg_interactions("new_rows", moved_i) + _pg_interactions("old_rows", moved_i),
            _pg_interactions("old_rows"),
        ),
        "returns": (
            _pg_returns("new_rows"),
            _pg_returns("new_rows", moved_r) + _pg_returns("old_rows", moved_r),
            _pg_returns("old_rows"),
        ),
        "return_lines": (_pg_lines("new_rows"), _pg_lines("new_rows") + _pg_lines("old_rows"), _pg_lines("old_rows")),
    }
    for table, (ins, upd, dele) in bodies.items():
        op.execute(
            f"CREATE FUNCTION rollup_mark_{table}() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
            f"BEGIN\n  IF TG_OP = 'INSERT' THEN {ins}\n  ELSIF TG_OP = 'UPDATE' THEN {upd}\n"
            f"  ELSE {dele}\n  END IF;\n  RETURN NULL;\nEND\n$fn$"
        )
        for event, refs in (
            ("INSERT", "NEW TABLE AS new_rows"),
            ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
            ("DELETE", "OLD TABLE AS old_rows"),
        ):
            op.execute(
                f"CREATE TRIGGER rollup_mark_{table}_{event.lower()} AFTER {event} ON {table} "
                f"REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_{table}()"
            )


def upgrade() -> None:
    from posassist.db import rollups  # the same counting as the reports' (see the docstring)

    _tables()
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_triggers()
    else:
        _pg_triggers()
    for sql in rollups.mark_all_sql(dialect):
        op.execute(sql)
    rollups.refresh(op.get_bind(), datetime.now(UTC).date())


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ("interactions", "returns", "return_lines"):
        for event in ("insert", "update", "delete"):
            if dialect == "sqlite":
                op.execute(f"DROP TRIGGER IF EXISTS rollup_mark_{table}_{event}")
            else:
                op.execute(f"DROP TRIGGER IF EXISTS rollup_mark_{table}_{event} ON {table}")
        if dialect != "sqlite":
            op.execute(f"DROP FUNCTION IF EXISTS rollup_mark_{table}()")
    for table in (*TABLES, "rollup_dirty"):
        op.drop_table(table)
