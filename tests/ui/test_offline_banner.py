"""The main window of a PostgreSQL counter: the offline banner appears when the server goes away
(a real look-up that finds it gone), says what works and since when; the copy's age sits in the
status bar; the banner goes when the server is back."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from posassist.bootstrap import App, current_store
from posassist.config import resolve
from posassist.db.failover import FailoverDatabase
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow
from tests.conftest import BUSY_MACHINE_MS
from tests.services import failover_support
from tests.services.failover_support import Outage

outage = failover_support.outage  # the fixture


@pytest.fixture
def counter(outage: Outage, tmp_path: Path) -> Iterator[tuple[App, FailoverDatabase]]:
    db = outage.failover()
    data = tmp_path / "data"
    data.mkdir()
    settings = resolve(
        data_dir=data,
        database_url=outage.url,
        store="DT",
        counter="Counter 1",
        environ={"POSASSIST_CONFIG_DIR": str(tmp_path / "config")},
    )
    app = App(settings=settings, db=db, store=current_store(db, "DT"))
    yield app, db
    app.close()


def _in_thread(fn) -> None:  # type: ignore[no-untyped-def]
    """A service call the window would make, off the GUI thread."""
    t = threading.Thread(target=fn)
    t.start()
    t.join(60)


def test_banner_follows_the_server(qtbot, counter, outage: Outage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, db = counter
    staff = auth.sign_in(db, STAFF[0].code, STAFF[0].pin, counter="Counter 1")
    win = MainWindow(app, staff, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    banner = win.findChild(type(win.offline.banner), "offlineBanner")
    age = win.findChild(type(win.offline.age), "statusLocalCopy")
    assert banner is win.offline.banner and age is win.offline.age
    qtbot.waitUntil(lambda: age.isVisible() and "min old" in age.text(), timeout=BUSY_MACHINE_MS)
    assert not banner.isVisible()

    outage.proxy.down()
    _in_thread(lambda: app.svc.lookup.search("boots"))  # the next action finds the server gone
    assert not db.online
    qtbot.waitUntil(banner.isVisible, timeout=BUSY_MACHINE_MS)
    said = banner.accessibleName()
    assert said == banner.text()
    for words in ("OFFLINE", "local copy", "since", "Still working", "returns without a receipt", "min old"):
        assert words in said, words
    shot = os.environ.get("POSASSIST_OFFLINE_SHOT")
    if shot:  # the screenshot for the issue: the whole X screen under Xvfb, else the window
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        image = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else win.grab()
        image.save(shot)

    outage.proxy.up()
    _in_thread(db.check_now)
    assert db.online
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=BUSY_MACHINE_MS)
    assert age.isVisible()
    win.close()


def test_try_the_server_now_asks_at_once(qtbot, counter, outage: Outage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    app, db = counter
    staff = auth.sign_in(db, STAFF[0].code, STAFF[0].pin, counter="Counter 1")
    win = MainWindow(app, staff, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    button = win.findChild(QPushButton, "offlineTryServer")
    assert button is win.offline.try_server and button.accessibleName() == "Try the server now"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not button.isVisible()
    outage.proxy.down()
    _in_thread(lambda: app.svc.lookup.search("boots"))
    qtbot.waitUntil(lambda: win.offline.banner.isVisible() and button.isVisible(), timeout=BUSY_MACHINE_MS)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # still away: the answer says so, the banner stays
    qtbot.waitUntil(lambda: win.offline.asked is False and button.isEnabled(), timeout=BUSY_MACHINE_MS)
    assert not db.online and win.offline.banner.isVisible()
    assert "still does not answer" in button.accessibleDescription()
    outage.proxy.up()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # back: online at once, not at the next probe
    qtbot.waitUntil(lambda: win.offline.asked is True, timeout=BUSY_MACHINE_MS)
    assert db.online
    qtbot.waitUntil(lambda: not win.offline.banner.isVisible() and not button.isVisible(), timeout=BUSY_MACHINE_MS)
    win.close()


def test_a_sqlite_counter_shows_neither(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin), qsettings)
    qtbot.addWidget(win)
    win.show()
    assert not win.offline.banner.isVisible() and not win.offline.age.isVisible()
    assert not win.offline.connection.has_local_copy
    win.close()


def test_the_banner_says_since_when_on_the_stores_clock_not_the_machines() -> None:
    from datetime import UTC, datetime, timedelta

    from posassist.services.connection import ConnectionStatus
    from posassist.ui.offline_banner import banner_text

    since = datetime(2026, 12, 3, 15, 7, tzinfo=UTC)
    status = ConnectionStatus(True, False, since, timedelta(seconds=30), True, "server")
    tokyo = banner_text(status, "Asia/Tokyo")  # 00:07 the next day there
    toronto = banner_text(status, "America/Toronto")  # 10:07 there
    assert "12:07" in tokyo or "0:07" in tokyo, tokyo
    assert "10:07" in toronto, toronto
    assert tokyo != toronto
