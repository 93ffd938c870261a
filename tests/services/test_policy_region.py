"""The store's region reaches the policy (services/policy_context.with_context): an opened item
pays its restocking fee in a store whose jurisdiction allows one and none where the policy lists
the jurisdiction as forbidding it; a rule for US-NY covers a store in US-NY-NYC unless the policy
excepts the city; the wizard's verdict and `return check` agree."""

from __future__ import annotations

import copy
from datetime import timedelta

import pytest
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Sale, SaleLine
from posassist.errors import InvalidInput
from posassist.services import policy_admin, return_check, returns
from posassist.services.demo.policy import DEFAULT_RULES
from posassist.services.returns_dto import DraftLine
from tests.signin import as_role, manager


def _furniture_line(db: Database) -> tuple[str, int, object]:
    """A demo counter sale with a furniture line (the demo policy: 10 % fee when opened)."""
    with db.read() as s:
        row = s.execute(
            select(Sale.receipt_no, SaleLine.line_no, Sale.sold_at)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .join(Store, Store.id == Sale.store_id)
            .where(SaleLine.department_code == "FURN", Store.code == "DT", Sale.kind == "sale", SaleLine.quantity == 1)
            .order_by(Sale.id)
            .limit(1)
        ).one()
    return row[0], row[1], row[2]


def _policy(db: Database, regions: list[str], since) -> None:  # type: ignore[no-untyped-def]
    """A new version, in force from before the sale (the check asks as of three days after it)."""
    rules = copy.deepcopy(DEFAULT_RULES)
    rules["no_restocking_fee_in"] = regions
    policy_admin.save(db, rules, staff=manager(db), effective_from=since - timedelta(days=1))


def _region(db: Database, region: str | None) -> None:
    with db.transaction() as s:
        s.execute(select(Store).where(Store.code == "DT")).scalar_one().region = region


def _fee(db: Database, receipt: str, line: int, sold_at) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    check = return_check.check(
        db, receipt, store_id=None, line=line, qty=1, reason="changed_mind", condition="opened",
        on=(sold_at + timedelta(days=3)).date(),
    )  # fmt: skip
    codes = [f.code for lv in check.verdict.lines for f in lv.findings]
    return check.verdict.fee_minor, codes


@pytest.mark.parametrize(
    ("region", "forbidden", "waived"),
    [
        (None, ["US-NY"], False),  # a store without a region: the fee as the policy says
        ("CA-ON", ["US-NY"], False),
        ("US-NY", ["US-NY"], True),
        ("US-NY-NYC", ["US-NY"], True),  # the state's rule covers the city
        ("US-NY-NYC", ["US-NY", "!US-NY-NYC"], False),  # the more specific entry wins
        ("US-NY-BUF", ["US-NY", "!US-NY-NYC"], True),
        ("US-NYC", ["US-NY"], False),  # whole segments only
        ("us-oh", ["US-OH"], True),  # as typed in a set-up file
    ],
)
def test_the_store_region_decides_whether_a_restocking_fee_applies(
    demo_db: Database, region: str | None, forbidden: list[str], waived: bool
) -> None:
    receipt, line, sold_at = _furniture_line(demo_db)
    before, _ = _fee(demo_db, receipt, line, sold_at)
    assert before > 0  # the demo policy charges 10 % on opened furniture
    _policy(demo_db, forbidden, sold_at)
    _region(demo_db, region)
    fee, codes = _fee(demo_db, receipt, line, sold_at)
    if waived:
        assert fee == 0 and "restocking_fee_waived" in codes
    else:
        assert fee == before and "restocking_fee" in codes


def test_the_wizard_s_verdict_reads_the_region_too(demo_db: Database) -> None:
    receipt, line, sold_at = _furniture_line(demo_db)
    _policy(demo_db, ["US-NY"], sold_at)
    _region(demo_db, "US-NY-NYC")
    staff = as_role(demo_db, "associate")
    store = current_store(demo_db, "DT")
    assert store is not None
    sale = returns.find_sale(demo_db, receipt)
    ln = next(x for x in sale.lines if x.line_no == line)
    draft = returns.new_draft(
        store.id, staff.id, sale_id=sale.id, customer_id=sale.customer_id,
        lines=(DraftLine(ln.id, 1, reason="changed_mind", condition="opened"),),
    )  # fmt: skip
    verdict = returns.evaluate(demo_db, draft, staff, now=sale.sold_at + timedelta(days=3)).verdict
    assert verdict.fee_minor == 0
    waived = [f for lv in verdict.lines for f in lv.findings if f.code == "restocking_fee_waived"]
    assert waived and waived[0].numbers["jurisdiction"] == "US-NY-NYC"
    assert "US-NY-NYC does not allow one" in verdict.explanation


def test_a_policy_region_that_is_not_one_is_refused(demo_db: Database) -> None:
    rules = copy.deepcopy(DEFAULT_RULES)
    rules["no_restocking_fee_in"] = ["US-NY", "New York City"]
    with pytest.raises(InvalidInput, match="New York City' is not a region") as bad:
        policy_admin.save(demo_db, rules, staff=manager(demo_db))
    assert bad.value.field == "no_restocking_fee_in"
