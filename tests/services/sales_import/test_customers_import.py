"""Shopify's customers export in its 2019, 2022 and 2024 layouts: matched and merged across files
(case-folded e-mail, phonenumbers E.164, the Customer ID), consent as the source says, never a
duplicate, the same file again unchanged."""

from __future__ import annotations

import re

from sqlalchemy import select, text

from posassist.db.session import Database
from posassist.db.tables.customers import Customer, CustomerSource, CustomerTag
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Sales
from tests.services.sales_import.conftest import DATA, counts, opts


def _customer(db: Database, email: str) -> Customer:
    with db.read() as s:
        return s.execute(select(Customer).where(Customer.email == email)).scalar_one()


def test_three_layouts_make_one_record_per_person(demo_db: Database, sales: Sales, admin: StaffSession) -> None:
    before = counts(demo_db)
    r2019 = sales.import_customers(admin, str(DATA / "shopify_customers_2019.csv"), opts(demo_db))
    assert r2019.format == "shopify" and r2019.applied
    assert r2019.counts.as_dict() == {
        "rows": 3,
        "customers": 2,
        "created": 2,
        "updated": 0,
        "merged": 0,
        "unchanged": 0,
        "skipped": 1,
    }
    assert {p.code for p in r2019.problems.listed()} == {"card_number", "missing_customer"}
    r2022 = sales.import_customers(admin, str(DATA / "shopify_customers_2022.csv"), opts(demo_db))
    assert r2022.counts.as_dict() == {
        "rows": 4,
        "customers": 3,
        "created": 2,
        "updated": 0,
        "merged": 1,
        "unchanged": 0,
        "skipped": 1,
    }
    assert {p.code for p in r2022.problems.listed()} == {"damaged_file", "invalid_email", "missing_customer"}
    r2024 = sales.import_customers(admin, str(DATA / "shopify_customers_2024.csv"), opts(demo_db))
    assert r2024.counts.as_dict() == {
        "rows": 2,
        "customers": 2,
        "created": 1,
        "updated": 1,
        "merged": 0,
        "unchanged": 0,
        "skipped": 0,
    }
    after = counts(demo_db)
    assert after["customers"] - before["customers"] == 5  # Maya, Priya, Noah, Sofia, Ava
    maya = _customer(demo_db, "maya.thompson@example.com")
    assert maya.phone_e164 == "+14165550142" and maya.full_name == "Maya Thompson"
    with demo_db.engine.connect() as c:  # written in bulk: the time kept as the ORM keeps it
        kept = c.execute(text("SELECT created_at FROM customers WHERE id = :i"), {"i": maya.id}).scalar_one()
    if demo_db.dialect == "sqlite":
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", kept), kept
    else:
        assert kept.tzinfo is not None
    assert maya.created_at.tzinfo is not None
    assert maya.consent_email is False  # 2019 and 2022 said yes, the 2024 export says no
    sofia = _customer(demo_db, "sofia.rossi@example.it")
    assert sofia.phone_e164 == "+390212345678"  # her Country Code, not the store's
    priya = _customer(demo_db, "priya.k@example.com")
    with demo_db.read() as s:
        assert set(s.execute(select(CustomerTag.tag).where(CustomerTag.customer_id == maya.id)).scalars()) == {
            "vip",
            "newsletter",
        }
        ids = dict(s.execute(select(CustomerSource.external_id, CustomerSource.customer_id)).all())
        assert ids["6201000000001"] == maya.id and ids["email:maya.thompson@example.com"] == maya.id
        notes = [n for n in s.execute(select(CustomerSource.note)).scalars() if n]
        assert notes == ["Ships to the Milan office"]  # Priya's note held a card number: not kept
        assert s.get(CustomerSource, ("shopify", "6201000000003")).tax_exempt is True  # type: ignore[union-attr]
        assert s.get(CustomerSource, ("shopify", "6201000000002")).total_spent_minor == 46894  # type: ignore[union-attr]
    assert priya.phone_e164 == "+16135550177"


def test_the_same_customers_file_again_changes_nothing(demo_db: Database, sales: Sales, admin: StaffSession) -> None:
    path = str(DATA / "shopify_customers_2022.csv")
    sales.import_customers(admin, path, opts(demo_db))
    before = counts(demo_db)
    again = sales.import_customers(admin, path, opts(demo_db))
    assert (again.counts.created, again.counts.updated, again.counts.merged, again.counts.unchanged) == (0, 0, 0, 3)
    assert counts(demo_db) == before


def test_sales_and_customer_files_meet_in_one_record(demo_db: Database, sales: Sales, admin: StaffSession) -> None:
    sales.import_sales(admin, str(DATA / "shopify_orders_2024.csv"), opts(demo_db))
    before = counts(demo_db)
    report = sales.import_customers(admin, str(DATA / "shopify_customers_2024.csv"), opts(demo_db))
    assert report.counts.created == 0 and report.counts.merged == 2  # Maya by e-mail, Ava by phone
    assert counts(demo_db)["customers"] == before["customers"]
