"""The shift lead's queue: pending requests from every counter of this store, updated live; Enter
opens the decision with the lead's own credentials."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from posassist.db.session import Database
from posassist.domain.money import Money
from posassist.services import approvals
from posassist.services.approvals import ApprovalView
from posassist.services.dto import StaffInfo
from posassist.ui.approvals.panel import ApprovalPanel
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named

REFRESH_MS = 2000


class DecideDialog(QDialog):
    def __init__(self, db: Database, request: ApprovalView, approver: StaffInfo, counter: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("decideDialog")
        self.setAccessibleName("Decide an approval request")
        self.setWindowTitle(f"Request #{request.id} from {request.requested_by}")
        info = QLabel(f"<b>{escape(request.requested_by)}</b> at {escape(request.counter or 'a counter')} asks: "
                      f"<b>{Money(request.amount_minor, request.currency).format('en_CA')}</b><br>"
                      f"{escape(request.explanation)}")
        info.setObjectName("decideInfo")
        info.setWordWrap(True)
        self.panel = ApprovalPanel(db, counter, lambda: request.id)
        self.panel.remote.hide()
        self.panel.code.setText(approver.code)
        self.panel.decided.connect(lambda _r: QTimer.singleShot(600, self.accept))
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.panel)
        self.resize(560, 360)
        QTimer.singleShot(0, self.panel.reason.setFocus)


class ApprovalQueue(QWidget):
    count_changed = Signal(int)

    def __init__(self, db: Database, store_id: int, staff: StaffInfo, counter: str, tasks: TaskRunner, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.store_id, self.staff, self.counter, self.tasks = db, store_id, staff, counter, tasks
        self.setObjectName("approvalQueue")
        self.setAccessibleName("Pending approvals")
        self.list = named(QListWidget(), "approvalList", "Pending approval requests", "Enter to decide")
        self.empty = QLabel("Nothing waiting for approval.")
        self.empty.setObjectName("approvalQueueEmpty")
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(self.empty)
        self.list.itemActivated.connect(self._open)
        self._items: dict[int, ApprovalView] = {}
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        self.tasks.submit(lambda: approvals.pending(self.db, self.store_id), on_done=self._show, key="approval-queue")

    def _show(self, rows: list[ApprovalView]) -> None:
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self._items = {r.id: r for r in rows}
        self.list.clear()
        for r in rows:
            mine = " (yours)" if r.requested_by_id == self.staff.id else ""
            item = QListWidgetItem(f"#{r.id} {r.requested_by}{mine} · {r.kind} · "
                                   f"{Money(r.amount_minor, r.currency).format('en_CA')} · {r.explanation[:80]}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == current:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not rows)
        self.count_changed.emit(len(rows))

    def _open(self, item: QListWidgetItem) -> None:
        req = self._items.get(int(item.data(Qt.ItemDataRole.UserRole)))
        if req is None:
            return
        DecideDialog(self.db, req, self.staff, self.counter, self).exec()
        self.refresh()
