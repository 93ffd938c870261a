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


def test_no_error_vanishes(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Without an error handler of its own a call's error still reaches the message component:
    typed errors as written, inline where the form has a line; anything else logged and named."""
    from PySide6.QtWidgets import QMainWindow

    from posassist.errors import InvalidInput
    from posassist.ui.messages import Messages

    win = QMainWindow()
    qtbot.addWidget(win)
    messages = Messages(str(tmp_path / "posassist.log"), win)
    messages.attach(win.statusBar())
    runner = TaskRunner(win, messages=messages)
    line, field = QLabel(), QLabel()

    def bad_input() -> None:
        raise InvalidInput("Type the name.", field="name")

    runner.submit(bad_input, inline=line, fields={"name": field})
    qtbot.waitUntil(lambda: runner.idle)
    assert "Type the name." in line.text() and field.property("posassistInvalid")

    def bug() -> None:
        raise KeyError("oops")

    runner.submit(bug)
    qtbot.waitUntil(lambda: runner.idle)
    shown = win.statusBar().currentMessage()
    assert "Something went wrong (KeyError)" in shown and "posassist.log" in shown


def test_answers_for_someone_who_left_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    gate = threading.Event()
    seen: list[object] = []
    runner.submit(lambda: gate.wait(5) and "theirs", on_done=seen.append)
    runner.forget_all()  # the counter locked
    runner.submit(lambda: "mine", on_done=seen.append)
    gate.set()
    qtbot.waitUntil(lambda: runner.idle)
    assert seen == ["mine"]


def test_what_escapes_is_logged_and_shown_in_one_line(qtbot, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    """sys.excepthook (installed at start-up): a bug escaping a slot is logged with its traceback
    and shown as one line naming the log; the window goes on."""
    import sys

    from PySide6.QtWidgets import QMainWindow

    from posassist.ui.messages import Messages

    win = QMainWindow()
    qtbot.addWidget(win)
    messages = Messages(str(tmp_path / "posassist.log"), win)
    messages.attach(win.statusBar())
    try:
        raise ZeroDivisionError("in a slot")
    except ZeroDivisionError:
        messages.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "ZeroDivisionError" in win.statusBar().currentMessage())
    assert "posassist.log" in win.statusBar().currentMessage()
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
