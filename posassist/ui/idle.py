"""Idle auto-lock: after some minutes without a key or a click the counter locks itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QInputEvent

from posassist.ui.widgets import qapp

ACTIVITY = frozenset((QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin))


class IdleLock(QObject):
    def __init__(self, parent: QObject, lock: Callable[[], None], minutes: float) -> None:
        super().__init__(parent)
        self._lock = lock
        self.timer = QTimer(self, singleShot=True, interval=max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self._fire)
        if minutes > 0:
            qapp().installEventFilter(self)
            self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # every event of the application passes here (a theme or text size change: hundreds of
        # paints, polishes, layouts); the class test is cheaper than reading the event's type
        if not isinstance(event, QInputEvent):
            return False
        if event.type() in ACTIVITY and self.timer.interval():
            self.timer.start()
        return False

    def _fire(self) -> None:
        self._lock()
        self.timer.start()
