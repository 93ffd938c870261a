"""Offline transactions to review: every call a counter made while the server was away (conflicts
first, with the server's refusal), each resolved by a shift lead with a note before the day can
be closed. Keys: arrows choose, Alt+N the note, Enter (in the note) or Alt+R resolves, F5 reads
the queue again, Alt+A shows the reviewed ones too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.dto import StaffSession
from posassist.services.offline import Offline, ReviewItem
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, readable

Index = QModelIndex | QPersistentModelIndex
CALLS = {
    "notes.add": QT_TR_NOOP("Note"),
    "notes.edit": QT_TR_NOOP("Note changed"),
    "notes.finish": QT_TR_NOOP("Visit finished, rating"),
    "follow_ups.create": QT_TR_NOOP("Follow-up"),
    "follow_ups.complete": QT_TR_NOOP("Follow-up done"),
    "follow_ups.snooze": QT_TR_NOOP("Follow-up snoozed"),
    "follow_ups.dismiss": QT_TR_NOOP("Reminder dismissed"),
    "follow_ups.reassign": QT_TR_NOOP("Follow-up handed over"),
    "holds.create": QT_TR_NOOP("Hold"),
    "holds.hold_for_customer": QT_TR_NOOP("Hold"),
    "holds.collect": QT_TR_NOOP("Hold collected"),
    "holds.release": QT_TR_NOOP("Hold released"),
    "returns.commit": QT_TR_NOOP("Return"),
    "approvals.request": QT_TR_NOOP("Approval asked"),
    "approvals.decide": QT_TR_NOOP("Approval decided"),
    "customers.update": QT_TR_NOOP("Customer record edited"),
}


def call_words(call: str) -> str:
    return tr(CALLS[call]) if call in CALLS else call


class ReviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReviewItem] = []

    def headings(self) -> list[str]:
        return [tr("State"), tr("When"), tr("Counter"), tr("What"), tr("Who"), tr("Details")]

    def set_rows(self, rows: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headings()[section]
        return None

    def state(self, r: ReviewItem) -> str:
        if r.reviewed_at is not None:
            return tr("Reviewed")
        return tr("Conflict") if r.conflict else tr("Applied")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            details = r.problem or r.summary
            if r.resolution:
                details = f"{details} — {r.resolution}"
            return [
                self.state(r),
                r.when or r.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                r.counter,
                call_words(r.call),
                r.staff or "",
                details,
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.problem or r.summary
        return None


class OfflineReviewWindow(QDialog):
    def __init__(
        self, offline: Offline, session: StaffSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.offline, self.session, self.tasks = offline, session, tasks
        self.setObjectName("offlineReviewWindow")
        self.setAccessibleName(tr("Offline transactions to review"))
        self.setWindowTitle(tr("Offline transactions to review"))
        self.model = ReviewModel()
        self.table = named(QTableView(), "offlineReviewTable", tr("Offline transactions, conflicts first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.summary = readable(QLabel(""), tr("How many wait for review"))
        self.summary.setObjectName("offlineReviewSummary")
        self.problem = readable(QLabel(""), tr("The chosen transaction"))
        self.problem.setObjectName("offlineReviewProblem")
        self.problem.setWordWrap(True)
        self.note = named(
            QLineEdit(), "offlineReviewNote", tr("What was done about it"), tr("e.g. refunded at counter 2 already")
        )
        note_label = QLabel(tr("&Note:"))
        note_label.setBuddy(self.note)
        self.resolve_btn = named(QPushButton(tr("&Resolve")), "offlineReviewResolve", tr("Mark it reviewed"))
        self.refresh_btn = named(QPushButton(tr("Read again (F5)")), "offlineReviewRefresh", tr("Read the queue again"))
        self.show_all = named(
            QCheckBox(tr("Show reviewed &ones too")), "offlineReviewAll", tr("Show reviewed ones too")
        )
        self.message = readable(QLabel(""), tr("Review message"))
        self.message.setObjectName("offlineReviewMessage")
        self.message.setWordWrap(True)
        for b in (self.resolve_btn, self.refresh_btn):
            b.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        row.addWidget(self.resolve_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.problem)
        lay.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_all)
        bottom.addStretch(1)
        bottom.addWidget(self.refresh_btn)
        lay.addLayout(bottom)
        lay.addWidget(self.message)
        self.resize(900, 480)
        self.resolve_btn.clicked.connect(self.resolve)
        self.note.returnPressed.connect(self.resolve)
        self.refresh_btn.clicked.connect(self.refresh)
        self.show_all.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self).activated.connect(self.refresh)
        self.refresh()

    def current(self) -> ReviewItem | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def refresh(self) -> None:
        include = self.show_all.isChecked()
        self.tasks.submit(
            lambda: self.offline.review(include_reviewed=include), on_done=self._loaded, inline=self.message
        )

    def _loaded(self, rows: list[ReviewItem]) -> None:
        self.model.set_rows(rows)
        waiting = [r for r in rows if r.reviewed_at is None]
        conflicts = sum(1 for r in waiting if r.conflict)
        self.summary.setText(
            tr("{n} offline transactions wait for review ({c} conflicts).", n=len(waiting), c=conflicts)
            if waiting
            else tr("Nothing waits for review: the day can be closed.")
        )
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()
        self._show(0 if rows else -1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.problem.setText("")
            return
        r = self.model.rows[row]
        head = tr("{call} by {who} at {counter}", call=call_words(r.call), who=r.staff or "-", counter=r.counter)
        body = tr("Refused by the server: {problem}", problem=r.problem) if r.problem else r.summary
        self.problem.setText(f"{head}\n{body}")

    def resolve(self) -> None:
        item = self.current()
        if item is None:
            self.message.setText(tr("Choose a transaction first."))
            return
        note = self.note.text()
        self.tasks.submit(
            lambda: self.offline.resolve(self.session, item.id, note),
            on_done=self._resolved,
            inline=self.message,
            fields={"note": self.note},
        )

    def _resolved(self, item: ReviewItem) -> None:
        self.note.clear()
        self.message.setText(tr("Transaction {id} reviewed.", id=item.id))
        self.refresh()
