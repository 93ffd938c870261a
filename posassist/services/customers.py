"""Find a customer and show who they are: name, alerts, preferences, what happened before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select

from posassist.db.session import Database
from posassist.db.tables.customers import Customer, CustomerAlert, CustomerTag, FollowUp, Interaction
from posassist.db.tables.people import Staff
from posassist.domain.scan import clean
from posassist.errors import NotFound

SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    preferred_name: str | None
    phone: str | None
    email: str | None
    loyalty_card: str | None


@dataclass(frozen=True)
class Alert:
    id: int
    kind: str
    severity: str
    text: str
    author: str | None


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    channel: str
    topic: str
    outcome: str | None
    text: str
    staff: str | None
    csat: int | None


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    name: str
    preferred_name: str | None
    pronunciation: str | None
    phone: str | None
    email: str | None
    loyalty_card: str | None
    preferred_channel: str | None
    preferences: dict
    lifetime_free_shipping: bool
    alerts: tuple[Alert, ...]
    tags: tuple[str, ...]
    recent: tuple[TimelineItem, ...]
    open_follow_ups: int
    related_id: int | None = None
    related_name: str | None = None
    relation: str | None = None  # what this customer is to the related one, e.g. "daughter"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def find(db: Database, text: str, limit: int = 20) -> list[CustomerSummary]:
    text = clean(text).strip()[:200]
    if not text:
        return []
    with db.read() as s:
        q = select(Customer).where(Customer.erased_at.is_(None))
        conds = [Customer.loyalty_card == text, func.lower(Customer.email) == text.lower()]
        digits = _digits(text)
        if len(digits) >= 4:
            conds.append(func.replace(Customer.phone, "-", "").like(f"%{digits}%"))
        words = [w for w in text.lower().split() if w]
        if words:
            name_match = [func.lower(func.coalesce(Customer.full_name, "") + " " +
                                     func.coalesce(Customer.preferred_name, "")).like(
                "%" + w.replace("%", "").replace("_", "") + "%") for w in words]
            from sqlalchemy import and_

            conds.append(and_(*name_match))
        rows = s.execute(q.where(or_(*conds)).order_by(Customer.full_name).limit(limit)).scalars().all()
        return [CustomerSummary(c.id, c.full_name or "(erased)", c.preferred_name, c.phone, c.email, c.loyalty_card)
                for c in rows]


def profile(db: Database, customer_id: int, recent: int = 15) -> CustomerProfile:
    with db.read() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise NotFound("That customer is not on file any more.")
        alerts = s.execute(
            select(CustomerAlert, Staff.name).outerjoin(Staff, Staff.id == CustomerAlert.author_id)
            .where(CustomerAlert.customer_id == c.id, CustomerAlert.active.is_(True))
        ).all()
        alert_dtos = sorted((Alert(a.id, a.kind, a.severity, a.text, who) for a, who in alerts),
                            key=lambda a: (SEVERITY_ORDER.get(a.severity, 9), a.id))
        tags = tuple(s.execute(select(CustomerTag.tag).where(CustomerTag.customer_id == c.id)
                               .order_by(CustomerTag.tag)).scalars())
        items = s.execute(
            select(Interaction, Staff.name).outerjoin(Staff, Staff.id == Interaction.staff_id)
            .where(Interaction.customer_id == c.id).order_by(Interaction.opened_at.desc()).limit(recent)
        ).all()
        timeline = tuple(TimelineItem(i.opened_at, i.channel, i.topic, i.outcome, i.body, who, i.csat)
                         for i, who in items)
        follow = s.execute(select(func.count()).select_from(FollowUp)
                           .where(FollowUp.customer_id == c.id, FollowUp.status == "open")).scalar_one()
        related = s.get(Customer, c.related_customer_id) if c.related_customer_id else None
        return CustomerProfile(c.id, c.full_name or "(erased)", c.preferred_name, c.pronunciation, c.phone, c.email,
                               c.loyalty_card, c.preferred_channel, dict(c.preferences or {}),
                               c.lifetime_free_shipping, tuple(alert_dtos), tags, timeline, follow,
                               related.id if related else None, related.full_name if related else None, c.relation)
