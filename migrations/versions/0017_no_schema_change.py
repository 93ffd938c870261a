"""No schema change. This revision was set aside for parallel work that ended up needing none;
it stays in the chain so that databases already stamped with it keep upgrading cleanly.

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
    """Nothing to change."""


def downgrade() -> None:
    """Nothing to change."""
