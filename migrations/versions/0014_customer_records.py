"""customer records: change history, consents, related customers, occasions, merge

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the work that owns this revision (rename the file when you fill it)


def downgrade() -> None:
    pass
