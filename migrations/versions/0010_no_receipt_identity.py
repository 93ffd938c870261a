"""anonymous no-receipt returns counted per person across stores: a keyed hash of the identity
document or phone on the return (never the number itself), and the installation's secret key

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_secrets",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_app_secrets")),
    )
    with op.batch_alter_table("returns") as b:
        b.add_column(sa.Column("identity_hash", sa.String(64), nullable=True))
        b.create_index(b.f("ix_returns_identity_hash"), ["identity_hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("returns") as b:
        b.drop_index(b.f("ix_returns_identity_hash"))
        b.drop_column("identity_hash")
    op.drop_table("app_secrets")
