"""Step 2 of the return wizard: which lines and how many (what is still available to return), the item the customer holds, condition, reason and what they want instead."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from posassist import i18n
from posassist.domain.money import Money
from posassist.i18n import tr
from posassist.services.lookup import SearchResult
from posassist.services.returns_dto import DraftLine
from posassist.ui.returns.page_parts import (
    LINES_PAGE,
    fulfilment_notes,
    held_item,
    labelled_combo,
)
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import EnterKey, TypedSpinBox, message_line, named, readable

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard


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
        self.identity_kind = labelled_combo("returnIdentityKind", tr("Identity shown"), ("phone", "id"))
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
