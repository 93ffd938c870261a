"""The promises at risk, for the shift lead's dashboard: open promises whose source no longer
arrives in time, whose hold is gone or short, whose check-up is overdue or missing, or whose day
has passed; and a customer's promises."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Stock
from posassist.db.tables.customers import Customer, FollowUp
from posassist.db.tables.people import Store
from posassist.db.tables.promises import Hold, Promise
from posassist.db.tables.sales import Sale
from posassist.domain import delivery
from posassist.i18n import tr
from posassist.services.promise_sources import StoreFacts, local_now, store_facts


@dataclass(frozen=True)
class PromiseAtRisk:
    id: int
    customer_id: int | None
    customer_name: str | None
    text: str
    needed_by: date
    promised_on: date
    source: str
    reason: str  # late / source_gone / short / overdue / past
    follow_up_due: datetime | None

    def why(self) -> str:
        return {
            "late": tr("it would no longer arrive in time"),
            "source_gone": tr("its hold was released or expired"),
            "short": tr("the store holding it is short of stock"),
            "overdue": tr("the check-up is overdue"),
            "past": tr("the day has passed and it is still open"),
            "no_check": tr("nobody is following it up"),
        }.get(self.reason, self.reason)


def _risk(s: Session, p: Promise, facts: dict[int, StoreFacts], now: datetime) -> str | None:
    tz = facts[p.store_id].timezone if p.store_id in facts else "UTC"
    today = local_now(now, tz).date()
    if today > p.needed_by:
        return "past"
    if p.kind == "hold" and p.hold_id is not None:
        h = s.get(Hold, p.hold_id)
        if h is None or h.status in ("released", "expired"):
            return "source_gone"
        st = s.get(Stock, (h.variant_id, h.from_store_id))
        if h.status == "open" and (st is None or st.on_hand is None or st.on_hand < (st.reserved or 0)):
            return "short"
    elif p.kind == "ship":
        sale = s.get(Sale, p.sale_id) if p.sale_id else None
        if sale is None or sale.status == "cancelled":
            return "source_gone"
        src = facts.get(p.source_store_id)
        if sale.status == "to_ship" and src is not None:
            if delivery.ship_arrival(local_now(now, src.timezone).date(), src.calendar, src.carrier_days) > p.needed_by:
                return "late"
    if p.follow_up_id is None:
        return "no_check"
    f = s.get(FollowUp, p.follow_up_id)
    if f is not None and f.status == "open" and f.due_at < now:
        return "overdue"
    return None


def promises_at_risk(db: Database, store_id: int | None, now: datetime | None = None) -> list[PromiseAtRisk]:
    """Open promises made at the store (None: at every store) whose source no longer arrives in
    time, whose hold is gone or short, or whose check-up is overdue: soonest needed first."""
    now = now or utcnow()
    with db.read() as s:
        facts = store_facts(s)
        rows = s.execute(
            select(Promise, Customer.preferred_name, Customer.full_name, Store.name, FollowUp.due_at)
            .outerjoin(Customer, Customer.id == Promise.customer_id)
            .join(Store, Store.id == Promise.source_store_id)
            .outerjoin(FollowUp, FollowUp.id == Promise.follow_up_id)
            .where(Promise.status == "open", *([Promise.store_id == store_id] if store_id is not None else []))
            .order_by(Promise.needed_by, Promise.id)
        ).all()
        out = []
        for p, pref, full, source, due in rows:
            reason = _risk(s, p, facts, now)
            if reason is not None:
                out.append(
                    PromiseAtRisk(
                        p.id, p.customer_id, pref or full, p.text, p.needed_by, p.promised_on, source, reason, due
                    )
                )
        return out


def for_customer(db: Database, customer_id: int) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(
            select(Promise).where(Promise.customer_id == customer_id).order_by(Promise.needed_by.desc())
        ).scalars()
        return [
            {
                "id": p.id,
                "kind": p.kind,
                "text": p.text,
                "needed_by": p.needed_by,
                "promised_on": p.promised_on,
                "status": p.status,
                "follow_up_id": p.follow_up_id,
            }
            for p in rows
        ]
