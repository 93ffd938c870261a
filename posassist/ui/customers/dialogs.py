"""Small customer dialogs: new customer, pin an alert, end an interaction with a rating, my follow-ups."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from posassist import i18n
from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.labels import label
from posassist.services import customer_records, followups
from posassist.services.dto import StaffInfo
from posassist.ui.widgets import named


class _FormDialog(QDialog):
    def __init__(self, title: str, name: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName(f"{name}Error")
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
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

    def _ok(self) -> None:
        try:
            self.save()  # each dialog below defines what saving means
        except PosassistError as err:
            self.error.setText(str(err))
            return
        self.accept()


class NewCustomerDialog(_FormDialog):
    def __init__(self, db: Database, staff: StaffInfo, prefill: str = "", parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tr("New customer"), "newCustomer", parent)
        self.db, self.staff = db, staff
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

    def save(self) -> None:
        self.customer_id = customer_records.create(
            self.db,
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            preferred_name=self.preferred.text() or None,
            staff=self.staff,
        )


class AlertDialog(_FormDialog):
    def __init__(self, db: Database, staff: StaffInfo, customer_id: int, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tr("Pin an alert"), "pinAlert", parent)
        self.db, self.staff, self.customer_id = db, staff, customer_id
        self.kind = named(QComboBox(), "alertKind", tr("Kind of alert"))
        for k in customer_records.ALERT_KINDS:
            self.kind.addItem(k.capitalize(), k)
        self.severity = named(QComboBox(), "alertSeverity", tr("Severity"))
        for k in customer_records.SEVERITIES:
            self.severity.addItem(k.capitalize(), k)
        self.text = named(QLineEdit(), "alertText", tr("Alert text, e.g. severe milk allergy"))
        self.form.addRow(tr("&Kind:"), self.kind)
        self.form.addRow(tr("&Severity:"), self.severity)
        self.form.addRow(tr("&Text:"), self.text)
        QTimer.singleShot(0, self.kind, self.kind.setFocus)

    def save(self) -> None:
        customer_records.add_alert(
            self.db,
            self.customer_id,
            kind=self.kind.currentData(),
            severity=self.severity.currentData(),
            text=self.text.text(),
            staff=self.staff,
        )


class RateDialog(_FormDialog):
    """End of the interaction: how did we do? 1-5 (0: the customer did not say)."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tr("How did we do?"), "rateInteraction", parent)
        self.stars = named(QSpinBox(), "csatStars", tr("Customer rating, 1 to 5 (0: not given)"))
        self.stars.setRange(0, 5)
        self.stars.setSpecialValueText(tr("not given"))
        self.comment = named(QLineEdit(), "csatComment", tr("Customer's comment"))
        self.form.addRow(tr("&Rating (1-5):"), self.stars)
        self.form.addRow(tr("&Comment:"), self.comment)
        self.rating: int | None = None
        QTimer.singleShot(0, self.stars, self.stars.setFocus)

    def save(self) -> None:
        self.rating = self.stars.value() or None


class FollowUpsDialog(QDialog):
    """'My follow-ups' at sign-in: overdue first and highlighted; Enter marks one done."""

    def __init__(self, db: Database, staff: StaffInfo, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.staff = db, staff
        self.setWindowTitle(tr("My follow-ups — {name}", name=staff.name))
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
        self.message = QLabel("")
        self.message.setObjectName("myFollowUpsMessage")
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        row = QFormLayout()
        row.addRow(tr("Hand over &to (staff code):"), self.reassign_to)
        lay.addLayout(row)
        lay.addWidget(self.reassign_btn)
        lay.addWidget(self.message)
        lay.addWidget(close)
        self.list.itemActivated.connect(self._done)
        self.reassign_btn.clicked.connect(self._reassign)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        self.items = followups.mine(self.db, self.staff.id)
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

    def _done(self, item: QListWidgetItem) -> None:
        try:
            followups.complete(self.db, int(item.data(Qt.ItemDataRole.UserRole)), self.staff)
        except PosassistError as err:
            self.message.setText(escape(str(err)))
        self.refresh()

    def _reassign(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            followups.reassign(self.db, int(item.data(Qt.ItemDataRole.UserRole)), self.reassign_to.text(), self.staff)
        except PosassistError as err:
            self.message.setText(str(err))
            return
        self.refresh()


class EditNoteDialog(_FormDialog):
    """Correct a note; the earlier text is kept with who changed it and when."""

    def __init__(self, db: Database, staff: StaffInfo, note_id: int, body: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tr("Edit note"), "editNote", parent)
        from posassist.services import notes

        self.db, self.staff, self.note_id = db, staff, note_id
        self.text = named(QLineEdit(body), "editNoteText", tr("Note text"))
        self.outcome = named(QComboBox(), "editNoteOutcome", tr("Outcome"))
        for k in notes.OUTCOMES:
            self.outcome.addItem(label(k), k)
        history = notes.history(db, note_id)
        self.history = QLabel(
            "<br>".join(f"{at:%d %b %H:%M} {escape(who or '')}: {escape(body)}" for at, who, body in history)
            or tr("No earlier versions.")
        )
        self.history.setObjectName("editNoteHistory")
        self.history.setWordWrap(True)
        self.form.addRow(tr("&Text:"), self.text)
        self.form.addRow(tr("&Outcome:"), self.outcome)
        self.form.addRow(tr("Earlier:"), self.history)
        QTimer.singleShot(0, self.text, self.text.setFocus)

    def save(self) -> None:
        from posassist.services import notes

        notes.edit(self.db, self.note_id, staff=self.staff, body=self.text.text(), outcome=self.outcome.currentData())
