"""The import window as the main window opens it: the import runs in a child process. A file that
needs more memory than allowed is stopped with a clear line and the window (and the catalogue) are
as they were; the same window then imports a file normally, by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from posassist.db.tables.catalogue import Variant
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.admin.catalogue_dialog import CatalogueDialog
from posassist.ui.tasks import TaskRunner


def _count(demo_app) -> int:  # type: ignore[no-untyped-def]
    with demo_app.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Variant)).scalar_one())


def test_the_window_import_runs_apart_and_survives_a_file_too_big_for_memory(
    qtbot, demo_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.csv"
    with big.open("w") as fh:
        fh.write("sku,title,price,colour,description\n")
        for i in range(20_000):
            fh.write(f"APART-{i},Apart Item {i},{i % 90 + 1}.99,Blue,{'long text ' * 30}\n")
    admin = auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin)
    runner = TaskRunner()
    dlg = CatalogueDialog(demo_app.svc.catalogue, demo_app.store, admin, runner, isolated=demo_app.svc.isolated)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    before = _count(demo_app)

    monkeypatch.setenv("POSASSIST_IMPORT_MEMORY_MB", "4")
    dlg.source.setFocus()
    dlg.source.setText(str(big))
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)  # Enter checks the file (a dry run, in the child)
    qtbot.waitUntil(lambda: "memory" in dlg.summary.text() and dlg.check.isEnabled())
    assert "POSASSIST_IMPORT_MEMORY_MB" in dlg.summary.text()
    assert dlg.isVisible() and _count(demo_app) == before

    monkeypatch.setenv("POSASSIST_IMPORT_MEMORY_MB", "1024")
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.apply_btn.isEnabled())
    assert dlg.report is not None and dlg.report.dry_run and dlg.report.counts.created == 20_000
    qtbot.mouseClick(dlg.apply_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.report.applied)
    assert _count(demo_app) == before + 20_000
    dlg.tasks.wait()
