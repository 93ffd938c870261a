"""The return wizard by keyboard: the wrong-colour exchange, a shipped exchange, the override
path at the same counter, and a never-sold item stopping at 'needs approval'."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from sqlalchemy import select

from posassist.services import audit, auth
from posassist.services.demo.stories import STAFF
from posassist.ui.appearance import contrast
from posassist.ui.returns.wizard import Page, ReturnWizard
from posassist.ui.tasks import TaskRunner
from tests.conftest import returns_made_here
from tests.ui.waiting import settled


def _wizard(qtbot, demo_app, tmp_path, customer_id=None) -> ReturnWizard:  # type: ignore[no-untyped-def]
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    w = ReturnWizard(
        demo_app.svc,
        demo_app.store,
        staff,
        TaskRunner(),
        counter="Counter 1",
        receipts_dir=tmp_path / "receipts",
        customer_id=customer_id,
    )
    w.tasks.setParent(w)  # the wizard's work is waited for with the wizard (tests.ui.waiting)
    qtbot.addWidget(w)
    w.show()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _focused(w):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _enter(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(_focused(w), Qt.Key.Key_Return)
    settled(qtbot)


def _type(qtbot, w, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(_focused(w), text)
    settled(qtbot)  # a combo box's keyboard search may have set off a lookup


def _next(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    """Enter: the wizard's default button (Next, or Confirm on the last page). Alt+N works on a
    real screen too, but Qt's offscreen test platform does not deliver Alt mnemonics."""
    qtbot.keyClick(_focused(w), Qt.Key.Key_Return)
    settled(qtbot)  # the next page puts the focus on its first field once it is shown


