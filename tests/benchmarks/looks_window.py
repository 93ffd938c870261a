"""The full counter window's look changes on a real X display, run as its own process by
test_bench_looks.py (once with this tree's posassist, once with the session-start code's).

    python tests/benchmarks/looks_window.py DATA_DIR OUT.json [--profile OUT.prof]

Opens the window a shift lead works in, with everything a look change reaches: the look-up with a
card, the customer pane with a customer, the approval queue and the dashboard (its charts drawn).
Then, each timed from the key to every window drawn again (the event queue drained, the X server
caught up): six theme changes (light → dark → high contrast → light, twice) and in each theme four
text sizes up (100 → 200 %) and four down. Writes wall and GUI-thread CPU ms of each as JSON.

Only posassist's public window API is used, so the same script drives older code.
"""

from __future__ import annotations

import cProfile
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _until(condition: Callable[[], object], timeout_s: float = 120.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(getattr(condition, "__name__", "condition"))
        QApplication.processEvents()
        time.sleep(0.002)


def _drained() -> None:
    """Every event queued so far handled (the paints of every window among them), then the X
    server's answer to a round trip: what was drawn has reached the screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    through: list[bool] = []
    QTimer.singleShot(0, lambda: through.append(True))
    while not through:
        QApplication.processEvents()
    QGuiApplication.sync()
    QApplication.processEvents()


def _timed(change: Callable[[], None]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.thread_time()
    change()
    _drained()
    return round((time.perf_counter() - started) * 1000, 1), round((time.thread_time() - cpu) * 1000, 1)


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    data_dir, out = argv[0], Path(argv[1])
    profile = Path(argv[3]) if len(argv) > 3 and argv[2] == "--profile" else None
    from posassist import app as start

    getattr(start, "qt_environment", lambda: None)()  # what that tree's start_gui sets up before Qt
    qt = QApplication(["posassist-looks"])
    from posassist.bootstrap import build_app
    from posassist.config import resolve
    from posassist.services import auth
    from posassist.services.demo.stories import STAFF
    from posassist.ui.main_window import MainWindow
    from posassist.ui.tasks import all_idle

    app = build_app(resolve(data_dir=data_dir, store="DT", counter="Counter 1"))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat)
    lead = STAFF[2]  # a shift lead: the approval queue and the dashboard
    win = MainWindow(app, auth.sign_in(app.db, lead.code, lead.pin), settings)
    win.resize(1280, 800)
    win.show()
    win.windowHandle().requestActivate()
    _until(win.isActiveWindow)
    win.lookup.show_scan("DEMO-OATBARISTA")
    _until(lambda: win.lookup.card.card is not None)
    win.customers.select_customer(app.svc.customers.find("Nina Patel")[0].id)
    _until(lambda: win.customers.current is not None)
    win.show_approvals()
    win.open_dashboard()
    _until(lambda: getattr(win, "dashboard", None) is not None and win.dashboard.data is not None)
    _until(lambda: win.dashboard.drawn)
    _until(all_idle)
    for _ in range(20):
        _drained()
    widgets = len(win.findChildren(QWidget)) + len(win.dashboard.findChildren(QWidget)) + 2
    look = win.appearance
    import posassist

    figures: dict[str, object] = {
        "widgets": widgets,
        "platform": qt.platformName(),
        "posassist": str(Path(posassist.__file__).parent),
    }
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    figures["themes"] = [_timed(win.next_theme) for _ in range(6)]
    for theme in ("light", "dark", "high_contrast"):
        while look.theme != theme:
            win.next_theme()
        _drained()
        figures[f"text_{theme}"] = [_timed(win.bigger_text) for _ in range(4)] + [
            _timed(win.smaller_text) for _ in range(4)
        ]
    if profiler and profile:
        profiler.disable()
        profiler.dump_stats(str(profile))
    out.write_text(json.dumps(figures))
    win.close()
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
