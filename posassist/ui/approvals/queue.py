"""The shift lead's queue: pending requests from every counter of this store, updated live; Enter
opens the decision with the lead's own credentials."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.approvals import Approvals, ApprovalView, Budget
from posassist.services.dto import StaffSession, StoreInfo
from posassist.ui.appearance_labels import RichLabel
from posassist.ui.approvals.panel import ApprovalPanel, RequestWork
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, open_dialog

if TYPE_CHECKING:
    from posassist.bootstrap import Services

REFRESH_MS = 2000


Overview = tuple[list[ApprovalView], dict[str, Any], Budget]


class DecideDialog(QDialog):
    def __init__(
        self,
        approvals: Approvals,
        request: ApprovalView,
        approver: StaffSession,
        counter: str,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
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
        request_id = request.id

        def already_asked() -> RequestWork:
            return lambda: request_id

        self.panel = ApprovalPanel(approvals, counter, already_asked, tasks)
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
        self,
        svc: Services,
        store: StoreInfo,
        session: StaffSession,
        counter: str,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.approvals, self.reports = svc.approvals, svc.reports
        self.store, self.store_id, self.session, self.counter, self.tasks = store, store.id, session, counter, tasks
        self.setObjectName("approvalQueue")
        self.setAccessibleName(tr("Pending approvals"))
        self.list = named(QListWidget(), "approvalList", tr("Pending approval requests"), tr("Enter to decide"))
        self.list.setWordWrap(True)  # a request reads in full, however narrow the dock
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(tr("Nothing waiting for approval."))
        self.empty.setObjectName("approvalQueueEmpty")
        self.overview = RichLabel("")
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
        self.listener = svc.events.listen(self._heard)
        if self.listener is not None:  # PostgreSQL pushes changes; polling stays as a slow safety net
            self._timer.setInterval(REFRESH_MS * 5)
        self._timer.start()
        self.refresh()

    def _heard(self, channel: str) -> None:  # on the listener's thread: a queued signal crosses over
        if channel == "approvals":
            self.pushed.emit()

    def stop(self) -> None:
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def refresh(self) -> None:
        approvals, reports, store, session = self.approvals, self.reports, self.store_id, self.session

        def overview() -> Overview:
            today = datetime.now(UTC).date()
            week = reports.exceptions(today - timedelta(days=6), today)
            return approvals.recent_decisions(store, 8), week, approvals.budget(session)

        self.tasks.submit(lambda: approvals.pending(store), on_done=self._show, key="approval-queue")
        self.tasks.submit(overview, on_done=self._show_overview, key="approval-overview")

    def _show_overview(self, data: Overview) -> None:
        recent, week, budget = data
        currency = self.store.currency

        def m(minor: int) -> str:
            return i18n.money(minor, currency)

        parts = [
            tr(
                "<b>Your goodwill budget</b>: {used_shift} of {shift_limit} this shift, {used_week} of {week_limit} "
                "in 7 days, {used_month} of {month_limit} in 30 days.",
                used_shift=m(budget.used_shift_minor),
                shift_limit=m(budget.shift_limit_minor),
                used_week=m(budget.used_week_minor),
                week_limit=m(budget.week_limit_minor),
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
        selected = self.list.currentItem()
        current = selected.data(Qt.ItemDataRole.UserRole) if selected is not None else None
        self._items = {r.id: r for r in rows}
        self.list.clear()
        for r in rows:
            mine = " " + tr("(yours)") if r.requested_by_id == self.session.id else ""
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
        open_dialog(
            self,
            DecideDialog(self.approvals, req, self.session, self.counter, self.tasks, self),
            self.refresh,
            name="decide_dialog",
        )
