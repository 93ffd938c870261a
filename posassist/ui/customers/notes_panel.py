"""Under the profile: the timeline (filterable), follow-ups, and a quick note by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.customer_records import TimelineEntry
from posassist.services.dto import StaffSession
from posassist.services.followups import zone
from posassist.services.notes import CHANNELS, OUTCOMES, TOPICS, NoteView
from posassist.ui.customers.follow_ups_part import FollowUpsPart
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import buddy, message_line, named, open_dialog

if TYPE_CHECKING:
    from posassist.bootstrap import Services

TYPES = ("note", "purchase", "return", "exception")


def _combo(name: str, accessible: str, keys: tuple[str, ...], first: str | None = None) -> QComboBox:
    box = named(QComboBox(), name, accessible)
    if first:
        box.addItem(first, None)
    for k in keys:
        box.addItem(label(k), k)
    return box


class NotesPanel(FollowUpsPart):
    def __init__(
        self,
        svc: Services,
        tasks: TaskRunner,
        session: StaffSession | None,
        store_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc, self.tasks, self.session, self.store_id = svc, tasks, session, store_id
        self.customer_id: int | None = None
        self.waiting_since: datetime | None = None  # the customer at the counter, selected at
        self.last_note_id: int | None = None
        self._saving: str | None = None  # the note text on its way to the database
        self.setObjectName("customerTabs")
        self.setAccessibleName(tr("Customer history, follow-ups and notes"))
        # every tab always in sight (a long translation at large text put the third behind arrows):
        # the pane is kept wide enough for all of them instead
        self.setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.addTab(self._timeline_tab(), tr("&Timeline"))
        self.addTab(self._follow_ups_tab(), tr("F&ollow-ups"))
        self.note_tab = self.addTab(self._note_tab(), tr("&Note"))
        self._connect()
        self.setEnabled(False)

    # -- building ---------------------------------------------------------------------------------
    def _timeline_tab(self) -> QWidget:
        self.channel = _combo("timelineChannel", tr("Show channel"), CHANNELS, tr("All channels"))
        self.kind = _combo("timelineType", tr("Show type"), TYPES, tr("Everything"))
        self.timeline = named(
            QListWidget(), "timelineList", tr("Timeline of interactions, purchases, returns, exceptions")
        )
        self.timeline.setWordWrap(True)
        tab = QWidget()
        lay = QVBoxLayout(tab)
        for box in (self.channel, self.kind):  # a narrow pane: long values are cut in the closed box
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        filters = QFormLayout()  # a combo box is announced by its label; one a row, never squeezed
        filters.addRow(buddy(tr("Channel:"), self.channel), self.channel)
        filters.addRow(buddy(tr("Type:"), self.kind), self.kind)
        lay.addLayout(filters)
        lay.addWidget(self.timeline)
        return tab

    def _follow_ups_tab(self) -> QWidget:
        self.follow = named(
            QListWidget(), "customerFollowUps", tr("Follow-ups for this customer"), tr("Enter marks one done")
        )
        self.promise = named(QLineEdit(), "followUpText", tr("New follow-up: what was promised"))
        # the due day and time on the store's clock (its set-up zone), whatever the machine's is
        tomorrow = (datetime.now(zone(self.svc.follow_ups.timezone)) + timedelta(days=1)).date()
        self.due = named(
            QDateTimeEdit(QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(17, 0))),
            "followUpDue",
            tr("Due date and time (store time)"),
        )
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due.setCalendarPopup(False)
        self.add_follow = named(QPushButton(tr("Add &follow-up")), "followUpAdd", tr("Add the follow-up, owned by me"))
        self.add_follow.setAutoDefault(False)
        self.follow_error = message_line("followUpError", tr("Follow-up message"))
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.addWidget(self.follow)
        form = QFormLayout()
        form.addRow(tr("Pro&mise:"), self.promise)
        form.addRow(tr("D&ue (store time):"), self.due)
        lay.addLayout(form)
        lay.addWidget(self.follow_error)
        lay.addWidget(self.add_follow)
        return tab

    def _note_tab(self) -> QWidget:
        self.note_channel = _combo("noteChannel", tr("Channel"), CHANNELS)
        self.note_topic = _combo("noteTopic", tr("Topic"), TOPICS)
        self.note_outcome = _combo("noteOutcome", tr("Outcome"), OUTCOMES)
        self.note_text = named(QPlainTextEdit(), "noteText", tr("Note text"), tr("Ctrl+Enter saves the note"))
        self.note_text.setTabChangesFocus(True)
        # an e-mail, chat or phone message: when it came in (the response time runs from there)
        self.note_received = named(
            QDateTimeEdit(QDateTime.currentDateTime()),
            "noteReceived",
            tr("Message received at"),
            tr("When the customer's message came in: the response time is measured from it"),
        )
        self.note_received.setCalendarPopup(False)
        self.save_note = named(QPushButton(tr("&Save note (Ctrl+Enter)")), "noteSave", tr("Save the note"))
        self.save_note.setAutoDefault(False)
        self.note_error = message_line("noteError", tr("Note message"))
        tab = QWidget()
        lay = QVBoxLayout(tab)
        form = self.note_form = QFormLayout()
        form.addRow(tr("&Channel:"), self.note_channel)
        form.addRow(tr("Recei&ved:"), self.note_received)
        form.addRow(tr("To&pic:"), self.note_topic)
        form.addRow(tr("Out&come:"), self.note_outcome)
        # F4 puts the cursor in the text; Tab goes on to channel, topic and outcome
        lay.addWidget(buddy(tr("Note te&xt:"), self.note_text))
        lay.addWidget(self.note_text, 1)
        lay.addLayout(form)
        lay.addWidget(self.note_error)
        lay.addWidget(self.save_note)
        chain = (self.note_text, self.note_channel, self.note_received, self.note_topic, self.note_outcome)
        for a, b in zip(chain, (*chain[1:], self.save_note), strict=True):
            QWidget.setTabOrder(a, b)
        self.note_channel.currentIndexChanged.connect(lambda *_: self._channel_changed())
        self._channel_changed()
        return tab

    def _channel_changed(self) -> None:
        """At the counter the customer waits from the moment they are selected; a message that
        came in by e-mail, chat or phone carries its received time, typed here."""
        message = self.note_channel.currentData() not in (None, "counter")
        self.note_form.setRowVisible(self.note_received, message)
        if message and self.note_received.dateTime() > QDateTime.currentDateTime():
            self.note_received.setDateTime(QDateTime.currentDateTime())

    def _opened_at(self) -> datetime | None:
        """When the customer started waiting: the received time of a message; at the counter,
        when they were selected (for the first note of the visit)."""
        if self.note_channel.currentData() not in (None, "counter"):
            at = self.note_received.dateTime().toPython()
            assert isinstance(at, datetime)
            return min(at.astimezone(UTC), datetime.now(UTC))
        return self.waiting_since

    def _connect(self) -> None:
        self.channel.currentIndexChanged.connect(lambda *_: self.refresh_timeline())
        self.kind.currentIndexChanged.connect(lambda *_: self.refresh_timeline())
        self.follow.itemActivated.connect(self._complete)
        self.timeline.itemActivated.connect(self._edit)
        for keys, gift in (("Ctrl+P", False), ("Ctrl+G", True)):  # reprint the purchase's or return's receipt
            shortcut = QShortcut(QKeySequence(keys), self.timeline, lambda g=gift: self.reprint(g))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_follow.clicked.connect(self._add_follow)
        self.promise.returnPressed.connect(self._add_follow)  # Enter adds it (due tomorrow unless changed)
        self.save_note.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_text, self.save)
        self._draft_timer = QTimer(self, singleShot=True, interval=800)
        self._draft_timer.timeout.connect(self._save_draft)
        self.note_text.textChanged.connect(self._draft_timer.start)

    def _fields(self) -> dict[str, QWidget]:
        """The note's fields by the names the service's InvalidInput uses."""
        return {
            "channel": self.note_channel,
            "topic": self.note_topic,
            "outcome": self.note_outcome,
            "note": self.note_text,
        }

    # -- the session and the customer --------------------------------------------------------------
    def set_session(self, session: StaffSession | None) -> None:
        self.session = session

    def leave(self) -> list[Callable[[StaffSession], object]]:
        """The counter locks: the note being typed is kept for its author (returned, to run with
        the leaving session); this customer's history leaves the screen."""
        self._draft_timer.stop()
        keep: list[Callable[[StaffSession], object]] = []
        customer, text, notes = self.customer_id, self.note_text.toPlainText(), self.svc.notes
        if customer is not None and text.strip():
            keep.append(lambda session: notes.save_draft(session, customer, text))
        self.customer_id, self.last_note_id, self._saving = None, None, None
        self.waiting_since = None
        for lst in (self.timeline, self.follow):
            lst.clear()
        self.note_text.blockSignals(True)
        self.note_text.clear()
        self.note_text.blockSignals(False)
        self.promise.clear()
        self.note_error.clear()
        self.follow_error.clear()
        self.setEnabled(False)
        return keep

    def show_customer(self, customer_id: int | None) -> None:
        if self.customer_id is not None and customer_id != self.customer_id:
            self._save_draft()
        if customer_id != self.customer_id:
            self.waiting_since = datetime.now(UTC) if customer_id is not None else None
        self.customer_id = customer_id
        self.last_note_id = None
        self.setEnabled(customer_id is not None)
        self.note_text.blockSignals(True)
        self.note_text.clear()
        self.note_text.blockSignals(False)
        self.note_error.setText("")
        session, notes = self.session, self.svc.notes
        if customer_id is not None and session is not None:
            self.tasks.submit(
                lambda: notes.load_draft(session, customer_id),
                on_done=lambda text: self._draft_loaded(customer_id, text),
                inline=self.note_error,
                key="note-draft",
            )
        self.refresh_timeline()
        self.refresh_follow_ups()

    def _draft_loaded(self, customer_id: int, text: str) -> None:
        """The kept draft comes back unless the associate has started typing meanwhile."""
        if customer_id == self.customer_id and not self.note_text.toPlainText():
            self.note_text.blockSignals(True)
            self.note_text.setPlainText(text)
            self.note_text.blockSignals(False)

    def new_follow_up(self) -> None:
        self.setCurrentIndex(1)
        self.promise.setFocus()

    def show_follow_ups(self) -> None:
        """A reminder opened: this customer's follow-ups, the list in the keys' reach."""
        self.setCurrentIndex(1)
        self.follow.setFocus()

    def write_note(self) -> None:
        self.setCurrentIndex(self.note_tab)
        self.note_text.setFocus()

    # -- the timeline ---------------------------------------------------------------------------
    def refresh_timeline(self) -> None:
        customer = self.customer_id
        if customer is None:
            self.timeline.clear()
            return
        customers, channel, kind = self.svc.customers, self.channel.currentData(), self.kind.currentData()
        self.tasks.submit(
            lambda: customers.timeline(customer, channel=channel, type_=kind, limit=100),
            on_done=lambda rows: self._show_timeline(customer, rows),
            key="timeline",
        )

    def _show_timeline(self, customer: int, rows: list[TimelineEntry]) -> None:
        if customer != self.customer_id:
            return
        self.timeline.clear()
        for e in rows:
            who = f" · {e.staff}" if e.staff else ""
            item = QListWidgetItem(
                f"{i18n.day(e.at)} · {label(e.type)} · {label(e.channel)} · {e.title}{who}\n{e.detail}"
            )
            item.setData(Qt.ItemDataRole.UserRole, (e.type, e.ref_id, e.detail))
            self.timeline.addItem(item)

    def _edit(self, item: QListWidgetItem) -> None:
        """Enter on a note: correct it (the earlier text is kept)."""
        kind, ref, body = item.data(Qt.ItemDataRole.UserRole)
        if kind != "note" or self.session is None:
            return
        from posassist.ui.customers.dialogs import EditNoteDialog

        def edited() -> None:
            self.refresh_timeline()
            self.changed.emit()

        open_dialog(self, EditNoteDialog(self.svc.notes, self.session, self.tasks, ref, body, self), edited)

    def reprint(self, gift: bool = False) -> None:
        """Ctrl+P on a purchase or return: its receipt again, marked copy (Ctrl+G: a gift receipt)."""
        item = self.timeline.currentItem()
        if item is None or self.session is None:
            return
        kind, ref, _body = item.data(Qt.ItemDataRole.UserRole)
        if kind not in ("purchase", "return", "exception"):
            self.tasks.messages.say(tr("Only purchases, returns and goodwill gestures have a receipt to print."))
            return
        from posassist.ui.printing import print_receipt

        print_receipt(self.tasks, self.svc, self.session, ref=(kind, ref), gift=gift, parent=self.window())

    # -- the note -------------------------------------------------------------------------------
    def save(self) -> None:
        session, customer = self.session, self.customer_id
        if customer is None or session is None or self._saving is not None:
            return  # one save at a time; keys typed meanwhile stay in the note
        body, notes, store_id = self.note_text.toPlainText(), self.svc.notes, self.store_id
        channel, topic, outcome = (
            self.note_channel.currentData(),
            self.note_topic.currentData(),
            self.note_outcome.currentData(),
        )
        self._saving = body
        self._draft_timer.stop()
        opened = self._opened_at()

        def write() -> NoteView:
            n = notes.add(
                session,
                customer_id=customer,
                store_id=store_id,
                channel=channel,
                topic=topic,
                outcome=outcome,
                body=body,
                opened_at=opened,
            )
            notes.save_draft(session, customer, "")
            return n

        self.tasks.submit(
            write,
            on_done=lambda n: self._saved(customer, body, n),
            on_error=self._not_saved,
            fields=self._fields(),
        )

    def _not_saved(self, err: BaseException) -> None:
        self._saving = None
        self.tasks.messages.error(err, inline=self.note_error, fields=self._fields())

    def _saved(self, customer: int, body: str, n: NoteView) -> None:
        self._saving = None
        if customer != self.customer_id:
            return
        self.last_note_id = n.id
        if n.channel == "counter":
            self.waiting_since = None  # answered: the visit's next note starts when it is written
        now = self.note_text.toPlainText()
        self.note_text.blockSignals(True)
        self.note_text.setPlainText(now[len(body) :].lstrip() if now.startswith(body) else now)
        self.note_text.blockSignals(False)
        if self.note_text.toPlainText():
            self._draft_timer.start()  # what was typed while saving is kept as the next draft
        self.note_error.setText(tr("Saved."))
        self.refresh_timeline()
        self.changed.emit()

    def save_draft_now(self) -> None:
        self._draft_timer.stop()
        self._save_draft()

    def _save_draft(self) -> None:
        session, customer = self.session, self.customer_id
        if customer is None or session is None or self._saving is not None:
            return
        text, notes = self.note_text.toPlainText(), self.svc.notes
        self.tasks.submit(lambda: notes.save_draft(session, customer, text), inline=self.note_error)
