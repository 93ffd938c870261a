"""The counter's start: the sign-in window comes up before the services are built (posassist.app),
signs in once they are, and the main window follows. The real command line in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from posassist.config import resolve
from posassist.services.lean_store import ready_store

_CHILD = r"""
import sys
from posassist.ui import signin

_init, _exec = signin.SignInDialog.__init__, signin.SignInDialog.exec

def init(self, *a, **kw):
    print("SQLALCHEMY AT SIGN-IN", "sqlalchemy" in sys.modules, flush=True)
    _init(self, *a, **kw)

def exec_(self):
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtTest import QTest

    def keys():
        QTest.keyClicks(self.code, sys.argv[2])
        QTest.keyClick(self.code, Qt.Key.Key_Return)
        QTest.keyClicks(self.pin, sys.argv[3])
        QTest.keyClick(self.pin, Qt.Key.Key_Return)

    QTimer.singleShot(0, keys)
    return _exec(self)

signin.SignInDialog.__init__, signin.SignInDialog.exec = init, exec_

import posassist.app as start

_run = start._run_main_window

def run(qt, app, staff):
    from PySide6.QtCore import QTimer
    from posassist.ui import main_window

    _open = main_window.MainWindow.open_on_screen

    def open_on_screen(self):
        _open(self)
        print("MAIN WINDOW", flush=True)
        QTimer.singleShot(0, qt.quit)

    main_window.MainWindow.open_on_screen = open_on_screen
    return _run(qt, app, staff)

start._run_main_window = run
from posassist.cli.main import main
sys.exit(main(["--data-dir", sys.argv[1], "gui"]))
"""


def _start(data: str, code: str, pin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSASSIST_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-c", _CHILD, data, code, pin], capture_output=True, text=True, env=env, timeout=300
    )


def test_sign_in_shows_before_the_services_and_the_main_window_follows(demo_sqlite: str) -> None:
    done = _start(demo_sqlite, "101", "4826")
    assert done.returncode == 0, done.stderr
    assert "SQLALCHEMY AT SIGN-IN False" in done.stdout, done.stdout
    assert "MAIN WINDOW" in done.stdout, (done.stdout, done.stderr)


def test_a_wrong_pin_keeps_the_sign_in_and_the_process_ends_cleanly(demo_sqlite: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSASSIST_LANG": "en"}
    child = _CHILD.replace(
        "    QTimer.singleShot(0, keys)",
        "    QTimer.singleShot(0, keys)\n"
        "    def refused():\n"
        "        if self.error.text():\n"
        "            print('REFUSED', self.error.text(), flush=True)\n"
        "            self.reject()\n"
        "        else:\n"
        "            QTimer.singleShot(50, refused)\n"
        "    QTimer.singleShot(50, refused)",
    )
    done = subprocess.run(
        [sys.executable, "-c", child, demo_sqlite, "101", "0000"], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "REFUSED" in done.stdout and "MAIN WINDOW" not in done.stdout, (done.stdout, done.stderr)


def test_the_quick_store_read_only_for_a_database_at_the_head(demo_sqlite: str, tmp_path: Path) -> None:
    store = ready_store(resolve(data_dir=demo_sqlite))
    assert store is not None and store.code and store.name
    assert ready_store(resolve(data_dir=demo_sqlite, store="NO-SUCH-STORE")) is None  # the full start explains
    empty = tmp_path / "new"
    empty.mkdir()
    assert ready_store(resolve(data_dir=str(empty))) is None  # a new installation: the set-up first
    assert not (empty / "posassist.db").exists()  # and the quick read made no file
