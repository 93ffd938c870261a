"""A goodwill exception for the customer in the pane: what, what it costs, the story; a shift lead
approves (here or elsewhere), then it is recorded and any flag lands on the customer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from posassist import i18n
from posassist.db.session import Database
from posassist.domain.money import Money
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.labels import label
from posassist.services import goodwill
from posassist.services.customers import CustomerProfile
from posassist.services.dto import StaffInfo, StoreInfo
from posassist.ui.approvals.panel import ApprovalPanel
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import named


class GoodwillDialog(QDialog):
    def __init__(
        self, db: Database, store: StoreInfo, staff: StaffInfo, customer: CustomerProfile, counter: str, parent=None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.store, self.staff, self.customer = db, store, staff, customer
        self.request: goodwill.GoodwillRequest | None = None
        self.record: goodwill.GoodwillRecord | None = None
        self.setObjectName("goodwillDialog")
        self.setAccessibleName(tr("Goodwill exception"))
        self.setWindowTitle(tr("Goodwill for {value}", value=customer.preferred_name or customer.name))
        self.kind = named(QComboBox(), "goodwillKind", tr("What the gesture is"))
        for key in goodwill.KIND_WORDS:
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
        self.error = QLabel("")
        self.error.setObjectName("goodwillError")
        self.error.setStyleSheet("color:#b00020")
        form = QFormLayout()
        form.addRow(tr("&What:"), self.kind)
        form.addRow(tr("&Cost:"), self.cost)
        form.addRow(tr("&Story:"), self.story)
        form.addRow("", self.also)
        self.panel = ApprovalPanel(db, counter, self._ensure_request)
        self.panel.decided.connect(self._decided)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"<b>{escape(customer.preferred_name or customer.name)}</b>"))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.panel)
        self.resize(620, 460)
        QTimer.singleShot(0, self.kind, self.kind.setFocus)

    def _ensure_request(self) -> int:
        if self.request is None or self.panel.request_id is None:
            try:
                cost = Money.of(i18n.parse_amount(self.cost.text() or "0"), self.store.currency).minor
            except (ValueError, TypeError) as err:
                raise PosassistError(
                    tr("Type the cost as an amount, e.g. {example}.", example=i18n.number(25, decimals=2))
                ) from err
            ids = (self.customer.id,) + (
                (self.customer.related_id,) if self.also.isChecked() and self.customer.related_id else ()
            )
            self.request = goodwill.new_request(
                self.kind.currentData(), cost, self.store.currency, self.story.text(), ids
            )
        return goodwill.ask(self.db, self.request, staff=self.staff, store_id=self.store.id).id

    def _decided(self, res) -> None:  # type: ignore[no-untyped-def]
        if res.status != "approved" or self.request is None:
            return
        try:
            self.record = goodwill.grant(self.db, self.request, res.id, staff=self.staff, store_id=self.store.id)
        except PosassistError as err:
            self.error.setText(str(err))
            return
        QTimer.singleShot(800, self, self.accept)
