"""The sales import window as the main window opens it: the file is read and written in a child
process. An orders export that needs more memory than allowed stops that process with a clear line,
the window and the sales are as they were; the same window then checks and imports the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from posassist.db.tables.catalogue import Variant
from posassist.db.tables.sales import Sale
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.admin.sales_import_dialog import SalesImportDialog
from posassist.ui.tasks import TaskRunner
from tests.benchmarks.test_bench_sales_import import write_orders

WAIT = 120_000


def _imported(demo_app) -> int:  # type: ignore[no-untyped-def]
    with demo_app.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Sale).where(Sale.source == "shopify")).scalar_one())


def test_the_window_sales_import_runs_apart_and_survives_a_file_too_big_for_memory(
    qtbot, demo_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with demo_app.db.read() as s:
        skus = [sku for sku in s.execute(select(Variant.sku).where(Variant.sku.is_not(None)).limit(50)).scalars()]
    orders = tmp_path / "orders.csv"
    count = write_orders(orders, 3_000, skus)
    admin = auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin)
    runner = TaskRunner()
    dlg = SalesImportDialog(demo_app.svc.sales, demo_app.store, admin, runner, isolated=demo_app.svc.isolated)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()

    monkeypatch.setenv("POSASSIST_IMPORT_MEMORY_MB", "4")
    dlg.source.setFocus()
    dlg.source.setText(str(orders))
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)  # Enter checks the file (a dry run, in the child)
    qtbot.waitUntil(lambda: "memory" in dlg.summary.text() and dlg.check.isEnabled(), timeout=WAIT)
    assert "POSASSIST_IMPORT_MEMORY_MB" in dlg.summary.text()
    assert dlg.isVisible() and _imported(demo_app) == 0

    monkeypatch.setenv("POSASSIST_IMPORT_MEMORY_MB", "1024")
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.apply_btn.isEnabled(), timeout=WAIT)
    checked = dlg.report
    assert checked is not None and checked.dry_run and checked.counts.created == count
    dlg.apply_btn.setFocus()
    qtbot.keyClick(dlg.apply_btn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dlg.report is not checked and dlg.report is not None, timeout=WAIT)
    assert dlg.report is not None and dlg.report.applied
    assert _imported(demo_app) == count
    dlg.tasks.wait()
