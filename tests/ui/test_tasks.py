"""Results of background work reach the GUI only while their window is still there."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel

from posassist.ui.tasks import TaskRunner


def test_a_result_for_a_closed_window_is_dropped_quietly(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    label = QLabel()
    gate = threading.Event()
    seen: list[object] = []
    runner.submit(lambda: gate.wait(5) and "late", on_done=label.setText)
    runner.submit(lambda: gate.wait(5) and "late", on_done=lambda v: (seen.append(v), label.setText(v)))
    shiboken6.delete(label)  # the window closed while the work ran
    gate.set()
    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda busy: busy is False):
        pass
    assert seen == ["late"]  # the lambda ran (and its deleted label did not crash the app)
    runner.submit(lambda: 1, on_done=seen.append)
    qtbot.waitUntil(lambda: seen[-1] == 1)
