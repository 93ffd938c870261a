"""sales and customers imported from the systems that rang them: source and order id, receipt
look-up keys, tender text, refunds made there, fulfilment, tax-included prices; customers' ids in
other systems; the import history

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 04:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)
JsonDoc = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("sales") as b:
        b.add_column(sa.Column("source", sa.String(16), nullable=True))
        b.add_column(sa.Column("external_id", sa.String(64), nullable=True))
        b.add_column(sa.Column("lookup_key", sa.String(64), nullable=True))
        b.add_column(sa.Column("pos_receipt", sa.String(64), nullable=True))
        b.add_column(sa.Column("payment_method", sa.String(200), nullable=True))
        b.add_column(sa.Column("financial_status", sa.String(24), nullable=True))
        b.add_column(sa.Column("fulfilment_status", sa.String(24), nullable=True))
        b.add_column(sa.Column("fulfilled_at", When, nullable=True))
        b.add_column(sa.Column("refunded_minor", sa.BigInteger(), nullable=False, server_default="0"))
        b.add_column(sa.Column("shipping_minor", sa.BigInteger(), nullable=False, server_default="0"))
        b.add_column(sa.Column("tax_included", sa.Boolean(), nullable=False, server_default=sa.false()))
        b.add_column(sa.Column("import_hash", sa.String(32), nullable=True))
        b.create_unique_constraint(b.f("uq_sales_source_external_id"), ["source", "external_id"])
        b.create_index(b.f("ix_sales_lookup_key"), ["lookup_key"], unique=False)
        b.create_index(b.f("ix_sales_pos_receipt"), ["pos_receipt"], unique=False)
    with op.batch_alter_table("sale_lines") as b:
        b.add_column(sa.Column("sku_text", sa.String(128), nullable=True))
        b.add_column(sa.Column("fulfilment_status", sa.String(24), nullable=True))
    with op.batch_alter_table("customers") as b:
        b.add_column(sa.Column("phone_e164", sa.String(20), nullable=True))
        b.create_index(b.f("ix_customers_phone_e164"), ["phone_e164"], unique=False)
    op.create_table(
        "customer_sources",
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("external_id", sa.String(64), nullable=False),
        sa.Column("customer_id", BigId, nullable=False),
        sa.Column("tax_exempt", sa.Boolean(), nullable=True),
        sa.Column("total_spent_minor", sa.BigInteger(), nullable=True),
        sa.Column("total_orders", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("import_hash", sa.String(32), nullable=True),
        sa.Column("imported_at", When, nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_sources_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source", "external_id", name=op.f("pk_customer_sources")),
    )
    with op.batch_alter_table("customer_sources") as b:
        b.create_index(b.f("ix_customer_sources_customer_id"), ["customer_id"], unique=False)
    op.create_table(
        "sales_imports",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("staff_id", BigId, nullable=True),
        sa.Column("started_at", When, nullable=False),
        sa.Column("finished_at", When, nullable=True),
        sa.Column("counts", JsonDoc, nullable=True),
        sa.Column("report", JsonDoc, nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_sales_imports_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_imports")),
    )


def downgrade() -> None:
    op.drop_table("sales_imports")
    with op.batch_alter_table("customer_sources") as b:
        b.drop_index("ix_customer_sources_customer_id")
    op.drop_table("customer_sources")
    with op.batch_alter_table("customers") as b:
        b.drop_index("ix_customers_phone_e164")
        b.drop_column("phone_e164")
    with op.batch_alter_table("sale_lines") as b:
        b.drop_column("fulfilment_status")
        b.drop_column("sku_text")
    with op.batch_alter_table("sales") as b:
        b.drop_index("ix_sales_pos_receipt")
        b.drop_index("ix_sales_lookup_key")
        b.drop_constraint("uq_sales_source_external_id", type_="unique")
        for col in (
            "import_hash",
            "tax_included",
            "shipping_minor",
            "refunded_minor",
            "fulfilled_at",
            "fulfilment_status",
            "financial_status",
            "payment_method",
            "pos_receipt",
            "lookup_key",
            "external_id",
            "source",
        ):
            b.drop_column(col)
