"""replica_seals (issue #21): on a counter's local copy, the server's latest audit entry sealing
each staff account and each role's limits, copied verbatim with its hash and signature and
countersigned by the counter's own key as it is copied, so a first sign-in while the server is away
is checked against its seal (posassist/db/tables/replica.py).
The table exists on both engines (one schema); only a copy fills it.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-03 05:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "replica_seals",
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("payload", Json, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("sig", sa.String(100), nullable=True),
        sa.Column("local_key_id", sa.String(32), nullable=True),
        sa.Column("local_sig", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("entity", "entity_id", name="pk_replica_seals"),
    )


def downgrade() -> None:
    op.drop_table("replica_seals")
