"""Waiting the way a person at the counter does: until what the last key set off has come
through — the focus work Qt queues, and the answers the services send back (every service call
runs off the GUI thread, through a window's task runner)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from posassist.ui.tasks import all_idle


def answered(qtbot, timeout: int = 90_000) -> None:  # type: ignore[no-untyped-def]
    """Until no window's task runner has a call in flight (answers delivered); generous, as a busy
    machine may take long to answer (a child process starting, say): it ends as soon as they are in."""
    qtbot.waitUntil(all_idle, timeout=timeout)


def settled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let what the last key set off run: pages and dialogs give a field the focus from Qt's event
    queue, and answers arrive from the services. Waits until a marker queued behind that work has
    come through with no call in flight and the focus still (again, while either moved), so the
    next key goes where a person's would."""
    for _ in range(50):
        before = QApplication.focusWidget()
        through: list[bool] = []
        QTimer.singleShot(0, QApplication.instance(), lambda through=through: through.append(True))
        qtbot.waitUntil(lambda through=through: bool(through))
        if not all_idle():
            answered(qtbot)
            continue
        if QApplication.focusWidget() is before:
            return
