"""No schema change. This revision was set aside for parallel work that ended up needing none;
it stays in the chain so that databases already stamped with it keep upgrading cleanly.

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
    """Nothing to change."""


def downgrade() -> None:
    """Nothing to change."""
