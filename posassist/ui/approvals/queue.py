"""The shift lead's queue: pending requests from every counter of this store, updated live; Enter
opens the decision with the lead's own credentials."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from posassist import i18n
from posassist.db.events import Listener
from posassist.db.session import Database
from posassist.i18n import tr
from posassist.labels import label
from posassist.services import approvals
from posassist.services.approvals import ApprovalView
from posassist.services.dto import StaffInfo
from posassist.ui.approvals.panel import ApprovalPanel
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, open_dialog

REFRESH_MS = 2000


class DecideDialog(QDialog):
    def __init__(self, db: Database, request: ApprovalView, approver: StaffInfo, counter: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("decideDialog")
        self.setAccessibleName(tr("Decide an approval request"))
        self.setWindowTitle(tr("Request #{id} from {requested_by}", id=request.id, requested_by=request.requested_by))
        info = QLabel(
            tr(
                "<b>{requested_by}</b> at {value} asks: <b>{amount_minor}</b><br>{explanation}",
                requested_by=escape(request.requested_by),
                value=escape(request.counter or "a counter"),
                amount_minor=i18n.money(request.amount_minor, request.currency),
                explanation=escape(request.explanation),
            )
        )
        info.setObjectName("decideInfo")
        info.setWordWrap(True)
        self.panel = ApprovalPanel(db, counter, lambda: request.id)
        self.panel.remote.hide()
        self.panel.code.setText(approver.code)
        self.panel.decided.connect(lambda _r: QTimer.singleShot(600, self, self.accept))
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.panel)
        self.resize(560, 360)
        QTimer.singleShot(0, self.panel.reason, self.panel.reason.setFocus)


class ApprovalQueue(QWidget):
    count_changed = Signal(int)
    pushed = Signal()  # a NOTIFY from another counter (emitted on the listener's thread)

    def __init__(
        self, db: Database, store_id: int, staff: StaffInfo, counter: str, tasks: TaskRunner, parent=None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.store_id, self.staff, self.counter, self.tasks = db, store_id, staff, counter, tasks
        self.setObjectName("approvalQueue")
        self.setAccessibleName(tr("Pending approvals"))
        self.list = named(QListWidget(), "approvalList", tr("Pending approval requests"), tr("Enter to decide"))
        self.list.setWordWrap(True)  # a request reads in full, however narrow the dock
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(tr("Nothing waiting for approval."))
        self.empty.setObjectName("approvalQueueEmpty")
        self.overview = QLabel("")
        self.overview.setObjectName("shiftOverview")
        self.overview.setAccessibleName(tr("Recent decisions, exceptions this week and budget used"))
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(self.empty)
        lay.addWidget(self.overview)
        self.list.itemActivated.connect(self._open)
        self._items: dict[int, ApprovalView] = {}
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.pushed.connect(self.refresh)
        self.listener = Listener(db.url, lambda channel: channel == "approvals" and self.pushed.emit())
        if self.listener.start():  # PostgreSQL pushes changes; polling stays as a slow safety net
            self._timer.setInterval(REFRESH_MS * 5)
        self._timer.start()
        self.refresh()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.listener.stop()
        super().closeEvent(event)

    def refresh(self) -> None:
        self.tasks.submit(lambda: approvals.pending(self.db, self.store_id), on_done=self._show, key="approval-queue")
        self.tasks.submit(self._overview_data, on_done=self._show_overview, key="approval-overview")

    def _overview_data(self):  # type: ignore[no-untyped-def]
        from datetime import timedelta

        from posassist.db.tables.base import utcnow
        from posassist.services import reports

        today = utcnow().date()
        week = reports.exceptions(self.db, today - timedelta(days=6), today)
        return (approvals.recent_decisions(self.db, self.store_id, 8), week, approvals.budget(self.db, self.staff))

    def _show_overview(self, data) -> None:  # type: ignore[no-untyped-def]
        recent, week, budget = data

        def m(minor: int) -> str:
            return i18n.money(minor, "CAD")

        parts = [
            tr(
                "<b>Your goodwill budget</b>: {used_shift} of {shift_limit} this shift, {used_month} of {month_limit} "
                "in 30 days.",
                used_shift=m(budget.used_shift_minor),
                shift_limit=m(budget.shift_limit_minor),
                used_month=m(budget.used_month_minor),
                month_limit=m(budget.month_limit_minor),
            )
        ]
        parts.append(
            tr(
                "<b>Exceptions this week</b>: {count} costing {total}",
                count=week["goodwill_count"],
                total=m(week["goodwill_total_minor"]),
            )
        )
        if week["by_reason"]:
            parts.append(
                tr(
                    "by reason: {list}",
                    list=", ".join(f"{escape(label(r['reason']))} {m(r['cost_minor'])}" for r in week["by_reason"]),
                )
            )
        if week["by_approver"]:
            parts.append(
                tr(
                    "by approver: {list}",
                    list=", ".join(f"{escape(r['approver'])} {m(r['cost_minor'])}" for r in week["by_approver"]),
                )
            )
        if recent:
            parts.append(
                tr(
                    "<b>Recent decisions</b>: {list}",
                    list="; ".join(
                        tr(
                            "#{id} {status} by {name} ({reason})",
                            id=r.id,
                            status=tr("approved (used)") if r.status == "used" else label(r.status),
                            name=escape(r.decided_by or ""),
                            reason=escape(label(r.reason_code)),
                        )
                        for r in recent
                    ),
                )
            )
        self.overview.setText("<br>".join(parts))

    def _show(self, rows: list[ApprovalView]) -> None:
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self._items = {r.id: r for r in rows}
        self.list.clear()
        for r in rows:
            mine = " " + tr("(yours)") if r.requested_by_id == self.staff.id else ""
            item = QListWidgetItem(
                f"#{r.id} {r.requested_by}{mine} · {label(r.kind)} · "
                f"{i18n.money(r.amount_minor, r.currency)} · {r.explanation[:80]}"
            )
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
        self.decide_dialog = open_dialog(self, DecideDialog(self.db, req, self.staff, self.counter, self), self.refresh)
