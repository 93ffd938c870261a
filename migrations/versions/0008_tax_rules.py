"""tax as data: store tax settings, rates per store and tax class, class assignments; reason codes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 04:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
CLASSES = "tax_class IN ('standard', 'reduced', 'zero', 'exempt')"
# the codes approvers chose from while they were fixed in code; their words stay translated
REASONS = ("customer_loyalty", "medical", "store_error", "product_fault", "goodwill", "other")


def upgrade() -> None:
    op.create_table(
        "store_tax",
        sa.Column("store_id", BigId, nullable=False),
        sa.Column("prices_include_tax", sa.Boolean(), nullable=False),
        sa.Column("rounding", sa.String(8), nullable=False),
        sa.Column("rounding_mode", sa.String(10), nullable=False),
        sa.CheckConstraint("rounding IN ('line', 'receipt')", name=op.f("ck_store_tax_rounding")),
        sa.CheckConstraint("rounding_mode IN ('half_up', 'half_even')", name=op.f("ck_store_tax_rounding_mode")),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_store_tax_store_id_stores"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("store_id", name=op.f("pk_store_tax")),
    )
    op.create_table(
        "tax_rates",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("store_id", BigId, nullable=False),
        sa.Column("tax_class", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(32), nullable=False),
        sa.Column("rate_ppm", sa.Integer(), nullable=False),
        sa.Column("compound", sa.Boolean(), nullable=False),
        sa.CheckConstraint("rate_ppm >= 0 AND rate_ppm <= 1000000", name=op.f("ck_tax_rates_rate_range")),
        sa.CheckConstraint(CLASSES, name=op.f("ck_tax_rates_tax_class")),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_tax_rates_store_id_stores"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tax_rates")),
        sa.UniqueConstraint(
            "store_id", "tax_class", "component", name=op.f("uq_tax_rates_store_id_tax_class_component")
        ),
    )
    with op.batch_alter_table("tax_rates") as b:
        b.create_index(b.f("ix_tax_rates_store_id"), ["store_id"], unique=False)
    op.create_table(
        "tax_class_assignments",
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("code", sa.String(128), nullable=False),
        sa.Column("tax_class", sa.String(16), nullable=False),
        sa.CheckConstraint("kind IN ('department', 'product')", name=op.f("ck_tax_class_assignments_kind")),
        sa.CheckConstraint(CLASSES, name=op.f("ck_tax_class_assignments_tax_class")),
        sa.PrimaryKeyConstraint("kind", "code", name=op.f("pk_tax_class_assignments")),
    )
    reasons = op.create_table(
        "reason_codes",
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_reason_codes")),
    )
    op.bulk_insert(reasons, [{"code": c, "label": "", "position": i, "active": True} for i, c in enumerate(REASONS)])


def downgrade() -> None:
    op.drop_table("reason_codes")
    op.drop_table("tax_class_assignments")
    op.drop_index("ix_tax_rates_store_id", table_name="tax_rates")
    op.drop_table("tax_rates")
    op.drop_table("store_tax")
