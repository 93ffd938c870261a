"""set-up remainders: a goodwill budget per week for each role, the store's region (the
jurisdiction policy rules read) and receipt logo, and condition codes as data

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# the conditions an associate chose from while they were fixed in code: each is its own meaning
CONDITIONS = ("unopened", "opened", "worn", "damaged_by_customer", "faulty", "hygiene")


def upgrade() -> None:
    with op.batch_alter_table("role_limits") as b:
        b.add_column(sa.Column("goodwill_per_week_minor", sa.BigInteger(), nullable=False, server_default="0"))
    # no role is held tighter than before: the week's budget starts as the month's
    op.execute("UPDATE role_limits SET goodwill_per_week_minor = goodwill_per_month_minor")
    with op.batch_alter_table("stores") as b:
        b.add_column(sa.Column("region", sa.String(16), nullable=True))
        b.add_column(sa.Column("receipt_logo", sa.Text(), nullable=True))
    codes = op.create_table(
        "condition_codes",
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("means", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "means IN ('unopened', 'opened', 'worn', 'damaged_by_customer', 'faulty', 'hygiene')",
            name=op.f("ck_condition_codes_means"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_condition_codes")),
    )
    op.bulk_insert(
        codes, [{"code": c, "label": "", "means": c, "position": i, "active": True} for i, c in enumerate(CONDITIONS)]
    )


def downgrade() -> None:
    op.drop_table("condition_codes")
    with op.batch_alter_table("stores") as b:
        b.drop_column("receipt_logo")
        b.drop_column("region")
    with op.batch_alter_table("role_limits") as b:
        b.drop_column("goodwill_per_week_minor")
