"""Wizard page 3: per line, why it comes back, in what condition, and what the customer wants."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWizardPage

from posassist.domain.policy import CONDITIONS, REASONS, RESOLUTIONS
from posassist.i18n import tr
from posassist.services.lookup import SearchResult
from posassist.services.returns_dto import DraftLine, Evaluation
from posassist.ui.returns.pages import _combo, money
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import EnterKey, named

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard

WANTS_AN_ITEM = ("exchange_now", "exchange_shipped", "keep_and_order")


class DetailsPage(QWizardPage):
    """Per line: why, in what condition, and what would make this customer happy."""

    def __init__(self, wizard: ReturnWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Why, and what would make the customer happy?"))
        self.lines = named(QListWidget(), "returnDetailLines", tr("Lines being returned"), tr("↑/↓ to choose a line"))
        self.lines.setMaximumHeight(110)
        self.reason = _combo("returnReason", tr("Reason"), REASONS)
        self.condition = _combo("returnCondition", tr("Condition"), CONDITIONS)
        self.resolution = _combo("returnResolution", tr("What the customer wants"), RESOLUTIONS)
        self.replacement = named(
            QLineEdit(),
            "returnReplacement",
            tr("Replacement item"),
            tr("Scan or type the SKU of the item the customer wants instead (or F6 from a card)"),
        )
        mark_scan_target(self.replacement)
        self.replacement_info = QLabel("")
        self.replacement_info.setObjectName("returnReplacementInfo")
        self.replacement_info.setWordWrap(True)
        self.ship_from = named(QComboBox(), "returnShipFrom", tr("Ship from store (arrive-by date)"))
        self.note = named(QLineEdit(), "returnNote", tr("Note for this line"))
        form = QFormLayout()
        form.addRow(tr("&Reason:"), self.reason)
        form.addRow(tr("C&ondition:"), self.condition)
        form.addRow(tr("&Customer wants:"), self.resolution)
        form.addRow(tr("Re&placement:"), self.replacement)
        form.addRow("", self.replacement_info)
        form.addRow(tr("S&hip from:"), self.ship_from)
        form.addRow(tr("No&te:"), self.note)
        lay = QVBoxLayout(self)
        lay.addWidget(self.lines)
        lay.addLayout(form)
        self._row = -1
        self.lines.currentRowChanged.connect(self._load_row)
        for box in (self.reason, self.condition, self.resolution, self.ship_from):
            box.currentIndexChanged.connect(lambda *_: self._store_row())
        self.note.editingFinished.connect(self._store_row)
        EnterKey(self.replacement, self._enter_in_replacement)  # Enter looks the item up; the next Enter goes on

    def _enter_in_replacement(self) -> bool:
        if not self.replacement.isModified():
            return False  # a second Enter, with nothing new typed, goes on
        self.replacement.setModified(False)
        self._find_replacement()
        return True

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
        new = replace(
            dl,
            reason=self.reason.currentData(),
            condition=self.condition.currentData(),
            resolution=self.resolution.currentData(),
            note=self.note.text().strip() or None,
            ship_from_store_id=self.ship_from.currentData() if self.ship_from.count() else dl.ship_from_store_id,
        )
        lines = list(self.w.draft.lines)
        lines[self._row] = new
        self.w.set_draft(self.w.draft.with_lines(tuple(lines)))
        self._show_replacement(new, refresh_ships=new.resolution != dl.resolution)
        self.completeChanged.emit()

    def _find_replacement(self) -> None:
        lookup, text = self.w.svc.lookup, self.replacement.text()
        self.w.tasks.submit(
            lambda: lookup.search(text, limit=2),
            on_done=self._replacement_found,
            inline=self.replacement_info,
            key="replacement",
        )

    def _replacement_found(self, res: SearchResult) -> None:
        if res.hits and (res.exact or len(res.hits) == 1):
            self.set_replacement(res.hits[0].variant_id)
        else:
            self.replacement_info.setText(res.message or tr("Scan the barcode or type the SKU exactly."))

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
        wants = dl.resolution in WANTS_AN_ITEM
        for wdg in (self.replacement, self.replacement_info):
            wdg.setEnabled(wants)
        self.ship_from.setEnabled(dl.resolution == "exchange_shipped")
        if not wants or dl.replacement_variant_id is None:
            self.replacement_info.setText(tr("Scan or type the item the customer wants instead.") if wants else "")
            if refresh_ships:
                self.ship_from.clear()
            return
        returns, session, one = self.w.returns, self.w.session, self.w.draft.with_lines((dl,))
        self.w.tasks.submit(
            lambda: returns.evaluate(session, one),
            on_done=lambda ev: self._replacement_judged(dl, ev, refresh_ships),
            inline=self.replacement_info,
            key="replacement-info",
        )

    def _replacement_judged(self, dl: DraftLine, ev: Evaluation, refresh_ships: bool) -> None:
        current = self._line()
        if current is None or current.replacement_variant_id != dl.replacement_variant_id:
            return  # another line or another item by now
        r = ev.replacements.get(0)
        if r is None:
            return
        here = tr("unknown") if r.stock_here is None else str(r.stock_here)
        self.replacement_info.setText(
            tr(
                "{item} · {price} · here: {stock}",
                item=r.description,
                price=money(r.price_minor, self.w.store.currency),
                stock=here,
            )
            + ("" if not ev.problems else f"\n{ev.problems[0]}")
        )
        if refresh_ships:
            self.ship_from.blockSignals(True)
            self.ship_from.clear()
            for o in r.ship_options:
                self.ship_from.addItem(
                    tr(
                        "{store_name} ({on_hand} in stock) — arrives by {arrive_by:%a %d %b}",
                        store_name=o.store_name,
                        on_hand=o.on_hand,
                        arrive_by=o.arrive_by,
                    ),
                    o.store_id,
                )
            idx = self.ship_from.findData(dl.ship_from_store_id)
            self.ship_from.setCurrentIndex(max(0, idx))
            self.ship_from.blockSignals(False)

    def isComplete(self) -> bool:
        return all(
            dl.replacement_variant_id is not None or dl.resolution not in WANTS_AN_ITEM for dl in self.w.draft.lines
        )

    def validatePage(self) -> bool:
        self._store_row()
        return True
