"""Receipts from what is on file and store credit as a ledger, on both engines: an approved return
printed on the Dummy printer carries everything and its barcode brings the sale back; a voucher
issued by one return pays part of an order at another counter; two counters spending the same
voucher at once: one wins."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import func, select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.receipts import Voucher, VoucherMovement
from posassist.db.tables.sales import Tender
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.printing import escpos_out, preview
from posassist.services import approvals, audit, auth, customers, returns
from posassist.services.demo.stories import STAFF
from posassist.services.receipts import Receipts
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
from posassist.services.store_credit import StoreCredit

ALEX, JAMIE, SAM = STAFF[0], STAFF[1], STAFF[2]


def _draft(db: Database, receipt: str, staff, **line):  # type: ignore[no-untyped-def]
    store = current_store(db, "DT")
    assert store is not None
    sale = returns.find_sale(db, receipt)
    ln = sale.lines[0]
    draft = returns.new_draft(
        store.id, staff.id, sale_id=sale.id, customer_id=sale.customer_id, lines=(DraftLine(ln.id, 1, **line),)
    )
    return draft, sale, store


def _approved_return(db: Database):  # type: ignore[no-untyped-def]
    staff = auth.sign_in(db, ALEX.code, ALEX.pin, counter="till-1")
    draft, sale, store = _draft(db, "R-DT-2026-0871", staff, reason="medical", condition="unopened")
    ev = returns.evaluate(db, draft, staff)
    req = approvals.request(
        db,
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
    approvals.decide(
        db, req.id, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="medical", note="Surgery."
    )
    return commit(db, replace(draft, approval_id=req.id), staff), sale, store, staff


def test_an_approved_return_on_the_dummy_printer_carries_everything_and_its_barcode_finds_the_sale(
    demo_db: Database, tmp_path: Path
) -> None:
    res, sale, store, staff = _approved_return(demo_db)
    receipts = Receipts(demo_db, current_store(demo_db, "DT"), "till-1")
    doc = receipts.document(res.return_no)
    assert not doc.copy and doc.original_number == "R-DT-2026-0871" and doc.approver is not None
    data = escpos_out.to_bytes(doc)
    slip = preview.read(data)
    text = " ".join(slip.text.split())
    for expected in (
        store.name,
        "Return receipt",
        res.return_no,
        "DT · till-1",
        "Served by Alex Rivera (Associate)",
        "Approved by Sam Okafor (Shift lead)",
        "Customer: Eleanor Whitfield",
        "Original receipt R-DT-2026-0871 of",
        "Medical / personal · Unopened",
        "Refund to original payment",
        "Refund to Card ****1356",
        "$179.67",
        "HST 13 % (included)",  # the tax by component, as the summary named it
        "Return policy version",
    ):
        assert expected in text, expected
    assert slip.cuts == 1 and (b"\x1dkI" in data or b"\x1d(k" in data)  # Code 128, or QR when it is too long
    # the barcode as printed, read back from the slip's picture, is a scan the wizard and the search accept
    found = zxingcpp.read_barcodes(Image.open(preview.picture(slip, tmp_path / "slip.png")))
    assert [r.text for r in found] == [res.return_no]
    assert returns.find_sale(demo_db, found[0].text).receipt_no == "R-DT-2026-0871"
    assert [c.name for c in customers.find(demo_db, found[0].text)] == ["Eleanor Whitfield"]
    # printed once: every later print is a copy, and each print is audited
    receipts.printed(staff, doc, "escpos-file:/tmp/x.bin")
    again = receipts.document(res.return_no)
    assert again.copy and "*** COPY ***" in preview.read(escpos_out.to_bytes(again)).text
    with demo_db.read() as s:
        assert s.execute(select(func.count()).where(AuditEntry.action == "receipt.printed")).scalar_one() == 1
    assert audit.verify(demo_db).ok
    # the sale's own receipt, and a gift receipt of it without prices
    gift = receipts.document("r-dt-2026-0871", gift=True)
    gtext = preview.read(escpos_out.to_bytes(gift)).text
    assert "Gift receipt" in gtext and "$" not in gtext and "R-DT-2026-0871" in gtext
    with pytest.raises(NotFound, match="No sale, return or store credit voucher has the number NOPE-1"):
        receipts.document("NOPE-1")


def _order_to_pay(db: Database, staff):  # type: ignore[no-untyped-def]
    """W-2026-4103 (wrong colour): the customer keeps it and orders the navy one, and pays for it."""
    from posassist.db.tables.catalogue import Variant

    with db.read() as s:
        navy = s.execute(select(Variant.id).where(Variant.sku == "DEMO-FIELDJKT-NAVY-M")).scalar_one()
    draft, _, _ = _draft(
        db,
        "W-2026-4103",
        staff,
        reason="picking_error",
        resolution="keep_and_order",
        replacement_variant_id=navy,
    )
    res = commit(db, draft, staff)
    assert res.new_sale_receipt
    return res.new_sale_receipt


def _credit_return(db: Database, staff) -> str:  # type: ignore[no-untyped-def]
    """R-DT-2026-1204, faulty, taken back by a shift lead (within their limits) as store credit."""
    staff = auth.sign_in(db, SAM.code, SAM.pin, counter=staff.counter)
    draft, _, _ = _draft(db, "R-DT-2026-1204", staff, reason="faulty", condition="faulty", resolution="store_credit")
    res = commit(db, draft, staff)
    assert res.store_credit_minor > 0
    with db.read() as s:
        return s.execute(select(Voucher.number).where(Voucher.return_id == res.return_id)).scalar_one()


def test_a_voucher_from_one_return_pays_part_of_an_order_at_another_counter(demo_url: str) -> None:
    here, there = Database(demo_url), Database(demo_url)
    try:
        alex = auth.sign_in(here, ALEX.code, ALEX.pin, counter="till-1")
        number = _credit_return(here, alex)
        credit = StoreCredit(here)
        v = credit.look_up(number.lower())  # as typed; a scan gives the same
        assert v.balance_minor == v.issued_minor > 0 and [m.kind for m in v.movements] == ["issue"]
        slip = preview.read(escpos_out.to_bytes(Receipts(here, current_store(here, "DT"), "till-1").document(number)))
        assert "Store credit voucher" in slip.text and [c.payload for c in slip.codes] == [number]

        jamie = auth.sign_in(there, JAMIE.code, JAMIE.pin, counter="till-2")
        order = _order_to_pay(there, jamie)
        other = StoreCredit(there)
        with there.read() as s:
            from posassist.db.tables.sales import Sale

            total = s.execute(select(Sale.total_minor).where(Sale.receipt_no == order)).scalar_one()
        part = min(total - 100, v.balance_minor - 100)
        assert part > 0
        r = other.redeem(jamie, number, order, part)
        assert r.balance_minor == v.balance_minor - part and r.left_to_pay_minor == total - part
        after = credit.look_up(number)
        assert [(m.kind, m.amount_minor, m.counter) for m in after.movements] == [
            ("issue", v.issued_minor, "till-1"),
            ("redeem", -part, "till-2"),
        ]
        assert after.movements[1].sale_receipt == order
        with here.read() as s:
            tender = s.execute(select(Tender).where(Tender.reference == number)).scalar_one()
            assert (tender.kind, tender.amount_minor) == ("store_credit", part)
            actions = (
                s.execute(
                    select(AuditEntry.action).where(AuditEntry.entity == "voucher", AuditEntry.entity_id == str(v.id))
                )
                .scalars()
                .all()
            )
            assert actions == ["voucher.issued", "voucher.redeemed"]
        # the order's receipt shows what the voucher paid and what is left on it
        otext = preview.read(
            escpos_out.to_bytes(Receipts(here, current_store(here, "DT"), "till-2").document(order))
        ).text
        assert f"Paid by Store credit {number}" in otext and "Spent here" in otext
        # more than the order has left to pay, more than the voucher holds, nothing: refused, nothing written
        with pytest.raises(InvalidInput, match="left to pay"):
            other.redeem(jamie, number, order, total)
        with pytest.raises(InvalidInput, match="more than zero"):
            other.redeem(jamie, number, order, 0)
        assert credit.look_up(number).balance_minor == r.balance_minor
        # the customer's balance, as the pane shows it
        assert credit.balance(v.customer_id or -1)[0] >= r.balance_minor
        assert audit.verify(here).ok
    finally:
        here.dispose()
        there.dispose()


def test_two_counters_spending_the_same_voucher_at_once_one_wins(demo_url: str) -> None:
    setup = Database(demo_url)
    try:
        alex = auth.sign_in(setup, ALEX.code, ALEX.pin, counter="till-1")
        number = _credit_return(setup, alex)
        balance = StoreCredit(setup).look_up(number).balance_minor
        orders = [_order_to_pay(setup, alex)]
        # a second order to pay: another keep-and-order on the same web order's sister receipt
        jamie = auth.sign_in(setup, JAMIE.code, JAMIE.pin, counter="till-2")
        from posassist.db.tables.sales import Sale

        with setup.transaction() as s:  # the same order twice over: two sales each needing the whole balance
            src = s.execute(select(Sale).where(Sale.receipt_no == orders[0])).scalar_one()
            twin = Sale(
                receipt_no=orders[0] + "-B",
                store_id=src.store_id,
                staff_id=src.staff_id,
                customer_id=src.customer_id,
                kind="order",
                currency=src.currency,
                subtotal_minor=balance,
                tax_minor=0,
                total_minor=balance,
            )
            s.add(twin)
            src.total_minor = max(src.total_minor, balance)
        orders.append(orders[0] + "-B")
    finally:
        setup.dispose()
    amount = balance - balance // 4  # each spend alone fits; both together do not
    dbs = [Database(demo_url), Database(demo_url)]
    sessions_ = [alex, jamie]
    outcomes: list[object] = [None, None]
    barrier = threading.Barrier(2)

    def run(i: int) -> None:
        barrier.wait()
        try:
            outcomes[i] = StoreCredit(dbs[i]).redeem(sessions_[i], number, orders[i], amount)
        except (Conflict, InvalidInput) as err:
            outcomes[i] = err

    try:
        threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        wins = [o for o in outcomes if not isinstance(o, Exception)]
        losses = [o for o in outcomes if isinstance(o, Exception)]
        assert len(wins) == 1 and len(losses) == 1, outcomes
        assert "has only" in str(losses[0]) and "another counter" in str(losses[0])
        with dbs[0].read() as s:
            v = s.execute(select(Voucher).where(Voucher.number == number)).scalar_one()
            assert v.balance_minor == balance - amount
            kinds = s.execute(
                select(VoucherMovement.kind).where(VoucherMovement.voucher_id == v.id).order_by(VoucherMovement.id)
            ).scalars()
            assert list(kinds) == ["issue", "redeem"]
            assert s.execute(select(func.count()).where(Tender.reference == number)).scalar_one() == 1
        assert audit.verify(dbs[0]).ok
    finally:
        for d in dbs:
            d.dispose()


def test_expiry_from_the_policy_and_store_credit_for_an_approved_goodwill_gesture(db: Database) -> None:
    """An empty store with a policy that gives store credit a year: issued, spent before, refused
    after, and moved out by expiry; a goodwill gesture's credit is issued once, after approval."""
    from datetime import UTC, datetime, timedelta

    from posassist.db.tables.ops import Goodwill
    from posassist.db.tables.people import Staff, Store
    from posassist.db.tables.sales import ReturnPolicy, Sale
    from posassist.services import store_credit as sc

    t0 = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    with db.transaction() as s:
        store = Store(code="DT", name="Downtown", currency="CAD", timezone="America/Toronto")
        s.add(store)
        s.flush()
        s.add(
            ReturnPolicy(version=1, effective_from=t0 - timedelta(days=1), rules={"store_credit": {"expiry_days": 365}})
        )
        v = sc.issue(s, amount_minor=5000, currency="CAD", store_id=store.id, staff_id=None, counter="t", now=t0)
        number = v.number
        s.add(
            Sale(
                receipt_no="X-1", store_id=store.id, kind="order", currency="CAD", subtotal_minor=9000, total_minor=9000
            )
        )
        s.add(
            Sale(
                receipt_no="X-2", store_id=store.id, kind="order", currency="CAD", subtotal_minor=9000, total_minor=9000
            )
        )
    clock = [t0 + timedelta(days=30)]
    credit = sc.StoreCredit(db, clock=lambda: clock[0])
    view = credit.look_up(number)
    assert view.expires_at == t0 + timedelta(days=365) and not view.expired
    staff_session = _staff_session(db)
    r = credit.redeem(staff_session, number, "X-1", 2000)
    assert r.balance_minor == 3000 and r.left_to_pay_minor == 7000
    clock[0] = t0 + timedelta(days=366)
    assert credit.look_up(number).expired
    with pytest.raises(InvalidInput, match="expired on"):
        credit.redeem(staff_session, number, "X-2", 1000)
    assert credit.expire_due(staff_session) == 1
    after = credit.look_up(number)
    assert after.balance_minor == 0 and [m.kind for m in after.movements] == ["issue", "redeem", "expire"]
    assert credit.expire_due(staff_session) == 0
    # goodwill: only an approved gesture with a cost, once
    with db.transaction() as s:
        staff_ids = s.execute(select(Staff.id).order_by(Staff.id)).scalars().all()
        store_id = s.execute(select(Store.id)).scalar_one()
        pending = Goodwill(
            kind="other", cost_minor=2500, currency="CAD", story="x", store_id=store_id, requested_by=staff_ids[0]
        )
        approved = Goodwill(
            kind="other",
            cost_minor=2500,
            currency="CAD",
            story="Late delivery",
            store_id=store_id,
            requested_by=staff_ids[0],
            approved_by=staff_ids[1],
        )
        s.add_all([pending, approved])
        s.flush()
        pending_id, approved_id = pending.id, approved.id
    with pytest.raises(InvalidInput, match="approved first"):
        credit.issue_for_goodwill(staff_session, pending_id)
    g = credit.issue_for_goodwill(staff_session, approved_id)
    assert g.balance_minor == 2500 and g.expires_at is not None
    with pytest.raises(Conflict, match="already issued"):
        credit.issue_for_goodwill(staff_session, approved_id)
    assert audit.verify(db).ok


