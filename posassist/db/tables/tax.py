"""Tax as data: how each store shows prices and rounds, its rates per tax class, which departments
and products belong to a class; and the reason codes approvers choose from."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId


class StoreTax(Base):
    """A store's tax settings; a store without a row charges no tax and shows prices before tax."""

    __tablename__ = "store_tax"
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), primary_key=True)
    prices_include_tax: Mapped[bool] = mapped_column(Boolean, default=False)
    rounding: Mapped[str] = mapped_column(String(8), default="line")  # line / receipt
    rounding_mode: Mapped[str] = mapped_column(String(10), default="half_up")  # half_up / half_even
    __table_args__ = (
        CheckConstraint("rounding IN ('line', 'receipt')", name="rounding"),
        CheckConstraint("rounding_mode IN ('half_up', 'half_even')", name="rounding_mode"),
    )


class TaxRate(Base):
    """One component (GST, QST, VAT…) of one tax class in one store."""

    __tablename__ = "tax_rates"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), index=True)
    tax_class: Mapped[str] = mapped_column(String(16), default="standard")
    position: Mapped[int] = mapped_column(Integer, default=0)
    component: Mapped[str] = mapped_column(String(32))
    rate_ppm: Mapped[int] = mapped_column(Integer)  # parts per million of the amount: 9.975 % = 99 750
    compound: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("store_id", "tax_class", "component"),
        CheckConstraint("rate_ppm >= 0 AND rate_ppm <= 1000000", name="rate_range"),
        CheckConstraint("tax_class IN ('standard', 'reduced', 'zero', 'exempt')", name="tax_class"),
    )


class TaxClassAssignment(Base):
    """A department (by code) or a product (by style code) taxed in a class other than standard."""

    __tablename__ = "tax_class_assignments"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # department / product
    code: Mapped[str] = mapped_column(String(128), primary_key=True)
    tax_class: Mapped[str] = mapped_column(String(16))
    __table_args__ = (
        CheckConstraint("kind IN ('department', 'product')", name="kind"),
        CheckConstraint("tax_class IN ('standard', 'reduced', 'zero', 'exempt')", name="tax_class"),
    )


class ReasonCode(Base):
    """Why an approver allowed an exception (goodwill, a return past the window…): data an admin edits."""

    __tablename__ = "reason_codes"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")  # words for a code the program has none for
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


CONDITION_MEANINGS = ("unopened", "opened", "worn", "damaged_by_customer", "faulty", "hygiene")


class ConditionCode(Base):
    """The condition an item comes back in (unopened, used, damaged…): data the set-up edits. Each
    code means one of the conditions the policy knows (its fee, window, warranty and waivers)."""

    __tablename__ = "condition_codes"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")  # words for a code the program has none for
    means: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (
        CheckConstraint(
            "means IN ('unopened', 'opened', 'worn', 'damaged_by_customer', 'faulty', 'hygiene')", name="means"
        ),
    )
