"""a SKU may repeat across variants (one SKU per colour, shared by its sizes): the SKU index is no
longer unique; variants are identified by product and options, a scan by the SKU shows them all

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("variants") as batch_op:
        batch_op.drop_index("ix_variants_sku")
        batch_op.create_index("ix_variants_sku", ["sku"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("variants") as batch_op:
        batch_op.drop_index("ix_variants_sku")
        batch_op.create_index("ix_variants_sku", ["sku"], unique=True)
