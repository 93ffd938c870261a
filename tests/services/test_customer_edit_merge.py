"""Keeping customer records up and merging duplicates, on both engines: every field edited with its
history, per-field errors with nothing half-written, consents with date and source, occasion
dates and the reminders due, related customers, merge (everything moves) and unmerge (everything
comes back) until the day closes; permissions from the table, never from a role the caller typed."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.customers import (
    Customer,
    CustomerAlert,
    CustomerChange,
    CustomerConsent,
    CustomerTag,
    FollowUp,
    Interaction,
)
from posassist.db.tables.people import Staff, Store
from posassist.db.tables.receipts import Voucher
from posassist.db.tables.sales import Sale
from posassist.errors import Conflict, InvalidInput
from posassist.services import audit_keys, customer_edit, customer_merge, customer_occasions, customers
from posassist.services.sessions import Forbidden
from tests.signin import as_role


def _cid(db: Database, name: str) -> int:
    with db.read() as s:
        return s.execute(select(Customer.id).where(Customer.full_name == name)).scalar_one()


def test_every_field_edited_with_history_and_audit(demo_db: Database) -> None:
    alex = as_role(demo_db, "associate")
    nina = _cid(demo_db, "Nina Patel")
    rec = customer_edit.update(
        demo_db,
        alex,
        nina,
        {
            "full_name": "  Nina   Patel-Shah ",
            "preferred_name": "Nina",
            "pronunciation": "NEE-na",
            "email": "Nina.Shah@Example.com",
            "phone": "(416) 555-0144",
            "loyalty_card": "LC-777001",
            "address": "12 King St W\nToronto ON",
            "birth_year": "1988",
            "preferred_channel": "email",
            "preferred_language": "fr",
            "lifetime_free_shipping": "yes",
            "preferences": "fit: slim\nsizes: M, L",
            "tags": "VIP, runner, vip",
            "consent_sms": True,
        },
    )
    assert rec.full_name == "Nina Patel-Shah" and rec.email == "nina.shah@example.com"
    assert rec.phone == "(416) 555-0144" and rec.phone_e164 == "+14165550144"  # as the import normalises
    assert rec.birth_year == 1988 and rec.preferred_language == "fr" and rec.lifetime_free_shipping
    assert rec.preferences == {"fit": "slim", "sizes": ["M", "L"]}
    assert rec.tags == ("runner", "vip")
    sms = next(c for c in rec.consents if c.channel == "sms")
    assert sms.granted and sms.source == "counter" and sms.at is not None
    changes = {c.field: c for c in customer_edit.history(demo_db, nina)}
    assert changes["email"].old == "nina.patel@example.com" and changes["email"].new == "nina.shah@example.com"
    assert changes["full_name"].staff == "Alex Rivera"
    assert {"phone", "loyalty_card", "address", "preferences", "tags", "consent_sms"} <= set(changes)
    with demo_db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "customer.edited")).scalars().all()[-1]
    assert "email" in entry.payload["fields"] and "nina" not in str(entry.payload).lower()  # ids, never the data
    # found by the new details
    assert customers.find(demo_db, "LC-777001")[0].id == nina
    # a second save of the same values writes nothing
    n = len(customer_edit.history(demo_db, nina))
    customer_edit.update(demo_db, alex, nina, {"email": "nina.shah@example.com", "tags": ["vip", "runner"]})
    assert len(customer_edit.history(demo_db, nina)) == n


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("email", "nina@", "not an email address"),
        ("phone", "12", "not a phone number"),
        ("phone", "1.41655E+10", "not a phone number"),
        ("birth_year", "88", "between 1900"),
        ("full_name", "   ", "Type the customer's name"),
        ("preferred_channel", "pigeon", "Preferred channel"),
        ("preferred_language", "xx", "Preferred language"),
        ("preferences", "no colon here", "Preferences line 1"),
        ("loyalty_card", "LC-100005", "already belongs to Daniel Moreau"),
        ("address", "card 4111 1111 1111 1111", "card number"),
        ("lifetime_free_shipping", "perhaps", "yes or no"),
    ],
)
def test_a_wrong_field_is_named_and_nothing_is_written(demo_db: Database, field: str, value: str, words: str) -> None:
    alex = as_role(demo_db, "associate")
    nina = _cid(demo_db, "Nina Patel")
    with pytest.raises(InvalidInput, match=words) as err:
        customer_edit.update(demo_db, alex, nina, {"pronunciation": "NEE-na", field: value})
    assert err.value.field == field
    rec = customer_edit.record(demo_db, nina)
    assert rec.pronunciation is None and not customer_edit.history(demo_db, nina)


def test_consents_keep_their_date_and_source(demo_db: Database) -> None:
    alex = as_role(demo_db, "associate")
    nina = _cid(demo_db, "Nina Patel")
    before = customer_edit.record(demo_db, nina)
    email = next(c for c in before.consents if c.channel == "email")
    assert email.granted and email.source is None  # demo data: given before dates were kept
    rec = customer_edit.update(
        demo_db, alex, nina, {"consent_email": False, "consent_phone": True}, consent_source="web"
    )
    got = {c.channel: c for c in rec.consents}
    assert not got["email"].granted and got["email"].source == "web" and got["phone"].granted
    assert customers.profile(demo_db, nina).consents == ("phone",)  # the pane's summary follows
    with pytest.raises(InvalidInput, match="Consent source"):
        customer_edit.update(demo_db, alex, nina, {"consent_sms": True}, consent_source="fax")


def test_dates_with_reminders_and_what_is_due(demo_db: Database) -> None:
    alex = as_role(demo_db, "associate")
    nina = _cid(demo_db, "Nina Patel")
    with demo_db.read() as s:
        store = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
    d1 = customer_occasions.add_date(demo_db, alex, nina, label="Wife's birthday", month=12, day=11, remind_days=10)
    customer_occasions.add_date(demo_db, alex, nina, label="Anniversary", month=2, day=29, remind_days=3)
    with pytest.raises(InvalidInput, match="1 to 30") as err:
        customer_occasions.add_date(demo_db, alex, nina, label="x", month=4, day=31)
    assert err.value.field == "day"
    with pytest.raises(InvalidInput, match="0 to 90"):
        customer_occasions.add_date(demo_db, alex, nina, label="x", month=4, day=3, remind_days=400)
    today = date(2026, 12, 2)
    due = [o for o in customer_occasions.occasions_due(demo_db, store, today) if o.customer_id == nina]
    assert [(o.label, o.on, o.days_left) for o in due] == [("Wife's birthday", date(2026, 12, 11), 9)]
    assert not [o for o in customer_occasions.occasions_due(demo_db, store, date(2026, 11, 30)) if o.date_id == d1]
    soon = customer_occasions.occasions_due(demo_db, store, date(2027, 2, 20), window_days=7)
    assert any(o.label == "Anniversary" and o.on == date(2027, 2, 28) for o in soon)  # not a leap year
    # for one associate: only the customers they served
    assert not [
        o for o in customer_occasions.occasions_due(demo_db, store, today, staff_id=-1) if o.customer_id == nina
    ]
    customer_occasions.remove_date(demo_db, alex, nina, d1)
    assert [d.label for d in customer_edit.record(demo_db, nina).dates] == ["Anniversary"]
    assert [c.field for c in customer_edit.history(demo_db, nina)] == ["dates", "dates", "dates"]


def test_related_customers_link_and_unlink(demo_db: Database) -> None:
    alex = as_role(demo_db, "associate")
    nina, daniel = _cid(demo_db, "Nina Patel"), _cid(demo_db, "Daniel Moreau")
    customer_occasions.link(demo_db, alex, nina, daniel, "business_account")
    assert [(x.other_id, x.relation) for x in customer_edit.record(demo_db, nina).links] == [
        (daniel, "business_account")
    ]
    assert [(x.other_id, x.relation) for x in customer_edit.record(demo_db, daniel).links] == [(nina, "account_member")]
    with pytest.raises(Conflict, match="already linked"):
        customer_occasions.link(demo_db, alex, daniel, nina, "partner")
    with pytest.raises(InvalidInput, match="Relation"):
        customer_occasions.link(demo_db, alex, nina, daniel, "cousin-ish")
    customer_occasions.unlink(demo_db, alex, daniel, nina)
    assert not customer_edit.record(demo_db, nina).links
    # the relation the demo keeps on the record itself (Eleanor, daughter of Margaret) unlinks too
    eleanor, margaret = _cid(demo_db, "Eleanor Whitfield"), _cid(demo_db, "Margaret Whitfield")
    assert [x.other_id for x in customer_edit.record(demo_db, eleanor).links] == [margaret]
    customer_occasions.unlink(demo_db, alex, eleanor, margaret)
    assert not customer_edit.record(demo_db, eleanor).links


def _duplicate_of_nina(db: Database) -> tuple[int, int]:
    """A second record for Nina (made at another counter) with a sale, a note, an alert, a tag, a
    consent, a voucher and a follow-up of its own."""
    nina = _cid(db, "Nina Patel")
    with db.transaction() as s:
        store = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
        dup = Customer(
            public_id=str(uuid.uuid4()),
            full_name="Nina Patel",
            phone="416 555 0199",
            phone_e164="+14165550199",
            loyalty_card="LC-999999",
            address="5 Queen St, Toronto",
            consent_sms=True,
        )
        s.add(dup)
        s.flush()
        s.add(
            Sale(
                receipt_no="R-DUP-1",
                store_id=store,
                currency="CAD",
                subtotal_minor=2500,
                tax_minor=0,
                total_minor=2500,
                sold_at=customer_edit.utcnow() - timedelta(days=3),
                customer_id=dup.id,
            )
        )
        s.add(Interaction(customer_id=dup.id, channel="phone", topic="other", body="Called about the charger"))
        s.add(CustomerAlert(customer_id=dup.id, kind="allergy", severity="critical", text="Latex allergy"))
        s.add(CustomerTag(customer_id=dup.id, tag="runner"))
        s.add(CustomerTag(customer_id=nina, tag="runner"))  # both have it: one stays
        s.add(CustomerConsent(customer_id=dup.id, channel="sms", granted=True, source="web"))
        s.add(
            Voucher(
                number="SC-DUP1-0001",
                currency="CAD",
                issued_minor=1500,
                balance_minor=1500,
                customer_id=dup.id,
                store_id=store,
            )
        )
        owner = s.execute(select(func.min(Staff.id))).scalar_one()
        s.add(
            FollowUp(
                customer_id=dup.id,
                owner_id=owner,
                text="Call back about the charger",
                due_at=customer_edit.utcnow() + timedelta(days=1),
            )
        )
        return nina, dup.id


def _counts(db: Database, cid: int) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: s.execute(select(func.count()).select_from(m).where(m.customer_id == cid)).scalar_one()
            for m in (Sale, Interaction, CustomerAlert, CustomerTag, CustomerConsent, Voucher, FollowUp)
        }


def test_merge_moves_everything_and_unmerge_puts_it_back(demo_db: Database) -> None:
    nina, dup = _duplicate_of_nina(demo_db)
    before_keep, before_dup = _counts(demo_db, nina), _counts(demo_db, dup)
    plan = customer_merge.preview(demo_db, nina, dup)
    moves = dict(plan.moves)
    assert moves["sales"] == 1 and moves["vouchers"] == 1 and moves["interactions"] == 1
    assert moves["follow_ups"] == 1 and moves["customer_alerts"] == 1
    assert dict(plan.fills)["address"] == "5 Queen St, Toronto"  # Nina had no address
    # an associate may not merge (the permission table), however the session's role is dressed up
    alex = as_role(demo_db, "associate")
    with pytest.raises(Forbidden):
        customer_merge.merge(demo_db, alex, nina, dup)
    with pytest.raises(Forbidden):
        customer_merge.merge(demo_db, dataclasses.replace(alex, role="admin"), nina, dup)
    lead = as_role(demo_db, "shift_lead")
    result = customer_merge.merge(demo_db, lead, nina, dup)
    after = _counts(demo_db, nina)
    for table in ("sales", "interactions", "customer_alerts", "vouchers", "follow_ups"):
        assert after[table] == before_keep[table] + before_dup[table], table
    assert after["customer_tags"] == before_keep["customer_tags"]  # 'runner' once
    assert sum(_counts(demo_db, dup).values()) == 0
    assert result.kept.address == "5 Queen St, Toronto" and result.kept.consent("sms")
    assert customers.find(demo_db, "LC-999999") == []  # the duplicate's card is no longer found…
    assert [c.id for c in customers.find(demo_db, "Nina Patel")] == [nina]  # …nor its name
    assert customer_edit.record(demo_db, dup).merged_into == nina
    with pytest.raises(Conflict, match="already merged"):
        customer_merge.merge(demo_db, lead, nina, dup)
    with demo_db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "customer.merged")).scalar_one()
    assert entry.payload["moved"]["sales"] == 1 and entry.actor_id is not None
    # undo it the same day: everything goes back where it was
    back = customer_merge.unmerge(demo_db, lead, result.merge_id)
    assert back.full_name == "Nina Patel" and back.loyalty_card == "LC-999999" and back.merged_into is None
    assert _counts(demo_db, nina) == before_keep and _counts(demo_db, dup) == before_dup
    assert customer_edit.record(demo_db, nina).address is None
    with pytest.raises(Conflict, match="undone already"):
        customer_merge.unmerge(demo_db, lead, result.merge_id)
    with demo_db.read() as s:
        assert (
            s.execute(
                select(func.count()).select_from(CustomerChange).where(CustomerChange.field == "merged")
            ).scalar_one()
            == 4
        )


def test_unmerge_is_refused_once_the_day_is_closed(demo_db: Database) -> None:
    nina, dup = _duplicate_of_nina(demo_db)
    lead = as_role(demo_db, "shift_lead")
    merged = customer_merge.merge(demo_db, lead, nina, dup)
    audit_keys.close_day(demo_db, None, customer_edit.utcnow().date(), "UTC")
    with pytest.raises(Conflict, match="closed"):
        customer_merge.unmerge(demo_db, lead, merged.merge_id)
    with pytest.raises(Forbidden):
        customer_merge.unmerge(demo_db, as_role(demo_db, "associate"), customer_id=nina)
    assert _counts(demo_db, dup)["sales"] == 0


def test_erasure_removes_history_values_and_merge_snapshots(demo_db: Database) -> None:
    from posassist.services import customer_records

    nina, dup = _duplicate_of_nina(demo_db)
    alex = as_role(demo_db, "associate")
    customer_edit.update(demo_db, alex, nina, {"email": "nina.new@example.com"})
    customer_merge.merge(demo_db, as_role(demo_db, "shift_lead"), nina, dup)
    customer_records.erase(demo_db, nina, as_role(demo_db, "store_manager"))
    with demo_db.read() as s:
        assert (
            s.execute(
                select(func.count()).select_from(CustomerChange).where(CustomerChange.customer_id == nina)
            ).scalar_one()
            == 0
        )
        from posassist.db.tables.customers import CustomerMerge

        m = s.execute(select(CustomerMerge)).scalar_one()
        assert "Nina" not in str(m.moved) and "LC-999999" not in str(m.moved)
    with pytest.raises(Conflict):
        customer_merge.unmerge(demo_db, as_role(demo_db, "shift_lead"), customer_id=nina)
