"""Holds: an item reserved for a customer at the store the associate chooses (distance and
transfer time shown, nearest first), collected here after the transfer or there; a number and a
slip; collected (the customer takes it) or released (back to stock), and released by itself
when the store's hold days are over (``expire``, run at sign-in and by ``posassist hold expire``).

A hold with a needed-by date is a promise: only a store that gets it here in time can hold it,
and the follow-up on the day before checks it was kept (``services.promises``)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from posassist import i18n
from posassist.db import events
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Stock, StockMove, Variant
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.db.tables.promises import Hold as HoldRow
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, followups, promise_sources, promises, sessions
from posassist.services.dto import StaffSession
from posassist.services.hold_closing import collect, expire, release
from posassist.services.hold_view import Hold, find, status_word
from posassist.services.hold_view import view as hold_view
from posassist.services.promises import Choices, Source

__all__ = ["Hold", "collect", "expire", "release", "status_word"]  # from hold_view and hold_closing

CALL_AT = time(17, 0)  # "call the customer when it arrives": late afternoon of the day it is ready


def options(
    db: Database,
    *,
    variant_id: int,
    here_id: int,
    quantity: int = 1,
    needed_by: date | None = None,
    now: datetime | None = None,
) -> Choices:
    """The stores that could hold it (here first, then nearest, with km and transfer time), which
    of them get it here by ``needed_by``, and what else could when none can."""
    return promises.choices(db, variant_id, here_id, mode="hold", quantity=quantity, needed_by=needed_by, now=now)


def _pick(srcs: tuple[Source, ...], from_store_id: int | None) -> Source | None:
    if from_store_id is not None:
        return next((src for src in srcs if src.store_id == from_store_id), None)
    others = [src for src in srcs if src.how != "here"] or list(srcs)  # F10: sent here from the nearest
    return min(others, key=lambda src: (src.ready_on, src.km if src.km is not None else 10**9), default=None)


@retrying
def _create(
    db: Database,
    *,
    variant_id: int,
    quantity: int,
    customer_id: int,
    here_id: int,
    staff: StaffSession,
    from_store_id: int | None,
    needed_by: date | None,
    pickup_there: bool,
    now: datetime,
) -> tuple[Hold, int | None, bool]:
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.HOLD_CREATE)
        if s.get(Customer, customer_id) is None:
            raise NotFound(tr("Choose the customer first: a hold is always for someone."))
        facts = promises.store_facts(s)
        srcs = promises.sources_in(
            s, variant_id, here_id, now, mode="hold", quantity=quantity, needed_by=needed_by, facts=facts
        )
        chosen = _pick(srcs, from_store_id)
        if chosen is None:
            _, desc = promise_sources.variant_of(s, variant_id)
            if from_store_id is not None and from_store_id in facts:
                raise Conflict(
                    tr(
                        "{store} has no {quantity} of {item} free to hold any more; choose another store.",
                        store=facts[from_store_id].name,
                        quantity=quantity,
                        item=desc,
                    )
                )
            raise Conflict(
                tr(
                    "No other store has {quantity} of {title} free to send; try another colour or size.",
                    quantity=quantity,
                    title=desc,
                )
            )
        today = promises.local_now(now, facts[here_id].timezone).date()
        pickup_id = chosen.store_id if pickup_there else here_id
        ready = today if pickup_there or chosen.how == "here" else chosen.ready_on
        if pickup_there:
            ready = facts[chosen.store_id].calendar.next_open(today)
        if needed_by is not None and ready > needed_by:
            choice = promises.choices_in(
                s, variant_id, here_id, now, mode="hold", quantity=quantity, needed_by=needed_by
            )
            raise Conflict(
                tr(
                    "{store} cannot get it here by {day} (ready {ready}).",
                    store=chosen.store_name,
                    day=i18n.day(needed_by, "EEEE d MMMM"),
                    ready=i18n.day(ready, "EEEE d MMMM"),
                )
                + " "
                + (choice.message() or "")
            )
        stock = s.execute(
            select(Stock).where(Stock.variant_id == variant_id, Stock.store_id == chosen.store_id).with_for_update()
        ).scalar_one()
        if stock.on_hand is None or stock.on_hand - (stock.reserved or 0) < quantity:
            raise Conflict(tr("Someone else just took that stock; choose another store."))
        stock.reserved = (stock.reserved or 0) + quantity
        keep_days = facts[pickup_id].hold_days
        h = HoldRow(
            hold_no=f"tmp-{uuid.uuid4().hex[:20]}",
            variant_id=variant_id,
            quantity=quantity,
            customer_id=customer_id,
            from_store_id=chosen.store_id,
            pickup_store_id=pickup_id,
            status="open",
            ready_on=ready,
            needed_by=needed_by,
            expires_on=ready + timedelta(days=keep_days),
            created_by=who.staff_id,
            created_at=now,
        )
        s.add(h)
        s.flush()
        h.hold_no = f"H-{facts[pickup_id].code}-{h.id:05d}"
        s.add(
            StockMove(
                variant_id=variant_id,
                store_id=chosen.store_id,
                quantity=quantity,
                bucket="reserved",
                reason="hold",
                reference=h.hold_no,
                staff_id=who.staff_id,
            )
        )
        events.notify(s, "stock")
        view = hold_view(s, h)
        promise_id = None
        if needed_by is not None:
            promise_id = promises.record(
                s,
                store_id=here_id,
                customer_id=customer_id,
                kind="hold",
                variant_id=variant_id,
                quantity=quantity,
                source_store_id=chosen.store_id,
                needed_by=needed_by,
                promised_on=ready,
                text=tr(
                    "{item} ×{quantity} ready at {store} (hold {hold})",
                    item=view.description,
                    quantity=quantity,
                    store=view.to_store_name,
                    hold=h.hold_no,
                ),
                made_by=who.staff_id,
                now=now,
                hold_id=h.id,
            ).id
        audit.record(
            s,
            actor_id=who.staff_id,
            where=who.counter,
            action="hold.created",
            entity="hold",
            entity_id=h.id,
            payload={
                "hold": h.hold_no,
                "variant_id": variant_id,
                "from": view.from_store,
                "to": view.to_store,
                "quantity": quantity,
                "needed_by": needed_by.isoformat() if needed_by else None,
                "chosen": from_store_id is not None,
            },
        )
        return view, promise_id, chosen.how == "transfer" and not pickup_there


def create(
    db: Database,
    *,
    variant_id: int,
    quantity: int,
    customer_id: int,
    here_id: int,
    staff: StaffSession,
    from_store_id: int | None = None,
    needed_by: date | None = None,
    pickup_there: bool = False,
    now: datetime | None = None,
) -> Hold:
    """Reserve at the chosen store (or the nearest other store that has it), numbered; a
    needed-by date is held to and recorded as a promise with its check-up on the day before; a
    transfer without one gets a follow-up to call the customer when it arrives."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise InvalidInput(tr("Hold at least one."), field="quantity")
    now = now or utcnow()
    view, promise_id, transfer = _create(
        db,
        variant_id=variant_id,
        quantity=quantity,
        customer_id=customer_id,
        here_id=here_id,
        staff=staff,
        from_store_id=from_store_id,
        needed_by=needed_by,
        pickup_there=pickup_there,
        now=now,
    )
    if promise_id is not None:
        promises.schedule_checks(db, staff, [promise_id], now)
    elif transfer:
        with db.read() as s:
            tz = s.execute(select(Store.timezone).where(Store.code == view.to_store)).scalar_one()
        f = followups.create(
            db,
            customer_id=customer_id,
            owner_id=staff.id,
            text=tr(
                "{desc} ×{quantity} is on its way from {name}; call the customer when it arrives (hold {hold}).",
                desc=view.description,
                quantity=quantity,
                name=view.from_store_name,
                hold=view.hold_no,
            ),
            due_at=datetime.combine(view.arrives, CALL_AT, tzinfo=ZoneInfo(tz)),
            by=staff,
        )
        _link_follow_up(db, view.id, f.id)
    return get(db, view.hold_no)


