"""returns made while the store's server was away (issue #21 part 2): ``returns.offline_counter``
names the counter that made the return from its local copy (NULL: made online). The offline
limits per shift add up this counter's offline returns of the day; the shift lead's review and
the reports can tell them apart.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-02 17:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("offline_counter", sa.String(100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("offline_counter")
