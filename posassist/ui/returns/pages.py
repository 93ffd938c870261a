"""Wizard pages 1-3: find the sale, pick lines and quantities, say why and what the customer wants."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING

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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from posassist import i18n
from posassist.domain.money import Money
from posassist.i18n import QT_TR_NOOP, tr
from posassist.labels import label
from posassist.services.lookup import SearchResult
from posassist.services.returns_dto import DraftLine, ReturnDraft, SaleLineView, SaleView
from posassist.ui.appearance import readable_colour
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import EnterKey, TypedSpinBox, buddy, message_line, named, readable

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard

FIND_PAGE, LINES_PAGE = 0, 1  # the wizard's page ids (wizard.Page)

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


def held_item(ln: SaleLineView) -> str:
    """What the customer holds: the item sent when it was not the one ordered."""
    if ln.shipped_description and ln.shipped_description != ln.description:
        return tr("{held} (ordered: {ordered})", held=ln.shipped_description, ordered=ln.description)
    return ln.description


def fulfilment_notes(sale: SaleView) -> list[str]:
    """'Not the customer's mistake: Red M was packed. Sent: …' per line, in a green that reads on
    the theme's background (4.5:1 at least), bold."""
    colour = readable_colour("good")
    return [
        f"<span style='color:{colour}'><b>"
        + tr("Not the customer's mistake:")
        + f"</b> {escape(ln.fulfilment_note)}"
        + (" " + tr("Sent: {item}.", item=escape(ln.shipped_description)) if ln.shipped_description else "")
        + "</span>"
        for ln in sale.lines
        if ln.fulfilment_note
    ]


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