@retrying
def _link_follow_up(db: Database, hold_id: int, follow_up_id: int) -> None:
    with db.transaction() as s:
        h = s.get(HoldRow, hold_id)
        if h is not None:
            h.follow_up_id = follow_up_id


def hold_for_customer(
    db: Database,
    *,
    variant_id: int,
    quantity: int,
    customer_id: int,
    here_id: int,
    staff: StaffSession,
    from_store_id: int | None = None,
) -> Hold:
    """F10's quick hold: sent here from the nearest other store that has it (or the one named)."""
    return create(
        db,
        variant_id=variant_id,
        quantity=quantity,
        customer_id=customer_id,
        here_id=here_id,
        staff=staff,
        from_store_id=from_store_id,
    )


def get(db: Database, ref: str | int) -> Hold:
    with db.read() as s:
        return hold_view(s, find(s, ref))


def list_holds(
    db: Database,
    *,
    store_id: int | None = None,
    status: str | None = "open",
    customer_id: int | None = None,
    variant_id: int | None = None,
) -> list[Hold]:
    """Holds for collection at (or reserved in) a store, soonest ready first."""
    with db.read() as s:
        q = select(HoldRow)
        if store_id is not None:
            q = q.where((HoldRow.pickup_store_id == store_id) | (HoldRow.from_store_id == store_id))
        if status is not None:
            q = q.where(HoldRow.status == status)
        if customer_id is not None:
            q = q.where(HoldRow.customer_id == customer_id)
        if variant_id is not None:
            q = q.where(HoldRow.variant_id == variant_id)
        return [hold_view(s, h) for h in s.execute(q.order_by(HoldRow.ready_on, HoldRow.id)).scalars()]


