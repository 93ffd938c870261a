"""A goodwill exception for the customer in the pane: what, what it costs, the story; a shift lead
approves (here or elsewhere), then it is recorded and any flag lands on the customer."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from posassist import i18n
from posassist.domain.money import Money
from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.approvals import ApprovalView
from posassist.services.customers import CustomerProfile
from posassist.services.dto import StaffSession, StoreInfo
from posassist.services.goodwill import KIND_WORDS, GoodwillRecord, GoodwillRequest
from posassist.ui.approvals.panel import ApprovalPanel, RequestWork
from posassist.ui.scanner import mark_scan_target
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import message_line, named

if TYPE_CHECKING:
    from posassist.bootstrap import Services


def cost_minor(text: str, currency: str) -> int:
    try:
        return Money.of(i18n.parse_amount(text or "0"), currency).minor
    except (ValueError, TypeError) as err:
        raise InvalidInput(
            tr("Type the cost as an amount, e.g. {example}.", example=i18n.number(25, decimals=2)), field="cost"
        ) from err


class GoodwillDialog(QDialog):
    def __init__(
        self,
        svc: Services,
        store: StoreInfo,
        session: StaffSession,
        customer: CustomerProfile,
        counter: str,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.goodwill, self.store, self.session, self.customer, self.tasks = (
            svc.goodwill,
            store,
            session,
            customer,
            tasks,
        )
        self.request: GoodwillRequest | None = None
        self.record: GoodwillRecord | None = None
        self._made: list[GoodwillRequest] = []
        self.setObjectName("goodwillDialog")
        self.setAccessibleName(tr("Goodwill exception"))
        self.setWindowTitle(tr("Goodwill for {value}", value=customer.preferred_name or customer.name))
        self.kind = named(QComboBox(), "goodwillKind", tr("What the gesture is"))
        for key in KIND_WORDS:
            self.kind.addItem(label(key), key)
        self.cost = named(QLineEdit(i18n.number(0, decimals=2)), "goodwillCost", tr("What it costs the store"))
        mark_scan_target(self.cost)  # amounts typed quickly are not scans
        self.story = named(QLineEdit(), "goodwillStory", tr("The story in a sentence"))
        self.also = named(QCheckBox(), "goodwillAlso", tr("Also for the related customer"))
        if customer.related_id:
            self.also.setText(
                tr(
                    "Also for {related_name} ({name} is their {value})",
                    related_name=customer.related_name,
                    name=customer.name,
                    value=customer.relation or "relative",
                )
            )
        else:
            self.also.hide()
        self.error = message_line("goodwillError")
        form = QFormLayout()
        form.addRow(tr("&What:"), self.kind)
        form.addRow(tr("&Cost:"), self.cost)
        form.addRow(tr("&Story:"), self.story)
        form.addRow("", self.also)
        self.panel = ApprovalPanel(svc.approvals, counter, self._ensure_request, tasks)
        self.panel.decided.connect(self._decided)
        self.panel.requested.connect(self._requested)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"<b>{escape(customer.preferred_name or customer.name)}</b>"))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.panel)
        self.resize(620, 460)
        QTimer.singleShot(0, self.kind, self.kind.setFocus)

    def _ensure_request(self) -> RequestWork:
        """The gesture as typed (checked off the GUI thread with the asking), or the one already asked."""
        existing = self.request if self.panel.request_id is not None else None
        ids = (self.customer.id,) + (
            (self.customer.related_id,) if self.also.isChecked() and self.customer.related_id else ()
        )
        kind, cost, story, currency = self.kind.currentData(), self.cost.text(), self.story.text(), self.store.currency
        goodwill, session, store_id = self.goodwill, self.session, self.store.id
        made = self._made = []

        def ask() -> int:
            req = existing or goodwill.new_request(kind, cost_minor(cost, currency), currency, story, ids)
            made.append(req)
            return goodwill.ask(session, req, store_id=store_id).id

        return ask

    def _requested(self, _request_id: int) -> None:
        if self._made:
            self.request = self._made[0]

    def _decided(self, res: ApprovalView) -> None:
        request = self.request
        if res.status != "approved" or request is None:
            return
        goodwill, session, store_id = self.goodwill, self.session, self.store.id
        self.tasks.submit(
            lambda: goodwill.grant(session, request, res.id, store_id=store_id),
            on_done=self._granted,
            inline=self.error,
        )

    def _granted(self, record: GoodwillRecord) -> None:
        self.record = record
        QTimer.singleShot(800, self, self.accept)