class LinesPage(QWizardPage):
    """Which lines, how many: the table shows what is still available to return."""

    def __init__(self, wizard: ReturnWizard) -> None:
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
        self.qty = named(TypedSpinBox(), "returnQuantity", tr("Quantity to return for the selected line"))
        self.item = named(QLineEdit(), "returnItem", tr("Item being returned"), tr("Scan or type the SKU of the item"))
        mark_scan_target(self.item)
        self.item_info = QLabel("")
        self.item_info.setObjectName("returnItemInfo")
        self.description = named(QLineEdit(), "returnDescription", tr("What the customer brought"))
        self.value = named(QLineEdit(), "returnValue", tr("Value (for the goodwill record)"), "e.g. 480.00")
        mark_scan_target(self.value)  # amounts typed quickly are not scans
        # no receipt and no customer record: an identity document or phone counts this person's
        # no-receipt returns at every store; only a keyed hash of it is kept (never the number)
        self.identity_kind = _combo("returnIdentityKind", tr("Identity shown"), ("phone", "id"))
        self.identity_kind.setItemText(0, tr("Phone number"))
        self.identity_kind.setItemText(1, tr("Identity document"))
        self.identity = named(
            QLineEdit(), "returnIdentity", tr("Identity document or phone number"), tr("kept only as a code")
        )
        mark_scan_target(self.identity)  # a number typed quickly is not a scan
        self.identity_info = QLabel("")
        self.identity_info.setObjectName("returnIdentityInfo")
        self._identity_hash: str | None = None
        self._identity_pending = False
        self.error = message_line("returnLinesError")
        # what the associate must see before anything comes back (a picking error: not the
        # customer's mistake), here too, since Enter on step 1 goes straight on to this page
        self.notice = QLabel("")
        self.notice.setObjectName("returnLinesNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        readable(self.notice, tr("What happened with this sale"))
        form = self.form = QFormLayout()
        form.addRow(tr("&Quantity:"), self.qty)
        form.addRow(tr("&Item (SKU or scan):"), self.item)
        form.addRow("", self.item_info)
        form.addRow(tr("&Description:"), self.description)
        form.addRow(tr("&Value:"), self.value)
        form.addRow(tr("Identity s&hown:"), self.identity_kind)
        form.addRow(tr("Identity n&umber:"), self.identity)
        form.addRow("", self.identity_info)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        self._qty: dict[int, int] = {}
        self._variant: int | None = None
        self.table.currentCellChanged.connect(lambda r, *_: self._row_changed(r))
        self.qty.valueChanged.connect(self._qty_changed)
        EnterKey(self.item, self._find_item)  # Enter looks the item up and, once found, goes on
        self.identity.editingFinished.connect(self._hash_identity)
        EnterKey(self.identity, self._identity_entered)  # Enter: on to the item
        self.identity.textEdited.connect(lambda *_: self._identity_edited())
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
        anonymous = mode == "no_receipt" and self.w.draft.customer_id is None
        for field in (self.identity_kind, self.identity, self.identity_info):
            self.form.setRowVisible(field, anonymous)
        self._identity_hash = self.w.draft.identity_hash if anonymous else None
        self.identity_info.setText(tr("Recorded as a code.") if self._identity_hash else "")
        self._qty = {dl.sale_line_id: dl.quantity for dl in self.w.draft.lines if dl.sale_line_id}
        notes = fulfilment_notes(self.w.sale) if receipt and self.w.sale else []
        self.notice.setText("<br>".join(notes))
        self.notice.setVisible(bool(notes))
        if receipt and self.w.sale:
            lines = self.w.sale.lines
            self.table.setRowCount(len(lines))
            for r, ln in enumerate(lines):
                if not self._qty and len(lines) == 1 and ln.available:
                    self._qty[ln.id] = 1
                for c, v in enumerate([held_item(ln), ln.quantity, ln.returned, ln.available, self._qty.get(ln.id, 0)]):
                    self.table.setItem(r, c, QTableWidgetItem(str(v)))
            self.table.resizeColumnsToContents()
            self.table.setCurrentCell(0, 0)
            self.w.focus_later(self.qty)
        else:
            self.qty.setRange(1, 999)
            self.qty.setValue(max(1, self.w.draft.lines[0].quantity if self.w.draft.lines else 1))
            first = (self.identity if anonymous else self.item) if mode == "no_receipt" else self.description
            self.w.focus_later(first)

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
                cell = self.table.item(row, 4)
                if cell is not None:
                    cell.setText(str(value))
        self.completeChanged.emit()

    def _find_item(self) -> bool:
        if not self.item.isModified() and self._variant is not None:
            return False  # nothing new typed: Enter goes on
        self.item.setModified(False)
        lookup, text = self.w.svc.lookup, self.item.text()
        self.w.tasks.submit(
            lambda: lookup.search(text, limit=2), on_done=self._item_found, inline=self.item_info, key="return-item"
        )
        return True

    def _item_found(self, res: SearchResult) -> None:
        if len(res.hits) >= 1 and (res.exact or len(res.hits) == 1):
            h = res.hits[0]
            self._variant = h.variant_id
            self.item_info.setText(f"{h.title} — {', '.join(x for x in (h.colour, h.size) if x)}")
            self.completeChanged.emit()
            self.w.go_on_from(LINES_PAGE)
            return
        self._variant = None
        self.item_info.setText(res.message or tr("Scan the item's barcode or type its SKU exactly."))
        self.completeChanged.emit()

    def _identity_entered(self) -> bool:
        self._hash_identity()
        self.item.setFocus()
        return True

    def _identity_edited(self) -> None:
        self._identity_hash = None
        self.identity_info.setText("")
        self.completeChanged.emit()

    def _hash_identity(self) -> None:
        """The keyed hash of what was typed (off the GUI thread); the number itself is not kept."""
        text, kind = self.identity.text().strip(), self.identity_kind.currentData()
        if not text or self._identity_hash is not None:
            return
        returns, session = self.w.returns, self.w.session
        self._identity_pending = True
        self.completeChanged.emit()

        def done(hashed: str) -> None:
            self._identity_pending = False
            self._identity_hash = hashed
            self.identity_info.setText(tr("Recorded as a code."))
            self.completeChanged.emit()

        def failed(err: BaseException) -> None:
            self._identity_pending = False
            self.completeChanged.emit()
            self.w.tasks.messages.error(err, inline=self.identity_info)

        self.w.tasks.submit(
            lambda: returns.identity_hash(session, kind, text), on_done=done, on_error=failed, key="return-identity"
        )

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
            typed = bool(self.identity.text().strip()) and self.identity.isVisibleTo(self)
            return self._variant is not None and not self._identity_pending and (not typed or bool(self._identity_hash))
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
            self.w.set_draft(replace(self.w.draft, identity_hash=self._identity_hash))
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
