"""The window while the store's server is away (issue #21): an unmissable banner across the top
saying the counter works from its local copy, since when, what still works and what waits; the
copy's age in the status bar. Both follow ``services.connection``: a switch is heard from any
thread (a Qt signal brings it to the GUI thread) and the status is read through the task runner.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QPushButton, QSizePolicy

from posassist.i18n import moment, tr
from posassist.services.connection import Connection, ConnectionStatus
from posassist.services.followups import zone
from posassist.ui.tasks import TaskRunner

AGE_REFRESH_MS = 30_000
BANNER_BACKGROUND = "#7a1f00"  # dark rust: no theme has it, white text on it reads at any size
BANNER_TEXT = "#ffffff"


def age_text(status: ConnectionStatus) -> str:
    if not status.copy_ready:
        return tr("Local copy: being made")
    if status.copy_age is None:
        return tr("Local copy: age unknown")
    seconds = int(status.copy_age.total_seconds())
    if seconds < 60:
        return tr("Local copy: {n} s old", n=seconds)
    if seconds < 2 * 3600:
        return tr("Local copy: {n} min old", n=seconds // 60)
    return tr("Local copy: {n} h old", n=seconds // 3600)


def banner_text(status: ConnectionStatus, timezone: str | None = None) -> str:
    """``timezone``: the store's (the time is shown on the store's clock, not the machine's)."""
    since = moment(status.offline_since.astimezone(zone(timezone))) if status.offline_since else tr("just now")
    return " ".join(
        (
            tr(
                "OFFLINE: this counter is working from its local copy since {since}; the store's server is not answering.",
                since=since,
            ),
            tr(
                "Still working: look-up, customers, notes, follow-ups, ratings, holds, and returns with a receipt within the offline limits (a shift lead approves by signing in here)."
            ),
            tr(
                "Waiting for the server: returns without a receipt, set-up, imports, reports and the day close. Everything done here is sent when the server is back."
            ),
            age_text(status) + ".",
        )
    )


class OfflineWatch(QObject):
    """The banner and the status-bar field of one window."""

    _switched = Signal(bool)

    def __init__(self, connection: Connection, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection, self.tasks = connection, tasks
        self.status: ConnectionStatus | None = None
        self.timezone: str | None = None  # the store's zone, for "since" (set by the window)
        self.banner = QLabel("")
        self.banner.setObjectName("offlineBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.banner.setFrameShape(QFrame.Shape.Box)
        self.banner.setLineWidth(3)
        self.banner.setMargin(10)
        self.banner.setAutoFillBackground(True)
        pal = self.banner.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(BANNER_BACKGROUND))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(BANNER_TEXT))
        self.banner.setPalette(pal)
        font = QFont(self.banner.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.banner.setFont(font)
        self.banner.setAccessibleDescription(tr("The counter is offline"))
        self.banner.hide()
        # asks the server at once instead of waiting for the probe (Tab reaches it under the banner)
        self.try_server = QPushButton(tr("Try the server now"))
        self.try_server.setObjectName("offlineTryServer")
        self.try_server.setAccessibleName(tr("Try the server now"))
        self.try_server.setAccessibleDescription(
            tr("Asks the store's server at once; when it answers, what was done here is sent and the banner goes.")
        )
        self.try_server.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.try_server.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.try_server.clicked.connect(self.ask_server)
        self.try_server.hide()
        self.asked: bool | None = None  # the last answer of "Try the server now" (True: back online)
        self.age = QLabel("")
        self.age.setObjectName("statusLocalCopy")
        self.age.setAccessibleName(tr("Local copy"))
        self.age.setFrameStyle(QFrame.Shape.Panel | QFrame.Shadow.Sunken)
        self.age.setContentsMargins(4, 0, 4, 0)
        self.age.hide()
        self._switched.connect(lambda _online: self.refresh(), Qt.ConnectionType.QueuedConnection)
        self._forget = connection.on_change(self._switched.emit)  # from the failover's threads
        self._timer = QTimer(self, interval=AGE_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        if connection.has_local_copy:
            self._timer.start()
            self.refresh()

    def install(self, window: QMainWindow) -> None:
        """The banner above everything in the window's central area, the age in its status bar."""
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(0, self.banner)
            layout.insertWidget(1, self.try_server)
        window.statusBar().addPermanentWidget(self.age)

    def ask_server(self) -> None:
        """Ask the server now (off the GUI thread); the banner follows the answer."""
        self.try_server.setEnabled(False)
        self.try_server.setText(tr("Asking the server…"))
        self.tasks.submit(self.connection.try_server, on_done=self._asked, on_error=lambda _e: self._asked(False))

    def _asked(self, online: bool) -> None:
        self.asked = bool(online)
        self.try_server.setEnabled(True)
        self.try_server.setText(tr("Try the server now"))
        if not online:
            said = tr("The server still does not answer; this counter keeps working from its local copy.")
            self.try_server.setToolTip(said)
            self.try_server.setAccessibleDescription(said)
        self.refresh()

    def refresh(self) -> None:
        if self.connection.has_local_copy:
            self.tasks.submit(self.connection.status, on_done=self.show_status, on_error=lambda _e: None, key="offline")

    def show_status(self, status: ConnectionStatus) -> None:
        self.status = status
        if not status.has_local_copy:
            self.banner.hide()
            self.try_server.hide()
            self.age.hide()
            return
        age = age_text(status)
        self.age.setText(age)
        self.age.setAccessibleName(age)
        self.age.show()
        if status.online:
            self.banner.hide()
            self.try_server.hide()
            self.banner.setText("")
            self.banner.setAccessibleName("")
            return
        text = banner_text(status, self.timezone)
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()
        self.try_server.show()

    def stop(self) -> None:
        self._timer.stop()
        self._forget()
