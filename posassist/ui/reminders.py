"""The reminder notice: a follow-up whose time has come, shown in the counter window during the
shift. It is a strip above the look-up, never a dialog: it takes no focus (a scan typed while it
appears goes on into the look-up field) and is answered with keys from anywhere in the window —
open it, snooze it (15 minutes, an hour, tomorrow morning) or dismiss the reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from posassist import i18n
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.dto import StaffSession
from posassist.services.followups import FollowUps, FollowUpView
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, readable

POLL_MS = 30_000  # how often the window asks whether a reminder is due (off the GUI thread)

# (what, keys, button text) — keys that no text field claims for itself
KEYS = (
    ("open", "Ctrl+Shift+O", QT_TR_NOOP("Open")),
    ("15m", "Ctrl+Shift+L", QT_TR_NOOP("In 15 min")),
    ("1h", "Ctrl+Shift+H", QT_TR_NOOP("In 1 hour")),
    ("tomorrow", "Ctrl+Shift+M", QT_TR_NOOP("Tomorrow")),
    ("dismiss", "Ctrl+Shift+X", QT_TR_NOOP("Dismiss")),
)


class ReminderNotice(QFrame):
    """Shows the longest-waiting due follow-up (and how many more are due)."""

    open_requested = Signal(object)  # FollowUpView
    snooze_requested = Signal(int, str)  # follow-up id, "15m" | "1h" | "tomorrow"
    dismiss_requested = Signal(int)

    def __init__(self, window: QWidget, local: Callable[[datetime], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local = local  # a stored time on the store's clock
        self.current: FollowUpView | None = None
        self.due: list[FollowUpView] = []
        self.setObjectName("reminderNotice")
        self.setAccessibleName(tr("Follow-up reminder"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#fff8e1"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#5d4037"))
        self.setPalette(pal)
        self.text = QLabel("")
        self.text.setObjectName("reminderText")
        readable(self.text, tr("Follow-up reminder"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.text, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        for what, keys, text in KEYS:
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            b = named(
                QPushButton(f"{tr(text)} ({shown})"),
                f"reminder_{what}",
                tr("{action} ({keys})", action=tr(text), keys=shown),
            )
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys answer it; Tab never lands here
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, w=what: self.act(w))
            lay.addWidget(b)
            self.buttons[what] = b
            sc = QShortcut(QKeySequence(keys), window, lambda w=what: self.act(w))
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.setEnabled(False)
            self.shortcuts[what] = sc
        self.hide()

    def show_due(self, due: list[FollowUpView]) -> None:
        """The reminders due now (longest waiting first); hides when there are none. Showing it
        never moves the keyboard focus."""
        self.due = due
        self.current = due[0] if due else None
        for sc in self.shortcuts.values():
            sc.setEnabled(self.current is not None)
        if self.current is None:
            self.text.clear()
            self.hide()
            return
        f = self.current
        who = f" · {f.customer_name}" if f.customer_name else ""
        more = tr(" (+{n} more due)", n=len(due) - 1) if len(due) > 1 else ""
        handed = (
            "\n" + tr("Handed over by {name}: {note}", name=f.handed_over_by or "?", note=f.handover_note)
            if f.handover_note
            else ""
        )
        self.text.setText(
            tr(
                "Follow-up due {at}{who}: {text}{more}",
                at=i18n.moment(self.local(f.due_at), "short"),
                who=who,
                text=f.text,
                more=more,
            )
            + handed
        )
        self.setVisible(True)

    def act(self, what: str) -> None:
        f = self.current
        if f is None:
            return
        if what == "open":
            self.open_requested.emit(f)
        elif what == "dismiss":
            self.dismiss_requested.emit(f.id)
        else:
            self.snooze_requested.emit(f.id, what)
        if what != "open":  # answered: the next one due (if any) shows when the answer is in
            self.show_due([d for d in self.due if d.id != f.id])


class Reminders(QObject):
    """Asks, on a timer and off the GUI thread, which of the signed-in person's follow-ups are due,
    shows them in the notice and carries its answers (snooze, dismiss) to the service."""

    def __init__(
        self,
        window: QWidget,
        follow_ups: FollowUps,
        tasks: TaskRunner,
        session: Callable[[], StaffSession | None],
        on_open: Callable[[FollowUpView], None],
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.follow_ups, self.tasks, self.session, self.on_open = follow_ups, tasks, session, on_open
        self.notice = ReminderNotice(window, follow_ups.local)
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.check)
        self.notice.open_requested.connect(self._open)
        self.notice.snooze_requested.connect(self._snooze)
        self.notice.dismiss_requested.connect(self._dismiss)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.notice.show_due([])

    def check(self) -> None:
        session, follow_ups = self.session(), self.follow_ups
        if session is None:
            return
        self.tasks.submit(
            lambda: follow_ups.reminders_due(session),
            on_done=lambda due: self._due(session, due),
            on_error=lambda _e: None,  # the next tick asks again (a busy or unreachable server)
            key="reminders",
        )

    def _due(self, session: StaffSession, due: list[FollowUpView]) -> None:
        if session is self.session():
            self.notice.show_due(due)

    def _open(self, f: FollowUpView) -> None:
        self.on_open(f)

    def _snooze(self, follow_up_id: int, choice: str) -> None:
        session, follow_ups = self.session(), self.follow_ups
        if session is None:
            return

        def snoozed(f: FollowUpView) -> None:
            assert f.remind_at is not None
            self.tasks.messages.say(
                tr("Reminder snoozed until {at}.", at=i18n.moment(follow_ups.local(f.remind_at), "short")), 6000
            )
            self.check()

        self.tasks.submit(lambda: follow_ups.snooze(session, follow_up_id, choice), on_done=snoozed)

    def _dismiss(self, follow_up_id: int) -> None:
        session, follow_ups = self.session(), self.follow_ups
        if session is None:
            return

        def dismissed(_r: object) -> None:
            self.tasks.messages.say(tr("Reminder dismissed; the follow-up stays in My follow-ups (F12)."), 6000)
            self.check()

        self.tasks.submit(lambda: follow_ups.dismiss(session, follow_up_id), on_done=dismissed)
