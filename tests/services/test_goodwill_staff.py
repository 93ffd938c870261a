"""Goodwill exceptions (snowed-in delivery approved remotely; flowers and lifetime free shipping
for a customer and her mother), staff administration, and the exceptions report."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.customers import Customer
from posassist.errors import ApprovalRequired, AuthError, Conflict, InvalidInput
from posassist.services import approvals, audit, auth, customers, goodwill, reports, staff
from posassist.services.demo.stories import STAFF

ALEX, SAM, PRIYA, ADMIN = STAFF[0], STAFF[2], STAFF[3], STAFF[5]


def _cid(db: Database, name: str) -> int:
    with db.read() as s:
        return s.execute(select(Customer.id).where(Customer.full_name == name)).scalar_one()


def test_snowed_in_delivery_approved_remotely_by_another_session(demo_url: str) -> None:
    counter_a, counter_b = Database(demo_url), Database(demo_url)  # two counters, one database
    try:
        store = current_store(counter_a, "NORTH")
        alex = auth.sign_in(counter_a, ALEX.code, ALEX.pin)
        req = goodwill.new_request(
            "free_delivery",
            2500,
            "CAD",
            "Harold (89) is snowed in; drive his groceries over.",
            (_cid(counter_a, "Harold Jensen"),),
        )
        asked = goodwill.ask(counter_a, req, staff=alex, store_id=store.id, counter="Counter 1")
        with pytest.raises(ApprovalRequired, match="waiting"):
            goodwill.grant(counter_a, req, asked.id, staff=alex, store_id=store.id)
        queue = approvals.pending(counter_b, store.id)  # the shift lead's counter sees it
        assert [q.id for q in queue] == [asked.id] and "snowed in" in queue[0].explanation
        approvals.decide(
            counter_b,
            asked.id,
            approver_code=PRIYA.code,
            secret=PRIYA.pin,
            approve=True,
            reason_code="customer_loyalty",
            note="Of course. Priya drives after her shift.",
            counter="Counter 2",
        )
        assert approvals.get(counter_a, asked.id).status == "approved"
        rec = goodwill.grant(counter_a, req, asked.id, staff=alex, store_id=store.id)
        assert rec.cost_minor == 2500 and rec.kind == "free_delivery"
        with pytest.raises(ApprovalRequired):  # an approval is used once
            goodwill.grant(counter_a, req, asked.id, staff=alex, store_id=store.id)
        assert audit.verify(counter_a).ok
    finally:
        counter_a.dispose()
        counter_b.dispose()


def test_lifetime_free_shipping_lands_on_the_customer_and_her_mother(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    before = reports.exceptions(demo_db)
    eleanor, mother = _cid(demo_db, "Eleanor Whitfield"), _cid(demo_db, "Margaret Whitfield")
    flowers = goodwill.new_request("gift", 6500, "CAD", "Flowers after her surgery.", (eleanor,))
    shipping = goodwill.new_request(
        "lifetime_free_shipping", 0, "CAD", "After her surgery; her mother too.", (eleanor, mother)
    )
    for req in (flowers, shipping):
        a = goodwill.ask(demo_db, req, staff=alex, store_id=store.id)
        approvals.decide(
            demo_db, a.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="medical", note="Yes."
        )
        goodwill.grant(demo_db, req, a.id, staff=alex, store_id=store.id)
    for cid in (eleanor, mother):
        p = customers.profile(demo_db, cid)
        assert p.lifetime_free_shipping and any("Lifetime free shipping" in al.text for al in p.alerts)
    rep = reports.exceptions(demo_db)  # beside the demo store's own history (other approvers and reasons)
    assert rep["goodwill_total_minor"] - before["goodwill_total_minor"] == 6500
    assert rep["goodwill_count"] - before["goodwill_count"] == 2
    assert {r["approver"]: r["cost_minor"] for r in rep["by_approver"]}["Sam Okafor"] == 6500
    assert {r["reason"]: r["cost_minor"] for r in rep["by_reason"]}["medical"] == 6500


def test_refused_cases(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    req = goodwill.new_request("discount", 5000, "CAD", "Sorry for the wait.", (_cid(demo_db, "Nina Patel"),))
    a = goodwill.ask(demo_db, req, staff=alex, store_id=store.id)
    with pytest.raises(InvalidInput, match="note"):
        approvals.decide(
            demo_db, a.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="goodwill", note=" "
        )
    with pytest.raises(AuthError, match="not recognised"):
        approvals.decide(
            demo_db, a.id, approver_code=SAM.code, secret="000000", approve=True, reason_code="goodwill", note="x"
        )
    approvals.decide(
        demo_db,
        a.id,
        approver_code=SAM.code,
        secret=SAM.pin,
        approve=False,
        reason_code="other",
        note="Use the standard 10% voucher instead.",
    )
    with pytest.raises(ApprovalRequired, match="denied this: Use the standard"):
        goodwill.grant(demo_db, req, a.id, staff=alex, store_id=store.id)
    with pytest.raises(Conflict, match="already denied"):
        approvals.decide(
            demo_db, a.id, approver_code=PRIYA.code, secret=PRIYA.pin, approve=True, reason_code="goodwill", note="x"
        )
    # re-using an approval for a different amount
    req2 = goodwill.new_request("gift", 3000, "CAD", "Card and chocolates.", (_cid(demo_db, "Nina Patel"),))
    a2 = goodwill.ask(demo_db, req2, staff=alex, store_id=store.id)
    approvals.decide(
        demo_db, a2.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="goodwill", note="ok"
    )
    bigger = goodwill.GoodwillRequest(req2.key, "gift", 9000, "CAD", req2.story, req2.customer_ids)
    with pytest.raises(ApprovalRequired, match="different task or amount"):
        goodwill.grant(demo_db, bigger, a2.id, staff=alex, store_id=store.id)
    # beyond the approver's budget
    req3 = goodwill.new_request("other", 10_000_000, "CAD", "A car.", (_cid(demo_db, "Nina Patel"),))
    a3 = goodwill.ask(demo_db, req3, staff=alex, store_id=store.id)
    with pytest.raises(AuthError, match="budget"):
        approvals.decide(
            demo_db, a3.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="goodwill", note="no"
        )


def test_staff_administration_is_audited(demo_db: Database) -> None:
    admin = auth.sign_in(demo_db, ADMIN.code, ADMIN.pin)
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    with pytest.raises(AuthError):
        staff.add(demo_db, code="555", name="X", role="associate", pin="4826", actor=alex)
    with pytest.raises(InvalidInput, match="at least 6"):
        staff.add(demo_db, code="555", name="New Lead", role="shift_lead", pin="4826", actor=admin)
    row = staff.add(demo_db, code="555", name="New Lead", role="shift_lead", pin="862451", actor=admin)
    assert row.role == "shift_lead"
    with pytest.raises(Conflict):
        staff.add(demo_db, code="555", name="Again", role="associate", pin="4826", actor=admin)
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.sign_in(demo_db, "555", "000000")
    assert any(r.code == "555" and r.locked_until for r in staff.list_staff(demo_db))
    staff.unlock(demo_db, "555", actor=admin)
    assert auth.sign_in(demo_db, "555", "862451").name == "New Lead"
    staff.set_active(demo_db, "555", False, actor=admin)
    with pytest.raises(AuthError):
        auth.sign_in(demo_db, "555", "862451")
    assert audit.verify(demo_db).ok


def test_expired_requests_and_limits_are_refused(demo_db: Database) -> None:
    from datetime import timedelta

    from posassist.db.tables.base import utcnow

    store = current_store(demo_db, "DT")
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    old = approvals.request(
        demo_db,
        kind="return",
        staff=alex,
        store_id=store.id,
        task_ref="t-old",
        rule="window",
        explanation="x",
        amount_minor=1000,
        currency="CAD",
        required_role="shift_lead",
        now=utcnow() - timedelta(hours=2),
    )
    with pytest.raises(Conflict, match="expired"):
        approvals.decide(
            demo_db, old.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="other", note="late"
        )
    assert old.id not in {r.id for r in approvals.pending(demo_db, store.id)}
    big = approvals.request(
        demo_db,
        kind="return",
        staff=alex,
        store_id=store.id,
        task_ref="t-big",
        rule="amount",
        explanation="x",
        amount_minor=250_000,
        currency="CAD",
        required_role="shift_lead",
    )
    with pytest.raises(AuthError, match=r"may approve up to \$1,000.00; this is \$2,500.00"):
        approvals.decide(
            demo_db, big.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="other", note="n"
        )
    manager = STAFF[4]
    assert (
        approvals.decide(
            demo_db,
            big.id,
            approver_code=manager.code,
            secret=manager.pin,
            approve=True,
            reason_code="other",
            note="ok",
        ).status
        == "approved"
    )
    far = approvals.request(
        demo_db,
        kind="return",
        staff=alex,
        store_id=store.id,
        task_ref="t-far",
        rule="window",
        explanation="x",
        amount_minor=1000,
        currency="CAD",
        required_role="store_manager",
        numbers={"days_past_window": 120},
    )
    with pytest.raises(AuthError, match="store manager approval|days past the window"):
        approvals.decide(
            demo_db, far.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="other", note="n"
        )
