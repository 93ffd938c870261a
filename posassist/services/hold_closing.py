"""How a hold ends: collected (the units leave stock with the customer), released (back to
stock), or expired after the pickup store's hold days; each audited, a promise on it settled."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db import events
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Stock, StockMove
from posassist.db.tables.people import Store
from posassist.db.tables.promises import Hold as HoldRow
from posassist.db.tables.promises import Promise
from posassist.domain.permissions import Action
from posassist.errors import Conflict
from posassist.i18n import tr
from posassist.services import audit, promises, sessions
from posassist.services.dto import StaffSession
from posassist.services.hold_view import Hold, find, status_word, view


def _close(s: Session, h: HoldRow, status: str, actor_id: int | None, now: datetime, where: str | None) -> None:
    """Collected: the units leave the store's stock with the customer; released or expired: they
    are free to sell again. Either way they are no longer reserved."""
    stock = s.execute(
        select(Stock).where(Stock.variant_id == h.variant_id, Stock.store_id == h.from_store_id).with_for_update()
    ).scalar_one_or_none()
    if stock is not None:
        stock.reserved = max(0, (stock.reserved or 0) - h.quantity)
        if status == "collected" and stock.on_hand is not None:
            stock.on_hand = max(0, stock.on_hand - h.quantity)
    s.add(
        StockMove(
            variant_id=h.variant_id,
            store_id=h.from_store_id,
            quantity=-h.quantity,
            bucket="reserved",
            reason=f"hold_{status}",
            reference=h.hold_no,
            staff_id=actor_id,
        )
    )
    if status == "collected":
        s.add(
            StockMove(
                variant_id=h.variant_id,
                store_id=h.from_store_id,
                quantity=-h.quantity,
                bucket="sellable",
                reason="hold_collected",
                reference=h.hold_no,
                staff_id=actor_id,
            )
        )
    h.status, h.closed_by, h.closed_at = status, actor_id, now
    for p in s.execute(select(Promise).where(Promise.hold_id == h.id, Promise.status == "open")).scalars():
        if status == "collected":
            promises.settle_in(s, p, "kept", actor_id, "collected")
    audit.record(
        s,
        actor_id=actor_id,
        where=where,
        action=f"hold.{status}",
        entity="hold",
        entity_id=h.id,
        payload={"hold": h.hold_no, "variant_id": h.variant_id, "quantity": h.quantity, "store_id": h.from_store_id},
    )
    events.notify(s, "stock")


@retrying
def _finish(db: Database, staff: StaffSession, ref: str | int, status: str, now: datetime) -> Hold:
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.HOLD_CREATE)
        h = find(s, ref)
        if h.status != "open":
            raise Conflict(tr("Hold {hold} is already {status}.", hold=h.hold_no, status=status_word(h.status)))
        _close(s, h, status, who.staff_id, now, who.counter)
        return view(s, h)


def collect(db: Database, staff: StaffSession, ref: str | int, now: datetime | None = None) -> Hold:
    """The customer takes it: out of stock and out of the reserved count."""
    return _finish(db, staff, ref, "collected", now or utcnow())


def release(db: Database, staff: StaffSession, ref: str | int, now: datetime | None = None) -> Hold:
    """Not wanted any more: back to stock, free to sell."""
    return _finish(db, staff, ref, "released", now or utcnow())


@retrying
def expire(db: Database, staff: StaffSession, now: datetime | None = None, store_id: int | None = None) -> list[Hold]:
    """Open holds past their last day (in their pickup store's time zone) go back to stock,
    each audited. Run at sign-in, on refresh and by ``posassist hold expire``."""
    now = now or utcnow()
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.HOLD_CREATE)
        tzs = dict(s.execute(select(Store.id, Store.timezone)).all())
        earliest = min((now.astimezone(ZoneInfo(tz)).date() for tz in tzs.values()), default=now.date())
        q = select(HoldRow).where(HoldRow.status == "open", HoldRow.expires_on < earliest + timedelta(days=1))
        if store_id is not None:
            q = q.where(HoldRow.pickup_store_id == store_id)
        out = []
        for h in s.execute(q.order_by(HoldRow.id).with_for_update()).scalars():
            today = now.astimezone(ZoneInfo(tzs.get(h.pickup_store_id, "UTC"))).date()
            if h.expires_on < today:
                _close(s, h, "expired", who.staff_id, now, who.counter)
                out.append(view(s, h))
        return out
