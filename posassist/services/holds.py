"""Hold an item at another store and transfer it here for a customer: the stock is reserved there,
the move is recorded, and a follow-up reminds the associate to call when it arrives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from posassist.db import events
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Product, Stock, StockMove, Variant
from posassist.db.tables.customers import Customer, FollowUp
from posassist.db.tables.people import Store, StoreDistance
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.dto import StaffSession


@dataclass(frozen=True)
class Hold:
    variant_id: int
    description: str
    quantity: int
    from_store: str
    to_store: str
    arrives: date
    follow_up_id: int


@retrying
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
    """Reserve at the nearest store that has it (or the one named) and promise a call on arrival."""
    if not isinstance(quantity, int) or quantity < 1:
        raise InvalidInput(tr("Hold at least one."), field="quantity")
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.HOLD_CREATE)
        if s.get(Customer, customer_id) is None:
            raise NotFound(tr("Choose the customer first: a hold is always for someone."))
        v = s.execute(
            select(Variant, Product.title)
            .join(Product, Product.id == Variant.product_id)
            .where(Variant.id == variant_id)
        ).first()
        if v is None:
            raise NotFound(tr("That item is not in the catalogue."))
        variant, title = v
        days = dict(
            s.execute(
                select(StoreDistance.from_store_id, StoreDistance.transit_days).where(
                    StoreDistance.to_store_id == here_id
                )
            ).all()
        )
        rows = s.execute(
            select(Stock, Store)
            .join(Store, Store.id == Stock.store_id)
            .where(Stock.variant_id == variant_id, Store.id != here_id, Store.active.is_(True))
            .with_for_update(of=Stock)
        ).all()
        options = sorted(
            (
                (stock, store)
                for stock, store in rows
                if stock.on_hand is not None
                and stock.on_hand - (stock.reserved or 0) >= quantity
                and (from_store_id is None or store.id == from_store_id)
            ),
            key=lambda r: (days.get(r[1].id, 99), r[1].id),
        )
        if not options:
            raise Conflict(
                tr(
                    "No other store has {quantity} of {title} free to send; try another colour or size.",
                    quantity=quantity,
                    title=title,
                )
            )
        stock, store = options[0]
        stock.reserved = (stock.reserved or 0) + quantity
        here = s.get(Store, here_id)
        if here is None:
            raise NotFound(tr("This counter's store is not on file; check --store."))
        desc = " — ".join(x for x in (title, ", ".join(y for y in (variant.colour, variant.size) if y)) if x)
        s.add(
            StockMove(
                variant_id=variant_id,
                store_id=store.id,
                quantity=quantity,
                bucket="reserved",
                reason="transfer_hold",
                reference=f"to {here.code} for customer {customer_id}",
                staff_id=who.staff_id,
            )
        )
        events.notify(s, "stock")
        arrives = utcnow().date() + timedelta(days=days.get(store.id, 3) + 1)
        f = FollowUp(
            customer_id=customer_id,
            owner_id=who.staff_id,
            created_by=who.staff_id,
            text=tr(
                "{desc} ×{quantity} is on its way from {name}; call the customer when it arrives.",
                desc=desc,
                quantity=quantity,
                name=store.name,
            ),
            due_at=datetime.combine(arrives, time(17, 0)).astimezone(),
        )
        s.add(f)
        s.flush()
        audit.record(
            s,
            actor_id=who.staff_id,
            action="stock.held",
            entity="variant",
            entity_id=variant_id,
            payload={"from": store.code, "to": here.code, "quantity": quantity, "follow_up": f.id},
        )
        return Hold(variant_id, desc, quantity, store.code, here.code, arrives, f.id)


class Holds:
    def __init__(self, db: Database) -> None:
        self._db = db

    def hold_for_customer(self, session: StaffSession, **kw: Any) -> Hold:
        return hold_for_customer(self._db, staff=session, **kw)
