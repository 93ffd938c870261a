"""the reports' returns index covers the exception outcome's baseline too: approval_id and
customer_id (issue #22)

The outcome of exceptions compares customers with one against those who returned something in
the period without one (services/exception_outcomes.py _baseline): that read every committed
return of the period from the table for its approval and customer (80,000 look-ups, 0.2 s of a
year's dashboard on SQLite). With both columns in ix_returns_committed it is read from the index.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-03 06:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

BEFORE = ["committed_at", "status", "store_id", "id", "refund_minor", "store_credit_minor"]
# the same columns as posassist/db/tables/sales.py Return's ix_returns_committed
AFTER = [*BEFORE, "approval_id", "customer_id"]


def upgrade() -> None:
    op.drop_index("ix_returns_committed", table_name="returns")
    op.create_index("ix_returns_committed", "returns", AFTER)
    op.execute("ANALYZE returns")


def downgrade() -> None:
    op.drop_index("ix_returns_committed", table_name="returns")
    op.create_index("ix_returns_committed", "returns", BEFORE)
