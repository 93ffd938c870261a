"""Under the profile: the timeline (filterable), follow-ups, and a quick note by keyboard."""

from __future__ import annotations

from datetime import datetime, time
from html import escape

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.db.session import Database
from posassist.db.tables.customers import CHANNELS
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.labels import label
from posassist.services import customer_records, followups, notes
from posassist.services.dto import StaffInfo
from posassist.ui.widgets import named, open_dialog

TYPES = ("note", "purchase", "return", "exception")


def _combo(name: str, accessible: str, keys: tuple[str, ...], first: str | None = None) -> QComboBox:
    box = named(QComboBox(), name, accessible)
    if first:
        box.addItem(first, None)
    for k in keys:
        box.addItem(label(k), k)
    return box


class NotesPanel(QTabWidget):
    changed = Signal()  # something was written: the profile refreshes

    def __init__(self, db: Database, staff: StaffInfo, store_id: int | None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.staff, self.store_id = db, staff, store_id
        self.customer_id: int | None = None
        self.last_note_id: int | None = None
        self.setObjectName("customerTabs")
        self.setAccessibleName(tr("Customer history, follow-ups and notes"))
        # timeline
        self.channel = _combo("timelineChannel", tr("Show channel"), CHANNELS, tr("All channels"))
        self.kind = _combo("timelineType", tr("Show type"), TYPES, tr("Everything"))
        self.timeline = named(
            QListWidget(), "timelineList", tr("Timeline of interactions, purchases, returns, exceptions")
        )
        self.timeline.setWordWrap(True)
        tl = QWidget()
        tlay = QVBoxLayout(tl)
        filters = QHBoxLayout()
        filters.addWidget(self.channel)
        filters.addWidget(self.kind)
        tlay.addLayout(filters)
        tlay.addWidget(self.timeline)
        self.addTab(tl, tr("&Timeline"))
        # follow-ups
        self.follow = named(
            QListWidget(), "customerFollowUps", tr("Follow-ups for this customer"), tr("Enter marks one done")
        )
        self.promise = named(QLineEdit(), "followUpText", tr("New follow-up: what was promised"))
        self.due = named(QDateEdit(QDate.currentDate().addDays(1)), "followUpDue", tr("Due date"))
        self.due.setCalendarPopup(False)
        self.add_follow = named(QPushButton(tr("Add &follow-up")), "followUpAdd", tr("Add the follow-up, owned by me"))
        self.add_follow.setAutoDefault(False)
        fl = QWidget()
        flay = QVBoxLayout(fl)
        flay.addWidget(self.follow)
        frow = QFormLayout()
        frow.addRow(tr("Pro&mise:"), self.promise)
        frow.addRow(tr("D&ue:"), self.due)
        flay.addLayout(frow)
        flay.addWidget(self.add_follow)
        self.addTab(fl, tr("F&ollow-ups"))
        # quick note
        self.note_channel = _combo("noteChannel", tr("Channel"), CHANNELS)
        self.note_topic = _combo("noteTopic", tr("Topic"), notes.TOPICS)
        self.note_outcome = _combo("noteOutcome", tr("Outcome"), notes.OUTCOMES)
        self.note_text = named(QPlainTextEdit(), "noteText", tr("Note text"), tr("Ctrl+Enter saves the note"))
        self.note_text.setTabChangesFocus(True)
        self.save_note = named(QPushButton(tr("&Save note (Ctrl+Enter)")), "noteSave", tr("Save the note"))
        self.save_note.setAutoDefault(False)
        self.note_error = QLabel("")
        self.note_error.setObjectName("noteError")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet("color:#b00020")
        nl = QWidget()
        nlay = QVBoxLayout(nl)
        nform = QFormLayout()
        nform.addRow(tr("&Channel:"), self.note_channel)
        nform.addRow(tr("To&pic:"), self.note_topic)
        nform.addRow(tr("Out&come:"), self.note_outcome)
        nlay.addLayout(nform)
        nlay.addWidget(self.note_text, 1)
        nlay.addWidget(self.note_error)
        nlay.addWidget(self.save_note)
        self.note_tab = self.addTab(nl, tr("&Note"))
        self.channel.currentIndexChanged.connect(lambda *_: self.refresh_timeline())
        self.kind.currentIndexChanged.connect(lambda *_: self.refresh_timeline())
        self.follow.itemActivated.connect(self._complete)
        self.timeline.itemActivated.connect(self._edit)
        self.add_follow.clicked.connect(self._add_follow)
        self.promise.returnPressed.connect(self._add_follow)  # Enter adds it (due tomorrow unless changed)
        self.save_note.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_text, activated=self.save)
        self._draft_timer = QTimer(self, singleShot=True, interval=800)
        self._draft_timer.timeout.connect(self._save_draft)
        self.note_text.textChanged.connect(self._draft_timer.start)
        self.setEnabled(False)

    def show_customer(self, customer_id: int | None) -> None:
        if self.customer_id is not None and customer_id != self.customer_id:
            self._save_draft()
        self.customer_id = customer_id
        self.setEnabled(customer_id is not None)
        self.note_text.blockSignals(True)
        self.note_text.setPlainText(notes.load_draft(self.db, self.staff.id, customer_id) if customer_id else "")
        self.note_text.blockSignals(False)
        self.note_error.setText("")
        self.refresh_timeline()
        self.refresh_follow_ups()

    def new_follow_up(self) -> None:
        self.setCurrentIndex(1)
        self.promise.setFocus()

    def write_note(self) -> None:
        self.setCurrentIndex(self.note_tab)
        self.note_channel.setFocus()

    def refresh_timeline(self) -> None:
        self.timeline.clear()
        if self.customer_id is None:
            return
        for e in customer_records.timeline(
            self.db, self.customer_id, channel=self.channel.currentData(), type_=self.kind.currentData(), limit=100
        ):
            who = f" · {e.staff}" if e.staff else ""
            item = QListWidgetItem(
                f"{i18n.day(e.at)} · {label(e.type)} · {label(e.channel)} · {e.title}{who}\n{e.detail}"
            )
            item.setData(Qt.ItemDataRole.UserRole, (e.type, e.ref_id, e.detail))
            self.timeline.addItem(item)

    def _edit(self, item: QListWidgetItem) -> None:
        """Enter on a note: correct it (the earlier text is kept)."""
        kind, ref, body = item.data(Qt.ItemDataRole.UserRole)
        if kind != "note":
            return
        from posassist.ui.customers.dialogs import EditNoteDialog

        open_dialog(
            self,
            EditNoteDialog(self.db, self.staff, ref, body, self),
            lambda: (self.refresh_timeline(), self.changed.emit()),
        )

    def refresh_follow_ups(self) -> None:
        self.follow.clear()
        if self.customer_id is None:
            return
        for f in followups.for_customer(self.db, self.customer_id):
            text = tr(
                "{overdue}{status} · due {day} · {owner} · {text}",
                overdue=tr("OVERDUE") + " " if f.overdue else "",
                status=label(f.status),
                day=i18n.day(f.due_at, "d MMM"),
                owner=f.owner_name,
                text=f.text,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if f.overdue:
                item.setForeground(QColor("#b00020"))
            self.follow.addItem(item)

    def _complete(self, item: QListWidgetItem) -> None:
        try:
            followups.complete(self.db, int(item.data(Qt.ItemDataRole.UserRole)), self.staff)
        except PosassistError:
            pass
        self.refresh_follow_ups()
        self.changed.emit()

    def _add_follow(self) -> None:
        if self.customer_id is None:
            return
        d = self.due.date().toPython()
        due = datetime.combine(d, time(17, 0)).astimezone()
        try:
            followups.create(
                self.db,
                customer_id=self.customer_id,
                owner_id=self.staff.id,
                text=self.promise.text(),
                due_at=due,
                by=self.staff,
                interaction_id=self.last_note_id,
            )
        except PosassistError as err:
            self.note_error.setText(escape(str(err)))
            return
        self.promise.clear()
        self.refresh_follow_ups()
        self.changed.emit()

    def save(self) -> None:
        if self.customer_id is None:
            return
        try:
            n = notes.add(
                self.db,
                customer_id=self.customer_id,
                staff=self.staff,
                store_id=self.store_id,
                channel=self.note_channel.currentData(),
                topic=self.note_topic.currentData(),
                outcome=self.note_outcome.currentData(),
                body=self.note_text.toPlainText(),
            )
        except PosassistError as err:
            self.note_error.setText(str(err))
            return
        self.last_note_id = n.id
        self.note_text.blockSignals(True)
        self.note_text.clear()
        self.note_text.blockSignals(False)
        notes.save_draft(self.db, self.staff.id, self.customer_id, "")
        self.note_error.setText(tr("Saved."))
        self.refresh_timeline()
        self.changed.emit()

    def save_draft_now(self) -> None:
        self._draft_timer.stop()
        self._save_draft()

    def _save_draft(self) -> None:
        if self.customer_id is not None:
            try:
                notes.save_draft(self.db, self.staff.id, self.customer_id, self.note_text.toPlainText())
            except PosassistError:
                pass
