"""Demo customers: the story customers by name, fifty more, and months of history on all channels."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.services.demo import vocab
from posassist.services.demo.stories import (
    alert,
    customer,
    date,
    follow_up,
    interaction,
    sale,
    story_product,
    tag,
)

TOPICS = [
    "question_before_purchase",
    "product_problem",
    "complaint",
    "compliment",
    "order_status",
    "return_exchange",
    "troubleshooting",
]
CHANNELS = ["counter", "counter", "counter", "phone", "email", "chat", "social", "web"]
NOTES = {
    "question_before_purchase": "Asked whether the {p} comes in a larger size; showed the size grid.",
    "product_problem": "The {p} stopped working after a week; checked settings with the customer.",
    "complaint": "Unhappy that the {p} arrived late; apologised and offered free shipping next time.",
    "compliment": "Thanked the team for help choosing the {p}.",
    "order_status": "Asked where the {p} order is; it ships tomorrow.",
    "return_exchange": "Exchanged the {p} for another size.",
    "troubleshooting": "Walked through pairing the {p} again; works now.",
}


# the three wrong-colour customers: name, preferred name, email, phone, card, their story, an occasion
WRONG_COLOUR: list[tuple[str, str, str, str, str, str, str | None]] = [
    (
        "Maria Gonzalez",
        "Maria",
        "maria.gonzalez@example.com",
        "416-555-0101",
        "LC-100001",
        "Not sure whose mistake it was; worried she ordered wrong.",
        None,
    ),
    (
        "Tom Becker",
        "Tom",
        "tom.becker@example.com",
        "416-555-0102",
        "LC-100002",
        "Needs the navy one as a gift by Friday (daughter's birthday).",
        "Daughter's birthday",
    ),
    (
        "Aisha Khan",
        "Aisha",
        "aisha.khan@example.com",
        "416-555-0103",
        "LC-100003",
        "Likes the red one she got; wants to keep it and also get the navy.",
        None,
    ),
]

Variants = dict[tuple[str | None, str | None], Variant]
Line = tuple[Variant | int | None, str, str | None, int, int]


@dataclass
class _Demo:
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


def add_customers_and_history(
    s: Session,
    *,
    rng: random.Random,
    now: datetime,
    stores: dict[str, Store],
    depts: dict[str, int],
    staff: dict[str, int],
    currency: str,
) -> tuple[int, int]:
    demo = _Demo(s, rng, now, stores, depts, staff, currency)
    jacket, shoes, phones = _story_products(demo)
    _wrong_colour(demo, jacket)
    story_people = _story_customers(demo, shoes, phones)
    chef = story_people[1]
    pool, people, n_sales = _regulars(demo, {c.full_name for c in story_people} | {w[0] for w in WRONG_COLOUR})
    dt, mall, north, alex, jamie, lead = demo.dt, demo.mall, demo.north, demo.alex, demo.jamie, demo.lead
    store_ids = [dt, dt, dt, mall, north]
    staff_ids = [alex, jamie, lead, staff["202"]]
    days = demo.days
    follow_up(
        s,
        chef,
        alex,
        "Call Chef Moreau when the barista oat drink is back in stock at Downtown",
        now + timedelta(days=1),
    )
    # anonymous counter sales for the reports
    for k in range(300):
        vid, price, title, colour, size, dcode = rng.choice(pool)
        sale(
            s,
            receipt=f"R-ANON-{k:05d}",
            store_id=rng.choice(store_ids),
            staff_id=rng.choice(staff_ids),
            customer_id=None,
            when=days(rng.randint(0, 120)),
            currency=currency,
            lines=[(vid, title, dcode, 1, price or 0)],
            tender=rng.choice(["card", "cash"]),
        )
        n_sales += 1
    return len(people) + 11, n_sales + 6


def _story_products(demo: _Demo) -> tuple[Variants, Variants, Variants]:
    """The products the stories are about: jacket, sofa, oat drink, shoes, headphones."""
    jacket = _jacket_and_sofa(demo)
    shoes, phones = _oat_drink_shoes_headphones(demo)
    return jacket, shoes, phones


def _jacket_and_sofa(demo: _Demo) -> Variants:
    s, depts, currency = demo.s, demo.depts, demo.currency
    dt, mall, north = demo.dt, demo.mall, demo.north
    jacket = story_product(
        s,
        depts["APP"],
        "DEMO-FIELDJKT",
        "Field Jacket",
        "Alpenglow",
        12900,
        [(c, z) for c in ("Navy", "Red", "Olive") for z in ("S", "M", "L")],
        lambda c, z: {dt: 3 if c != "Red" else 1, mall: 4, north: 0 if c == "Navy" else 2},
        currency=currency,
        n=1,
        weight_g=900,
        specs={"material": "waxed cotton"},
    )
    story_product(
        s,
        depts["FURN"],
        "DEMO-OSLOSOFA",
        "Oslo Sofa",
        "Nordhaus",
        89900,
        [(c, z) for c in ("Sand Fabric", "Charcoal Fabric", "Forest Velvet") for z in ("2-seat", "3-seat")],
        lambda c, z: {dt: 1 if z == "3-seat" else 0, mall: 2, north: None if c == "Forest Velvet" else 1},
        currency=currency,
        n=2,
        width_mm=2140,
        height_mm=840,
        depth_mm=960,
        weight_g=62000,
        warranty_months=60,
        specs={"seat height": "45 cm", "frame": "solid beech"},
        description="Fits through a 80 cm door with the legs removed.",
    )
    return jacket


def _oat_drink_shoes_headphones(demo: _Demo) -> tuple[Variants, Variants]:
    s, depts, currency = demo.s, demo.depts, demo.currency
    dt, mall, north = demo.dt, demo.mall, demo.north
    story_product(
        s,
        depts["GROC"],
        "DEMO-OATBARISTA",
        "Oat Drink Barista 1L (dairy-free)",
        "Oatly Fields",
        449,
        [(None, None)],
        lambda c, z: {dt: 0, mall: 24, north: 6},
        currency=currency,
        n=3,
        allergens="none of the 14 major allergens; made in a milk-free facility",
        returnable=False,
    )
    shoes = story_product(
        s,
        depts["SHOE"],
        "DEMO-COMFWALK",
        "Comfort Walking Shoe",
        "Solemates",
        15900,
        [("Black", z) for z in ("37", "38", "39", "40")],
        lambda c, z: {dt: 2, mall: 1, north: 1},
        currency=currency,
        n=4,
        weight_g=700,
    )
    phones = story_product(
        s,
        depts["ELEC"],
        "DEMO-KESTREL",
        "Kestrel Noise-cancelling Headphones",
        "Kestrel Audio",
        24900,
        [("Black", None), ("White", None)],
        lambda c, z: {dt: 5, mall: 3, north: 2},
        currency=currency,
        n=5,
        warranty_months=24,
        return_window_days=14,
        weight_g=260,
    )
    return shoes, phones


def _wrong_colour(demo: _Demo, jacket: Variants) -> None:
    """Three web orders where the warehouse packed red instead of navy."""
    s, now, currency, days = demo.s, demo.now, demo.currency, demo.days
    dt, alex = demo.dt, demo.alex

    for i, (name, pref, email, phone, card, story, occasion) in enumerate(WRONG_COLOUR, start=1):
        c = customer(
            s,
            name,
            preferred=pref,
            email=email,
            phone=phone,
            card=card,
            preferred_channel="email",
            consent_email=True,
            home_store_id=dt,
            preferences={"sizes": ["M"], "colours": ["Navy"]},
        )
        order = sale(
            s,
            receipt=f"W-2026-{4100 + i}",
            store_id=dt,
            staff_id=None,
            customer_id=c.id,
            when=days(6 + i),
            currency=currency,
            channel="web",
            lines=[(jacket[("Navy", "M")], "Field Jacket — Navy, M", "APP", 1, 12900)],
            fulfil={
                1: (
                    jacket[("Red", "M")].id,
                    "Picking error at the warehouse: Red M was packed instead of the Navy M ordered.",
                )
            },
        )
        interaction(
            s,
            c,
            alex,
            dt,
            days(2),
            "email",
            "order_status",
            f"Parcel arrived in red, ordered navy (order {order.receipt_no}). {story}",
            outcome="open",
            resolve_minutes=None,
        )
        if occasion:
            date(s, c, occasion, (now + timedelta(days=4)).month, (now + timedelta(days=4)).day)
        tag(s, c, "web-order")


def _story_customers(demo: _Demo, shoes: Variants, phones: Variants) -> list[Customer]:
    """Walter, Chef Moreau, Margaret and Eleanor Whitfield, Harold Jensen and Nina Patel."""
    walter, chef = _tyres_and_allergy(demo)
    mother, eleanor = _whitfields(demo, shoes)
    harold, nina = _snowed_in_and_headphones(demo, phones)
    return [walter, chef, mother, eleanor, harold, nina]


def _tyres_and_allergy(demo: _Demo) -> tuple[Customer, Customer]:
    s, days, dt, north, alex, jamie, lead = demo.s, demo.days, demo.dt, demo.north, demo.alex, demo.jamie, demo.lead
    # --- tyres the store never sold ------------------------------------------------------------
    walter = customer(
        s,
        "Walter Brennan",
        email="w.brennan@example.com",
        phone="705-555-0144",
        card="LC-100004",
        preferred_channel="phone",
        consent_phone=True,
        home_store_id=north,
        birth_year=1958,
    )
    interaction(
        s,
        walter,
        jamie,
        north,
        days(1),
        "phone",
        "return_exchange",
        "Wants to return four winter tyres (Nordic Grip 205/55 R16). We have never sold tyres; "
        "he is sure he bought them here years ago.",
        outcome="open",
        resolve_minutes=None,
    )

    # --- severe milk allergy (hotel chef) -------------------------------------------------------
    chef = customer(
        s,
        "Daniel Moreau",
        preferred="Chef Moreau",
        email="chef@hotelboreal.example",
        phone="416-555-0177",
        card="LC-100005",
        preferred_channel="phone",
        consent_phone=True,
        home_store_id=dt,
        pronunciation="mo-ROH",
        preferences={"brands": ["Oatly Fields"], "note": "buys for the hotel kitchen"},
    )
    alert(
        s,
        chef,
        "allergy",
        "critical",
        "SEVERE cow's milk allergy (guest's child, staying 2 weeks): only certified dairy-free products.",
        lead,
    )
    tag(s, chef, "business", "hotel")
    interaction(
        s,
        chef,
        alex,
        dt,
        days(3),
        "phone",
        "question_before_purchase",
        "Asked for a dairy-free barista oat drink for a guest's child; needs 12 litres this week.",
        csat=5,
    )
    return walter, chef


def _whitfields(demo: _Demo, shoes: Variants) -> tuple[Customer, Customer]:
    s, days, currency, dt, alex = demo.s, demo.days, demo.currency, demo.dt, demo.alex
    # --- shoes after medical treatment, and her mother -----------------------------------------
    mother = customer(
        s,
        "Margaret Whitfield",
        preferred="Mrs Whitfield",
        phone="613-555-0190",
        card="LC-100006",
        preferred_channel="phone",
        consent_phone=True,
        home_store_id=dt,
        birth_year=1941,
    )
    eleanor = customer(
        s,
        "Eleanor Whitfield",
        email="eleanor.w@example.com",
        phone="613-555-0191",
        card="LC-100007",
        preferred_channel="email",
        consent_email=True,
        home_store_id=dt,
        related_customer_id=mother.id,
        relation="daughter",
    )
    sale(
        s,
        receipt="R-DT-2026-0871",
        store_id=dt,
        staff_id=alex,
        customer_id=eleanor.id,
        when=days(75),
        currency=currency,
        lines=[(shoes[("Black", "38")], "Comfort Walking Shoe — Black, 38", "SHOE", 1, 15900)],
    )
    interaction(
        s,
        eleanor,
        alex,
        dt,
        days(1),
        "counter",
        "return_exchange",
        "Could not wear the shoes: in hospital for surgery for two months right after buying them. "
        "Shoes unworn, in the box.",
        outcome="open",
        resolve_minutes=None,
    )
    return mother, eleanor


def _snowed_in_and_headphones(demo: _Demo, phones: Variants) -> tuple[Customer, Customer]:
    s, now, days, currency = demo.s, demo.now, demo.days, demo.currency
    dt, north, jamie, lead = demo.dt, demo.north, demo.jamie, demo.lead
    # --- snowed-in 89-year-old --------------------------------------------------------------------
    harold = customer(
        s,
        "Harold Jensen",
        preferred="Mr Jensen",
        phone="705-555-0112",
        card="LC-100008",
        preferred_channel="phone",
        consent_phone=True,
        home_store_id=north,
        birth_year=now.year - 89,
        address="17 Lakeshore Rd, Barrie ON",
    )
    alert(
        s,
        harold,
        "accessibility",
        "warning",
        "Lives alone, limited mobility; speak slowly, he is hard of hearing.",
        lead,
    )
    alert(s, harold, "contact", "info", "Prefers phone calls in the morning.", lead)

    # --- "it doesn't work" -----------------------------------------------------------------------
    nina = customer(
        s,
        "Nina Patel",
        email="nina.patel@example.com",
        phone="416-555-0133",
        card="LC-100009",
        preferred_channel="chat",
        consent_email=True,
        home_store_id=dt,
    )
    sale(
        s,
        receipt="R-DT-2026-1204",
        store_id=dt,
        staff_id=jamie,
        customer_id=nina.id,
        when=days(9),
        currency=currency,
        lines=[(phones[("Black", None)], "Kestrel Noise-cancelling Headphones — Black", "ELEC", 1, 24900)],
    )
    return harold, nina


def _regulars(demo: _Demo, taken: set[str | None]) -> tuple[Sequence[Any], list[Customer], int]:
    """Fifty-two more customers with months of sales, contacts and follow-ups; returns the
    product pool the anonymous sales draw from too."""
    s, staff = demo.s, demo.staff
    dt, mall, north, alex, jamie, lead = demo.dt, demo.mall, demo.north, demo.alex, demo.jamie, demo.lead
    pool = s.execute(
        select(Variant.id, Variant.price_minor, Product.title, Variant.colour, Variant.size, Department.code)
        .join(Product, Product.id == Variant.product_id)
        .join(Department, Department.id == Product.department_id)
        .where(Variant.price_minor.is_not(None), Department.code != "SERV")
        .order_by(Variant.id)
        .limit(3000)
    ).all()
    store_ids = [dt, dt, dt, mall, north]
    staff_ids = [alex, jamie, lead, staff["202"]]
    people: list[Customer] = []
    n_sales = 0
    for n in range(52):
        c = _regular(demo, n, taken, store_ids)
        people.append(c)
        n_sales += _regular_history(demo, c, n, pool, store_ids, staff_ids)
    return pool, people, n_sales


def _regular(demo: _Demo, n: int, taken: set[str | None], store_ids: list[int]) -> Customer:
    s, rng, lead, alex = demo.s, demo.rng, demo.lead, demo.alex
    first, last = vocab.FIRST[n % len(vocab.FIRST)], vocab.LAST[(n * 7) % len(vocab.LAST)]
    k = 1
    while f"{first} {last}" in taken:  # story customers are the only ones with their names
        last = vocab.LAST[(n * 7 + k) % len(vocab.LAST)]
        k += 1
    taken.add(f"{first} {last}")
    c = customer(
        s,
        f"{first} {last}",
        email=f"{first.lower()}.{last.lower().replace(chr(39), '')}{n}@example.com",
        phone=f"416-555-{2000 + n:04d}",
        card=f"LC-{200000 + n}",
        preferred_channel=rng.choice(["email", "phone", "chat", "counter"]),
        consent_email=rng.random() < 0.6,
        home_store_id=rng.choice(store_ids),
        preferences={"sizes": [rng.choice(vocab.APPAREL_SIZES)], "colours": rng.sample(vocab.COLOURS, 2)},
    )
    if n % 9 == 0:
        alert(s, c, "service", "info", "Lifetime free shipping (loyalty programme founder member).", lead)
        c.lifetime_free_shipping = True
    if n % 11 == 0:
        alert(s, c, "allergy", "warning", rng.choice(["Nut allergy", "Gluten intolerance", "Latex allergy"]), alex)
    if n % 5 == 0:
        date(
            s,
            c,
            rng.choice(["Birthday", "Anniversary", "Partner's birthday"]),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )
    tag(s, c, rng.choice(["regular", "vip", "new", "online-first"]))
    return c


def _regular_history(
    demo: _Demo, c: Customer, n: int, pool: Sequence[Any], store_ids: list[int], staff_ids: list[int]
) -> int:
    """Sales, contacts and perhaps a follow-up for one regular; returns the number of sales."""
    s, rng, now, currency, days, alex = demo.s, demo.rng, demo.now, demo.currency, demo.days, demo.alex
    sales = 0
    for k in range(rng.randint(2, 8)):
        lines: list[Line] = []
        for _ in range(rng.randint(1, 3)):
            vid, price, title, colour, size, dcode = rng.choice(pool)
            desc = " — ".join(x for x in (title, ", ".join(y for y in (colour, size) if y)) if x)
            lines.append((vid, desc, dcode, rng.randint(1, 2), price or 0))  # the pool has prices
        sale(
            s,
            receipt=f"R-{n:03d}-{k:02d}-{rng.randint(1000, 9999)}",
            store_id=rng.choice(store_ids),
            staff_id=rng.choice(staff_ids),
            customer_id=c.id,
            when=days(rng.randint(1, 150)),
            currency=currency,
            channel=rng.choice(["counter", "counter", "web", "phone"]),
            tender=rng.choice(["card", "card", "cash", "gift_card"]),
            lines=lines,
        )
        sales += 1
    for _ in range(rng.randint(1, 8)):
        topic = rng.choice(TOPICS)
        when = days(rng.randint(0, 150))
        product = rng.choice(pool)[2]
        resolved = rng.random() < 0.85
        interaction(
            s,
            c,
            rng.choice(staff_ids),
            rng.choice(store_ids),
            when,
            rng.choice(CHANNELS),
            topic,
            NOTES[topic].format(p=product),
            outcome="resolved" if resolved else "open",
            first_minutes=rng.choice([1, 2, 3, 5, 8, 15, 45, 120, 600]),
            resolve_minutes=rng.randint(5, 2880) if resolved else None,
            csat=rng.choice([None, 3, 4, 4, 5, 5, 5, 2]) if resolved else None,
        )
    if n % 7 == 0:
        follow_up(
            s,
            c,
            alex,
            rng.choice(["Call when the new stock arrives", "Check the repair status", "Send the size guide by email"]),
            now + timedelta(days=rng.randint(-3, 7)),
        )
    return sales
