"""Sales with their lines and tenders; returns with their lines; return policy versions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, JsonDoc, utcnow


class Sale(Base):
    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(64), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), default=None)
    channel: Mapped[str] = mapped_column(String(16), default="counter")  # counter/web/phone
    kind: Mapped[str] = mapped_column(String(16), default="sale")  # sale/exchange/order
    status: Mapped[str] = mapped_column(String(16), default="completed")
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(BigInteger)
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    ship_to: Mapped[str | None] = mapped_column(Text, default=None)
    ship_from_store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), default=None)
    arrive_by: Mapped[date | None] = mapped_column(Date, default=None)
    sold_at: Mapped[datetime] = mapped_column(default=utcnow)
    # imported from the system that rang it (sale import, migration 0009); NULL for posassist's own
    source: Mapped[str | None] = mapped_column(String(16), default=None)  # shopify/square/woocommerce/csv
    external_id: Mapped[str | None] = mapped_column(String(64), default=None)  # the order's id there
    lookup_key: Mapped[str | None] = mapped_column(String(64), default=None, index=True)  # "#1042" -> "1042"
    pos_receipt: Mapped[str | None] = mapped_column(String(64), default=None, index=True)  # POS receipt "2-1015"
    payment_method: Mapped[str | None] = mapped_column(String(200), default=None)  # as the source says, no card number
    financial_status: Mapped[str | None] = mapped_column(String(24), default=None)  # paid/partially_refunded/…
    fulfilment_status: Mapped[str | None] = mapped_column(String(24), default=None)
    fulfilled_at: Mapped[datetime | None] = mapped_column(default=None)
    refunded_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")  # refunded there
    shipping_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    tax_included: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    import_hash: Mapped[str | None] = mapped_column(String(32), default=None)  # what the last import read
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_sales_customer_sold", "customer_id", "sold_at"),
        Index("ix_sales_store_sold", "store_id", "sold_at"),
        CheckConstraint("total_minor >= 0", name="total_not_negative"),
    )


class SaleLine(Base):
    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # looked up by the unique (sale_id, line_no) index below (migration 0033)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("variants.id", ondelete="SET NULL"), default=None, index=True
    )
    description: Mapped[str] = mapped_column(String(500))
    department_code: Mapped[str | None] = mapped_column(String(64), default=None)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger)  # paid for the line, tax included
    final_sale: Mapped[bool] = mapped_column(default=False)
    # what actually left the warehouse when it differs from what was ordered (picking error)
    shipped_variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id", ondelete="SET NULL"), default=None)
    fulfilment_note: Mapped[str | None] = mapped_column(Text, default=None)
    sku_text: Mapped[str | None] = mapped_column(String(128), default=None)  # the SKU an imported line had
    fulfilment_status: Mapped[str | None] = mapped_column(String(24), default=None)
    __table_args__ = (
        UniqueConstraint("sale_id", "line_no"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )


class Tender(Base):
    """How a sale was paid; card numbers are never stored, only the last four digits."""

    __tablename__ = "tenders"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # card/cash/gift_card/store_credit
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str | None] = mapped_column(String(64), default=None)
    __table_args__ = (CheckConstraint("amount_minor >= 0", name="amount_not_negative"),)


class ReturnPolicy(Base):
    """A version of the return policy; rules are data an admin edits."""

    __tablename__ = "return_policies"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    effective_from: Mapped[datetime]
    rules: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Return(Base):
    __tablename__ = "returns"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    return_no: Mapped[str] = mapped_column(String(64), unique=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), default=None, index=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), default=None, index=True)
    status: Mapped[str] = mapped_column(String(24))  # committed/awaiting_approval/cancelled
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("return_policies.id"), default=None)
    verdict: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approval_requests.id"), default=None)
    exchange_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), default=None)
    currency: Mapped[str] = mapped_column(String(3))
    refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    store_credit_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    committed_at: Mapped[datetime | None] = mapped_column(default=None)
    # no receipt, no customer record: a keyed hash of the identity document or phone (migration
    # 0010), so the no-receipt cap counts the person across stores without keeping the number
    identity_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    # the counter that made it from its local copy while the server was away (migration 0024)
    offline_counter: Mapped[str | None] = mapped_column(String(100), default=None)
    __table_args__ = (
        # reports and the dashboard by date range, from the index alone
        Index(
            "ix_returns_committed",
            "committed_at",
            "status",
            "store_id",
            "id",
            "refund_minor",
            "store_credit_minor",
            "approval_id",  # the exception outcome's baseline (migration 0031)
            "customer_id",
        ),
        CheckConstraint("refund_minor >= 0 AND store_credit_minor >= 0 AND fee_minor >= 0", name="amounts"),
    )


class ReturnLine(Base):
    __tablename__ = "return_lines"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"), index=True)
    sale_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"), default=None, index=True)
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id", ondelete="SET NULL"), default=None)
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    condition: Mapped[str] = mapped_column(String(32))
    resolution: Mapped[str] = mapped_column(String(32))
    refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    restock_to: Mapped[str | None] = mapped_column(String(16), default=None)  # sellable/damaged/none
    replacement_variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("variants.id", ondelete="SET NULL"), default=None
    )
    ship_from_store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), default=None)
    arrive_by: Mapped[date | None] = mapped_column(Date, default=None)
    declared_value_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)


class SalesImport(Base):
    """One applied sale or customer import: what it read, who ran it, its counts (the history)."""

    __tablename__ = "sales_imports"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # sales / customers
    source: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    report: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
