"""set-up remainders: goodwill budget, store region, receipts

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the work that owns this revision (rename the file when you fill it)


def downgrade() -> None:
    pass
