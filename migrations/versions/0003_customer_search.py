"""customer name search: FTS5 trigram on SQLite, a pg_trgm index on PostgreSQL (fast and typo-tolerant)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 03:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME = "coalesce({t}.full_name, '') || ' ' || coalesce({t}.preferred_name, '')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE customer_fts USING fts5(name, tokenize = 'trigram')")
        op.execute(
            f"INSERT INTO customer_fts (rowid, name) SELECT id, lower({NAME.format(t='customers')}) FROM customers"
        )
        op.execute(
            f"CREATE TRIGGER customer_fts_ai AFTER INSERT ON customers BEGIN "
            f"INSERT INTO customer_fts (rowid, name) VALUES (new.id, lower({NAME.format(t='new')})); END"
        )
        op.execute(
            f"CREATE TRIGGER customer_fts_au AFTER UPDATE OF full_name, preferred_name ON customers BEGIN "
            f"DELETE FROM customer_fts WHERE rowid = old.id; "
            f"INSERT INTO customer_fts (rowid, name) VALUES (new.id, lower({NAME.format(t='new')})); END"
        )
        op.execute(
            "CREATE TRIGGER customer_fts_ad AFTER DELETE ON customers BEGIN "
            "DELETE FROM customer_fts WHERE rowid = old.id; END"
        )
    else:
        op.execute(
            f"CREATE INDEX ix_customers_name_trgm ON customers USING gin "
            f"((lower({NAME.format(t='customers')})) gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for t in ("customer_fts_ai", "customer_fts_au", "customer_fts_ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {t}")
        op.execute("DROP TABLE IF EXISTS customer_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_customers_name_trgm")
