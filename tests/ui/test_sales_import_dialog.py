"""The sales and customers import window, by keyboard: check an orders export off the GUI thread,
read its problems as text, import it, import it again (nothing changes), import a customers
export, and cancel an import in the middle (nothing is written). Opened from the admin menu."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from posassist.db.tables.customers import Customer
from posassist.db.tables.sales import Sale
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.admin.sales_import_dialog import SalesImportDialog
from posassist.ui.tasks import TaskRunner
from tests.benchmarks.test_bench_sales_import import write_orders

DATA = Path(__file__).resolve().parents[1] / "data" / "sales"
WAIT = 30_000


def _dialog(qtbot, demo_app) -> SalesImportDialog:  # type: ignore[no-untyped-def]
    admin = auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin)
    runner = TaskRunner()
    dlg = SalesImportDialog(demo_app.svc.sales, demo_app.store, admin, runner)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _sales(demo_app) -> int:  # type: ignore[no-untyped-def]
    with demo_app.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Sale).where(Sale.source == "shopify")).scalar_one())


def _press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_check_import_and_import_again_by_keyboard(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_app)
    dlg.source.setFocus()
    qtbot.keyClicks(dlg.source, str(DATA / "shopify_orders_2024.csv"))
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)  # Enter checks (a dry run)
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.report.dry_run, timeout=WAIT)
    assert "Checked (nothing written)" in dlg.summary.text() and "shopify" in dlg.summary.text()
    report = dlg.report
    assert report is not None and report.counts.created > 0
    problems = dlg.problems.toPlainText()
    assert problems and all(p.code in problems for p in report.problems.listed())
    assert "row " in problems  # each problem says where it is
    assert _sales(demo_app) == 0 and dlg.apply_btn.isEnabled()

    _press(qtbot, dlg.apply_btn)
    qtbot.waitUntil(lambda: dlg.report is not report, timeout=WAIT)
    applied = dlg.report
    assert applied is not None and applied.applied and not applied.dry_run
    assert f"Applied as import {applied.version}" in dlg.summary.text()
    assert _sales(demo_app) == applied.counts.created
    qtbot.waitUntil(lambda: dlg.history.count() == 1, timeout=WAIT)
    assert "sales" in dlg.history.item(0).text() and "shopify" in dlg.history.item(0).text()
    assert not dlg.apply_btn.isEnabled()  # a new check comes first

    # the same file again: the check finds everything unchanged; the import changes nothing
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not applied and dlg.report is not None, timeout=WAIT)
    again = dlg.report
    assert again is not None and again.counts.created == 0 and again.counts.unchanged == applied.counts.created
    _press(qtbot, dlg.apply_btn)
    qtbot.waitUntil(lambda: dlg.report is not again, timeout=WAIT)
    assert "Nothing to change" in dlg.summary.text()
    assert _sales(demo_app) == applied.counts.created
    dlg.tasks.wait()


def test_customers_export_through_the_kind_choice(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_app)
    with demo_app.db.read() as s:
        before = int(s.execute(select(func.count()).select_from(Customer)).scalar_one())
    dlg.kind.setFocus()
    qtbot.keyClick(dlg.kind, Qt.Key.Key_Down)  # Orders -> Customers
    assert dlg.kind.currentData() == "customers"
    assert [dlg.format.itemData(i) for i in range(dlg.format.count())] == ["auto", "shopify", "csv"]
    dlg.source.setText(str(DATA / "shopify_customers_2024.csv"))
    _press(qtbot, dlg.check)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=WAIT)
    assert "customers" in dlg.summary.text() and dlg.apply_btn.isEnabled()
    checked = dlg.report
    dlg.skip.setChecked(True)  # a changed choice needs a new check
    assert not dlg.apply_btn.isEnabled()
    dlg.skip.setChecked(False)
    assert dlg.apply_btn.isEnabled()
    _press(qtbot, dlg.apply_btn)
    qtbot.waitUntil(lambda: dlg.report is not checked, timeout=WAIT)
    assert dlg.report is not None and dlg.report.applied
    with demo_app.db.read() as s:
        after = int(s.execute(select(func.count()).select_from(Customer)).scalar_one())
    assert after == before + dlg.report.counts.created > before
    dlg.tasks.wait()


def test_cancel_in_the_middle_writes_nothing(qtbot, demo_app, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with demo_app.db.read() as s:
        skus = [r[0] for r in s.execute(text("SELECT sku FROM variants WHERE sku IS NOT NULL LIMIT 200"))]
    big = tmp_path / "orders_export.csv"
    write_orders(big, 5000, skus)  # some 2,300 orders: three chunks
    dlg = _dialog(qtbot, demo_app)
    dlg.source.setText(str(big))
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=WAIT)
    checked = dlg.report
    # the import's worker holds after its first written chunk (inside the transaction) until Cancel
    # has been pressed, then goes on and meets the cancel
    writing, pressed = threading.Event(), threading.Event()
    real = dlg.sales.import_sales

    def held(session, source, opts, progress=None, cancelled=None, holder=""):  # type: ignore[no-untyped-def]
        def hold(stage: str, done: int, total: int) -> None:
            if not opts.dry_run and not writing.is_set():
                writing.set()
                pressed.wait(WAIT / 1000)
            if progress:
                progress(stage, done, total)

        return real(session, source, opts, progress=hold, cancelled=cancelled, holder=holder)

    monkeypatch.setattr(dlg.sales, "import_sales", held)
    _press(qtbot, dlg.apply_btn)
    qtbot.waitUntil(writing.is_set, timeout=WAIT)
    assert dlg.cancel_btn.isEnabled() and not dlg.check.isEnabled()
    _press(qtbot, dlg.cancel_btn)
    pressed.set()
    qtbot.waitUntil(lambda: "Cancelled" in dlg.summary.text(), timeout=WAIT)
    assert dlg.report is checked and _sales(demo_app) == 0
    assert dlg.check.isEnabled() and not dlg.cancel_btn.isEnabled()
    dlg.tasks.wait()


def test_the_admin_menu_opens_it_by_its_keys(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    from posassist.ui.main_window import MainWindow

    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin), qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    action = win.actions_by_name["actionSalesImport"]
    assert action.isEnabled() and action in win.go_menu.actions()
    qtbot.keyClick(win, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(SalesImportDialog)), timeout=WAIT)
    dlg = next(d for d in win.findChildren(SalesImportDialog) if d.isVisible())
    assert dlg.accessibleName() == "Sales and customers import"
    dlg.reject()
    win.tasks.wait()
