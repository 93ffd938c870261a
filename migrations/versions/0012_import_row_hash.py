"""each variant remembers the hash of the source record it was last imported from, so a re-sync
reads again only the records that changed

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 05:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("variants") as batch_op:
        batch_op.add_column(sa.Column("import_hash", sa.BigInteger(), nullable=True))
        batch_op.create_index("ix_variants_import_hash", ["import_hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("variants") as batch_op:
        batch_op.drop_index("ix_variants_import_hash")
        batch_op.drop_column("import_hash")
