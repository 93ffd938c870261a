"""Render every main screen of the demo store to PNG: python -m posassist.ui.screenshots OUTDIR

Works offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb. Used for the README and by a test.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from posassist.bootstrap import App, build_app, current_store
from posassist.config import resolve
from posassist.services import demo
from posassist.services.demo.stories import STAFF
from posassist.services.dto import StaffSession, StoreInfo
from posassist.ui import i18n_setup
from posassist.ui.widgets import qapp

if TYPE_CHECKING:
    from posassist.ui.main_window import MainWindow

SCREENS = (
    "signin",
    "main",
    "return-find",
    "return-lines",
    "return-details",
    "return-verdict",
    "goodwill",
    "approvals",
    "follow-ups",
    "catalogue-import",
    "staff",
    "policy",
    "help",
    "dashboard",
    "main-de-200-high-contrast",
    "main-dark",
)
SAMPLE_CSV = """sku,title,brand,price,colour,size,stock,barcode
DEMO-NEW-1,Harbour Rain Jacket,Nordhaus,129.00,Navy,M,4,4006381333931
DEMO-NEW-2,Harbour Rain Jacket,Nordhaus,129.00,Navy,L,2,
DEMO-NEW-3,Harbour Rain Jacket,Nordhaus,twelve,Navy,XL,1,
DEMO-NEW-4,Trail Socks (3 pairs),Nordhaus,19.90,Grey,One size,25,4.00638E+12
"""


def _settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _done(widget: QWidget) -> None:
    """Closed and deleted: a screen left alive would slow every later look change of the app."""
    widget.close()
    widget.deleteLater()


def _until(check: Callable[[], bool], ms: int = 10_000) -> None:
    waited = 0
    while not check() and waited < ms:
        _settle(100)
        waited += 100


class _Shooter:
    def __init__(self, out: Path, app: App, data: Path) -> None:
        self.out, self.app, self.data = out, app, data
        self.shots: list[Path] = []

    def grab(self, name: str, widget: QWidget, settle_ms: int = 400) -> None:
        _settle(settle_ms)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.shots.append(path)

    @property
    def store(self) -> StoreInfo:
        assert self.app.store is not None, "the demo store is loaded first"
        return self.app.store

    def sign_in(self, staff_index: int) -> StaffSession:
        person = STAFF[staff_index]
        return self.app.svc.auth.sign_in(person.code, person.pin)

    def window(self, staff_index: int, ini: str, **look: object) -> MainWindow:
        from posassist.ui.main_window import MainWindow

        qs = QSettings(str(self.data / ini), QSettings.Format.IniFormat)
        for key, value in look.items():
            qs.setValue(f"appearance/{key}", value)
        win = MainWindow(self.app, self.sign_in(staff_index), qs)
        win.resize(1400, 860)
        win.show()
        return win

    def main_with_chef(self, win: MainWindow) -> None:
        win.lookup.search.setText("oslo sofa")
        win.lookup._enter_in_search()
        _until(lambda: win.lookup.card.card is not None)
        chef = self.app.svc.customers.find("Daniel Moreau")[0]
        win.customers.select_customer(chef.id)
        _until(lambda: win.customers.current is not None)


def _signin(s: _Shooter, counter: str) -> None:
    from posassist.ui.signin import SignInDialog

    dlg = SignInDialog(s.app.svc.auth, s.app.store, counter)
    dlg.show()
    s.grab("signin", dlg, 200)
    _done(dlg)


def _returns(s: _Shooter, counter: str) -> None:
    from posassist.ui.returns.wizard import ReturnWizard
    from posassist.ui.tasks import TaskRunner

    tasks = TaskRunner()
    wiz = ReturnWizard(s.app.svc, s.store, s.sign_in(0), tasks, counter=counter, receipts_dir=s.data / "r")
    wiz.resize(900, 680)
    wiz.show()
    wiz.find_page.receipt.setText("R-DT-2026-0871")  # shoes after medical treatment, past the window
    wiz.find_page._find()  # finds the sale and goes on to the lines
    _until(lambda: wiz.sale is not None)
    wiz.back()
    s.grab("return-find", wiz)
    wiz.next()
    s.grab("return-lines", wiz)
    wiz.next()
    wiz.details_page.reason.setCurrentIndex(wiz.details_page.reason.findData("medical"))
    s.grab("return-details", wiz)
    wiz.next()
    _until(lambda: wiz.evaluation is not None)
    s.grab("return-verdict", wiz)
    _done(wiz)
    tasks.wait()


def _counter_screens(s: _Shooter) -> None:
    from posassist.ui.appearance import HelpDialog
    from posassist.ui.approvals.goodwill_dialog import GoodwillDialog
    from posassist.ui.customers.dialogs import FollowUpsDialog

    win = s.window(0, "ui.ini")
    s.main_with_chef(win)
    s.grab("main", win, 600)
    assert win.session is not None and win.customers.current is not None
    dlg = GoodwillDialog(s.app.svc, s.store, win.session, win.customers.current, "Counter 1", win.tasks, win)
    dlg.kind.setCurrentIndex(dlg.kind.findData("free_delivery"))
    dlg.cost.setText("35.00")
    dlg.story.setText("Certified dairy-free milk flown in for his guest's child, delivered to the hotel.")
    dlg.show()
    s.grab("goodwill", dlg)
    _done(dlg)
    follow = FollowUpsDialog(s.app.svc.follow_ups, win.session, win.tasks, win)
    follow.show()
    _until(lambda: win.tasks.idle)
    s.grab("follow-ups", follow)
    _done(follow)
    help_ = HelpDialog(win)
    help_.resize(620, 700)
    help_.show()
    s.grab("help", help_)
    _done(help_)
    _done(win)


def _lead_and_admin(s: _Shooter) -> None:
    from posassist.ui.admin.catalogue_dialog import CatalogueDialog
    from posassist.ui.admin.policy_dialog import PolicyDialog
    from posassist.ui.admin.staff_dialog import StaffDialog
    from posassist.ui.dashboard.window import DashboardWindow

    svc = s.app.svc
    chef = svc.customers.find("Daniel Moreau")[0]
    req = svc.goodwill.new_request(
        "gift", 4500, "CAD", "Flowers for Chef Moreau's opening night; we were late twice.", (chef.id,)
    )
    svc.goodwill.ask(s.sign_in(0), req, store_id=s.store.id, counter="Counter 2")
    lead = s.window(2, "lead.ini")
    lead.show_approvals()
    _until(lambda: lead.approval_queue is not None and lead.approval_queue.list.count() > 0)
    s.grab("approvals", lead, 800)
    dash = DashboardWindow(svc.reports, lead.tasks)
    dash.resize(1300, 900)
    dash.show()
    _until(lambda: dash.data is not None and dash.drawn)
    s.grab("dashboard", dash, 600)
    _done(dash)
    _done(lead)
    admin = s.window(5, "admin.ini")
    sample = s.data / "new-season.csv"
    sample.write_text(SAMPLE_CSV, encoding="utf-8")
    assert admin.session is not None
    cat = CatalogueDialog(svc.catalogue, s.app.store, admin.session, admin.tasks, admin)
    cat.resize(1100, 720)
    cat.show()
    cat.source.setText(str(sample))
    cat.check.click()
    _until(lambda: cat.report is not None)
    s.grab("catalogue-import", cat, 600)
    _done(cat)
    dialogs: tuple[tuple[str, Any], ...] = (
        ("staff", StaffDialog(svc.staff, admin.session, admin.tasks, admin)),
        ("policy", PolicyDialog(svc.policy, admin.session, admin.tasks, admin)),
    )
    for name, dialog in dialogs:
        dialog.resize(900, 640)
        dialog.show()
        _until(lambda: admin.tasks.idle)
        s.grab(name, dialog)
        _done(dialog)
    _done(admin)


def _looks(s: _Shooter) -> None:
    qt = qapp()
    font, palette = qt.font(), qt.palette()
    i18n_setup.apply("de", s.app.store.locale if s.app.store else None)
    win = s.window(0, "de.ini", scale=2.0, theme="high_contrast")
    s.main_with_chef(win)
    s.grab("main-de-200-high-contrast", win, 600)
    _done(win)
    i18n_setup.apply("en", s.app.store.locale if s.app.store else None)
    qt.setStyleSheet("")
    qt.setFont(font)
    dark = s.window(0, "dark.ini", theme="dark")
    s.main_with_chef(dark)
    s.grab("main-dark", dark, 600)
    _done(dark)
    qt.setStyleSheet("")
    qt.setPalette(palette)
    qt.setFont(font)


def render(out: Path, data_dir: Path | None = None) -> list[Path]:
    qt = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory() if data_dir is None else None
    data = Path(tmp.name) if tmp is not None else Path(str(data_dir))
    settings = resolve(data_dir=data, counter="Counter 1")
    app = build_app(settings)
    shooter = _Shooter(out, app, data)
    try:
        if not demo.has_data(app.db):
            demo.load_demo(app.db)
            app.store = current_store(app.db, None)
        i18n_setup.apply("en", app.store.locale if app.store else None)
        _signin(shooter, settings.counter)
        _counter_screens(shooter)
        _returns(shooter, settings.counter)
        _lead_and_admin(shooter)
        _looks(shooter)
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        app.close()
        if tmp:
            tmp.cleanup()
    _ = qt
    return shooter.shots


if __name__ == "__main__":
    for p in render(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(p)
