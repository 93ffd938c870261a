"""The import window: check a file off the GUI thread, read changes and problems, apply, cancel, roll back."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from posassist.db.tables.catalogue import Variant
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.admin.catalogue_dialog import CatalogueDialog
from posassist.ui.tasks import TaskRunner

DATA = Path(__file__).resolve().parents[1] / "data" / "catalogue"


def _dialog(qtbot, demo_app) -> CatalogueDialog:  # type: ignore[no-untyped-def]
    admin = auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin)
    runner = TaskRunner()
    dlg = CatalogueDialog(demo_app.svc.catalogue, demo_app.store, admin, runner)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_check_then_apply_then_roll_back(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_app)
    src = tmp_path / "shopify.csv"  # one row with a price that is not one: an error that blocks the apply
    src.write_text(
        (DATA / "shopify_current.csv")
        .read_text()
        .replace("TR-40-RED,640,shopify,0,deny,manual,119.00", "TR-40-RED,640,shopify,0,deny,manual,abc")
    )
    dlg.source.setText(str(src))
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=20_000)
    assert "1</b> errors" in dlg.summary.text() and not dlg.apply_btn.isEnabled()
    assert dlg.problems.rowCount() >= 9 and dlg.changes.rowCount() >= 5
    dlg.export_problems(tmp_path / "p.csv")
    assert "malformed_barcode" in (tmp_path / "p.csv").read_text()
    dlg.skip.setChecked(True)
    dlg.report = None
    qtbot.mouseClick(dlg.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.apply_btn.isEnabled(), timeout=20_000)
    dlg.report_before = dlg.report
    qtbot.mouseClick(dlg.apply_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not dlg.report_before and dlg.report.applied, timeout=20_000)
    with demo_app.db.read() as s:
        assert s.execute(select(Variant.active).where(Variant.sku == "TR-40-BLU")).scalar_one() is True
    qtbot.waitUntil(lambda: dlg.history.count() == 1)
    dlg.history.setCurrentRow(0)
    qtbot.mouseClick(dlg.rollback_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rolled back" in dlg.summary.text())
    with demo_app.db.read() as s:
        assert s.execute(select(Variant.active).where(Variant.sku == "TR-40-BLU")).scalar_one() is False
    dlg.tasks.wait()


def test_the_window_stays_responsive_and_cancel_changes_nothing(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.csv"
    with big.open("w") as fh:
        fh.write("sku,title,price,colour\n")
        for i in range(30_000):
            fh.write(f"BIG-{i},Big Item {i % 500},{i % 90 + 1}.99,Blue\n")
    dlg = _dialog(qtbot, demo_app)
    dlg.source.setText(str(big))
    qtbot.mouseClick(dlg.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=60_000)
    report = dlg.report
    import threading

    from PySide6.QtCore import QTimer

    # Cancel is clicked while the import writes: its worker holds at its first written chunk (inside
    # the transaction) until the click has been made, then goes on and meets the cancel.
    writing, clicked = threading.Event(), threading.Event()
    run_long = dlg.tasks.run_long

    def held_at_first_write(work, **kw):  # type: ignore[no-untyped-def]
        def run(progress, token):  # type: ignore[no-untyped-def]
            def report_progress(stage: str, done: int, total: int) -> None:
                progress(stage, done, total)
                if stage == "write" and not writing.is_set():
                    writing.set()
                    clicked.wait(120)

            return work(report_progress, token)

        return run_long(run, **kw)

    dlg.tasks.run_long = held_at_first_write
    stalls = []
    last = [time.perf_counter()]

    def tick() -> None:  # the GUI event loop's pulse while the import runs
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    pulse = QTimer(dlg)
    pulse.timeout.connect(tick)
    pulse.start(5)
    try:
        qtbot.mouseClick(dlg.apply_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(writing.is_set, timeout=60_000)
        qtbot.waitUntil(lambda: "write" in dlg.progress.format())  # the window shows the writing
        qtbot.mouseClick(dlg.cancel_btn, Qt.MouseButton.LeftButton)
    finally:
        clicked.set()
    qtbot.waitUntil(lambda: "Cancelled" in dlg.summary.text(), timeout=60_000)
    pulse.stop()
    assert "Cancelled" in dlg.summary.text(), dlg.summary.text()
    assert dlg.report is report  # no new report: nothing was applied
    with demo_app.db.read() as s:
        assert s.execute(select(Variant.id).where(Variant.sku == "BIG-1")).first() is None
    print(f"\nlongest GUI event-loop stall during the import: {max(stalls) * 1000:.0f} ms")
    dlg.tasks.wait()


def test_column_mapping_is_saved_per_source(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from posassist.services import catalogue_sync
    from posassist.services.catalogue_sync import mappings
    from posassist.ui.admin.mapping_dialog import MappingDialog

    odd = tmp_path / "supplier-weekly.csv"
    odd.write_text("Ref;Libellé article;Tarif TTC;Teinte\nSUP-1;Parapluie;19,90;Noir\n", encoding="utf-8")
    blind = catalogue_sync.plan(demo_app.db, str(odd), catalogue_sync.Options(currency="CAD"))
    assert any(p.code == "missing_price" for p in blind.problems)
    runner = TaskRunner()
    dlg = MappingDialog(demo_app.svc.catalogue, str(odd), runner)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.loaded)  # the file's headers are read off the GUI thread
    for key, header in (("sku", "Ref"), ("title", "Libellé article"), ("price", "Tarif TTC"), ("colour", "Teinte")):
        box = dlg.boxes[key]
        box.setCurrentIndex(box.findData(header))
    with qtbot.waitSignal(dlg.accepted):
        dlg._save()
    assert mappings.load(demo_app.db, str(tmp_path / "other-dir" / "supplier-weekly.csv"))["price"] == "Tarif TTC"
    mapped = catalogue_sync.plan(
        demo_app.db, str(odd), catalogue_sync.Options(currency="CAD", mapping=mappings.load(demo_app.db, str(odd)))
    )
    assert mapped.errors == 0 and mapped.counts.created == 1
