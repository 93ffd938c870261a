"""Receipts in the window: a return's printed barcode scanned into the wizard's receipt field
brings its sale back; Ctrl+P on the customer's timeline reprints a receipt marked copy; the
customer pane shows the store credit balance; a printer that is off offers to print again."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from posassist.db.tables.receipts import ReceiptPrint, Voucher
from posassist.db.tables.sales import Return
from posassist.printing import escpos_out, preview
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow
from posassist.ui.printing import print_receipt
from posassist.ui.returns.wizard import Page, ReturnWizard
from posassist.ui.tasks import TaskRunner
from tests.ui.waiting import answered, settled


def _credit_return(demo_app) -> tuple[str, int, int]:  # type: ignore[no-untyped-def]
    """A demo return that issued store credit, of a sale on file: (return number, sale id, voucher balance)."""
    with demo_app.db.read() as s:
        ret, balance = s.execute(
            select(Return, Voucher.balance_minor)
            .join(Voucher, Voucher.return_id == Return.id)
            .where(Return.sale_id.is_not(None))
            .order_by(Return.id)
            .limit(1)
        ).one()
        return ret.return_no, ret.sale_id, balance


def test_the_printed_barcode_scanned_into_the_wizard_brings_the_sale_back(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    number, sale_id, _ = _credit_return(demo_app)
    doc = demo_app.svc.receipts.document(number)
    png = preview.picture(preview.read(escpos_out.to_bytes(doc)), tmp_path / "slip.png")
    scanned = [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    assert scanned == [number]
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    w = ReturnWizard(demo_app.svc, demo_app.store, staff, TaskRunner(), counter="Counter 1", receipts_dir=tmp_path)
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    qtbot.keyClicks(w.find_page.receipt, scanned[0])  # the scanner types the code and presses Enter
    qtbot.keyClick(w.find_page.receipt, Qt.Key.Key_Return)
    settled(qtbot)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES, timeout=30_000)
    assert w.sale is not None and w.sale.id == sale_id


def _window(qtbot, demo_app, qsettings) -> MainWindow:  # type: ignore[no-untyped-def]
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    win = MainWindow(demo_app, staff, qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_ctrl_p_on_the_timeline_reprints_a_copy_and_the_pane_shows_store_credit(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    # a customer's return with store credit: the demo's returns are anonymous, so give one a customer
    number, _, balance = _credit_return(demo_app)
    with demo_app.db.transaction() as s:
        ret = s.execute(select(Return).where(Return.return_no == number)).scalar_one()
        ret.customer_id = 1
        s.execute(select(Voucher).where(Voucher.return_id == ret.id)).scalar_one().customer_id = 1
    win = _window(qtbot, demo_app, qsettings)
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, number)  # the receipt's barcode scanned into the customer search
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None and win.customers.current.id == 1, timeout=30_000)
    qtbot.waitUntil(lambda: "Store credit:" in win.customers.credit.text(), timeout=30_000)
    assert f"{balance // 100}." in win.customers.credit.text().replace(",", "")
    timeline = win.customers.notes.timeline
    qtbot.waitUntil(lambda: any(number in timeline.item(i).text() for i in range(timeline.count())), timeout=30_000)
    row = next(i for i in range(timeline.count()) if number in timeline.item(i).text())
    timeline.setFocus()
    timeline.setCurrentRow(row)
    before = demo_app.svc.receipts.prints(number)
    qtbot.keyClick(timeline, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot)
    qtbot.waitUntil(lambda: demo_app.svc.receipts.prints(number) == before + 1, timeout=30_000)
    answered(qtbot)
    pdf = Path(demo_app.settings.data_dir) / "receipts" / f"{number}.pdf"
    copy_pdf = Path(demo_app.settings.data_dir) / "receipts" / f"{number}-copy.pdf"
    assert pdf.exists() or copy_pdf.exists()
    qtbot.keyClick(timeline, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # again: now surely a copy
    qtbot.waitUntil(lambda: demo_app.svc.receipts.prints(number) == before + 2, timeout=30_000)
    answered(qtbot)
    assert copy_pdf.read_bytes().startswith(b"%PDF")
    with demo_app.db.read() as s:
        last = s.execute(select(ReceiptPrint).order_by(ReceiptPrint.id.desc()).limit(1)).scalar_one()
        assert last.number == number and last.copy and last.staff_id is not None
    assert "(copy) printed" in win.statusBar().currentMessage()


def test_a_printer_that_is_off_offers_to_print_again(qtbot, demo_app, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from posassist.domain.receipt import Printer

    manager = auth.sign_in(demo_app.db, STAFF[4].code, STAFF[4].pin, counter=demo_app.settings.counter)
    demo_app.svc.receipts.save_printer(manager, Printer("Till", "file", "/dev/usb/lp9-unplugged", is_default=True))
    number, _, _ = _credit_return(demo_app)
    win = _window(qtbot, demo_app, qsettings)
    failures: list[BaseException] = []
    print_receipt(win.tasks, demo_app.svc, win.session, number=number, on_error=failures.append, parent=win)
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "printFailedDialog")
    assert isinstance(box, QMessageBox) and "Till is not there" in box.text() and "printed again" in box.text()
    assert demo_app.svc.receipts.prints(number) == 0  # nothing recorded: the next print is still the original
    # the printer is plugged in again (here: a file it can write), and Print again prints it
    demo_app.svc.receipts.save_printer(manager, Printer("Till", "file", str(tmp_path / "till.bin"), is_default=True))
    next(b for b in box.buttons() if b.objectName() == "printAgain").click()
    qtbot.waitUntil(lambda: demo_app.svc.receipts.prints(number) == 1, timeout=30_000)
    answered(qtbot)
    assert number in preview.read((tmp_path / "till.bin").read_bytes()).text


def test_a_manager_sets_up_the_counter_printer_and_prints_a_test_page(qtbot, demo_app, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from posassist.ui.admin.printers_dialog import PrintersDialog

    manager = auth.sign_in(demo_app.db, STAFF[4].code, STAFF[4].pin, counter=demo_app.settings.counter)
    win = _window(qtbot, demo_app, qsettings)
    dlg = PrintersDialog(demo_app.svc, manager, win.tasks, win)
    qtbot.addWidget(dlg)
    dlg.show()
    answered(qtbot)
    assert "No printer yet" in dlg.message.text()
    qtbot.keyClicks(dlg.name, "Till 1")
    dlg.kind.setCurrentIndex(dlg.kind.findData("file"))
    qtbot.keyClicks(dlg.address, str(tmp_path / "till.bin"))
    dlg.roll_width.setCurrentIndex(dlg.roll_width.findData(58))
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=30_000)
    assert "Saved Till 1" in dlg.message.text() and "★" in dlg.list.item(0).text()
    dlg.test_btn.click()
    qtbot.waitUntil(lambda: "Test page printed" in dlg.message.text(), timeout=30_000)
    slip = preview.read((tmp_path / "till.bin").read_bytes(), "RP-F10-58mm")
    assert "Printer test page" in slip.text and slip.cuts == 1
    assert demo_app.svc.receipts.printer() is not None and demo_app.svc.receipts.printer().width_mm == 58
    # an associate's counter has the action but the permission table refuses it
    refused = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    dlg2 = PrintersDialog(demo_app.svc, refused, win.tasks, win)
    qtbot.addWidget(dlg2)
    dlg2.name.setText("Other")
    dlg2.address.setText("x")
    dlg2.save_btn.click()
    qtbot.waitUntil(lambda: "store manager" in dlg2.message.text(), timeout=30_000)


def test_a_voucher_pays_part_of_an_order_in_the_store_credit_dialog(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    from posassist.db.tables.sales import Sale
    from posassist.ui.store_credit_dialog import StoreCreditDialog
    from tests.services.test_receipts_store_credit import _credit_return, _order_to_pay

    here = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin, counter="till-1")
    number = _credit_return(demo_app.db, here)
    other = auth.sign_in(demo_app.db, STAFF[1].code, STAFF[1].pin, counter="till-2")
    order = _order_to_pay(demo_app.db, other)
    balance = demo_app.svc.store_credit.look_up(number).balance_minor
    win = _window(qtbot, demo_app, qsettings)
    dlg = StoreCreditDialog(demo_app.svc, win.session, win.tasks, order, win)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.voucher.setFocus()
    qtbot.keyClicks(dlg.voucher, number.lower())  # scanned
    qtbot.keyClick(dlg.voucher, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "left" in dlg.balance.text() and dlg.amount.text() != "", timeout=30_000)
    assert number in dlg.balance.text()
    dlg.amount.selectAll()
    qtbot.keyClicks(dlg.amount, "10.00")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "paid on" in dlg.message.text(), timeout=30_000)
    assert demo_app.svc.store_credit.look_up(number).balance_minor == balance - 1000
    qtbot.waitUntil(lambda: demo_app.svc.receipts.prints(order) == 1, timeout=30_000)  # the order's receipt
    answered(qtbot)
    with demo_app.db.read() as s:
        assert s.execute(select(Sale.id).where(Sale.receipt_no == order)).scalar_one()
    doc = demo_app.svc.receipts.document(order)
    assert doc.copy and any(t.kind == "store_credit" and t.amount_minor == 1000 for t in doc.tenders)


def test_the_system_printer_is_chosen_in_qt_print_dialog(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog

    from posassist.ui.admin.printers_dialog import PrintersDialog

    manager = auth.sign_in(demo_app.db, STAFF[4].code, STAFF[4].pin, counter=demo_app.settings.counter)
    win = _window(qtbot, demo_app, qsettings)
    dlg = PrintersDialog(demo_app.svc, manager, win.tasks, win)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.choose_btn.click()
    qtbot.waitUntil(lambda: dlg.findChild(QPrintDialog, "systemPrintDialog") is not None, timeout=30_000)
    chooser = dlg.findChild(QPrintDialog, "systemPrintDialog")
    assert chooser is not None and chooser.isVisible()
    chooser.accept()
    assert dlg.kind.currentData() == "system"
    answered(qtbot)
