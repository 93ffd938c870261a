"""The import window asks before a full sync deactivates most of the catalogue, says how many, and
applies only with the yes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from posassist.db.tables.catalogue import Variant
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.admin.catalogue_dialog import CatalogueDialog
from posassist.ui.tasks import TaskRunner


def _active(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(Variant).where(Variant.active.is_(True))).scalar_one())


def test_a_full_sync_that_deactivates_most_asks_first(qtbot, demo_app, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    admin = auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin)
    runner = TaskRunner()
    dlg = CatalogueDialog(demo_app.svc.catalogue, demo_app.store, admin, runner)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    src = tmp_path / "one.csv"
    src.write_text("sku,title,price\nWF-1,Window Item,5.00\n")
    dlg.source.setText(str(src))
    dlg.full.setChecked(True)
    qtbot.mouseClick(dlg.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.apply_btn.isEnabled(), timeout=30_000)
    to_go = dlg.report.counts.deactivated
    before = _active(demo_app.db)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *a, **kw):  # type: ignore[no-untyped-def]
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dlg.apply_btn, Qt.MouseButton.LeftButton)
    assert asked and f"{to_go:,}" in asked[0] and "most of the catalogue" in asked[0]
    assert _active(demo_app.db) == before  # no: nothing written
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dry = dlg.report
    qtbot.mouseClick(dlg.apply_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not dry and dlg.report.applied, timeout=30_000)
    assert dlg.report.counts.deactivated == to_go and _active(demo_app.db) == before - to_go + 1
    dlg.tasks.wait()
