"""Returns on both engines: the three wrong-colour customers, approvals, never-sold goodwill,
idempotent confirm, bad quantities and two counters on the same line."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.catalogue import Stock, Variant
from posassist.db.tables.ops import Goodwill
from posassist.db.tables.sales import Sale
from posassist.errors import ApprovalRequired, AuthError, Conflict, InvalidInput, StorageError
from posassist.services import approvals, audit, auth, returns
from posassist.services.demo.stories import STAFF
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
from tests.conftest import not_demo_history, returns_made_here

ALEX, SAM, PRIYA = STAFF[0], STAFF[2], STAFF[3]


def _staff(db: Database, person=ALEX):  # type: ignore[no-untyped-def]
    return auth.sign_in(db, person.code, person.pin)


def _variant(db: Database, sku: str) -> int:
    with db.read() as s:
        return s.execute(select(Variant.id).where(Variant.sku == sku)).scalar_one()


def _stock(db: Database, sku: str, store: str) -> tuple[int | None, int, int]:
    from posassist.db.tables.people import Store

    with db.read() as s:
        row = s.execute(
            select(Stock.on_hand, Stock.reserved, Stock.damaged)
            .join(Store, Store.id == Stock.store_id)
            .where(Stock.variant_id == _variant(db, sku), Store.code == store)
        ).first()
        return tuple(row)  # type: ignore[return-value]


def _draft_for(db: Database, receipt: str, staff, **line):  # type: ignore[no-untyped-def]
    store = current_store(db, "DT")
    sale = returns.find_sale(db, receipt)
    ln = sale.lines[0]
    return returns.new_draft(
        store.id, staff.id, sale_id=sale.id, customer_id=sale.customer_id, lines=(DraftLine(ln.id, 1, **line),)
    ), sale


def test_wrong_colour_unsure_even_exchange_now(demo_db: Database) -> None:
    staff = _staff(demo_db)
    draft, sale = _draft_for(
        demo_db,
        "W-2026-4101",
        staff,
        reason="picking_error",
        condition="unopened",
        resolution="exchange_now",
        replacement_variant_id=_variant(demo_db, "DEMO-FIELDJKT-NAVY-M"),
    )
    assert "Picking error" in (sale.lines[0].fulfilment_note or "")
    assert sale.lines[0].shipped_description and "Red" in sale.lines[0].shipped_description
    red_before, navy_before = (
        _stock(demo_db, "DEMO-FIELDJKT-RED-M", "DT"),
        _stock(demo_db, "DEMO-FIELDJKT-NAVY-M", "DT"),
    )
    ev = returns.evaluate(demo_db, draft, staff)
    assert ev.verdict.status == "allowed" and ev.customer_pays_minor == 0 and not ev.problems
    res = commit(demo_db, draft, staff)
    assert res.refund_minor == 0 and res.new_sale_receipt
    assert _stock(demo_db, "DEMO-FIELDJKT-RED-M", "DT")[0] == red_before[0] + 1  # the red one came back
    assert _stock(demo_db, "DEMO-FIELDJKT-NAVY-M", "DT")[0] == navy_before[0] - 1  # the navy one went out
    assert audit.verify(demo_db).ok


def test_wrong_colour_gift_friday_ships_with_arrive_by(demo_db: Database) -> None:
    staff = _staff(demo_db)
    draft, _ = _draft_for(
        demo_db,
        "W-2026-4102",
        staff,
        reason="picking_error",
        resolution="exchange_shipped",
        replacement_variant_id=_variant(demo_db, "DEMO-FIELDJKT-NAVY-L"),
    )
    ev = returns.evaluate(demo_db, draft, staff)
    opts = ev.replacements[0].ship_options
    assert opts and opts == tuple(sorted(opts, key=lambda o: o.arrive_by))
    first = opts[0]
    res = commit(demo_db, draft, staff)
    with demo_db.read() as s:
        order = s.execute(select(Sale).where(Sale.receipt_no == res.new_sale_receipt)).scalar_one()
        assert order.arrive_by == first.arrive_by and order.ship_from_store_id == first.store_id
    assert _stock(demo_db, "DEMO-FIELDJKT-NAVY-L", first_code(demo_db, first.store_id))[1] >= 1  # reserved


def first_code(db: Database, store_id: int) -> str:
    from posassist.db.tables.people import Store

    with db.read() as s:
        return s.execute(select(Store.code).where(Store.id == store_id)).scalar_one()


def test_wrong_colour_keeps_it_and_orders_the_other(demo_db: Database) -> None:
    staff = _staff(demo_db)
    draft, _ = _draft_for(
        demo_db,
        "W-2026-4103",
        staff,
        reason="picking_error",
        resolution="keep_and_order",
        replacement_variant_id=_variant(demo_db, "DEMO-FIELDJKT-NAVY-M"),
    )
    ev = returns.evaluate(demo_db, draft, staff)
    assert ev.verdict.status == "allowed" and ev.verdict.refund_minor == 0 and ev.customer_pays_minor > 0
    res = commit(demo_db, draft, staff)
    assert res.refund_minor == 0 and res.new_sale_receipt


def test_past_the_window_needs_a_shift_lead_and_not_yourself(demo_db: Database) -> None:
    staff = _staff(demo_db)
    draft, _ = _draft_for(demo_db, "R-DT-2026-0871", staff, reason="medical", condition="unopened", resolution="refund")
    ev = returns.evaluate(demo_db, draft, staff)
    assert ev.verdict.status == "needs_approval" and ev.verdict.required_role == "shift_lead"
    assert "the window for shoes is 30 days" in ev.verdict.explanation
    with pytest.raises(ApprovalRequired):
        commit(demo_db, draft, staff)
    req = approvals.request(
        demo_db,
        kind="return",
        staff=staff,
        store_id=draft.store_id,
        task_ref=draft.key,
        rule=ev.verdict.rule,
        explanation=ev.verdict.explanation,
        amount_minor=ev.verdict.total_minor,
        currency="CAD",
        required_role=ev.verdict.required_role,
        numbers=ev.verdict.numbers,
    )
    lead = _staff(demo_db, SAM)
    with pytest.raises(AuthError, match="own request"):
        lead_draft_req = approvals.request(
            demo_db,
            kind="return",
            staff=lead,
            store_id=draft.store_id,
            task_ref="other-task",
            rule="window",
            explanation="x",
            amount_minor=100,
            currency="CAD",
            required_role="shift_lead",
        )
        approvals.decide(
            demo_db,
            lead_draft_req.id,
            approver_code=SAM.code,
            secret=SAM.pin,
            approve=True,
            reason_code="medical",
            note="mine",
        )
    with pytest.raises(AuthError, match="may not approve"):
        approvals.decide(
            demo_db,
            req.id,
            approver_code=STAFF[1].code,
            secret=STAFF[1].pin,
            approve=True,
            reason_code="medical",
            note="associate trying",
        )
    decided = approvals.decide(
        demo_db,
        req.id,
        approver_code=SAM.code,
        secret=SAM.pin,
        approve=True,
        reason_code="medical",
        note="Surgery right after purchase; shoes unworn.",
    )
    assert decided.status == "approved"
    with pytest.raises(Conflict, match="already approved"):
        approvals.decide(
            demo_db, req.id, approver_code=PRIYA.code, secret=PRIYA.pin, approve=False, reason_code="other", note="late"
        )
    from dataclasses import replace

    res = commit(demo_db, replace(draft, approval_id=req.id), staff)
    assert res.refund_minor == 17967
    # the approval is used up: a second task cannot reuse it
    other, _ = _draft_for(demo_db, "R-DT-2026-1204", staff)
    with pytest.raises(ApprovalRequired):
        from posassist.db.tables.base import utcnow

        with demo_db.transaction() as s:
            approvals.consume(s, req.id, task_ref=other.key, amount_minor=res.refund_minor, now=utcnow())


def test_never_sold_tyres_become_a_goodwill_record_after_approval(demo_db: Database) -> None:
    from dataclasses import replace

    staff = _staff(demo_db)
    store = current_store(demo_db, "DT")
    draft = returns.new_draft(
        store.id,
        staff.id,
        mode="never_sold",
        lines=(
            DraftLine(
                None,
                4,
                reason="other",
                condition="opened",
                resolution="store_credit",
                description="Winter tyres Nordic Grip 205/55 R16",
                declared_value_minor=48000,
            ),
        ),
    )
    ev = returns.evaluate(demo_db, draft, staff)
    assert ev.verdict.status == "needs_approval" and ev.verdict.rule == "never_sold"
    req = approvals.request(
        demo_db,
        kind="goodwill",
        staff=staff,
        store_id=store.id,
        task_ref=draft.key,
        rule=ev.verdict.rule,
        explanation=ev.verdict.explanation,
        amount_minor=ev.verdict.total_minor,
        currency="CAD",
        required_role=ev.verdict.required_role,
        numbers=ev.verdict.numbers,  # the approval is bound to the verdict's numbers (as the wizard sends them)
    )
    approvals.decide(
        demo_db,
        req.id,
        approver_code=SAM.code,
        secret=SAM.pin,
        approve=True,
        reason_code="goodwill",
        note="Long-time customer; we keep our word.",
    )
    res = commit(demo_db, replace(draft, approval_id=req.id), staff)
    assert res.store_credit_minor == 48000
    with demo_db.read() as s:
        g = s.execute(select(Goodwill).where(not_demo_history())).scalars().all()
        assert len(g) == 1 and g[0].kind == "accept_unsold_item" and g[0].cost_minor == 48000
    assert audit.verify(demo_db).ok


def test_confirm_twice_refunds_once(demo_db: Database) -> None:
    staff = _staff(demo_db, SAM)  # a shift lead may refund this much without asking
    draft, _ = _draft_for(demo_db, "R-DT-2026-1204", staff, reason="faulty", condition="faulty", resolution="refund")
    a = commit(demo_db, draft, staff)
    b = commit(demo_db, draft, staff)
    assert not a.already_done and b.already_done and a.return_id == b.return_id
    with demo_db.read() as s:
        assert returns_made_here(s) == 1
    with pytest.raises(InvalidInput, match="returned in full"):
        again, _ = _draft_for(demo_db, "R-DT-2026-1204", staff, resolution="refund")
        commit(demo_db, again, staff)


@pytest.mark.parametrize("qty", [0, -1, 2, 1.5])
def test_bad_quantities(demo_db: Database, qty) -> None:  # type: ignore[no-untyped-def]
    staff = _staff(demo_db)
    draft, sale = _draft_for(demo_db, "R-DT-2026-1204", staff)
    bad = draft.with_lines((DraftLine(sale.lines[0].id, qty),))
    with pytest.raises(InvalidInput):
        returns.evaluate(demo_db, bad, staff)


def test_unknown_receipt(demo_db: Database) -> None:
    with pytest.raises(Exception, match="No sale has the receipt"):
        returns.find_sale(demo_db, "R-NOPE-1")


def test_two_counters_return_the_same_line_at_once(demo_url: str) -> None:
    dbs = [Database(demo_url), Database(demo_url)]
    try:
        staff = _staff(dbs[0], SAM)
        drafts = [_draft_for(d, "R-DT-2026-1204", staff, reason="faulty", condition="faulty")[0] for d in dbs]
        barrier = threading.Barrier(2)
        outcomes: list[object] = [None, None]

        def run(i: int) -> None:
            barrier.wait()
            try:
                outcomes[i] = commit(dbs[i], drafts[i], staff)
            except (InvalidInput, Conflict, StorageError) as err:
                outcomes[i] = err

        threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        wins = [o for o in outcomes if not isinstance(o, Exception)]
        losses = [o for o in outcomes if isinstance(o, Exception)]
        assert len(wins) == 1 and len(losses) == 1, outcomes
        assert "returned in full" in str(losses[0]) or "same moment" in str(losses[0])
        with dbs[0].read() as s:
            assert returns_made_here(s) == 1
    finally:
        for d in dbs:
            d.dispose()
