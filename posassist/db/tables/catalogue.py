"""Products (styles), variants, their attributes, stock per store and promotions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, Code, JsonDoc, utcnow


class Department(Base):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), default=None)
    final_sale: Mapped[bool] = mapped_column(Boolean, default=False)


class Product(Base):
    """A style: what the customer calls 'the jacket', whatever its colour and size."""

    __tablename__ = "products"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    style_code: Mapped[str] = mapped_column(String(128), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    brand: Mapped[str | None] = mapped_column(String(200), default=None)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), default=None, index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    image: Mapped[str | None] = mapped_column(String(1000), default=None)
    # dimensions in millimetres, weight in grams; the store's units are applied for display
    width_mm: Mapped[int | None] = mapped_column(Integer, default=None)
    height_mm: Mapped[int | None] = mapped_column(Integer, default=None)
    depth_mm: Mapped[int | None] = mapped_column(Integer, default=None)
    weight_g: Mapped[int | None] = mapped_column(Integer, default=None)
    warranty_months: Mapped[int | None] = mapped_column(Integer, default=None)
    returnable: Mapped[bool] = mapped_column(Boolean, default=True)
    return_window_days: Mapped[int | None] = mapped_column(Integer, default=None)
    allergens: Mapped[str | None] = mapped_column(Text, default=None)
    specs: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    is_merchandise: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Variant(Base):
    """A sellable item: one colour and size of a style, with its own SKU, barcode and price."""

    __tablename__ = "variants"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str | None] = mapped_column(String(128), default=None)
    gtin: Mapped[str | None] = mapped_column(String(14), default=None)  # GTIN-14, zero-padded
    mpn: Mapped[str | None] = mapped_column(String(128), default=None)
    colour: Mapped[str | None] = mapped_column(String(100), default=None)
    size: Mapped[str | None] = mapped_column(String(100), default=None)
    price_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    compare_at_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    weight_g: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the source record this variant was last imported from (a hash): a re-sync skips it (0012)
    import_hash: Mapped[int | None] = mapped_column(BigInteger, default=None, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    __table_args__ = (
        Index("ix_variants_sku", "sku"),  # a SKU may repeat across variants (0007)
        Index("ix_variants_gtin", "gtin"),
        CheckConstraint("price_minor IS NULL OR price_minor >= 0", name="price_not_negative"),
    )


class Stock(Base):
    """On hand per variant per store; NULL means unknown, which is not the same as 0."""

    __tablename__ = "stock"
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id", ondelete="CASCADE"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), index=True)
    on_hand: Mapped[int | None] = mapped_column(Integer, default=None)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    damaged: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # a style's stock read from the key alone (0034): PostgreSQL's key index carries what the card
    # shows (an index-only scan); SQLite keeps the rows themselves in the key's order
    __table_args__ = (
        PrimaryKeyConstraint("variant_id", "store_id", postgresql_include=["on_hand", "reserved"]),
        {"sqlite_with_rowid": False},
    )


class StockMove(Base):
    """Every change of stock with its cause: returns, exchanges, transfers, holds, imports."""

    __tablename__ = "stock_moves"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id", ondelete="CASCADE"), index=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    bucket: Mapped[str] = mapped_column(String(16), default="sellable")  # sellable/damaged/reserved
    reason: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str | None] = mapped_column(String(128), default=None)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Promotion(Base):
    """A price rule for a department, a style or one variant during a period."""

    __tablename__ = "promotions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # percent_off / amount_off / fixed_price
    value: Mapped[int] = mapped_column(BigInteger)  # percent, or minor units
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), default=None, index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), default=None, index=True
    )
    variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("variants.id", ondelete="CASCADE"), default=None, index=True
    )
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), default=None)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (
        CheckConstraint("kind IN ('percent_off', 'amount_off', 'fixed_price')", name="kind"),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )


class CatalogueVersion(Base):
    """One catalogue import run: dry run or applied, with its report and counts."""

    __tablename__ = "catalogue_versions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # planned/applied/rolled_back/failed/cancelled
    full_sync: Mapped[bool] = mapped_column(Boolean, default=False)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    report: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    file_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    rolled_back_at: Mapped[datetime | None] = mapped_column(default=None)


class CatalogueChange(Base):
    """Before-image of each product/variant a version touched, so rollback restores it."""

    __tablename__ = "catalogue_changes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("catalogue_versions.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(16))  # product / variant / stock
    entity_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(16))  # created / updated / deactivated
    before: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)


class ImportMapping(Base):
    """A saved column mapping for a generic CSV source."""

    __tablename__ = "import_mappings"
    source_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SearchTerm(Base):
    """Every distinct indexed word, for typo-tolerant search (the index itself is engine-specific)."""

    __tablename__ = "search_terms"
    term: Mapped[str] = mapped_column(String(100), primary_key=True)
