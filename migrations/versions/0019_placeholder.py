"""offline counter: change sequence, journal, review queue

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the work that owns this revision (rename the file when you fill it)


def downgrade() -> None:
    pass