def reserved_for(db: Database, variant_ids: list[int]) -> dict[int, dict[int, int]]:
    """Units held per variant per store (the stock rows' reserved counts)."""
    if not variant_ids:
        return {}
    with db.read() as s:
        out: dict[int, dict[int, int]] = {}
        for vid, sid, res in s.execute(
            select(Stock.variant_id, Stock.store_id, Stock.reserved).where(Stock.variant_id.in_(variant_ids))
        ).all():
            if res:
                out.setdefault(vid, {})[sid] = int(res)
        return out


class Holds:
    def __init__(self, db: Database, clock: Any = utcnow) -> None:
        self._db, self._clock = db, clock

    def options(self, **kw: Any) -> Choices:
        return options(self._db, now=self._clock(), **kw)

    def create(self, session: StaffSession, **kw: Any) -> Hold:
        return create(self._db, staff=session, now=self._clock(), **kw)

    def hold_for_customer(self, session: StaffSession, **kw: Any) -> Hold:
        return hold_for_customer(self._db, staff=session, **kw)

    def get(self, ref: str | int) -> Hold:
        return get(self._db, ref)

    def list_holds(self, **kw: Any) -> list[Hold]:
        return list_holds(self._db, **kw)

    def collect(self, session: StaffSession, ref: str | int) -> Hold:
        return collect(self._db, session, ref, self._clock())

    def release(self, session: StaffSession, ref: str | int) -> Hold:
        return release(self._db, session, ref, self._clock())

    def expire(self, session: StaffSession, store_id: int | None = None) -> list[Hold]:
        return expire(self._db, session, self._clock(), store_id)


def variant_by_code(db: Database, code: str) -> int:
    """The variant a SKU or barcode names (the command line's way to say which item)."""
    text = code.strip()
    with db.read() as s:
        ids = list(
            s.execute(select(Variant.id).where((Variant.sku == text) | (Variant.gtin == text)).limit(2)).scalars()
        )
    if not ids:
        raise NotFound(tr("No item has the SKU or barcode {code}.", code=text))
    if len(ids) > 1:
        raise Conflict(tr("{code} names more than one item; give the SKU of the one to hold.", code=text))
    return int(ids[0])