def _staff_session(db: Database):  # type: ignore[no-untyped-def]
    """Two staff accounts (a lead and an associate) and the associate signed in."""
    from posassist.services.sessions import setup_session

    setup = setup_session("t")
    from posassist.services.staff import StaffAccounts

    accounts = StaffAccounts(db)
    accounts.add(setup, code="1", name="Ada Admin", role="admin", pin="a-long-pin-1")
    admin = auth.sign_in(db, "1", "a-long-pin-1", counter="t")
    accounts.add(admin, code="2", name="Sam Lead", role="shift_lead", pin="739164")
    return auth.sign_in(db, "2", "739164", counter="t")


def test_a_goodwill_gesture_has_a_receipt_with_its_approver(demo_db: Database) -> None:
    from posassist.db.tables.ops import Goodwill

    with demo_db.read() as s:
        g = s.execute(select(Goodwill).where(Goodwill.approved_by.is_not(None)).order_by(Goodwill.id)).scalars().first()
        assert g is not None
    receipts = Receipts(demo_db, current_store(demo_db, "DT"), "till-1")
    assert receipts.number("exception", g.id) == f"GW-{g.id}"
    doc = receipts.document(f"gw-{g.id}")
    text = " ".join(preview.read(escpos_out.to_bytes(doc)).text.split())
    assert "Goodwill receipt" in text and f"GW-{g.id}" in text and "Approved by" in text
    assert " ".join(g.story.split())[:30] in text


