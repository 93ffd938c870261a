"""holds from a chosen store, with a number, collected, released or expired; promises with a
needed-by date and the follow-up that checks them; the set-up behind arrival dates (carrier days,
closing days, hold expiry per store; same-day transfer hours between stores)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 07:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("stores") as b:
        b.add_column(sa.Column("carrier_days", sa.Integer(), nullable=False, server_default="2"))
        b.add_column(sa.Column("closed_weekdays", sa.String(20), nullable=False, server_default=""))
        b.add_column(sa.Column("closed_dates", sa.Text(), nullable=False, server_default=""))
        b.add_column(sa.Column("hold_days", sa.Integer(), nullable=False, server_default="7"))
    with op.batch_alter_table("store_distances") as b:
        b.add_column(sa.Column("transit_hours", sa.Integer(), nullable=True))
    op.create_table(
        "holds",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("hold_no", sa.String(32), nullable=False),
        sa.Column("variant_id", BigId, nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("customer_id", BigId, nullable=True),
        sa.Column("from_store_id", BigId, nullable=False),
        sa.Column("pickup_store_id", BigId, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("ready_on", sa.Date(), nullable=False),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("follow_up_id", BigId, nullable=True),
        sa.Column("created_by", BigId, nullable=True),
        sa.Column("created_at", When, nullable=False),
        sa.Column("closed_by", BigId, nullable=True),
        sa.Column("closed_at", When, nullable=True),
        sa.ForeignKeyConstraint(
            ["variant_id"], ["variants.id"], name=op.f("fk_holds_variant_id_variants"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_holds_customer_id_customers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["from_store_id"], ["stores.id"], name=op.f("fk_holds_from_store_id_stores")),
        sa.ForeignKeyConstraint(["pickup_store_id"], ["stores.id"], name=op.f("fk_holds_pickup_store_id_stores")),
        sa.ForeignKeyConstraint(
            ["follow_up_id"], ["follow_ups.id"], name=op.f("fk_holds_follow_up_id_follow_ups"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["created_by"], ["staff.id"], name=op.f("fk_holds_created_by_staff")),
        sa.ForeignKeyConstraint(["closed_by"], ["staff.id"], name=op.f("fk_holds_closed_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
        sa.UniqueConstraint("hold_no", name=op.f("uq_holds_hold_no")),
        sa.CheckConstraint("status IN ('open', 'collected', 'released', 'expired')", name=op.f("ck_holds_status")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_holds_quantity_positive")),
    )
    with op.batch_alter_table("holds") as b:
        b.create_index(b.f("ix_holds_variant_id"), ["variant_id"], unique=False)
        b.create_index("ix_holds_status_expires", ["status", "expires_on"], unique=False)
    op.create_table(
        "promises",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("store_id", BigId, nullable=False),
        sa.Column("customer_id", BigId, nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("variant_id", BigId, nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("source_store_id", BigId, nullable=False),
        sa.Column("hold_id", BigId, nullable=True),
        sa.Column("return_id", BigId, nullable=True),
        sa.Column("sale_id", BigId, nullable=True),
        sa.Column("needed_by", sa.Date(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("follow_up_id", BigId, nullable=True),
        sa.Column("made_by", BigId, nullable=True),
        sa.Column("made_at", When, nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_promises_store_id_stores")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_promises_customer_id_customers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["variant_id"], ["variants.id"], name=op.f("fk_promises_variant_id_variants"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["source_store_id"], ["stores.id"], name=op.f("fk_promises_source_store_id_stores")),
        sa.ForeignKeyConstraint(["hold_id"], ["holds.id"], name=op.f("fk_promises_hold_id_holds"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["return_id"], ["returns.id"], name=op.f("fk_promises_return_id_returns"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_promises_sale_id_sales"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["follow_up_id"], ["follow_ups.id"], name=op.f("fk_promises_follow_up_id_follow_ups"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["made_by"], ["staff.id"], name=op.f("fk_promises_made_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promises")),
        sa.CheckConstraint("kind IN ('hold', 'ship')", name=op.f("ck_promises_kind")),
        sa.CheckConstraint("status IN ('open', 'kept', 'broken', 'cancelled')", name=op.f("ck_promises_status")),
    )
    with op.batch_alter_table("promises") as b:
        b.create_index(b.f("ix_promises_store_id"), ["store_id"], unique=False)
        b.create_index("ix_promises_status_needed", ["status", "needed_by"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_promises_status_needed", table_name="promises")
    op.drop_index("ix_promises_store_id", table_name="promises")
    op.drop_table("promises")
    op.drop_index("ix_holds_status_expires", table_name="holds")
    op.drop_index("ix_holds_variant_id", table_name="holds")
    op.drop_table("holds")
    with op.batch_alter_table("store_distances") as b:
        b.drop_column("transit_hours")
    with op.batch_alter_table("stores") as b:
        b.drop_column("hold_days")
        b.drop_column("closed_dates")
        b.drop_column("closed_weekdays")
        b.drop_column("carrier_days")
