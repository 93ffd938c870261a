"""sales import staging (set-based import)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the work that owns this revision (rename the file when you fill it)


def downgrade() -> None:
    pass
