"""follow-ups with a time, reminders, snooze, hand-over; first-visit resolution

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the work that owns this revision (rename the file when you fill it)


def downgrade() -> None:
    pass
