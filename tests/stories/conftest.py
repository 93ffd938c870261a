"""The service stories: the real main window on the demo store, played with the keyboard only.

``Keys`` sends every key to the focused widget, as a keyboard would, and counts them; a scan is a
scanner burst ending in Enter and counts as one trigger pull."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from posassist.bootstrap import App, build_app
from posassist.config import resolve
from posassist.ui.main_window import MainWindow
from posassist.ui.signin import SignInDialog
from tests.ui.waiting import settled  # the focus work queued, and the services' answers, come through

COUNTS: dict[str, tuple[int, int]] = {}


class Keys:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.keys = 0
        self.scans = 0
        self.home = None  # the counter window: where the keyboard is when a dialog has just closed

    def focus(self):  # type: ignore[no-untyped-def]
        w = QApplication.focusWidget()
        if w is not None and w.isVisible() and w.window().windowHandle() is not None:
            return w
        active = QApplication.activeWindow()
        if active is not None and active.isVisible():
            return active
        if self.home is not None:
            self.home.windowHandle().requestActivate()
            self.qtbot.waitUntil(self.home.isActiveWindow)
            return QApplication.focusWidget() or self.home
        return None

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        self.keys += len(text)

    def key(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, mods)
            settled(self.qtbot)
            self.keys += 1

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)  # and what it set off has run (see key)

    def tab(self, times: int = 1) -> None:
        self.key(Qt.Key.Key_Tab, times=times)

    def scan(self, code: str) -> None:
        self.qtbot.keyClicks(self.focus(), code)
        self.qtbot.keyClick(self.focus(), Qt.Key.Key_Return)
        settled(self.qtbot)
        self.scans += 1


@pytest.fixture
def story_app(engine_name: str, demo_url: str, tmp_path: Path) -> Iterator[App]:
    settings = resolve(data_dir=tmp_path / "data", database_url=demo_url, store="DT", counter="Counter 1")
    app = build_app(settings)
    yield app
    app.close()


def open_counter(qtbot, app: App, code: str, pin: str, keys: Keys, tmp: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """Sign in by keyboard and show the counter window."""
    dlg = SignInDialog(app.svc.auth, app.store, app.settings.counter)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.waitUntil(dlg.code.hasFocus)
    keys.type(code)
    keys.enter()
    keys.type(pin)
    keys.enter()
    assert dlg.staff is not None, dlg.error.text()
    win = MainWindow(app, dlg.staff, QSettings(str(tmp / f"ui-{code}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    keys.home = win
    return win


def record(name: str, keys: Keys) -> None:
    COUNTS[name] = (keys.keys, keys.scans)
    print(f"\n[counter flow] {name}: {keys.keys} keystrokes, {keys.scans} scans")
