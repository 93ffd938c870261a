"""Wizard pages 1-3: find the sale, pick lines and quantities, say why and what the customer wants."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QRadioButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizardPage,
)

from posassist.domain.money import Money
from posassist.domain.policy import CONDITIONS, REASONS, RESOLUTIONS
from posassist.errors import PosassistError
from posassist.services import lookup, returns
from posassist.services.returns_dto import DraftLine
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import named

WORDS = {
    "wrong_colour": "Wrong colour", "wrong_size": "Wrong size", "picking_error": "We sent the wrong item",
    "faulty": "Faulty / doesn't work", "not_as_described": "Not as described", "changed_mind": "Changed mind",
    "arrived_late": "Arrived late", "gift_return": "Unwanted gift", "medical": "Medical / personal", "other": "Other",
    "unopened": "Unopened", "opened": "Opened, as new", "worn": "Worn / used", "damaged_by_customer": "Damaged",
    "hygiene": "Hygiene item opened",
    "refund": "Refund to original payment", "store_credit": "Store credit", "exchange_now": "Exchange now (from here)",
    "exchange_shipped": "Ship an exchange (from another store)", "keep_and_order": "Keep it and order the other one",
    "keep_goodwill": "Goodwill: keep it with a gesture",
}


def money(minor: int, currency: str) -> str:
    return Money(minor, currency).format("en_CA")


def _combo(name: str, accessible: str, keys: tuple[str, ...]) -> QComboBox:
    box = named(QComboBox(), name, accessible)
    for k in keys:
        box.addItem(WORDS.get(k, k), k)
    return box


class FindPage(QWizardPage):
    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle("Find the sale")
        self.setSubTitle("Scan or type the receipt, pick one of the customer's purchases, or go on without a receipt.")
        self.receipt = named(QLineEdit(), "returnReceipt", "Receipt number", "Scan the receipt barcode or type its number")
        self.receipt.setPlaceholderText("Receipt number, e.g. W-2026-4101")
        mark_scan_target(self.receipt)
        self.history = named(QListWidget(), "returnCustomerSales", "The customer's purchases", "Enter picks a purchase")
        self.info = QLabel("")
        self.info.setObjectName("returnSaleInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.mode_receipt = named(QRadioButton("&Receipt or purchase"), "returnModeReceipt", "Return with receipt")
        self.mode_none = named(QRadioButton("&No receipt"), "returnModeNoReceipt", "Return without receipt")
        self.mode_never = named(QRadioButton("Item this store ne&ver sold"), "returnModeNeverSold",
                                "Item this store never sold (goodwill exception)")
        self.modes = QButtonGroup(self)
        for i, b in enumerate((self.mode_receipt, self.mode_none, self.mode_never)):
            self.modes.addButton(b, i)
        self.mode_receipt.setChecked(True)
        row = QHBoxLayout()
        for b in (self.mode_receipt, self.mode_none, self.mode_never):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(QLabel("&Receipt:", buddy=self.receipt))
        lay.addWidget(self.receipt)
        lay.addWidget(QLabel("Or one of the customer's &purchases:", buddy=self.history))
        lay.addWidget(self.history, 1)
        lay.addWidget(self.info)
        self.drafts_label = QLabel("Or resume a saved &return:")
        self.drafts = named(QListWidget(), "returnDrafts", "Saved returns to resume", "Enter resumes the return")
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
                    item = QListWidgetItem(f"{sale.sold_at:%d %b %Y} · {sale.receipt_no} · {sale.channel} · "
                                           f"{money(sale.total_minor, sale.currency)} · "
                                           + "; ".join(ln.description for ln in sale.lines)[:90])
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
            what = {"receipt": "receipt", "no_receipt": "no receipt", "never_sold": "never sold"}.get(d.mode, d.mode)
            item = QListWidgetItem(f"Saved return ({what}, {len(d.lines)} line(s))"
                                   + (" · approval asked" if d.approval_id else ""))
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
        self.info.setText({"no_receipt": "Without a receipt the refund is store credit at the lowest recent price.",
                           "never_sold": "Describe the item and its value next; a shift lead must approve."}.get(mode, ""))
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
        self.w.set_draft(replace(self.w.draft, mode="receipt", sale_id=sale.id,
                                 customer_id=sale.customer_id or self.w.draft.customer_id, lines=()))
        if sale.customer_id:
            self.w.customer_selected.emit(sale.customer_id)
        self._show(sale)
        self.completeChanged.emit()

    def _show(self, sale) -> None:  # type: ignore[no-untyped-def]
        parts = [f"<b>{escape(sale.receipt_no)}</b> · {sale.sold_at:%d %b %Y} · {escape(sale.channel)} · "
                 f"{escape(sale.customer_name or 'no customer')} · {money(sale.total_minor, sale.currency)}"]
        for ln in sale.lines:
            parts.append(f"• {escape(ln.description)} × {ln.quantity}"
                         + (f" ({ln.returned} already returned)" if ln.returned else ""))
            if ln.fulfilment_note:
                parts.append(f"<span style='color:#0a5'><b>Not the customer's mistake:</b> {escape(ln.fulfilment_note)}"
                             + (f" Sent: {escape(ln.shipped_description)}." if ln.shipped_description else "") + "</span>")
        self.info.setText("<br>".join(parts))

    def isComplete(self) -> bool:
        return self.w.draft.mode != "receipt" or self.w.sale is not None


class LinesPage(QWizardPage):
    """Which lines, how many: the table shows what is still available to return."""

    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle("What is coming back?")
        self.table = named(QTableWidget(0, 5), "returnLines", "Lines on the receipt",
                           "↑/↓ choose a line; type the quantity below")
        self.table.setHorizontalHeaderLabels(["Item", "Bought", "Returned before", "Available", "Return now"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.qty = named(QSpinBox(), "returnQuantity", "Quantity to return for the selected line")
        self.item = named(QLineEdit(), "returnItem", "Item being returned", "Scan or type the SKU of the item")
        mark_scan_target(self.item)
        self.item_info = QLabel("")
        self.item_info.setObjectName("returnItemInfo")
        self.description = named(QLineEdit(), "returnDescription", "What the customer brought")
        self.value = named(QLineEdit(), "returnValue", "Value (for the goodwill record)", "e.g. 480.00")
        mark_scan_target(self.value)  # amounts typed quickly are not scans
        self.error = QLabel("")
        self.error.setObjectName("returnLinesError")
        self.error.setStyleSheet("color:#b00020")
        form = QFormLayout()
        form.addRow("&Quantity:", self.qty)
        form.addRow("&Item (SKU or scan):", self.item)
        form.addRow("", self.item_info)
        form.addRow("&Description:", self.description)
        form.addRow("&Value:", self.value)
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
        for wdg in (self.item, self.item_info):
            wdg.setVisible(mode == "no_receipt")
        for wdg in (self.description, self.value):
            wdg.setVisible(mode == "never_sold")
        self._qty = {dl.sale_line_id: dl.quantity for dl in self.w.draft.lines if dl.sale_line_id}
        if receipt and self.w.sale:
            lines = self.w.sale.lines
            self.table.setRowCount(len(lines))
            for r, ln in enumerate(lines):
                if not self._qty and len(lines) == 1 and ln.available:
                    self._qty[ln.id] = 1
                for c, v in enumerate([ln.description, ln.quantity, ln.returned, ln.available, self._qty.get(ln.id, 0)]):
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
            self.item_info.setText(res.message or "Scan the item's barcode or type its SKU exactly.")
        self.completeChanged.emit()

    def _value_minor(self) -> int | None:
        try:
            return Money.of(self.value.text().replace("$", "").replace(",", "").strip() or "x", self.w.store.currency).minor
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
            lines = tuple(replace(old[lid], quantity=q) if lid in old else DraftLine(lid, q)
                          for lid, q in self._qty.items() if q > 0)
        elif mode == "no_receipt":
            prev = self.w.draft.lines[0] if self.w.draft.lines else DraftLine(None, 1)
            lines = (replace(prev, variant_id=self._variant, quantity=self.qty.value()),)
        else:
            prev = self.w.draft.lines[0] if self.w.draft.lines else DraftLine(None, 1, condition="opened",
                                                                             resolution="store_credit", reason="other")
            lines = (replace(prev, description=self.description.text().strip(), declared_value_minor=self._value_minor(),
                             quantity=self.qty.value()),)
        self.w.set_draft(self.w.draft.with_lines(lines))
        return True


class DetailsPage(QWizardPage):
    """Per line: why, in what condition, and what would make this customer happy."""

    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle("Why, and what would make the customer happy?")
        self.lines = named(QListWidget(), "returnDetailLines", "Lines being returned", "↑/↓ to choose a line")
        self.lines.setMaximumHeight(110)
        self.reason = _combo("returnReason", "Reason", REASONS)
        self.condition = _combo("returnCondition", "Condition", CONDITIONS)
        self.resolution = _combo("returnResolution", "What the customer wants", RESOLUTIONS)
        self.replacement = named(QLineEdit(), "returnReplacement", "Replacement item",
                                 "Scan or type the SKU of the item the customer wants instead (or F6 from a card)")
        mark_scan_target(self.replacement)
        self.replacement_info = QLabel("")
        self.replacement_info.setObjectName("returnReplacementInfo")
        self.replacement_info.setWordWrap(True)
        self.ship_from = named(QComboBox(), "returnShipFrom", "Ship from store (arrive-by date)")
        self.note = named(QLineEdit(), "returnNote", "Note for this line")
        form = QFormLayout()
        form.addRow("&Reason:", self.reason)
        form.addRow("C&ondition:", self.condition)
        form.addRow("&Customer wants:", self.resolution)
        form.addRow("Re&placement:", self.replacement)
        form.addRow("", self.replacement_info)
        form.addRow("S&hip from:", self.ship_from)
        form.addRow("No&te:", self.note)
        lay = QVBoxLayout(self)
        lay.addWidget(self.lines)
        lay.addLayout(form)
        self._row = -1
        self.lines.currentRowChanged.connect(self._load_row)
        for box in (self.reason, self.condition, self.resolution, self.ship_from):
            box.currentIndexChanged.connect(lambda *_: self._store_row())
        self.note.editingFinished.connect(self._store_row)
        self.replacement.installEventFilter(self)  # Enter looks the item up; the next Enter goes on

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if obj is self.replacement and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.replacement.isModified():
            self._find_replacement()  # a second Enter, with nothing new typed, goes on
            self.replacement.setModified(False)
            return True
        return super().eventFilter(obj, event)

    def initializePage(self) -> None:
        self.lines.blockSignals(True)
        self.lines.clear()
        sale_lines = {ln.id: ln for ln in self.w.sale.lines} if self.w.sale else {}
        for dl in self.w.draft.lines:
            ln = sale_lines.get(dl.sale_line_id or -1)
            self.lines.addItem(f"{dl.quantity} × {ln.description if ln else (dl.description or 'item')}")
        self.lines.blockSignals(False)
        self._row = -1
        self.lines.setCurrentRow(0)
        self._load_row(0)
        self.w.focus_later(self.reason)

    def _line(self) -> DraftLine | None:
        return self.w.draft.lines[self._row] if 0 <= self._row < len(self.w.draft.lines) else None

    def _load_row(self, row: int) -> None:
        self._row = -1  # no writes while loading
        dl = self.w.draft.lines[row] if 0 <= row < len(self.w.draft.lines) else None
        if dl is None:
            return
        for box, key in ((self.reason, dl.reason), (self.condition, dl.condition), (self.resolution, dl.resolution)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(key)))
            box.blockSignals(False)
        self.note.setText(dl.note or "")
        self._row = row
        self._show_replacement(dl)

    def _store_row(self) -> None:
        dl = self._line()
        if dl is None:
            return
        new = replace(dl, reason=self.reason.currentData(), condition=self.condition.currentData(),
                      resolution=self.resolution.currentData(), note=self.note.text().strip() or None,
                      ship_from_store_id=self.ship_from.currentData() if self.ship_from.count() else dl.ship_from_store_id)
        lines = list(self.w.draft.lines)
        lines[self._row] = new
        self.w.set_draft(self.w.draft.with_lines(tuple(lines)))
        self._show_replacement(new, refresh_ships=new.resolution != dl.resolution)
        self.completeChanged.emit()

    def _find_replacement(self) -> None:
        res = lookup.search(self.w.db, self.replacement.text(), store=self.w.store, limit=2)
        if res.hits and (res.exact or len(res.hits) == 1):
            self.set_replacement(res.hits[0].variant_id)
        else:
            self.replacement_info.setText(res.message or "Scan the barcode or type the SKU exactly.")

    def set_replacement(self, variant_id: int) -> None:
        dl = self._line()
        if dl is None:
            return
        lines = list(self.w.draft.lines)
        lines[self._row] = replace(dl, replacement_variant_id=variant_id, ship_from_store_id=None)
        self.w.set_draft(self.w.draft.with_lines(tuple(lines)))
        self._show_replacement(lines[self._row])
        self.completeChanged.emit()

    def _show_replacement(self, dl: DraftLine, refresh_ships: bool = True) -> None:
        wants = dl.resolution in ("exchange_now", "exchange_shipped", "keep_and_order")
        for wdg in (self.replacement, self.replacement_info):
            wdg.setEnabled(wants)
        self.ship_from.setEnabled(dl.resolution == "exchange_shipped")
        if not wants or dl.replacement_variant_id is None:
            self.replacement_info.setText("Scan or type the item the customer wants instead." if wants else "")
            if refresh_ships:
                self.ship_from.clear()
            return
        try:
            ev = returns.evaluate(self.w.db, self.w.draft.with_lines((dl,)), self.w.staff)
        except PosassistError as err:
            self.replacement_info.setText(str(err))
            return
        r = ev.replacements.get(0)
        if r is None:
            return
        here = "unknown" if r.stock_here is None else str(r.stock_here)
        self.replacement_info.setText(f"{r.description} · {money(r.price_minor, self.w.store.currency)} · here: {here}"
                                      + ("" if not ev.problems else f"\n{ev.problems[0]}"))
        if refresh_ships:
            self.ship_from.blockSignals(True)
            self.ship_from.clear()
            for o in r.ship_options:
                self.ship_from.addItem(f"{o.store_name} ({o.on_hand} in stock) — arrives by {o.arrive_by:%a %d %b}", o.store_id)
            idx = self.ship_from.findData(dl.ship_from_store_id)
            self.ship_from.setCurrentIndex(max(0, idx))
            self.ship_from.blockSignals(False)

    def isComplete(self) -> bool:
        return all(dl.replacement_variant_id is not None or dl.resolution not in
                   ("exchange_now", "exchange_shipped", "keep_and_order") for dl in self.w.draft.lines)

    def validatePage(self) -> bool:
        self._store_row()
        return True
