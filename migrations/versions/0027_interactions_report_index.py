"""the reports' interactions index covers the first-visit columns again: counter, resolution and
matter_id (migration 0016 added them without the index), and id for the came-back join on
PostgreSQL. Without them the service figures looked up every interaction of the period in the
table, three times: a year of trade's dashboard took 8 s of CPU on SQLite (was 1.7 s before 0016).
The table's statistics are taken again with the new index: without them SQLite kept walking
ix_interactions_staff_opened (its figures from a smaller table) and reading rows (0.4 s at 300 k).

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-02 20:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

BEFORE = ["opened_at", "channel", "first_response_at", "resolved_at", "csat", "store_id", "staff_id"]
# the same columns as posassist/db/tables/customers.py Interaction's ix_interactions_opened
AFTER = [*BEFORE, "counter", "resolution", "matter_id", "id"]


def upgrade() -> None:
    op.drop_index("ix_interactions_opened", table_name="interactions")
    op.create_index("ix_interactions_opened", "interactions", AFTER)
    op.execute("ANALYZE interactions")


def downgrade() -> None:
    op.drop_index("ix_interactions_opened", table_name="interactions")
    op.create_index("ix_interactions_opened", "interactions", BEFORE)
