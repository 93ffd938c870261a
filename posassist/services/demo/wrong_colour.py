"""The demo's three customers with the same wrong-colour parcel (red packed instead of the navy
ordered), who each need something different: reassurance it was not her mistake, the navy by
Friday for a birthday, keeping the red and getting the navy too."""

from __future__ import annotations

from datetime import timedelta

from posassist.services.demo.stories import (
    Demo,
    Variants,
    customer,
    date,
    interaction,
    sale,
    tag,
)

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


def wrong_colour(demo: Demo, jacket: Variants) -> None:
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
