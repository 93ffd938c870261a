"""Step 1 of the return wizard: find the sale (receipt, customer or item) or say there is none; steps
2 and 3 are in lines_page and details."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.returns_dto import ReturnDraft, SaleView
from posassist.ui.returns.lines_page import LinesPage
from posassist.ui.returns.page_parts import (
    FIND_PAGE,
    WORDS,
    fulfilment_notes,
    held_item,
    money,
)
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import EnterKey, buddy, named, readable

__all__ = ["FindPage", "LinesPage", "WORDS", "fulfilment_notes", "held_item", "money"]

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard


class FindPage(QWizardPage):
    def __init__(self, wizard: ReturnWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Find the sale"))
        self.setSubTitle(
            tr("Scan or type the receipt, pick one of the customer's purchases, or go on without a receipt.")
        )
        self.receipt = named(
            QLineEdit(), "returnReceipt", tr("Receipt number"), tr("Scan the receipt barcode or type its number")
        )
        self.receipt.setPlaceholderText(tr("Receipt number, e.g. W-2026-4101"))
        mark_scan_target(self.receipt)
        self.history = named(
            QListWidget(), "returnCustomerSales", tr("The customer's purchases"), tr("Enter picks a purchase")
        )
        self.info = QLabel("")
        self.info.setObjectName("returnSaleInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        readable(self.info, tr("The sale found"))
        self._modes()
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        for b in (self.mode_receipt, self.mode_none, self.mode_never):
            row.addWidget(b)
        lay.addLayout(row)
        lay.addWidget(buddy(tr("&Receipt:"), self.receipt))
        lay.addWidget(self.receipt)
        lay.addWidget(buddy(tr("Or one of the customer's &purchases:"), self.history))
        lay.addWidget(self.history, 1)
        lay.addWidget(self.info)
        self.drafts_label = QLabel(tr("Or resume a saved &return:"))
        self.drafts = named(
            QListWidget(), "returnDrafts", tr("Saved returns to resume"), tr("Enter resumes the return")
        )
        self.drafts.setMaximumHeight(90)
        self.drafts_label.setBuddy(self.drafts)
        self._open_drafts: dict[str, ReturnDraft] = {}
        lay.addWidget(self.drafts_label)
        lay.addWidget(self.drafts)
        # Enter asks the services; the answer goes on to the next page by itself
        EnterKey(self.receipt, self._find)
        EnterKey(self.history, lambda: self._picked(self.history.currentItem(), go_on=True))
        EnterKey(self.drafts, lambda: self._resume(self.drafts.currentItem()))
        self.history.itemActivated.connect(lambda item: self._picked(item, go_on=False))
        self.drafts.itemActivated.connect(self._resume)
        self.modes.idToggled.connect(lambda *_: self._mode_changed())

    def _modes(self) -> None:
        self.mode_receipt = named(
            QRadioButton(tr("&Receipt or purchase")), "returnModeReceipt", tr("Return with receipt")
        )
        self.mode_none = named(QRadioButton(tr("&No receipt")), "returnModeNoReceipt", tr("Return without receipt"))
        self.mode_never = named(
            QRadioButton(tr("Item this store ne&ver sold")),
            "returnModeNeverSold",
            tr("Item this store never sold (goodwill exception)"),
        )
        self.modes = QButtonGroup(self)
        for i, b in enumerate((self.mode_receipt, self.mode_none, self.mode_never)):
            self.modes.addButton(b, i)
        self.mode_receipt.setChecked(True)

    def initializePage(self) -> None:
        self.history.clear()
        returns, customer, store = self.w.returns, self.w.customer_id, self.w.store.id
        if customer is not None:
            self.w.tasks.submit(
                lambda: returns.customer_sales(customer), on_done=self._show_history, inline=self.info, key="sales"
            )
        if self.w.sale is not None:
            self._show(self.w.sale)
            self.completeChanged.emit()
        self.w.tasks.submit(lambda: returns.open_drafts(store), on_done=self._fill_drafts, key="drafts")
        self.w.focus_later(self.receipt)

    def _show_history(self, sales: list[SaleView]) -> None:
        self.history.clear()
        for sale in sales:
            item = QListWidgetItem(
                f"{i18n.day(sale.sold_at)} · {sale.receipt_no} · {label(sale.channel)} · "
                f"{money(sale.total_minor, sale.currency)} · " + "; ".join(ln.description for ln in sale.lines)[:90]
            )
            item.setData(Qt.ItemDataRole.UserRole, sale.id)
            self.history.addItem(item)

    def _fill_drafts(self, drafts: list[ReturnDraft]) -> None:
        """Returns left unfinished (window closed, crash, waiting for approval) can be resumed."""
        self.drafts.clear()
        self._open_drafts = {d.key: d for d in drafts}
        for d in drafts:
            if d.key == self.w.draft.key:
                continue
            what = {"receipt": tr("receipt"), "no_receipt": tr("no receipt"), "never_sold": tr("never sold")}.get(
                d.mode, d.mode
            )
            item = QListWidgetItem(
                tr("Saved return ({mode}, lines: {count})", mode=what, count=len(d.lines))
                + (" · " + tr("approval asked") if d.approval_id else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, d.key)
            self.drafts.addItem(item)
        self.drafts.setVisible(self.drafts.count() > 0)
        self.drafts_label.setVisible(self.drafts.count() > 0)

    def _resume(self, item: QListWidgetItem | None) -> bool:
        """A saved return, with its sale fetched again: straight back to work on the next page."""
        draft = self._open_drafts.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        if draft is None:
            return False
        returns, sale_id = self.w.returns, draft.sale_id

        def resumed(sale: SaleView | None) -> None:
            self.w.set_draft(draft)
            self.w.sale = sale
            button = self.modes.button(("receipt", "no_receipt", "never_sold").index(draft.mode))
            button.setChecked(True)
            self.w.set_draft(draft)
            if sale is not None:
                self._show(sale)
            self.completeChanged.emit()
            self.w.go_on_from(FIND_PAGE)

        self.w.tasks.submit(
            lambda: returns.sale(sale_id) if sale_id else None, on_done=resumed, inline=self.info, key="find-sale"
        )
        return True

    def _mode_changed(self) -> None:
        mode = ("receipt", "no_receipt", "never_sold")[self.modes.checkedId()]
        if mode != self.w.draft.mode:
            self.w.sale = None
            self.w.set_draft(replace(self.w.draft, mode=mode, sale_id=None, lines=()))
        self.receipt.setEnabled(mode == "receipt")
        self.history.setEnabled(mode == "receipt")
        self.info.setText(
            {
                "no_receipt": tr("Without a receipt the refund is store credit at the lowest recent price."),
                "never_sold": tr("Describe the item and its value next; a shift lead must approve."),
            }.get(mode, "")
        )
        self.completeChanged.emit()

    def _find(self) -> bool:
        returns, receipt = self.w.returns, self.receipt.text()

        def not_found(err: BaseException) -> None:
            self.w.tasks.messages.error(err, inline=self.info)
            self.receipt.selectAll()

        self.w.tasks.submit(
            lambda: returns.find_sale(receipt),
            on_done=lambda sale: self._use(sale, go_on=True),
            on_error=not_found,
            key="find-sale",
        )
        return True

    def _picked(self, item: QListWidgetItem | None, *, go_on: bool) -> bool:
        if item is None:
            return False
        returns, sale_id = self.w.returns, int(item.data(Qt.ItemDataRole.UserRole))
        self.w.tasks.submit(
            lambda: returns.sale(sale_id),
            on_done=lambda sale: self._use(sale, go_on=go_on),
            inline=self.info,
            key="find-sale",
        )
        return True

    def show_sale(self, sale: SaleView) -> None:
        """The sale of a draft the wizard was opened with."""
        self.w.sale = sale
        self._show(sale)
        self.completeChanged.emit()

    def _use(self, sale: SaleView, *, go_on: bool = False) -> None:
        self.w.sale = sale
        self.w.set_draft(
            replace(
                self.w.draft,
                mode="receipt",
                sale_id=sale.id,
                customer_id=sale.customer_id or self.w.draft.customer_id,
                lines=(),
            )
        )
        if sale.customer_id:
            self.w.customer_selected.emit(sale.customer_id)
        if sale.customer_id != self.w.customer_id:
            # another person's receipt: the purchases listed were someone else's
            self.w.customer_id = sale.customer_id
            self.history.clear()
            if sale.customer_id is not None:
                returns, customer = self.w.returns, sale.customer_id
                self.w.tasks.submit(lambda: returns.customer_sales(customer), on_done=self._show_history, key="sales")
        self._show(sale)
        self.completeChanged.emit()
        if go_on:
            self.w.go_on_from(FIND_PAGE)

    def _show(self, sale: SaleView) -> None:
        parts = [
            f"<b>{escape(sale.receipt_no)}</b> · {i18n.day(sale.sold_at)} · {escape(label(sale.channel))} · "
            f"{escape(sale.customer_name or tr('no customer'))} · {money(sale.total_minor, sale.currency)}"
        ]
        for ln in sale.lines:
            parts.append(
                f"• {escape(ln.description)} × {ln.quantity}"
                + (" " + tr("({count} already returned)", count=ln.returned) if ln.returned else "")
            )
        parts += fulfilment_notes(sale)
        self.info.setText("<br>".join(parts))

    def isComplete(self) -> bool:
        return self.w.draft.mode != "receipt" or self.w.sale is not None
