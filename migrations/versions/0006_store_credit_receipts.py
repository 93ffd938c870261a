"""store credit as a ledger (vouchers, movements), printed receipts, counters' printers

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 04:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "vouchers",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("issued_minor", sa.BigInteger(), nullable=False),
        sa.Column("balance_minor", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", BigId, nullable=True),
        sa.Column("store_id", BigId, nullable=False),
        sa.Column("return_id", BigId, nullable=True),
        sa.Column("goodwill_id", BigId, nullable=True),
        sa.Column("issued_by", BigId, nullable=True),
        sa.Column("issued_at", When, nullable=False),
        sa.Column("expires_at", When, nullable=True),
        sa.CheckConstraint("balance_minor >= 0 AND balance_minor <= issued_minor", name=op.f("ck_vouchers_balance")),
        sa.CheckConstraint("issued_minor > 0", name=op.f("ck_vouchers_issued_positive")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_vouchers_customer_id_customers")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_vouchers_store_id_stores")),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"], name=op.f("fk_vouchers_return_id_returns")),
        sa.ForeignKeyConstraint(["goodwill_id"], ["goodwill.id"], name=op.f("fk_vouchers_goodwill_id_goodwill")),
        sa.ForeignKeyConstraint(["issued_by"], ["staff.id"], name=op.f("fk_vouchers_issued_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vouchers")),
        sa.UniqueConstraint("number", name=op.f("uq_vouchers_number")),
    )
    with op.batch_alter_table("vouchers") as batch_op:
        batch_op.create_index(batch_op.f("ix_vouchers_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vouchers_return_id"), ["return_id"], unique=False)
    op.create_table(
        "voucher_movements",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("voucher_id", BigId, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("balance_after_minor", sa.BigInteger(), nullable=False),
        sa.Column("sale_id", BigId, nullable=True),
        sa.Column("return_id", BigId, nullable=True),
        sa.Column("staff_id", BigId, nullable=True),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("at", When, nullable=False),
        sa.CheckConstraint("kind IN ('issue', 'redeem', 'expire', 'void')", name=op.f("ck_voucher_movements_kind")),
        sa.CheckConstraint("balance_after_minor >= 0", name=op.f("ck_voucher_movements_balance_after")),
        sa.ForeignKeyConstraint(
            ["voucher_id"], ["vouchers.id"], name=op.f("fk_voucher_movements_voucher_id_vouchers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_voucher_movements_sale_id_sales")),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"], name=op.f("fk_voucher_movements_return_id_returns")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_voucher_movements_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_movements")),
    )
    with op.batch_alter_table("voucher_movements") as batch_op:
        batch_op.create_index("ix_voucher_movements_voucher", ["voucher_id", "id"], unique=False)
    op.create_table(
        "receipt_prints",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("gift", sa.Boolean(), nullable=False),
        sa.Column("copy", sa.Boolean(), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("staff_id", BigId, nullable=True),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("printed_at", When, nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_receipt_prints_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_prints")),
    )
    with op.batch_alter_table("receipt_prints") as batch_op:
        batch_op.create_index("ix_receipt_prints_number", ["number"], unique=False)
    op.create_table(
        "counter_printers",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("store_id", BigId, nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("width_mm", sa.Integer(), nullable=False),
        sa.Column("profile", sa.String(64), nullable=False),
        sa.Column("code_page", sa.String(32), nullable=False),
        sa.Column("barcode", sa.String(16), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('usb', 'network', 'serial', 'file', 'system', 'pdf')", name=op.f("ck_counter_printers_kind")
        ),
        sa.CheckConstraint("width_mm IN (58, 80)", name=op.f("ck_counter_printers_width")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_counter_printers_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counter_printers")),
        sa.UniqueConstraint("store_id", "counter", "name", name=op.f("uq_counter_printers_store_id_counter_name")),
    )


def downgrade() -> None:
    op.drop_table("counter_printers")
    op.drop_index("ix_receipt_prints_number", table_name="receipt_prints")
    op.drop_table("receipt_prints")
    op.drop_index("ix_voucher_movements_voucher", table_name="voucher_movements")
    op.drop_table("voucher_movements")
    op.drop_index("ix_vouchers_return_id", table_name="vouchers")
    op.drop_index("ix_vouchers_customer_id", table_name="vouchers")
    op.drop_table("vouchers")
