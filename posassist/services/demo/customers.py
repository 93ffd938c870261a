"""Demo customers: the story customers by name, fifty more, and months of history on all channels."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.services.demo.regulars import regulars
from posassist.services.demo.stories import (
    Demo,
    Variants,
    alert,
    customer,
    follow_up,
    interaction,
    sale,
    story_product,
    tag,
)
from posassist.services.demo.wrong_colour import WRONG_COLOUR, wrong_colour


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
    demo = Demo(s, rng, now, stores, depts, staff, currency)
    jacket, shoes, phones = _story_products(demo)
    wrong_colour(demo, jacket)
    story_people = _story_customers(demo, shoes, phones)
    chef = story_people[1]
    pool, people, n_sales = regulars(demo, {c.full_name for c in story_people} | {w[0] for w in WRONG_COLOUR})
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


def _story_products(demo: Demo) -> tuple[Variants, Variants, Variants]:
    """The products the stories are about: jacket, sofa, oat drink, shoes, headphones."""
    jacket = _jacket_and_sofa(demo)
    shoes, phones = _oat_drink_shoes_headphones(demo)
    return jacket, shoes, phones


def _jacket_and_sofa(demo: Demo) -> Variants:
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


def _oat_drink_shoes_headphones(demo: Demo) -> tuple[Variants, Variants]:
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


def _story_customers(demo: Demo, shoes: Variants, phones: Variants) -> list[Customer]:
    """Walter, Chef Moreau, Margaret and Eleanor Whitfield, Harold Jensen and Nina Patel."""
    walter, chef = _tyres_and_allergy(demo)
    mother, eleanor = _whitfields(demo, shoes)
    harold, nina = _snowed_in_and_headphones(demo, phones)
    return [walter, chef, mother, eleanor, harold, nina]


def _tyres_and_allergy(demo: Demo) -> tuple[Customer, Customer]:
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


def _whitfields(demo: Demo, shoes: Variants) -> tuple[Customer, Customer]:
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


def _snowed_in_and_headphones(demo: Demo, phones: Variants) -> tuple[Customer, Customer]:
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
