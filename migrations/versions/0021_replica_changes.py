"""the counter's local copy (issue #21): a change log on PostgreSQL, replica state on both engines

PostgreSQL: ``replica_changes`` gets one row per changed row of each replicated table, written by
statement-level AFTER triggers reading the transition tables (one INSERT ... SELECT per statement,
so a catalogue import of 100 000 rows costs one extra statement, not 100 000 trigger calls), and a
``pg_notify('posassist_changes', <last seq>)`` per statement so counters wake at once. ``tx`` (the
writing transaction) lets a counter know when a seq it has not seen yet can no longer appear.
Both engines: ``replica_state`` (key/value): on the counter's SQLite copy its progress (last seq,
snapshot position); on the server what was pruned from the log.

The list of tables is frozen here: a later migration adding a table the counter needs offline adds
its triggers with ``add_change_triggers``.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02 16:16:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

# table -> primary key columns (as of this revision)
TABLES: dict[str, tuple[str, ...]] = {
    "stores": ("id",),
    "store_distances": ("from_store_id", "to_store_id"),
    "counters": ("id",),
    "counter_printers": ("id",),
    "store_tax": ("store_id",),
    "tax_rates": ("id",),
    "tax_class_assignments": ("kind", "code"),
    "role_limits": ("role",),
    "staff": ("id",),
    "staff_sessions": ("id",),
    "reason_codes": ("code",),
    "condition_codes": ("code",),
    "return_policies": ("id",),
    "audit_keys": ("id",),
    "departments": ("id",),
    "products": ("id",),
    "variants": ("id",),
    "stock": ("variant_id", "store_id"),
    "promotions": ("id",),
    "customers": ("id",),
    "customer_alerts": ("id",),
    "customer_dates": ("id",),
    "customer_links": ("id",),
    "customer_tags": ("customer_id", "tag"),
    "customer_consents": ("customer_id", "channel"),
    "customer_sources": ("source", "external_id"),
    "customer_merges": ("id",),
    "customer_changes": ("id",),
    "sales": ("id",),
    "sale_lines": ("id",),
    "tenders": ("id",),
    "approval_requests": ("id",),
    "returns": ("id",),
    "return_lines": ("id",),
    "goodwill": ("id",),
    "vouchers": ("id",),
    "voucher_movements": ("id",),
    "interactions": ("id",),
    "interaction_revisions": ("id",),
    "follow_ups": ("id",),
    "holds": ("id",),
    "promises": ("id",),
}


def _function_sql(table: str, pk: tuple[str, ...]) -> str:
    def key(alias: str) -> str:
        return "jsonb_build_array(" + ", ".join(f"{alias}.{c}" for c in pk) + ")"

    same = " AND ".join(f"n.{c} = o.{c}" for c in pk)
    return f"""
CREATE OR REPLACE FUNCTION replica_log_{table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    n_rows bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO replica_changes (tbl, pk, op) SELECT '{table}', {key("n")}, 'I' FROM new_rows n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO replica_changes (tbl, pk, op)
        SELECT '{table}', {key("n")}, 'U' FROM new_rows n
        UNION ALL
        SELECT '{table}', {key("o")}, 'D' FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE {same});
    ELSE
        INSERT INTO replica_changes (tbl, pk, op) SELECT '{table}', {key("o")}, 'D' FROM old_rows o;
    END IF;
    GET DIAGNOSTICS n_rows = ROW_COUNT;
    IF n_rows > 0 THEN
        PERFORM pg_notify('posassist_changes', currval('replica_changes_seq_seq')::text);
    END IF;
    RETURN NULL;
END
$fn$
"""


def add_change_triggers(table: str, pk: tuple[str, ...]) -> None:
    op.execute(_function_sql(table, pk))
    for event, refs in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
    ):
        op.execute(
            f"CREATE TRIGGER replica_{event.lower()}_{table} AFTER {event} ON {table} "
            f"REFERENCING {refs} FOR EACH STATEMENT EXECUTE FUNCTION replica_log_{table}()"
        )


def drop_change_triggers(table: str) -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS replica_{event}_{table} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS replica_log_{table}()")


def upgrade() -> None:
    op.create_table(
        "replica_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_replica_state"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE replica_changes ("
        " seq bigserial CONSTRAINT pk_replica_changes PRIMARY KEY,"
        " tbl text NOT NULL,"
        " pk jsonb NOT NULL,"
        " op char(1) NOT NULL,"
        " at timestamptz NOT NULL DEFAULT now(),"
        " tx xid8 NOT NULL DEFAULT pg_current_xact_id())"
    )
    for table, pk in TABLES.items():
        add_change_triggers(table, pk)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            drop_change_triggers(table)
        op.execute("DROP TABLE IF EXISTS replica_changes")
    op.drop_table("replica_state")
