"""Holds (stock reserved for a customer at a chosen store, with a number, until collected, released
or expired) and promises (what was promised to whom, by which date, with the follow-up that checks
it was kept). Migration 0015."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, utcnow

HOLD_STATUSES = ("open", "collected", "released", "expired")
PROMISE_STATUSES = ("open", "kept", "broken", "cancelled")


class Hold(Base):
    """``quantity`` of a variant reserved at ``from_store`` (its ``stock.reserved``) for a customer,
    to collect at ``pickup_store`` (the same store, or here after a transfer) from ``ready_on``."""

    __tablename__ = "holds"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hold_no: Mapped[str] = mapped_column(String(32), unique=True)  # on the slip: H-DT-00042
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), default=None)
    from_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    pickup_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    ready_on: Mapped[date] = mapped_column(Date)
    needed_by: Mapped[date | None] = mapped_column(Date, default=None)
    expires_on: Mapped[date] = mapped_column(Date)
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_ups.id", ondelete="SET NULL"), default=None)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (
        Index("ix_holds_status_expires", "status", "expires_on"),
        CheckConstraint("status IN ('open', 'collected', 'released', 'expired')", name="status"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )


class Promise(Base):
    """A date promised to a customer: a hold ready by their needed-by date, or an exchange that
    ships in time; the follow-up on the day before checks it was kept."""

    __tablename__ = "promises"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), index=True)  # where it was promised
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), default=None)
    kind: Mapped[str] = mapped_column(String(16))  # hold / ship
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id", ondelete="SET NULL"), default=None)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    source_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    hold_id: Mapped[int | None] = mapped_column(ForeignKey("holds.id", ondelete="SET NULL"), default=None)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id", ondelete="SET NULL"), default=None)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id", ondelete="SET NULL"), default=None)
    needed_by: Mapped[date] = mapped_column(Date)
    promised_on: Mapped[date] = mapped_column(Date)  # arrives / ready by
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_ups.id", ondelete="SET NULL"), default=None)
    made_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("ix_promises_status_needed", "status", "needed_by"),
        CheckConstraint("kind IN ('hold', 'ship')", name="kind"),
        CheckConstraint("status IN ('open', 'kept', 'broken', 'cancelled')", name="status"),
    )
