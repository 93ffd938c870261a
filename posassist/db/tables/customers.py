"""Customers, their alerts, dates, tags, interactions on every channel and follow-ups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, JsonDoc, utcnow

CHANNELS = ("counter", "phone", "email", "chat", "social", "web")


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(36), unique=True)  # pseudonymous, survives erasure
    full_name: Mapped[str | None] = mapped_column(String(200), default=None)
    preferred_name: Mapped[str | None] = mapped_column(String(200), default=None)
    pronunciation: Mapped[str | None] = mapped_column(String(200), default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None, index=True)
    phone: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    loyalty_card: Mapped[str | None] = mapped_column(String(64), default=None, unique=True)
    address: Mapped[str | None] = mapped_column(Text, default=None)
    birth_year: Mapped[int | None] = mapped_column(Integer, default=None)
    preferred_channel: Mapped[str | None] = mapped_column(String(16), default=None)
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    preferences: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc, default=None)
    lifetime_free_shipping: Mapped[bool] = mapped_column(Boolean, default=False)
    related_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), default=None)
    relation: Mapped[str | None] = mapped_column(String(64), default=None)  # e.g. "mother"
    home_store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    erased_at: Mapped[datetime | None] = mapped_column(default=None)
    phone_e164: Mapped[str | None] = mapped_column(String(20), default=None, index=True)  # phonenumbers, for matching
    preferred_language: Mapped[str | None] = mapped_column(String(16), default=None)  # e.g. "fr", "de" (0014)


class CustomerSource(Base):
    """A customer as another system knows them (sale or customer import, migration 0009): its id
    there, and what it says about them that has no place in posassist's own record."""

    __tablename__ = "customer_sources"
    source: Mapped[str] = mapped_column(String(16), primary_key=True)  # shopify/square/woocommerce/csv
    external_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    tax_exempt: Mapped[bool | None] = mapped_column(Boolean, default=None)
    total_spent_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    total_orders: Mapped[int | None] = mapped_column(Integer, default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)  # card numbers never stored
    import_hash: Mapped[str | None] = mapped_column(String(32), default=None)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustomerDate(Base):
    """Important dates: gift occasions, anniversaries."""

    __tablename__ = "customer_dates"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    remind_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")  # reminder lead (0014)
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("day BETWEEN 1 AND 31", name="day"),
    )


class CustomerAlert(Base):
    """Pinned alerts shown on every screen while the customer is active."""

    __tablename__ = "customer_alerts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # allergy/accessibility/service/contact/other
    severity: Mapped[str] = mapped_column(String(16))  # critical/warning/info
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (CheckConstraint("severity IN ('critical', 'warning', 'info')", name="severity"),)


class CustomerTag(Base):
    __tablename__ = "customer_tags"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)


class Interaction(Base):
    """One contact on any channel, with the two service measures: response time and CSAT."""

    __tablename__ = "interactions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), default=None)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), default=None)
    channel: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    body: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    first_response_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    csat: Mapped[int | None] = mapped_column(Integer, default=None)
    csat_comment: Mapped[str | None] = mapped_column(Text, default=None)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), default=None)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # first-visit resolution (migration 0016): the counter it happened at, what the associate
    # recorded at its end (solved / follow_up / not_helped), and the matter's first contact when
    # this one is a later contact about the same thing
    counter: Mapped[str | None] = mapped_column(String(100), default=None)
    resolution: Mapped[str | None] = mapped_column(String(16), default=None)
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), default=None, index=True
    )
    __table_args__ = (
        Index("ix_interactions_customer_opened", "customer_id", "opened_at"),
        Index("ix_interactions_staff_opened", "staff_id", "opened_at"),
        # reports and the dashboard by date range, answered from the index alone (no table look-ups)
        Index(
            "ix_interactions_opened",
            "opened_at",
            "channel",
            "first_response_at",
            "resolved_at",
            "csat",
            "store_id",
            "staff_id",
            "counter",  # the first-visit figures' columns (migration 0027)
            "resolution",
            "matter_id",
            "id",
        ),
        CheckConstraint("csat IS NULL OR csat BETWEEN 1 AND 5", name="csat_range"),
        CheckConstraint("channel IN ('counter', 'phone', 'email', 'chat', 'social', 'web')", name="channel"),
        CheckConstraint("resolution IS NULL OR resolution IN ('solved', 'follow_up', 'not_helped')", name="resolution"),
    )


class InteractionRevision(Base):
    """Earlier text of an edited note: who changed it and when."""

    __tablename__ = "interaction_revisions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    edited_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    edited_at: Mapped[datetime] = mapped_column(default=utcnow)


class FollowUp(Base):
    """A promise: who owns it, by when, and whether it was kept."""

    __tablename__ = "follow_ups"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), default=None, index=True
    )
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id", ondelete="SET NULL"), default=None)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    text: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="open")
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # reminders during the shift (migration 0016): when the next one shows (the due time, later
    # when snoozed; NULL once dismissed) and the note of the last hand-over to its owner
    remind_at: Mapped[datetime | None] = mapped_column(default=None)
    handover_note: Mapped[str | None] = mapped_column(Text, default=None)
    handed_over_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    handed_over_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (
        Index("ix_follow_ups_owner_status_due", "owner_id", "status", "due_at"),
        Index("ix_follow_ups_owner_remind", "owner_id", "remind_at"),
        CheckConstraint("status IN ('open', 'done', 'cancelled')", name="status"),
    )


class Draft(Base):
    """Unfinished work that must survive closing the window or a crash: wizard and note drafts."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    __table_args__ = (Index("ix_drafts_kind_key", "kind", "key", unique=True),)


# -- keeping the record up (issue 25, migration 0014) --------------------------------------------


class CustomerChange(Base):
    """One field of a customer's record changed: what, old -> new, who and when (the pane's history)."""

    __tablename__ = "customer_changes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustomerConsent(Base):
    """Consent to marketing on one channel: given or withdrawn, when, and where it came from."""

    __tablename__ = "customer_consents"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)  # email/sms/phone
    granted: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(16))  # counter/import/web
    at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    __table_args__ = (CheckConstraint("source IN ('counter', 'import', 'web')", name="source"),)


class CustomerLink(Base):
    """Two related customers: partner, parent, child, business account…; ``relation`` is what
    ``related_id`` is to ``customer_id``."""

    __tablename__ = "customer_links"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    related_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("ix_customer_links_pair", "customer_id", "related_id", unique=True),
        CheckConstraint("customer_id <> related_id", name="not_self"),
    )


class CustomerMerge(Base):
    """A duplicate merged into the record kept, with what moved (so that it can be put back until
    the day closes)."""

    __tablename__ = "customer_merges"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    moved: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    merged_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(default=None)
    undone_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
