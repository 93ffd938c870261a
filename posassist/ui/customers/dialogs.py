"""Small customer dialogs: new customer, pin an alert, end an interaction with a rating, my follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.customer_edit import OccasionDue
from posassist.services.customer_records import ALERT_KINDS, SEVERITIES
from posassist.services.customers import Customers
from posassist.services.dto import StaffSession
from posassist.services.followups import FollowUps, FollowUpView
from posassist.services.notes import OUTCOMES, Notes
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import buddy, message_line, named

Work = Callable[[], Any]


class _FormDialog(QDialog):
    """A form whose OK runs its work off the GUI thread; it closes when the work is done, and
    stays open with the message (and the field marked) when it is not."""

    def __init__(self, title: str, name: str, tasks: TaskRunner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._pending = False
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.error = message_line(f"{name}Error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(f"{name}Buttons")
        for b in self.buttons.buttons():
            b.setObjectName(f"{name}{b.text().replace('&', '')}")
            b.setAccessibleName(b.text().replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)  # Enter saves
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a box that takes lines (an address, preferences) is a new line there, never
        OK: a box that lets Enter through (read-only) does not save the form either."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), (QPlainTextEdit, QTextEdit)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def work(self) -> Work | None:
        """What saving means (read the fields now; the returned call runs off the GUI thread)."""
        return None

    def fields(self) -> dict[str, QWidget]:
        return {}

    def saved(self, _result: Any) -> None:
        """On the GUI thread, once the work is done."""

    def _ok(self) -> None:
        if self._pending:
            return
        work = self.work()
        if work is None or self.tasks is None:
            self.accept()
            return
        self._pending = True

        def done(result: Any) -> None:
            self._pending = False
            self.saved(result)
            self.accept()

        def failed(err: BaseException) -> None:
            self._pending = False
            assert self.tasks is not None
            self.tasks.messages.error(err, inline=self.error, fields=self.fields())

        self.tasks.submit(work, on_done=done, on_error=failed, fields=self.fields())


class NewCustomerDialog(_FormDialog):
    def __init__(
        self,
        customers: Customers,
        session: StaffSession,
        tasks: TaskRunner,
        prefill: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("New customer"), "newCustomer", tasks, parent)
        self.customers, self.session = customers, session
        self.customer_id: int | None = None
        self.name = named(
            QLineEdit(prefill if not any(ch.isdigit() for ch in prefill) else ""), "newCustomerName", tr("Name")
        )
        self.preferred = named(QLineEdit(), "newCustomerPreferred", tr("Preferred name (what to call them)"))
        self.phone = named(
            QLineEdit(prefill if any(ch.isdigit() for ch in prefill) else ""), "newCustomerPhone", tr("Phone")
        )
        self.email = named(QLineEdit(), "newCustomerEmail", tr("Email"))
        self.form.addRow(tr("&Name:"), self.name)
        self.form.addRow(tr("&Call them:"), self.preferred)
        self.form.addRow(tr("&Phone:"), self.phone)
        self.form.addRow(tr("&Email:"), self.email)
        QTimer.singleShot(0, self.name, self.name.setFocus)

    def fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "preferred_name": self.preferred, "phone": self.phone, "email": self.email}

    def work(self) -> Work:
        customers, session = self.customers, self.session
        name, phone, email, preferred = self.name.text(), self.phone.text(), self.email.text(), self.preferred.text()
        return lambda: customers.create(session, name=name, phone=phone, email=email, preferred_name=preferred or None)

    def saved(self, result: Any) -> None:
        self.customer_id = int(result)


class AlertDialog(_FormDialog):
    def __init__(
        self,
        customers: Customers,
        session: StaffSession,
        tasks: TaskRunner,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Pin an alert"), "pinAlert", tasks, parent)
        self.customers, self.session, self.customer_id = customers, session, customer_id
        self.kind = named(QComboBox(), "alertKind", tr("Kind of alert"))
        for k in ALERT_KINDS:
            self.kind.addItem(k.capitalize(), k)
        self.severity = named(QComboBox(), "alertSeverity", tr("Severity"))
        for k in SEVERITIES:
            self.severity.addItem(k.capitalize(), k)
        self.text = named(QLineEdit(), "alertText", tr("Alert text, e.g. severe milk allergy"))
        self.form.addRow(tr("&Kind:"), self.kind)
        self.form.addRow(tr("&Severity:"), self.severity)
        self.form.addRow(tr("&Text:"), self.text)
        QTimer.singleShot(0, self.kind, self.kind.setFocus)

    def fields(self) -> dict[str, QWidget]:
        return {"kind": self.kind, "severity": self.severity, "text": self.text}

    def work(self) -> Work:
        customers, session, customer = self.customers, self.session, self.customer_id
        kind, severity, text = self.kind.currentData(), self.severity.currentData(), self.text.text()
        return lambda: customers.add_alert(session, customer, kind=kind, severity=severity, text=text)


class RateDialog(_FormDialog):
    """End of the interaction: how did we do? 1-5 (0: the customer did not say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("How did we do?"), "rateInteraction", None, parent)
        self.stars = named(QSpinBox(), "csatStars", tr("Customer rating, 1 to 5 (0: not given)"))
        self.stars.setRange(0, 5)
        self.stars.setSpecialValueText(tr("not given"))
        self.comment = named(QLineEdit(), "csatComment", tr("Customer's comment"))
        self.form.addRow(tr("&Rating (1-5):"), self.stars)
        self.form.addRow(tr("&Comment:"), self.comment)
        self.rating: int | None = None
        QTimer.singleShot(0, self.stars, self.stars.setFocus)

    def work(self) -> None:
        self.rating = self.stars.value() or None
        return None


