"""The people and records the service stories need, written with the ORM (a few hundred rows)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from posassist.db.tables.catalogue import Product, Stock, Variant
from posassist.db.tables.customers import Customer, CustomerAlert, CustomerDate, CustomerTag, FollowUp, Interaction
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Sale, SaleLine, Tender
from posassist.domain.gtin import with_check_digit
from posassist.services import tax as taxes
from posassist.services.demo.config import demo_config


@dataclass(frozen=True)
class DemoStaff:
    code: str
    name: str
    role: str
    pin: str
    badge: str


# the demo's staff, as its set-up file (resources/demo/store.toml) has them: the stories sign in with these
STAFF = [DemoStaff(p.code, p.name, p.role, p.pin or "", p.badge or "") for p in demo_config().staff]


def _gtin(n: int) -> str:
    return "0" + with_check_digit(f"29{n:010d}")


def story_product(
    s: Session,
    dept_id: int,
    code: str,
    title: str,
    brand: str,
    price: int,
    variants: Iterable[tuple[str | None, str | None]],
    stock_for: Callable[[str | None, str | None], dict[int, int | None]],
    *,
    currency: str,
    n: int,
    **attrs: Any,
) -> dict[tuple[str | None, str | None], Variant]:
    p = Product(style_code=code, title=title, brand=brand, department_id=dept_id, **attrs)
    s.add(p)
    s.flush()
    out: dict[tuple[str | None, str | None], Variant] = {}
    for pos, (colour, size) in enumerate(variants, start=1):
        sku = "-".join(x.upper().replace(" ", "") for x in (code, colour or "", size or "") if x)
        v = Variant(
            product_id=p.id,
            sku=sku,
            gtin=_gtin(n * 100 + pos),
            colour=colour,
            size=size,
            price_minor=price,
            currency=currency,
            position=pos,
        )
        s.add(v)
        s.flush()
        for store_id, qty in stock_for(colour, size).items():
            s.add(Stock(variant_id=v.id, store_id=store_id, on_hand=qty))
        out[(colour, size)] = v
    return out


def sale(
    s: Session,
    *,
    receipt: str,
    store_id: int,
    staff_id: int | None,
    customer_id: int | None,
    when: datetime,
    lines: list[tuple[Variant | int | None, str, str | None, int, int]],
    currency: str,
    channel: str = "counter",
    tender: str = "card",
    fulfil: dict[int, tuple[int, str]] | None = None,
) -> Sale:
    """lines: (variant, description, department code, quantity, unit price minor)."""
    schemes = s.info.setdefault("demo_tax_schemes", {})  # the store's tax (Ontario HST), read once per load
    if store_id not in schemes:
        schemes[store_id] = (taxes.scheme_for(s, store_id), taxes.department_classes(s))
    scheme, classes = schemes[store_id]
    receipt_tax = scheme.receipt([(q * p, classes.get(dept or "", "standard")) for _, _, dept, q, p in lines])
    subtotal, tax = receipt_tax.net_minor, receipt_tax.tax_minor
    sl = Sale(
        receipt_no=receipt,
        store_id=store_id,
        staff_id=staff_id,
        customer_id=customer_id,
        channel=channel,
        currency=currency,
        subtotal_minor=subtotal,
        tax_minor=tax,
        total_minor=receipt_tax.gross_minor,
        tax_included=scheme.included,
        sold_at=when,
    )
    s.add(sl)
    s.flush()
    for i, ((v, desc, dept, q, price), taxed) in enumerate(zip(lines, receipt_tax.lines, strict=True), start=1):
        shipped, note = (fulfil or {}).get(i, (None, None))
        vid = v.id if isinstance(v, Variant) else v
        s.add(
            SaleLine(
                sale_id=sl.id,
                line_no=i,
                variant_id=vid,
                description=desc,
                department_code=dept,
                quantity=q,
                unit_price_minor=price,
                tax_minor=taxed.tax_minor,
                total_minor=taxed.gross_minor,
                final_sale=dept == "CLEAR",
                shipped_variant_id=shipped,
                fulfilment_note=note,
            )
        )
    last4 = f"{random.Random(receipt).randint(0, 9999):04d}"
    s.add(
        Tender(
            sale_id=sl.id,
            kind=tender,
            amount_minor=receipt_tax.gross_minor,
            reference=f"**** {last4}" if tender == "card" else None,
        )
    )
    return sl


def customer(
    s: Session,
    name: str,
    *,
    preferred: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    card: str | None = None,
    **kw: Any,
) -> Customer:
    c = Customer(
        public_id=str(uuid.uuid4()),
        full_name=name,
        preferred_name=preferred or name.split()[0],
        email=email,
        phone=phone,
        loyalty_card=card,
        **kw,
    )
    s.add(c)
    s.flush()
    return c


def alert(s: Session, c: Customer, kind: str, severity: str, text: str, author: int) -> None:
    s.add(CustomerAlert(customer_id=c.id, kind=kind, severity=severity, text=text, author_id=author))


def interaction(
    s: Session,
    c: Customer | None,
    staff_id: int,
    store_id: int,
    when: datetime,
    channel: str,
    topic: str,
    body: str,
    *,
    outcome: str | None = "resolved",
    first_minutes: int = 2,
    resolve_minutes: int | None = 10,
    csat: int | None = None,
) -> Interaction:
    i = Interaction(
        customer_id=c.id if c else None,
        staff_id=staff_id,
        store_id=store_id,
        channel=channel,
        topic=topic,
        outcome=outcome,
        body=body,
        opened_at=when,
        first_response_at=when + timedelta(minutes=first_minutes),
        resolved_at=when + timedelta(minutes=resolve_minutes) if resolve_minutes is not None else None,
        csat=csat,
        created_at=when,
    )
    s.add(i)
    s.flush()
    return i


def follow_up(s: Session, c: Customer, owner: int, text: str, due: datetime, interaction_id: int | None = None) -> None:
    s.add(
        FollowUp(
            customer_id=c.id, owner_id=owner, created_by=owner, text=text, due_at=due, interaction_id=interaction_id
        )
    )


def tag(s: Session, c: Customer, *tags: str) -> None:
    for t in tags:
        s.add(CustomerTag(customer_id=c.id, tag=t))


def date(s: Session, c: Customer, label: str, month: int, day: int) -> None:
    s.add(CustomerDate(customer_id=c.id, label=label, month=month, day=day))


Variants = dict[tuple[str | None, str | None], Variant]
Line = tuple[Variant | int | None, str, str | None, int, int]


@dataclass
class Demo:
    """What every part of the demo history needs: the session, the random source (its order of
    draws makes the demo the same every time), the clock, the stores and the staff."""

    s: Session
    rng: random.Random
    now: datetime
    stores: dict[str, Store]
    depts: dict[str, int]
    staff: dict[str, int]
    currency: str
    dt: int = field(init=False)
    mall: int = field(init=False)
    north: int = field(init=False)
    alex: int = field(init=False)
    jamie: int = field(init=False)
    lead: int = field(init=False)

    def __post_init__(self) -> None:
        self.dt, self.mall, self.north = self.stores["DT"].id, self.stores["MALL"].id, self.stores["NORTH"].id
        self.alex, self.jamie, self.lead = self.staff["101"], self.staff["102"], self.staff["201"]

    def days(self, n: int) -> datetime:
        """``n`` days ago, at some hour of the working day."""
        return self.now - timedelta(days=n, hours=self.rng.randint(0, 8))
