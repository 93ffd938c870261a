"""Stores, counters, staff and the limits of each role."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, Code, utcnow
from posassist.domain.permissions import ROLES

__all__ = ["ROLES"]  # the one list of roles lives with the permission table


class Store(Base):
    __tablename__ = "stores"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    locale: Mapped[str] = mapped_column(String(16), default="en_US")
    units: Mapped[str] = mapped_column(String(8), default="metric")
    offers_delivery: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    region: Mapped[str | None] = mapped_column(String(16), default=None)  # CA-QC, US-OH, DE: what policy rules read
    receipt_logo: Mapped[str | None] = mapped_column(Text, default=None)  # image file printed on its receipts
    # promises (migration 0015): the carrier's working days from this store to a customer, the
    # days the store is closed (weekday numbers, 0 = Monday: "6"; dates: "2026-12-25 2027-01-01")
    # and how many days a hold waits before it is released back to stock
    carrier_days: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    closed_weekdays: Mapped[str] = mapped_column(String(20), default="", server_default="")
    closed_dates: Mapped[str] = mapped_column(Text, default="", server_default="")
    hold_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    __table_args__ = (CheckConstraint("units IN ('metric', 'imperial')", name="units"),)


class StoreDistance(Base):
    """Distance and usual transit time between two stores (both directions are stored)."""

    __tablename__ = "store_distances"
    from_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), primary_key=True)
    to_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"), primary_key=True)
    km: Mapped[int] = mapped_column(Integer)
    transit_days: Mapped[int] = mapped_column(Integer, default=1)
    transit_hours: Mapped[int | None] = mapped_column(Integer, default=None)  # a same-day van (0015)


class Counter(Base):
    __tablename__ = "counters"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    name: Mapped[str] = mapped_column(String(100))
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (UniqueConstraint("store_id", "name"),)


class RoleLimit(Base):
    """Per-role limits: money in minor units of the store currency."""

    __tablename__ = "role_limits"
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    may_approve: Mapped[bool] = mapped_column(Boolean, default=False)
    max_refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    max_days_past_window: Mapped[int] = mapped_column(Integer, default=0)
    goodwill_per_shift_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    goodwill_per_month_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    goodwill_per_week_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    max_discount_percent: Mapped[int] = mapped_column(Integer, default=0)
    approvable_kinds: Mapped[str] = mapped_column(Text, default="")  # comma-separated request kinds
    min_secret_length: Mapped[int] = mapped_column(Integer, default=4)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)  # what they type to sign in
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32), ForeignKey("role_limits.role"))
    home_store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), default=None)
    pin_hash: Mapped[str] = mapped_column(String(255))
    badge_code: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    # wrong PINs since the last good sign-in: an unlock does not reset it, a new PIN does
    failed_since_sign_in: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_set_by_id: Mapped[int | None] = mapped_column(BigId, default=None)  # who chose the current PIN
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class StaffSessionRow(Base):
    """A signed-in staff session: services verify the token (kept only as its SHA-256) on every
    change and read the role from the staff row, never from the caller."""

    __tablename__ = "staff_sessions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    counter: Mapped[str] = mapped_column(String(100), default="")
    via: Mapped[str] = mapped_column(String(16), default="pin")  # pin / badge / cli
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
