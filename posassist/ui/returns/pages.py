"""Wizard pages 1-3: find the sale, pick lines and quantities, say why and what the customer wants."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from posassist import i18n
from posassist.domain.money import Money
from posassist.errors import PosassistError
from posassist.i18n import QT_TR_NOOP, tr
from posassist.labels import label
from posassist.services import lookup, returns
from posassist.services.returns_dto import DraftLine
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import named

WORDS = {
    "wrong_colour": QT_TR_NOOP("Wrong colour"),
    "wrong_size": QT_TR_NOOP("Wrong size"),
    "picking_error": QT_TR_NOOP("We sent the wrong item"),
    "faulty": QT_TR_NOOP("Faulty / doesn't work"),
    "not_as_described": QT_TR_NOOP("Not as described"),
    "changed_mind": QT_TR_NOOP("Changed mind"),
    "arrived_late": QT_TR_NOOP("Arrived late"),
    "gift_return": QT_TR_NOOP("Unwanted gift"),
    "medical": QT_TR_NOOP("Medical / personal"),
    "other": QT_TR_NOOP("Other"),
    "unopened": QT_TR_NOOP("Unopened"),
    "opened": QT_TR_NOOP("Opened, as new"),
    "worn": QT_TR_NOOP("Worn / used"),
    "damaged_by_customer": QT_TR_NOOP("Damaged"),
    "hygiene": QT_TR_NOOP("Hygiene item opened"),
    "refund": QT_TR_NOOP("Refund to original payment"),
    "store_credit": QT_TR_NOOP("Store credit"),
    "exchange_now": QT_TR_NOOP("Exchange now (from here)"),
    "exchange_shipped": QT_TR_NOOP("Ship an exchange (from another store)"),
    "keep_and_order": QT_TR_NOOP("Keep it and order the other one"),
    "keep_goodwill": QT_TR_NOOP("Goodwill: keep it with a gesture"),
}


def money(minor: int, currency: str) -> str:
    return i18n.money(minor, currency)


def _combo(name: str, accessible: str, keys: tuple[str, ...]) -> QComboBox:
    box = named(QComboBox(), name, accessible)
    for k in keys:
        box.addItem(tr(WORDS.get(k, k)), k)
    return box


class FindPage(QWizardPage):
    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
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
        row = QHBoxLayout()
        for b in (self.mode_receipt, self.mode_none, self.mode_never):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(QLabel(tr("&Receipt:"), buddy=self.receipt))
        lay.addWidget(self.receipt)
        lay.addWidget(QLabel(tr("Or one of the customer's &purchases:"), buddy=self.history))
        lay.addWidget(self.history, 1)
        lay.addWidget(self.info)
        self.drafts_label = QLabel(tr("Or resume a saved &return:"))
        self.drafts = named(
            QListWidget(), "returnDrafts", tr("Saved returns to resume"), tr("Enter resumes the return")
        )
        self.drafts.setMaximumHeight(90)
        self.drafts_label.setBuddy(self.drafts)
        lay.addWidget(self.drafts_label)
        lay.addWidget(self.drafts)
        self.drafts.itemActivated.connect(self._resume)
        self.receipt.returnPressed.connect(self._find)
        self.history.itemActivated.connect(self._picked)
        self.modes.idToggled.connect(lambda *_: self._mode_changed())

    def initializePage(self) -> None:
        self.history.clear()
        if self.w.customer_id is not None:
            try:
                for sale in returns.customer_sales(self.w.db, self.w.customer_id):
                    item = QListWidgetItem(
                        f"{i18n.day(sale.sold_at)} · {sale.receipt_no} · {label(sale.channel)} · "
                        f"{money(sale.total_minor, sale.currency)} · "
                        + "; ".join(ln.description for ln in sale.lines)[:90]
                    )
                    item.setData(Qt.ItemDataRole.UserRole, sale.id)
                    self.history.addItem(item)
            except PosassistError as err:
                self.info.setText(escape(str(err)))
        if self.w.sale is not None:
            self._show(self.w.sale)
            self.completeChanged.emit()
        self._fill_drafts()
        self.w.focus_later(self.receipt)

    def _fill_drafts(self) -> None:
        """Returns left unfinished (window closed, crash, waiting for approval) can be resumed."""
        self.drafts.clear()
        for d in returns.open_drafts(self.w.db, self.w.store.id):
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

    def _resume(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        draft = next((d for d in returns.open_drafts(self.w.db, self.w.store.id) if d.key == key), None)
        if draft is None:
            return
        self.w.set_draft(draft)
        self.w.sale = returns.sale_by_id(self.w.db, draft.sale_id) if draft.sale_id else None
        self.modes.button(("receipt", "no_receipt", "never_sold").index(draft.mode)).setChecked(True)
        self.w.set_draft(draft)
        if self.w.sale:
            self._show(self.w.sale)
        self.completeChanged.emit()  # Enter on the list also presses Next: straight back to work

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

    def _find(self) -> None:
        try:
            sale = returns.find_sale(self.w.db, self.receipt.text())
        except PosassistError as err:
            self.info.setText(f"<span style='color:#b00020'>{escape(str(err))}</span>")
            self.receipt.selectAll()
            return
        self._use(sale)

    def _picked(self, item: QListWidgetItem) -> None:
        try:
            self._use(returns.sale_by_id(self.w.db, int(item.data(Qt.ItemDataRole.UserRole))))
        except PosassistError as err:
            self.info.setText(escape(str(err)))

    def _use(self, sale) -> None:  # type: ignore[no-untyped-def]
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
        self._show(sale)
        self.completeChanged.emit()

    def _show(self, sale) -> None:  # type: ignore[no-untyped-def]
        parts = [
            f"<b>{escape(sale.receipt_no)}</b> · {i18n.day(sale.sold_at)} · {escape(label(sale.channel))} · "
            f"{escape(sale.customer_name or tr('no customer'))} · {money(sale.total_minor, sale.currency)}"
        ]
        for ln in sale.lines:
            parts.append(
                f"• {escape(ln.description)} × {ln.quantity}"
                + (" " + tr("({count} already returned)", count=ln.returned) if ln.returned else "")
            )
            if ln.fulfilment_note:
                parts.append(
                    "<span style='color:#0a5'><b>"
                    + tr("Not the customer's mistake:")
                    + f"</b> {escape(ln.fulfilment_note)}"
                    + (" " + tr("Sent: {item}.", item=escape(ln.shipped_description)) if ln.shipped_description else "")
                    + "</span>"
                )
        self.info.setText("<br>".join(parts))

    def isComplete(self) -> bool:
        return self.w.draft.mode != "receipt" or self.w.sale is not None


class LinesPage(QWizardPage):
    """Which lines, how many: the table shows what is still available to return."""

    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle(tr("What is coming back?"))
        self.table = named(
            QTableWidget(0, 5),
            "returnLines",
            tr("Lines on the receipt"),
            tr("↑/↓ choose a line; type the quantity below"),
        )
        self.table.setHorizontalHeaderLabels(
            [tr("Item"), tr("Bought"), tr("Returned before"), tr("Available"), tr("Return now")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.qty = named(QSpinBox(), "returnQuantity", tr("Quantity to return for the selected line"))
        self.item = named(QLineEdit(), "returnItem", tr("Item being returned"), tr("Scan or type the SKU of the item"))
        mark_scan_target(self.item)
        self.item_info = QLabel("")
        self.item_info.setObjectName("returnItemInfo")
        self.description = named(QLineEdit(), "returnDescription", tr("What the customer brought"))
        self.value = named(QLineEdit(), "returnValue", tr("Value (for the goodwill record)"), "e.g. 480.00")
        mark_scan_target(self.value)  # amounts typed quickly are not scans
        self.error = QLabel("")
        self.error.setObjectName("returnLinesError")
        self.error.setStyleSheet("color:#b00020")
        form = self.form = QFormLayout()
        form.addRow(tr("&Quantity:"), self.qty)
        form.addRow(tr("&Item (SKU or scan):"), self.item)
        form.addRow("", self.item_info)
        form.addRow(tr("&Description:"), self.description)
        form.addRow(tr("&Value:"), self.value)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        self._qty: dict[int, int] = {}
        self._variant: int | None = None
        self.table.currentCellChanged.connect(lambda r, *_: self._row_changed(r))
        self.qty.valueChanged.connect(self._qty_changed)
        self.item.returnPressed.connect(self._find_item)
        for wdg in (self.description, self.value):
            wdg.textChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:
        mode = self.w.draft.mode
        receipt = mode == "receipt"
        self.table.setVisible(receipt)
        for wdg in (self.item, self.item_info):  # whole rows, labels included
            self.form.setRowVisible(wdg, mode == "no_receipt")
        for wdg in (self.description, self.value):
            self.form.setRowVisible(wdg, mode == "never_sold")
        self._qty = {dl.sale_line_id: dl.quantity for dl in self.w.draft.lines if dl.sale_line_id}
        if receipt and self.w.sale:
            lines = self.w.sale.lines
            self.table.setRowCount(len(lines))
            for r, ln in enumerate(lines):
                if not self._qty and len(lines) == 1 and ln.available:
                    self._qty[ln.id] = 1
                for c, v in enumerate(
                    [ln.description, ln.quantity, ln.returned, ln.available, self._qty.get(ln.id, 0)]
                ):
                    self.table.setItem(r, c, QTableWidgetItem(str(v)))
            self.table.resizeColumnsToContents()
            self.table.setCurrentCell(0, 0)
            self.w.focus_later(self.qty)
        else:
            self.qty.setRange(1, 999)
            self.qty.setValue(max(1, self.w.draft.lines[0].quantity if self.w.draft.lines else 1))
            self.w.focus_later(self.item if mode == "no_receipt" else self.description)

    def _row_changed(self, row: int) -> None:
        if not self.w.sale or row < 0:
            return
        ln = self.w.sale.lines[row]
        self.qty.blockSignals(True)
        self.qty.setRange(0, max(0, ln.available))
        self.qty.setValue(self._qty.get(ln.id, 0))
        self.qty.blockSignals(False)

    def _qty_changed(self, value: int) -> None:
        if self.w.draft.mode == "receipt" and self.w.sale:
            row = self.table.currentRow()
            if row >= 0:
                ln = self.w.sale.lines[row]
                self._qty[ln.id] = value
                self.table.item(row, 4).setText(str(value))
        self.completeChanged.emit()

    def _find_item(self) -> None:
        res = lookup.search(self.w.db, self.item.text(), store=self.w.store, limit=2)
        if len(res.hits) >= 1 and (res.exact or len(res.hits) == 1):
            h = res.hits[0]
            self._variant = h.variant_id
            self.item_info.setText(f"{h.title} — {', '.join(x for x in (h.colour, h.size) if x)}")
        else:
            self._variant = None
            self.item_info.setText(res.message or tr("Scan the item's barcode or type its SKU exactly."))
        self.completeChanged.emit()

    def _value_minor(self) -> int | None:
        try:
            return Money.of(i18n.parse_amount(self.value.text()), self.w.store.currency).minor
        except (ValueError, TypeError):
            return None

    def isComplete(self) -> bool:
        mode = self.w.draft.mode
        if mode == "receipt":
            return any(q > 0 for q in self._qty.values())
        if mode == "no_receipt":
            return self._variant is not None
        value = self._value_minor()
        return bool(self.description.text().strip()) and value is not None and value >= 0

    def validatePage(self) -> bool:
        old = {dl.sale_line_id: dl for dl in self.w.draft.lines}
        mode = self.w.draft.mode
        if mode == "receipt":
            lines = tuple(
                replace(old[lid], quantity=q) if lid in old else DraftLine(lid, q)
                for lid, q in self._qty.items()
                if q > 0
            )
        elif mode == "no_receipt":
            prev = self.w.draft.lines[0] if self.w.draft.lines else DraftLine(None, 1)
            lines = (replace(prev, variant_id=self._variant, quantity=self.qty.value()),)
        else:
            prev = (
                self.w.draft.lines[0]
                if self.w.draft.lines
                else DraftLine(None, 1, condition="opened", resolution="store_credit", reason="other")
            )
            lines = (
                replace(
                    prev,
                    description=self.description.text().strip(),
                    declared_value_minor=self._value_minor(),
                    quantity=self.qty.value(),
                ),
            )
        self.w.set_draft(self.w.draft.with_lines(lines))
        return True
