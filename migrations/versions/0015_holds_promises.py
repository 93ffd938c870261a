"""holds from a chosen store, reserved stock, promises with a needed-by date

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the work that owns this revision (rename the file when you fill it)


def downgrade() -> None:
    pass
