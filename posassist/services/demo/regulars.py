"""Demo regulars: fifty-two more customers with months of sales, contacts, notes and
follow-ups on every channel, drawn the same way every time from the demo's random source."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.db.tables.customers import Customer
from posassist.services.demo import vocab
from posassist.services.demo.stories import (
    Demo,
    Line,
    alert,
    customer,
    date,
    follow_up,
    interaction,
    sale,
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


def regulars(demo: Demo, taken: set[str | None]) -> tuple[Sequence[Any], list[Customer], int]:
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


def _regular(demo: Demo, n: int, taken: set[str | None], store_ids: list[int]) -> Customer:
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
    demo: Demo, c: Customer, n: int, pool: Sequence[Any], store_ids: list[int], staff_ids: list[int]
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