def _choose(qtbot, w, combo_text_prefix: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry of the focused combo box by typing its first letters (keyboard search;
    a space would open the list, so prefixes have none)."""
    assert " " not in combo_text_prefix
    qtbot.keyClicks(_focused(w), combo_text_prefix)
    settled(qtbot)


def test_wrong_colour_exchange_now_by_keyboard(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    assert w.currentId() == Page.FIND
    _type(qtbot, w, "W-2026-4101")
    _enter(qtbot, w)
    assert "Not the customer's mistake" in w.find_page.info.text()
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)  # Enter found the sale and went on
    assert w.lines_page.qty.value() == 1
    # what the associate must see is on this step too, in a colour that reads (4.5:1 at least)
    notice = w.lines_page.notice
    assert notice.isVisible() and "Not the customer's mistake" in notice.text() and "Red" in notice.text()
    colour = re.search(r"color:(#[0-9a-f]{6})", notice.text()).group(1)  # type: ignore[union-attr]
    assert contrast(colour, notice.palette().color(QPalette.ColorRole.Window)) >= 4.5
    held = w.lines_page.table.item(0, 0).text()  # the colour the customer holds, then the one ordered
    assert held.startswith("Field Jacket") and "Red" in held.split("(")[0] and "ordered" in held
    _next(qtbot, w)
    assert w.currentId() == Page.DETAILS and w.details_page.reason.hasFocus()
    assert w.details_page.reason.currentIndex() == -1  # no reason until the associate chooses one
    _next(qtbot, w)
    assert w.currentId() == Page.DETAILS  # Enter alone records nothing
    _choose(qtbot, w, "We")
    assert w.details_page.reason.currentData() == "picking_error"
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)  # condition: unopened is the default
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    _choose(qtbot, w, "Exchange")
    assert w.details_page.resolution.currentData() == "exchange_now"
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    assert w.details_page.replacement.hasFocus()
    _type(qtbot, w, "DEMO-FIELDJKT-NAVY-M")
    _enter(qtbot, w)
    assert "Field Jacket" in w.details_page.replacement_info.text()
    _next(qtbot, w)
    assert w.currentId() == Page.VERDICT
    verdict = w.verdict_page.text.text()
    assert "Allowed" in verdict and "Next:" in verdict and "even exchange" in verdict  # the sum, done
    _next(qtbot, w)
    assert w.currentId() == Page.SUMMARY
    summary = w.summary_page.text.text()  # both items named; no "refund $0.00" for an exchange
    assert "Coming back: Field Jacket" in summary and "Red" in summary.split("Coming back:")[1].split("<")[0]
    assert "The customer gets: Field Jacket" in summary and "Navy" in summary.split("customer gets:")[1].split("<")[0]
    assert "Refund to the original payment" not in summary
    _next(qtbot, w)  # Enter on the last page: Confirm
    qtbot.waitUntil(lambda: w.result is not None)
    assert w.result.new_sale_receipt and w.receipt_path and w.receipt_path.exists()
    assert w.receipt_path.read_bytes().startswith(b"%PDF")
    with demo_app.db.read() as s:
        assert returns_made_here(s) == 1


def test_past_window_approved_at_the_same_counter(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, demo_app, tmp_path)
    _type(qtbot, w, "R-DT-2026-0871")
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    _next(qtbot, w)
    _choose(qtbot, w, "Medical")
    _next(qtbot, w)
    assert w.currentId() == Page.VERDICT
    assert "window for shoes is 30 days" in w.verdict_page.text.text()
    qtbot.waitUntil(w.verdict_page.box.reason.hasFocus)
    assert not w.verdict_page.isComplete()
    lead = STAFF[2]
    _choose(qtbot, w, "Medical")
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    _type(qtbot, w, "Surgery right after buying; unworn")
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    _type(qtbot, w, lead.code)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    _type(qtbot, w, lead.pin)
    _enter(qtbot, w)  # approves, and the wizard goes on to the summary
    qtbot.waitUntil(lambda: w.currentId() == Page.SUMMARY)
    assert "Approved</b> by Sam Okafor" in w.verdict_page.status.text()
    settled(qtbot)  # the summary puts the focus on Confirm
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.result is not None)
    assert w.result.refund_minor == 17967
    assert audit.verify(demo_app.db).ok


def test_never_sold_item_stops_at_needs_approval_and_keeps_the_draft(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from posassist.services import returns

    w = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Backtab)  # back to the mode buttons
    qtbot.keyClick(_focused(w), Qt.Key.Key_Right)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Right)
    assert w.draft.mode == "never_sold"
    _next(qtbot, w)
    assert w.currentId() == Page.LINES and w.lines_page.description.hasFocus()
    _type(qtbot, w, "Four winter tyres")
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    _type(qtbot, w, "480.00")
    _next(qtbot, w)
    _next(qtbot, w)
    assert w.currentId() == Page.DETAILS and w.details_page.reason_missing()  # the reason is chosen, not preset
    _choose(qtbot, w, "Oth")
    _next(qtbot, w)
    assert w.currentId() == Page.VERDICT
    assert w.draft.lines[0].reason == "other"
    assert "never sold" in w.verdict_page.text.text() and not w.verdict_page.isComplete()
    w.reject()
    w.tasks.wait()  # the draft is saved off the GUI thread
    drafts = returns.open_drafts(demo_app.db, demo_app.store.id)
    assert drafts and drafts[0].lines[0].description == "Four winter tyres"


def test_a_saved_return_resumes(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _type(qtbot, w, "R-DT-2026-0871")
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    _next(qtbot, w)
    _choose(qtbot, w, "Medical")
    _next(qtbot, w)  # the draft is saved on each step
    w.reject()
    w.tasks.wait()
    again = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(lambda: again.find_page.drafts.count() == 1)
    again.find_page.drafts.setFocus()
    again.find_page.drafts.setCurrentRow(0)
    qtbot.keyClick(again.find_page.drafts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.currentId() == Page.LINES)
    assert again.draft.lines[0].reason == "medical" and again.sale.receipt_no == "R-DT-2026-0871"


def test_opened_from_the_card_with_the_customers_purchase(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    from posassist.ui.main_window import MainWindow

    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    win = MainWindow(demo_app, staff, qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, "Eleanor Whitfield")
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None, timeout=10_000)
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.keyClicks(win.lookup.search, "DEMO-COMFWALK-BLACK-39")
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.wizard is not None and win.wizard.isVisible())
    assert win.wizard.sale is not None and win.wizard.sale.receipt_no == "R-DT-2026-0871"
    win.wizard.reject()


def _through_details(qtbot, w, receipt: str, reason: str, resolution: str, replacement: str | None) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _type(qtbot, w, receipt)
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    _next(qtbot, w)
    _choose(qtbot, w, reason)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    _choose(qtbot, w, resolution)
    if replacement:
        qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
        _type(qtbot, w, replacement)
        _enter(qtbot, w)  # looks the replacement up
    _next(qtbot, w)


def test_wrong_colour_gift_by_friday_ships_with_the_date_shown(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, demo_app, tmp_path)
    _through_details(qtbot, w, "W-2026-4102", "We", "Ship", "DEMO-FIELDJKT-NAVY-L")
    assert w.currentId() == Page.VERDICT
    assert "arrives by" in w.verdict_page.text.text()  # shown before the customer agrees
    _next(qtbot, w)
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.result is not None)
    from posassist.db.tables.sales import Sale

    with demo_app.db.read() as s:
        order = s.execute(select(Sale).where(Sale.receipt_no == w.result.new_sale_receipt)).scalar_one()
    assert order.arrive_by is not None and order.status == "to_ship"


def test_wrong_colour_keeps_it_and_orders_the_other(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, demo_app, tmp_path)
    _through_details(qtbot, w, "W-2026-4103", "We", "Keep", "DEMO-FIELDJKT-NAVY-M")
    assert "Allowed" in w.verdict_page.text.text()
    _next(qtbot, w)
    assert "Customer pays" in w.summary_page.text.text()
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.result is not None)
    assert w.result.refund_minor == 0 and w.result.new_sale_receipt and w.result.customer_pays_minor > 0


def test_store_credit_and_goodwill_keep(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # store credit (a shift lead needs no approval for this amount)
    lead = auth.sign_in(demo_app.db, STAFF[2].code, STAFF[2].pin)
    w = ReturnWizard(demo_app.svc, demo_app.store, lead, TaskRunner(), counter="Counter 1", receipts_dir=tmp_path / "r")
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow)
    _through_details(qtbot, w, "R-DT-2026-1204", "Faulty", "Store", None)
    _next(qtbot, w)
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.result is not None)
    assert w.result.store_credit_minor > 0 and w.result.refund_minor == 0
    # keep it with a goodwill gesture: nothing comes back, nothing is refunded
    w2 = _wizard(qtbot, demo_app, tmp_path)
    _through_details(qtbot, w2, "W-2026-4101", "We", "Goodwill", None)
    assert "keeps the item" in w2.verdict_page.text.text()
    _next(qtbot, w2)
    _next(qtbot, w2)
    qtbot.waitUntil(lambda: w2.result is not None)
    assert w2.result.refund_minor == 0 and w2.result.store_credit_minor == 0


def test_an_exchange_for_an_item_with_the_customers_allergen_must_be_acknowledged(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Daniel (severe milk allergy) exchanges his jacket for cheddar: the wizard says so in red and
    goes on only once the associate acknowledged telling him."""
    from PySide6.QtWidgets import QMessageBox

    from posassist.db.tables.customers import Customer

    with demo_app.db.read() as s:
        daniel = s.execute(select(Customer.id).where(Customer.full_name == "Daniel Moreau")).scalar_one()
    w = _wizard(qtbot, demo_app, tmp_path, customer_id=daniel)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Backtab)  # no receipt: the check is on the item handed over
    qtbot.keyClick(_focused(w), Qt.Key.Key_Right)
    assert w.draft.mode == "no_receipt"
    _next(qtbot, w)
    qtbot.waitUntil(w.lines_page.item.hasFocus)
    _type(qtbot, w, "DEMO-FIELDJKT-NAVY-M")
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.DETAILS, timeout=30_000)
    _choose(qtbot, w, "Ch")  # changed mind
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    _choose(qtbot, w, "Exchange")
    qtbot.keyClick(_focused(w), Qt.Key.Key_Tab)
    assert w.details_page.replacement.hasFocus()
    _type(qtbot, w, "GROC-0000057")  # Cheddar 200g, allergens: milk
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.details_page.allergy_warning.isVisible(), timeout=30_000)
    assert "milk" in w.details_page.allergy_warning.text()
    asked = w.details_page._guard().asking
    qtbot.waitUntil(lambda: isinstance(asked, QMessageBox) and asked.isVisible(), timeout=30_000)
    assert not w.details_page.isComplete()  # Enter cannot go on past the conflict
    assert isinstance(asked, QMessageBox)
    next(b for b in asked.buttons() if b.objectName() == "allergyAcknowledge").click()
    qtbot.waitUntil(w.details_page.isComplete, timeout=30_000)
    assert w.details_page.allergy_warning.isVisible()  # still said on the page, now acknowledged
