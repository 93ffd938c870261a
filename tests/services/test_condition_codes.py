"""The set-up's condition codes are what the policy reads: a store's own code (``open_box``) is
judged as the condition it means (opened: the restocking fee), in the wizard's verdict and in
`return check`, which accepts it; a code that is neither the store's nor the policy's is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.tax import ConditionCode
from posassist.errors import InvalidInput
from posassist.services import return_check, returns
from posassist.services.returns_dto import DraftLine
from tests.services.test_policy_region import _furniture_line
from tests.signin import as_role


def _codes(db: Database) -> None:
    with db.transaction() as s:
        s.add(ConditionCode(code="open_box", label="Open box", means="opened", position=90, active=True))
        s.add(ConditionCode(code="dented", label="Dented", means="damaged_by_customer", position=91, active=True))


def _check(db: Database, condition: str):  # type: ignore[no-untyped-def]
    receipt, line, sold_at = _furniture_line(db)
    return return_check.check(
        db, receipt, store_id=None, line=line, qty=1, reason="changed_mind", condition=condition,
        on=(sold_at + timedelta(days=3)).date(),
    ).verdict  # fmt: skip


def test_a_store_condition_code_is_judged_as_what_it_means(demo_db: Database) -> None:
    opened = _check(demo_db, "opened")
    assert opened.fee_minor > 0
    with pytest.raises(InvalidInput, match="--condition open_box is not known"):
        _check(demo_db, "open_box")
    _codes(demo_db)
    box = _check(demo_db, "open_box")
    assert (box.status, box.fee_minor, box.refund_minor) == (opened.status, opened.fee_minor, opened.refund_minor)
    dented = _check(demo_db, "dented")
    assert dented.status == "needs_approval" and dented.required_role == "store_manager"
    # the wizard's verdict reads the same table
    receipt, line, sold_at = _furniture_line(demo_db)
    staff = as_role(demo_db, "associate")
    store = current_store(demo_db, "DT")
    assert store is not None
    sale = returns.find_sale(demo_db, receipt)
    ln = next(x for x in sale.lines if x.line_no == line)
    draft = returns.new_draft(
        store.id, staff.id, sale_id=sale.id, customer_id=sale.customer_id,
        lines=(DraftLine(ln.id, 1, reason="changed_mind", condition="open_box"),),
    )  # fmt: skip
    verdict = returns.evaluate(demo_db, draft, staff, now=sale.sold_at + timedelta(days=3)).verdict
    assert verdict.fee_minor == opened.fee_minor
    with pytest.raises(InvalidInput, match="--condition scuffed is not known"):
        _check(demo_db, "scuffed")
