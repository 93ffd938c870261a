"""Customers on both engines: search (typos too), notes and their history, follow-ups, service
measures, card-number refusal, export and erasure that keeps the books."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Customer
from posassist.db.tables.sales import Sale
from posassist.errors import InvalidInput
from posassist.services import audit, auth, customer_records, customers, followups, notes, reports
from posassist.services.demo.stories import STAFF
from posassist.services.sessions import Forbidden


@pytest.fixture
def alex(demo_db: Database):  # type: ignore[no-untyped-def]
    return auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin)


def _cid(db: Database, name: str) -> int:
    with db.read() as s:
        return s.execute(select(Customer.id).where(Customer.full_name == name)).scalar_one()


@pytest.mark.parametrize(
    "query",
    [
        "Daniel Moreau",
        "moreau daniel",
        "Moreau",
        "LC-100005",
        "416-555-0177",
        "(416) 555 0177",
        "chef@hotelboreal.example",
        "Danial Moreu",
    ],
)
def test_find_by_name_phone_email_card_and_typos(demo_db: Database, query: str) -> None:
    found = customers.find(demo_db, query)
    assert found and found[0].name == "Daniel Moreau"


def test_create_on_the_spot(demo_db: Database, alex) -> None:  # type: ignore[no-untyped-def]
    cid = customer_records.create(demo_db, name="  Zoë   Ångström ", phone="705 555 0199", staff=alex)
    assert customers.find(demo_db, "Zoë Ångström")[0].id == cid
    with pytest.raises(InvalidInput, match="phone number, an email"):
        customer_records.create(demo_db, name="Nobody", staff=alex)
    with pytest.raises(InvalidInput, match="not an email"):
        customer_records.create(demo_db, name="X", email="no-at-sign", staff=alex)


@pytest.mark.parametrize("card", ["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005", "6011000990139424"])
def test_card_numbers_are_refused(demo_db: Database, alex, card: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="card number"):
        notes.add(
            demo_db,
            customer_id=_cid(demo_db, "Nina Patel"),
            staff=alex,
            store_id=None,
            channel="phone",
            topic="complaint",
            body=f"She read me her card {card} to check the charge",
        )
    ok = notes.add(
        demo_db,
        customer_id=_cid(demo_db, "Nina Patel"),
        staff=alex,
        store_id=None,
        channel="phone",
        topic="complaint",
        body="Card ending 1111; order number 1234567890123 (fails the Luhn check)",
    )
    assert ok.id


def test_notes_keep_history_and_the_timeline_interleaves(demo_db: Database, alex) -> None:  # type: ignore[no-untyped-def]
    nina = _cid(demo_db, "Nina Patel")
    n = notes.add(
        demo_db,
        customer_id=nina,
        staff=alex,
        store_id=None,
        channel="counter",
        topic="troubleshooting",
        body="Headphones do not pair.",
        outcome="open",
    )
    edited = notes.edit(
        demo_db, n.id, staff=alex, body="Headphones do not pair; reset fixed the left ear only.", outcome="follow_up"
    )
    assert edited.revisions == 1
    hist = notes.history(demo_db, n.id)
    assert hist[0][1] == "Alex Rivera" and hist[0][2] == "Headphones do not pair."
    line = customer_records.timeline(demo_db, nina)
    assert {e.type for e in line} >= {"note", "purchase"}
    assert [e.at for e in line] == sorted((e.at for e in line), reverse=True)
    only_phone = customer_records.timeline(demo_db, nina, channel="phone")
    assert all(e.channel == "phone" for e in only_phone)
    purchases = customer_records.timeline(demo_db, nina, type_="purchase")
    assert purchases and all(e.type == "purchase" for e in purchases)


def test_follow_ups_mine_overdue_done_and_reassign(demo_db: Database, alex) -> None:  # type: ignore[no-untyped-def]
    nina = _cid(demo_db, "Nina Patel")
    late = followups.create(
        demo_db,
        customer_id=nina,
        owner_id=alex.id,
        text="Call about the repair",
        due_at=utcnow() - timedelta(days=1),
        by=alex,
    )
    soon = followups.create(
        demo_db,
        customer_id=nina,
        owner_id=alex.id,
        text="Check the replacement shipped",
        due_at=utcnow() + timedelta(days=1),
        by=alex,
    )
    mine = followups.mine(demo_db, alex.id)
    assert [f.id for f in mine][:1] != [] and any(f.id == late.id and f.overdue for f in mine)
    assert any(f.id == soon.id and not f.overdue for f in mine)
    followups.complete(demo_db, late.id, alex)
    followups.reassign(demo_db, soon.id, STAFF[1].code, alex)
    ids = {f.id for f in followups.mine(demo_db, alex.id)}
    assert late.id not in ids and soon.id not in ids


def test_response_time_and_csat_are_measured_and_reported(demo_db: Database, alex) -> None:  # type: ignore[no-untyped-def]
    store = current_store(demo_db, "DT")
    before = reports.service(demo_db)
    opened = utcnow() - timedelta(minutes=30)
    n = notes.add(
        demo_db,
        customer_id=_cid(demo_db, "Nina Patel"),
        staff=alex,
        store_id=store.id,
        channel="email",
        topic="product_problem",
        body="Email: headphones crackle.",
        outcome="open",
        opened_at=opened,
        first_response_at=opened + timedelta(minutes=12),
    )
    done = notes.finish(demo_db, n.id, staff=alex, csat=5, comment="Quick and kind")
    assert done.resolved_at and done.csat == 5
    after = reports.service(demo_db)
    assert after["interactions"] == before["interactions"] + 1
    assert after["csat_distribution"]["5"] == before["csat_distribution"]["5"] + 1
    email = [c for c in after["by_channel"] if c["channel"] == "email"][0]
    assert email["first_response_avg_minutes"] is not None
    with pytest.raises(InvalidInput):
        notes.finish(demo_db, n.id, staff=alex, csat=6)


def test_export_and_erase_keep_the_books(demo_db: Database) -> None:
    admin = auth.sign_in(demo_db, STAFF[5].code, STAFF[5].pin)
    chef = _cid(demo_db, "Daniel Moreau")
    doc = customer_records.export(demo_db, chef, admin)
    assert doc["full_name"] == "Daniel Moreau" and doc["alerts"] and doc["interactions"]
    with demo_db.read() as s:
        sales_before = s.execute(select(func.count(), func.sum(Sale.total_minor))).one()
    with pytest.raises(Forbidden, match="only a store manager or an admin may erase a customer"):
        customer_records.erase(demo_db, chef, auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin))
    pid = customer_records.erase(demo_db, chef, admin)
    gone = customer_records.export(demo_db, chef, admin)
    assert gone["full_name"] is None and gone["email"] is None and gone["alerts"] == []
    assert all(i["note"] == "" for i in gone["interactions"])
    assert customers.find(demo_db, "Moreau") == [] or all(
        c.name != "Daniel Moreau" for c in customers.find(demo_db, "Moreau")
    )
    with demo_db.read() as s:
        assert s.execute(select(func.count(), func.sum(Sale.total_minor))).one() == sales_before
    assert len(pid) == 36 and audit.verify(demo_db).ok


def test_note_drafts_survive(demo_db: Database, alex) -> None:  # type: ignore[no-untyped-def]
    notes.save_draft(demo_db, alex, 7, "Half-typed: customer asked about")
    assert notes.load_draft(demo_db, alex, 7).startswith("Half-typed")
    jamie = auth.sign_in(demo_db, STAFF[1].code, STAFF[1].pin)
    assert notes.load_draft(demo_db, jamie, 7) == ""  # nobody else's half-typed note
    notes.save_draft(demo_db, alex, 7, "")
    assert notes.load_draft(demo_db, alex, 7) == ""
