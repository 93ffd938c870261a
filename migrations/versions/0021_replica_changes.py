"""local copy change tracking (issue #21 part 1): placeholder, filled in next commit

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02 16:16:00
"""

from __future__ import annotations

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