def occasion_text(o: OccasionDue) -> str:
    when = (
        tr("today")
        if o.days_left == 0
        else tr("tomorrow")
        if o.days_left == 1
        else tr("in {days} days", days=o.days_left)
    )
    return tr(
        "{occasion} — {customer}: {day} ({when})",
        occasion=o.label,
        customer=o.customer_name,
        day=i18n.day(o.on, "EEE d MMM"),
        when=when,
    )


class FollowUpsDialog(QDialog):
    """'My follow-ups' at sign-in: overdue first and highlighted; Enter marks one done. Below, the
    gift and occasion dates of the associate's customers coming up (Enter opens the customer)."""

    def __init__(
        self,
        follow_ups: FollowUps,
        session: StaffSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        items: list[FollowUpView] | None = None,
        occasions: list[OccasionDue] | None = None,
        open_customer: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.follow_ups, self.session, self.tasks = follow_ups, session, tasks
        self.occasions = occasions or []
        self._open_customer = open_customer
        self.items: list[FollowUpView] = []
        self.setWindowTitle(tr("My follow-ups — {name}", name=session.name))
        self.setObjectName("myFollowUps")
        self.setAccessibleName(tr("My follow-ups"))
        self.list = named(
            QListWidget(), "myFollowUpsList", tr("My open follow-ups"), tr("Enter marks the selected one done")
        )
        self.reassign_to = named(QLineEdit(), "followUpReassign", tr("Staff code to hand the selected follow-up to"))
        self.reassign_btn = named(
            QPushButton(tr("&Hand over")), "followUpReassignButton", tr("Hand the selected follow-up over")
        )
        self.reassign_btn.setAutoDefault(False)
        close = named(QPushButton(tr("&Close")), "myFollowUpsClose", tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.message = message_line("myFollowUpsMessage")
        self.occasion_list = named(
            QListWidget(),
            "myOccasionsList",
            tr("Occasions coming up"),
            tr("Gift and occasion dates of your customers; Enter opens the customer"),
        )
        for o in self.occasions:
            entry = QListWidgetItem(occasion_text(o))
            entry.setData(Qt.ItemDataRole.UserRole, o.customer_id)
            self.occasion_list.addItem(entry)
        self.occasion_list.setMaximumHeight(110)
        self.occasion_list.itemActivated.connect(self._occasion)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        if self.occasions:
            lay.addWidget(buddy(tr("&Occasions coming up:"), self.occasion_list))
            lay.addWidget(self.occasion_list)
        else:
            self.occasion_list.hide()
        row = QFormLayout()
        row.addRow(tr("Hand over &to (staff code):"), self.reassign_to)
        lay.addLayout(row)
        lay.addWidget(self.reassign_btn)
        lay.addWidget(self.message)
        lay.addWidget(close)
        self.list.itemActivated.connect(self._done)
        self.reassign_btn.clicked.connect(self._reassign)
        self.resize(640, 420)
        if items is None:
            self.refresh()
        else:
            self._show(items)

    def refresh(self) -> None:
        follow_ups, session = self.follow_ups, self.session
        self.tasks.submit(lambda: follow_ups.mine(session), on_done=self._show, inline=self.message, key="mine")

    def _show(self, items: list[FollowUpView]) -> None:
        self.items = items
        self.list.clear()
        for f in self.items:
            due = (
                tr("OVERDUE since {day}", day=i18n.day(f.due_at, "d MMM"))
                if f.overdue
                else tr("due {day}", day=i18n.day(f.due_at, "d MMM"))
            )
            item = QListWidgetItem(f"{due} · {f.customer_name or tr('no customer')} · {f.text}")
            if f.overdue:
                item.setForeground(QColor("#b00020"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            self.list.addItem(item)
        if self.items:
            self.list.setCurrentRow(0)
        self.message.setText("" if self.items else tr("Nothing promised is waiting on you."))

    def _occasion(self, item: QListWidgetItem) -> None:
        if self._open_customer is not None:
            self._open_customer(int(item.data(Qt.ItemDataRole.UserRole)))
            self.accept()

    def _done(self, item: QListWidgetItem) -> None:
        follow_ups, session, which = self.follow_ups, self.session, int(item.data(Qt.ItemDataRole.UserRole))
        self.tasks.submit(
            lambda: follow_ups.complete(session, which), on_done=lambda _r: self.refresh(), inline=self.message
        )

    def _reassign(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        follow_ups, session, which = self.follow_ups, self.session, int(item.data(Qt.ItemDataRole.UserRole))
        to = self.reassign_to.text()
        self.tasks.submit(
            lambda: follow_ups.reassign(session, which, to),
            on_done=lambda _r: self.refresh(),
            inline=self.message,
            fields={"code": self.reassign_to},
        )


class EditNoteDialog(_FormDialog):
    """Correct a note; the earlier text is kept with who changed it and when."""

    def __init__(
        self,
        notes: Notes,
        session: StaffSession,
        tasks: TaskRunner,
        note_id: int,
        body: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit note"), "editNote", tasks, parent)
        self.notes, self.session, self.note_id = notes, session, note_id
        self.text = named(QLineEdit(body), "editNoteText", tr("Note text"))
        self.outcome = named(QComboBox(), "editNoteOutcome", tr("Outcome"))
        for k in OUTCOMES:
            self.outcome.addItem(label(k), k)
        self.history = QLabel(tr("No earlier versions."))
        self.history.setObjectName("editNoteHistory")
        self.history.setWordWrap(True)
        self.form.addRow(tr("&Text:"), self.text)
        self.form.addRow(tr("&Outcome:"), self.outcome)
        self.form.addRow(tr("Earlier:"), self.history)
        tasks.submit(lambda: notes.history(note_id), on_done=self._show_history, inline=self.error)
        QTimer.singleShot(0, self.text, self.text.setFocus)

    def _show_history(self, history: list[tuple[datetime, str | None, str]]) -> None:
        self.history.setText(
            "<br>".join(f"{at:%d %b %H:%M} {escape(who or '')}: {escape(body)}" for at, who, body in history)
            or tr("No earlier versions.")
        )

    def fields(self) -> dict[str, QWidget]:
        return {"note": self.text, "outcome": self.outcome}

    def work(self) -> Work:
        notes, session, note = self.notes, self.session, self.note_id
        body, outcome = self.text.text(), self.outcome.currentData()
        return lambda: notes.edit(session, note, body=body, outcome=outcome)
