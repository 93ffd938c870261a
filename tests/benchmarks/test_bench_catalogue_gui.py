"""The window while it imports a big catalogue: the admin's catalogue import window checks, then
applies, a generic CSV of POSASSIST_BENCH_IMPORT_ROWS rows (default 1,000,000) on the demo's SQLite
database, the import running in its child process as in the application (services/isolated.py).
A 5 ms pulse on the GUI event loop records its longest gap (by the clock, and in the GUI thread's
own CPU time) during each, and how long showing the result took (the summary, the changes and the
problems tables). The baseline, same run: the same pulse for the same window left idle.
Goal (issue #20): longest GUI stall <= 50 ms. Prints figures; asserts only that the import was done."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import func, select

from posassist.bootstrap import App, build_app
from posassist.config import resolve
from posassist.db.tables.catalogue import Variant
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.admin.catalogue_dialog import CatalogueDialog
from posassist.ui.tasks import TaskRunner
from tests.benchmarks.conftest import report
from tests.benchmarks.test_bench_import import ROWS, _write_generic

pytestmark = pytest.mark.timeout(7200)
IDLE_S = 10.0
LIMIT_MS = 1000 * 60 * 60


class Pulse:
    """A 5 ms timer on the GUI event loop: each gap between two beats by the clock, with when it
    ended, and the GUI thread's CPU time over it."""

    def __init__(self) -> None:
        self.gaps: list[tuple[float, float, float]] = []  # (gap s, GUI-thread CPU s, ended at)
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._beat)
        self._last, self._cpu = time.perf_counter(), time.thread_time()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((now - self._last, cpu - self._cpu, now))
        self._last, self._cpu = now, cpu

    def start(self) -> None:
        self.gaps.clear()
        self._last, self._cpu = time.perf_counter(), time.thread_time()
        self._timer.start(5)

    def stop(self) -> dict[str, float]:
        self._timer.stop()
        self._beat()
        wall = sorted(g for g, _c, _t in self.gaps)
        return {
            "longest ms": round(wall[-1] * 1000, 1),
            "longest GUI-thread CPU ms": round(max(c for _g, c, _t in self.gaps) * 1000, 1),
            "99.9th percentile ms": round(wall[int(0.999 * (len(wall) - 1))] * 1000, 1),
            "gaps over 50 ms": sum(g > 0.05 for g in wall),
            "beats": len(wall),
        }

    def longest_at(self) -> float:
        return max(self.gaps)[2]


@pytest.fixture
def gui_app(demo_sqlite: str) -> Iterator[App]:
    app = build_app(resolve(data_dir=demo_sqlite, store="DT", counter="Counter 1"))
    yield app
    app.close()


def _run(qtbot: Any, dlg: CatalogueDialog, pulse: Pulse, button: Any, done: Any) -> dict[str, Any]:
    """Click ``button`` with the pulse running; wait for ``done``; the pulse's figures, the time the
    result took to show (the dialog's _done, on the GUI thread) and where the longest gap fell."""
    shown: list[float] = []
    original = CatalogueDialog._done

    def timed_done(report: Any) -> None:
        started = time.perf_counter()
        original(dlg, report)
        shown.extend((started, time.perf_counter()))

    dlg._done = timed_done  # type: ignore[method-assign]
    started = time.perf_counter()
    pulse.start()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown) and done(), timeout=LIMIT_MS)
    qtbot.wait(200)  # the beats after the result is shown
    out: dict[str, Any] = pulse.stop()
    at = pulse.longest_at()
    out["s"] = round(shown[0] - started, 1)
    out["showing the result ms"] = round((shown[1] - shown[0]) * 1000, 1)
    out["longest gap ended"] = "while showing the result" if shown[0] <= at <= shown[1] + 0.05 else "while importing"
    del dlg._done
    return out


def test_longest_gui_stall_while_the_window_imports(qtbot, gui_app: App, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "catalogue.csv"
    _write_generic(src, ROWS)
    admin = auth.sign_in(gui_app.db, STAFF[5].code, STAFF[5].pin)
    runner = TaskRunner()
    dlg = CatalogueDialog(gui_app.svc.catalogue, gui_app.store, admin, runner, isolated=gui_app.svc.isolated)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.wait(500)  # the history list and the first paint
    pulse = Pulse()
    load = round(os.getloadavg()[0], 2)
    pulse.start()  # the baseline: the same window, idle, for as long
    qtbot.wait(int(IDLE_S * 1000))
    idle = pulse.stop()
    dlg.source.setText(str(src))
    check = _run(qtbot, dlg, pulse, dlg.check, lambda: dlg.report is not None and dlg.report.dry_run)
    assert dlg.report is not None and dlg.report.counts.created == ROWS, dlg.summary.text()
    applied = _run(qtbot, dlg, pulse, dlg.apply_btn, lambda: dlg.report is not None and not dlg.report.dry_run)
    assert dlg.report is not None and dlg.report.applied, dlg.summary.text()
    with gui_app.db.read() as s:
        assert s.execute(select(func.count()).select_from(Variant).where(Variant.sku.like("BM-%"))).scalar_one() == ROWS
    figures: dict[str, Any] = {
        "rows": ROWS,
        "load average (1 min) at start": load,
        "baseline: idle window, longest gap ms": idle["longest ms"],
        "baseline: idle window, 99.9th percentile ms": idle["99.9th percentile ms"],
    }
    for name, got in (("check (dry run)", check), ("apply", applied)):
        figures[f"{name}: import s"] = got["s"]
        figures[f"{name}: longest GUI stall ms (goal <= 50)"] = got["longest ms"]
        figures[f"{name}: longest stall, GUI-thread CPU ms"] = got["longest GUI-thread CPU ms"]
        figures[f"{name}: 99.9th percentile gap ms"] = got["99.9th percentile ms"]
        figures[f"{name}: gaps over 50 ms"] = got["gaps over 50 ms"]
        figures[f"{name}: showing the result ms"] = got["showing the result ms"]
        figures[f"{name}: longest gap ended"] = got["longest gap ended"]
        figures[f"{name}: stall - idle baseline ms"] = round(got["longest ms"] - idle["longest ms"], 1)
    figures["GUI process peak RSS MB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    figures["load average (1 min) at end"] = round(os.getloadavg()[0], 2)
    report("catalogue-gui", "sqlite", figures)
    dlg.tasks.wait()
