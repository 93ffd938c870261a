"""Live updates from other counters: PostgreSQL pushes (LISTEN/NOTIFY), SQLite counters poll a
cheap version number. Either way ``changed`` fires on the GUI thread when something did change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from posassist.services.events import Events
from posassist.ui.tasks import TaskRunner

POLL_MS = 3000
SAFETY_NET_MS = 30_000  # with push, a slow poll still catches a notification lost while reconnecting


class LiveUpdates(QObject):
    changed = Signal()
    _pushed = Signal()

    def __init__(
        self,
        events: Events,
        channel: str,
        version: Callable[[], Any],
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"live-{channel}")
        self._version, self._tasks, self._channel = version, tasks, channel
        self._last: Any = None
        self._pushed.connect(self.poll)  # a push says 'look now'; the version says whether anything changed
        self.listener = events.listen(lambda ch: self._heard(ch))
        self.pushed = self.listener is not None
        self._timer = QTimer(self, interval=SAFETY_NET_MS if self.pushed else POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    def _heard(self, channel: str) -> None:  # on the listener's thread: a queued signal crosses over
        if channel == self._channel:
            self._pushed.emit()

    def poll(self) -> None:
        self._tasks.submit(self._version, on_done=self._compare, key=f"live-{self._channel}")

    def _compare(self, version: Any) -> None:
        if self._last is not None and version != self._last:
            self.changed.emit()
        self._last = version

    def stop(self) -> None:
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop()
