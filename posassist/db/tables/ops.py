"""Approval requests (the override path), goodwill records, and advisory locks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, JsonDoc, utcnow

REQUEST_KINDS = ("return", "goodwill", "price_override", "service", "discount")
GOODWILL_KINDS = (
    "accept_unsold_item",
    "free_delivery",
    "gift",
    "lifetime_free_shipping",
    "discount",
    "other",
)


class ApprovalRequest(Base):
    __tablename__ = "approval_requests"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    counter: Mapped[str | None] = mapped_column(String(100), default=None)
    requested_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), default=None)
    task_ref: Mapped[str] = mapped_column(String(128))  # what the approval is for, e.g. return draft key
    rule: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text)
    numbers: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    days_past_window: Mapped[int] = mapped_column(Integer, default=0)
    required_role: Mapped[str | None] = mapped_column(String(32), default=None)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    reason_code: Mapped[str | None] = mapped_column(String(32), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (
        Index("ix_approval_requests_status_store", "status", "store_id"),
        CheckConstraint("status IN ('pending', 'approved', 'denied', 'expired', 'used', 'withdrawn')", name="status"),
        CheckConstraint("decided_by IS NULL OR decided_by <> requested_by", name="not_self_approved"),
    )


class Goodwill(Base):
    """An exception granted on purpose, with its cost and its story."""

    __tablename__ = "goodwill"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    cost_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), default=None, index=True)
    story: Mapped[str] = mapped_column(Text)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    requested_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approval_requests.id"), default=None)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), default=None)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (CheckConstraint("cost_minor >= 0", name="cost_not_negative"),)


class Lock(Base):
    """A named lock held in the database, so two counters never run one job at once."""

    __tablename__ = "locks"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(Text)
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class AppSecret(Base):
    """A secret of this installation shared by every counter (e.g. the key of the identity hashes
    that count anonymous no-receipt returns); created on first use (migration 0010)."""

    __tablename__ = "app_secrets"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
