"""What a hold looks like from outside: the Hold DTO, finding one by number or id, and the word
for its status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.catalogue import Product, Variant
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.db.tables.promises import Hold as HoldRow
from posassist.db.tables.promises import Promise
from posassist.errors import NotFound
from posassist.i18n import tr
from posassist.services import promises


@dataclass(frozen=True)
class Hold:
    variant_id: int
    description: str
    quantity: int
    from_store: str  # the store whose stock is reserved
    to_store: str  # where the customer collects it
    arrives: date  # ready for the customer there
    follow_up_id: int | None
    id: int = 0
    hold_no: str = ""
    status: str = "open"
    customer_id: int | None = None
    customer_name: str | None = None
    needed_by: date | None = None
    expires_on: date | None = None
    from_store_name: str = ""
    to_store_name: str = ""
    sku: str | None = None
    promise_id: int | None = None
    created_at: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "hold": self.hold_no,
            "status": self.status,
            "sku": self.sku,
            "item": self.description,
            "quantity": self.quantity,
            "from": self.from_store,
            "pickup": self.to_store,
            "ready_on": self.arrives.isoformat(),
            "needed_by": self.needed_by.isoformat() if self.needed_by else None,
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
            "customer": {"id": self.customer_id, "name": self.customer_name} if self.customer_id else None,
            "follow_up": self.follow_up_id,
            "promise": self.promise_id,
        }


def view(s: Session, h: HoldRow) -> Hold:
    row = s.execute(
        select(Product.title, Variant.colour, Variant.size, Variant.sku)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.id == h.variant_id)
    ).one()
    src, dst = s.get(Store, h.from_store_id), s.get(Store, h.pickup_store_id)
    cust = s.get(Customer, h.customer_id) if h.customer_id else None
    promise = s.execute(select(Promise.id).where(Promise.hold_id == h.id)).scalar_one_or_none()
    return Hold(
        h.variant_id,
        promises.describe(row[0], row[1], row[2]),
        h.quantity,
        src.code if src else "?",
        dst.code if dst else "?",
        h.ready_on,
        h.follow_up_id,
        h.id,
        h.hold_no,
        h.status,
        h.customer_id,
        (cust.preferred_name or cust.full_name) if cust else None,
        h.needed_by,
        h.expires_on,
        src.name if src else "?",
        dst.name if dst else "?",
        row[3],
        promise,
        h.created_at,
    )


def find(s: Session, ref: str | int) -> HoldRow:
    text = str(ref).strip()
    q = select(HoldRow)
    q = q.where(HoldRow.id == int(text)) if text.isdigit() else q.where(HoldRow.hold_no == text.upper())
    h = s.execute(q.with_for_update()).scalar_one_or_none()
    if h is None:
        raise NotFound(tr("There is no hold {ref}; check the number on the slip (H-…).", ref=text))
    return h


def status_word(status: str) -> str:
    return {
        "open": tr("on hold"),
        "collected": tr("collected"),
        "released": tr("released"),
        "expired": tr("expired"),
    }.get(status, status)