def test_a_voucher_pays_part_of_an_exchange_for_something_dearer_at_another_counter(demo_url: str) -> None:
    from posassist.db.tables.catalogue import Stock, Variant
    from posassist.db.tables.people import Store
    from posassist.db.tables.sales import Sale

    here, there = Database(demo_url), Database(demo_url)
    try:
        number = _credit_return(here, auth.sign_in(here, ALEX.code, ALEX.pin, counter="till-1"))
        jamie = auth.sign_in(there, JAMIE.code, JAMIE.pin, counter="till-2")
        draft, sale, _ = _draft(there, "W-2026-4101", jamie, reason="picking_error", resolution="exchange_now")
        with there.read() as s:  # something dearer, on the shelf here
            dearer = s.execute(
                select(Variant.id)
                .join(Stock, Stock.variant_id == Variant.id)
                .join(Store, Store.id == Stock.store_id)
                .where(
                    Store.code == "DT", Stock.on_hand > 2, Variant.price_minor > sale.lines[0].line_total_minor + 2000
                )
                .order_by(Variant.id)
                .limit(1)
            ).scalar_one()
        draft = replace(draft, lines=(replace(draft.lines[0], replacement_variant_id=dearer),))
        ev = returns.evaluate(there, draft, jamie)
        assert ev.customer_pays_minor > 0 and not ev.problems, ev.problems
        res = commit(there, draft, jamie)
        with there.read() as s:
            exchange = s.execute(select(Sale).where(Sale.receipt_no == res.new_sale_receipt)).scalar_one()
            assert exchange.kind == "exchange"
        balance = StoreCredit(here).look_up(number).balance_minor
        part = min(ev.customer_pays_minor, balance) // 2
        r = StoreCredit(there).redeem(jamie, number, exchange.receipt_no, part)
        assert r.balance_minor == balance - part
        slip = preview.read(
            escpos_out.to_bytes(Receipts(there, current_store(there, "DT"), "till-2").document(exchange.receipt_no))
        )
        assert "Exchange receipt" in slip.text and f"Paid by Store credit {number}" in " ".join(slip.text.split())
    finally:
        here.dispose()
        there.dispose()
