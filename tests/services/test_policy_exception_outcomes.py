"""Exception → outcome: each override rule with its count, approvers and cost, and what the
customers did after (purchases, return visits, later ratings) beside customers who returned
without an exception; `report exceptions --json` carries it (both engines)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.customers import Customer, Interaction
from posassist.db.tables.ops import ApprovalRequest
from posassist.db.tables.people import Staff, Store
from posassist.db.tables.sales import Return, Sale
from posassist.services import reports

T0 = datetime.now(UTC) + timedelta(days=3)  # after everything the demo store holds


def _setup(db: Database) -> list[int]:
    with db.transaction() as s:
        store = s.execute(select(Store.id).order_by(Store.id)).scalars().first()
        staff = dict(s.execute(select(Staff.code, Staff.id)).all())
        customers = list(s.execute(select(Customer.id).order_by(Customer.id).limit(4)).scalars())
        a, b, c, d = customers

        def approval(n: int, cid: int, rule: str, amount: int, approver: str) -> ApprovalRequest:
            r = ApprovalRequest(
                kind="return",
                status="used",
                store_id=store,
                requested_by=staff["101"],
                customer_id=cid,
                task_ref=f"outcome-{n}",
                rule=rule,
                explanation="test",
                amount_minor=amount,
                currency="CAD",
                requested_at=T0,
                expires_at=T0 + timedelta(hours=1),
                decided_by=staff[approver],
                decided_at=T0 + timedelta(minutes=n),
            )
            s.add(r)
            return r

        approval(1, a, "window", 4_000, "201")
        approval(2, b, "window", 6_000, "202")
        approval(3, b, "condition_worn", 2_500, "201")
        s.flush()

        def sale(n: int, cid: int, total: int, days: int) -> None:
            s.add(
                Sale(
                    receipt_no=f"R-OUTCOME-{n}",
                    store_id=store,
                    customer_id=cid,
                    currency="CAD",
                    subtotal_minor=total,
                    total_minor=total,
                    sold_at=T0 + timedelta(days=days),
                )
            )

        sale(1, a, 5_000, 2)
        sale(2, a, 7_000, 9)
        sale(3, d, 3_000, 4)

        def plain_return(n: int, cid: int, days: int) -> None:
            s.add(
                Return(
                    return_no=f"RT-OUTCOME-{n}",
                    idempotency_key=f"outcome-return-{n}",
                    store_id=store,
                    customer_id=cid,
                    status="committed",
                    currency="CAD",
                    refund_minor=1_000,
                    committed_at=T0 + timedelta(days=days),
                )
            )

        plain_return(1, c, 0)  # the baseline: returned without an exception
        plain_return(2, d, 0)
        plain_return(3, b, 5)  # b came back with another return
        for cid, csat in ((a, 5), (b, 2)):
            s.add(
                Interaction(
                    customer_id=cid, channel="counter", topic="return", opened_at=T0 + timedelta(days=6), csat=csat
                )
            )
    return customers


def test_each_rule_with_approvers_cost_and_what_followed(demo_db: Database) -> None:
    _setup(demo_db)
    doc = reports.exceptions(demo_db, T0.date(), T0.date())
    rules = {(r["kind"], r["rule"]): r for r in doc["by_rule"]}
    window = rules[("return", "window")]
    assert window["count"] == 2 and window["amount_minor"] == 10_000
    assert {a["approver"]: (a["count"], a["amount_minor"]) for a in window["approvers"]} == {
        "Sam Okafor": (1, 4_000),
        "Priya Natarajan": (1, 6_000),
    }
    after = window["after"]
    assert after["customers"] == 2 and after["bought_again_share"] == 0.5
    assert after["purchases_per_customer"] == 1.0 and after["spend_per_customer_minor"] == 6_000
    assert after["return_visits_per_customer"] == 0.5 and after["later_rating_average"] == 3.5
    worn = rules[("return", "condition_worn")]
    assert worn["count"] == 1 and worn["approvers"][0]["approver"] == "Sam Okafor"
    with_exc, without = doc["outcome"]["with_exception"], doc["outcome"]["without_exception"]
    assert with_exc["customers"] == 2
    assert without["customers"] == 2 and without["bought_again_share"] == 0.5
    assert without["spend_per_customer_minor"] == 1_500 and without["later_rating_average"] is None


def test_a_period_without_exceptions_says_so(demo_db: Database) -> None:
    day = (T0 + timedelta(days=400)).date()
    doc = reports.exceptions(demo_db, day, day)
    assert doc["by_rule"] == [] and doc["outcome"]["with_exception"]["customers"] == 0
