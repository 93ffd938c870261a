"""date-range indexes for reports and the dashboard (interactions.opened_at, returns.committed_at)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 08:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # covering: the reports' date-range queries read the index only, however wide the range
    op.create_index(
        "ix_interactions_opened",
        "interactions",
        ["opened_at", "channel", "first_response_at", "resolved_at", "csat", "store_id", "staff_id"],
    )
    op.create_index(
        "ix_returns_committed",
        "returns",
        ["committed_at", "status", "store_id", "id", "refund_minor", "store_credit_minor"],
    )


def downgrade() -> None:
    op.drop_index("ix_returns_committed", table_name="returns")
    op.drop_index("ix_interactions_opened", table_name="interactions")
