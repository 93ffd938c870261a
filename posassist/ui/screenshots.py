"""Render the main screens of the demo store to PNG: python -m posassist.ui.screenshots OUTDIR

Works offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb. Used for the README and by a test.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from posassist.bootstrap import build_app
from posassist.config import resolve
from posassist.services import auth, customers, demo
from posassist.services.demo.stories import STAFF


def _settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def render(out: Path, data_dir: Path | None = None) -> list[Path]:
    from posassist.ui.main_window import MainWindow
    from posassist.ui.signin import SignInDialog

    qt = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory() if data_dir is None else None
    settings = resolve(data_dir=data_dir or tmp.name, counter="Counter 1")  # type: ignore[union-attr]
    app = build_app(settings)
    shots: list[Path] = []
    try:
        if not demo.has_data(app.db):
            demo.load_demo(app.db)
            from posassist.bootstrap import current_store

            app.store = current_store(app.db, None)
        dlg = SignInDialog(app.db, app.store, settings.counter)
        dlg.show()
        _settle(200)
        shots.append(out / "signin.png")
        dlg.grab().save(str(shots[-1]))
        dlg.close()
        associate = STAFF[0]
        staff = auth.sign_in(app.db, associate.code, associate.pin)
        qs = QSettings(str(Path(settings.data_dir) / "ui.ini"), QSettings.Format.IniFormat)
        win = MainWindow(app, staff, qs)
        win.resize(1400, 860)
        win.show()
        win.lookup.search.setText("oslo sofa")
        win.lookup._enter_in_search()
        _settle(900)
        chef = customers.find(app.db, "Daniel Moreau")[0]
        win.customers.select_customer(chef.id)
        _settle(600)
        shots.append(out / "main.png")
        win.grab().save(str(shots[-1]))
        from posassist.ui.returns.wizard import ReturnWizard

        wiz = ReturnWizard(app.db, app.store, staff, counter=settings.counter, receipts_dir=Path(settings.data_dir) / "r")
        wiz.show()
        wiz.find_page.receipt.setText("R-DT-2026-0871")  # shoes after medical treatment, past the window
        wiz.find_page._find()
        wiz.next()
        wiz.next()
        wiz.details_page.reason.setCurrentIndex(wiz.details_page.reason.findData("medical"))
        wiz.next()
        _settle(400)
        shots.append(out / "return-verdict.png")
        wiz.grab().save(str(shots[-1]))
        wiz.close()
        from posassist.ui.dashboard.window import DashboardWindow

        dash = DashboardWindow(app.db, win.tasks)
        dash.show()
        _settle(1500)
        shots.append(out / "dashboard.png")
        dash.grab().save(str(shots[-1]))
        dash.close()
        win.close()
        QCoreApplication.processEvents()
    finally:
        app.close()
        if tmp:
            tmp.cleanup()
    _ = qt
    return shots


if __name__ == "__main__":
    for p in render(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(p)
