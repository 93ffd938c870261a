"""Wizard page 3: per line, why it comes back, in what condition, and what the customer wants."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWizardPage

from posassist import i18n
from posassist.domain import delivery
from posassist.domain.policy import CONDITIONS, REASONS, RESOLUTIONS
from posassist.i18n import tr
from posassist.services.customers import CustomerProfile
from posassist.services.lookup import SearchResult
from posassist.services.returns_dto import DraftLine, Evaluation, ShipOption
from posassist.ui.customers.hold_dialog import day_names
from posassist.ui.lookup.allergy import AllergyGuard, warning_text
from posassist.ui.messages import red
from posassist.ui.returns.page_parts import labelled_combo, money
from posassist.ui.scanner import mark_scan_target
from posassist.ui.widgets import EnterKey, named, readable

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
        self.reason = labelled_combo("returnReason", tr("Reason"), REASONS)
        self.reason.setPlaceholderText(tr("Choose the reason (type its first letters or ↓)"))
        self.condition = labelled_combo("returnCondition", tr("Condition"), CONDITIONS)
        self.resolution = labelled_combo("returnResolution", tr("What the customer wants"), RESOLUTIONS)
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
        readable(self.replacement_info, tr("The replacement item"))
        self.allergy_warning = QLabel("")  # the replacement against the customer's allergy alerts
        self.allergy_warning.setObjectName("returnAllergyConflict")
        self.allergy_warning.setWordWrap(True)
        self.allergy_warning.setTextFormat(Qt.TextFormat.RichText)
        readable(self.allergy_warning, tr("Allergy conflict"))
        self.allergy_warning.hide()
        self._allergy: tuple[CustomerProfile, int, str] | None = None  # a conflict found: who, item, allergens
        self._chosen: set[tuple[int | None, str | None, int | None]] = set()  # lines whose reason was chosen
        self.needed_by = named(
            QLineEdit(),
            "returnNeededBy",
            tr("Needed by (a day such as Friday, or 2026-12-11; empty: no date)"),
        )
        self.needed_by.setPlaceholderText(tr("e.g. Friday — empty if the customer has no date"))
        self.needed_day = QLabel("")
        self.needed_day.setObjectName("returnNeededDay")
        self.needed_day.setWordWrap(True)
        readable(self.needed_day, tr("The day the customer needs it by"))
        self._today: date | None = None  # the store's today, from the services' clock
        self.ship_from = named(QComboBox(), "returnShipFrom", tr("Ship from store (arrive-by date)"))
        self.note = named(QLineEdit(), "returnNote", tr("Note for this line"))
        form = QFormLayout()
        form.addRow(tr("&Reason:"), self.reason)
        form.addRow(tr("C&ondition:"), self.condition)
        form.addRow(tr("&Customer wants:"), self.resolution)
        form.addRow(tr("Re&placement:"), self.replacement)
        form.addRow("", self.replacement_info)
        form.addRow("", self.allergy_warning)
        form.addRow(tr("Nee&ded by:"), self.needed_by)
        form.addRow("", self.needed_day)
        form.addRow(tr("S&hip from:"), self.ship_from)
        form.addRow(tr("No&te:"), self.note)
        lay = QVBoxLayout(self)
        lay.addWidget(self.lines)
        lay.addLayout(form)
        self._row = -1
        self.lines.currentRowChanged.connect(self._load_row)
        self.reason.activated.connect(lambda *_: self._reason_chosen())
        self.reason.currentIndexChanged.connect(lambda i: self._reason_chosen() if i >= 0 else None)
        for box in (self.condition, self.resolution, self.ship_from):
            box.currentIndexChanged.connect(lambda *_: self._store_row())
        self.note.editingFinished.connect(self._store_row)
        EnterKey(self.replacement, self._enter_in_replacement)  # Enter looks the item up; the next Enter goes on
        self.needed_by.editingFinished.connect(self._needed_changed)
        EnterKey(self.needed_by, self._enter_in_needed_by)  # Enter reads the day; the next Enter goes on

    def _enter_in_replacement(self) -> bool:
        if not self.replacement.isModified():
            return False  # a second Enter, with nothing new typed, goes on
        self.replacement.setModified(False)
        self._find_replacement()
        return True

    # -- the day the customer needs it by: only the stores that ship in time are offered ----------
    def _needed(self) -> str | None:
        """The typed day as an ISO date (None: no date); CalendarError when it is not a day."""
        day = delivery.parse_day(self.needed_by.text(), self._today or date.today(), day_names())
        return day.isoformat() if day else None

    def needed_by_wrong(self) -> bool:
        try:
            self._needed()
        except delivery.CalendarError:
            return True
        return False

    def _needed_changed(self) -> None:
        try:
            day = self._needed()
        except delivery.CalendarError:
            self.needed_day.setText(
                red(tr("Type a day such as Friday or a date such as 2026-12-11 (not in the past)."))
            )
            self.completeChanged.emit()
            return
        dl = self._line()
        self.needed_day.setText(
            tr("Needed by {day}", day=i18n.day(date.fromisoformat(day), "EEEE d MMMM")) if day else ""
        )
        if dl is not None and day != dl.needed_by:
            self._store_row(refresh_ships=True)
        self.completeChanged.emit()

    def _enter_in_needed_by(self) -> bool:
        if not self.needed_by.isModified():
            return False  # a second Enter, with nothing new typed, goes on
        self.needed_by.setModified(False)
        self._needed_changed()
        if not self.needed_by_wrong():
            self.w.focus_later(self.ship_from)
        return True

    def _read_today(self) -> None:
        promises, tz = self.w.svc.promises, self.w.store.timezone

        def got(today: date) -> None:
            self._today = today

        self.w.tasks.submit(lambda: promises.today(tz), on_done=got, key="returns-today")

    @staticmethod
    def _key(dl: DraftLine) -> tuple[int | None, str | None, int | None]:
        return (dl.sale_line_id, dl.description, dl.variant_id)

    def _reason_chosen(self) -> None:
        """The associate picked the reason: nothing is recorded as a reason unless chosen."""
        dl = self._line()
        if dl is None or self.reason.currentIndex() < 0:
            return
        self._chosen.add(self._key(dl))
        self._store_row()

    def reason_missing(self) -> bool:
        return any(self._key(dl) not in self._chosen for dl in self.w.draft.lines)

    def initializePage(self) -> None:
        # a resumed return: the reasons chosen before are kept (one sent for approval had them all)
        resumed = self.w.draft.approval_id is not None
        self._chosen |= {self._key(dl) for dl in self.w.draft.lines if resumed or dl.reason_chosen}
        self.lines.blockSignals(True)
        self.lines.clear()
        sale_lines = {ln.id: ln for ln in self.w.sale.lines} if self.w.sale else {}
        for dl in self.w.draft.lines:
            ln = sale_lines.get(dl.sale_line_id or -1)
            self.lines.addItem(f"{dl.quantity} × {ln.description if ln else (dl.description or 'item')}")
        self.lines.blockSignals(False)
        self._read_today()
        self._row = -1
        self.lines.setCurrentRow(0)
        self._load_row(0)
        from posassist.ui.returns import conditions  # the store's condition codes (set-up data)

        conditions.load(self.condition, self.w.tasks, self.w.svc.returns, lambda: self._load_row(max(0, self._row)))
        self.w.focus_later(self.reason)

    def _line(self) -> DraftLine | None:
        return self.w.draft.lines[self._row] if 0 <= self._row < len(self.w.draft.lines) else None

    def _load_row(self, row: int) -> None:
        self._row = -1  # no writes while loading
        dl = self.w.draft.lines[row] if 0 <= row < len(self.w.draft.lines) else None
        if dl is None:
            return
        for box, key in ((self.condition, dl.condition), (self.resolution, dl.resolution)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(key)))
            box.blockSignals(False)
        self.reason.blockSignals(True)
        self.reason.setCurrentIndex(self.reason.findData(dl.reason) if self._key(dl) in self._chosen else -1)
        self.reason.blockSignals(False)
        self.note.setText(dl.note or "")
        self.needed_by.setText(dl.needed_by or "")
        self.needed_by.setModified(False)
        self.needed_day.setText(
            tr("Needed by {day}", day=i18n.day(date.fromisoformat(dl.needed_by), "EEEE d MMMM")) if dl.needed_by else ""
        )
        self._row = row
        self._show_replacement(dl)

    def _store_row(self, refresh_ships: bool = False) -> None:
        dl = self._line()
        if dl is None:
            return
        try:
            needed = self._needed() if self.resolution.currentData() == "exchange_shipped" else None
        except delivery.CalendarError:
            needed = dl.needed_by  # said under the field; the page waits for a day
        new = replace(
            dl,
            reason=self.reason.currentData() if self.reason.currentIndex() >= 0 else dl.reason,
            condition=self.condition.currentData(),
            resolution=self.resolution.currentData(),
            note=self.note.text().strip() or None,
            ship_from_store_id=self.ship_from.currentData() if self.ship_from.count() else dl.ship_from_store_id,
            reason_chosen=dl.reason_chosen or self._key(dl) in self._chosen,
            needed_by=needed,
        )
        lines = list(self.w.draft.lines)
        lines[self._row] = new
        if self._key(dl) in self._chosen:
            self._chosen.add(self._key(new))
        self.w.set_draft(self.w.draft.with_lines(tuple(lines)))
        self._show_replacement(new, refresh_ships=refresh_ships or new.resolution != dl.resolution)
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
        self.needed_by.setEnabled(dl.resolution == "exchange_shipped")
        if not wants or dl.replacement_variant_id is None:
            self.replacement_info.setText(tr("Scan or type the item the customer wants instead.") if wants else "")
            self._show_allergy(None)
            if refresh_ships:
                self.ship_from.clear()
            return
        self._check_allergy(dl.replacement_variant_id)
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
            self._offer_ships(dl, r.ship_options)

    def _offer_ships(self, dl: DraftLine, options: tuple[ShipOption, ...]) -> None:
        """The stores to ship from; with a needed-by day only those that arrive in time (when
        none can, the problem under the replacement says so, with what can)."""
        shown = [o for o in options if o.in_time] if dl.needed_by else list(options)
        self.ship_from.blockSignals(True)
        self.ship_from.clear()
        for o in shown:
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
        chosen = self.ship_from.currentData() if self.ship_from.count() else None
        current = self._line()
        if current is not None and current.needed_by and chosen != current.ship_from_store_id:
            lines = list(self.w.draft.lines)  # the store chosen before does not arrive in time
            lines[self._row] = replace(current, ship_from_store_id=chosen)
            self.w.set_draft(self.w.draft.with_lines(tuple(lines)))

    # -- the allergen check: the item handed over in an exchange ---------------------------------
    def _guard(self) -> AllergyGuard:
        """The counter's guard (what was acknowledged at the card counts here too), or the wizard's own."""
        owner = self.w.parentWidget()
        guard = getattr(owner, "allergy", None)
        if not isinstance(guard, AllergyGuard):
            guard = self.__dict__.setdefault("_own_guard", AllergyGuard(self.w))
        return guard

    def _check_allergy(self, variant_id: int) -> None:
        customer = self.w.draft.customer_id or self.w.customer_id
        if customer is None:
            self._show_allergy(None)
            return
        lookup, customers = self.w.svc.lookup, self.w.svc.customers

        def read() -> tuple[CustomerProfile, str | None]:
            return customers.profile(customer, recent=0), lookup.card(variant_id).allergens

        self.w.tasks.submit(read, on_done=lambda got: self._allergy_read(variant_id, *got), key="replacement-allergens")

    def _allergy_read(self, variant_id: int, profile: CustomerProfile, allergens: str | None) -> None:
        dl = self._line()
        if dl is None or dl.replacement_variant_id != variant_id:
            return  # another item by now
        guard = self._guard()
        found = guard.conflicts(profile, allergens)
        if not found or not allergens:
            self._show_allergy(None)
            return
        self._show_allergy((profile, variant_id, allergens), warning_text(profile, found, allergens))
        if not guard.cleared(profile, variant_id, allergens):
            guard.ask(profile, variant_id, allergens, then=self._allergy_acknowledged)

    def _allergy_acknowledged(self) -> None:
        self.completeChanged.emit()
        self.w.focus_later(self.w.button(self.w.WizardButton.NextButton))

    def _show_allergy(self, conflict: tuple[CustomerProfile, int, str] | None, text: str = "") -> None:
        self._allergy = conflict
        self.allergy_warning.setText(red(text) if text else "")
        self.allergy_warning.setVisible(bool(text))
        self.completeChanged.emit()

    def allergy_open(self) -> bool:
        """A conflict with the customer's allergy alert not yet acknowledged."""
        if self._allergy is None:
            return False
        profile, variant, allergens = self._allergy
        return not self._guard().cleared(profile, variant, allergens)

    def isComplete(self) -> bool:
        return (
            not self.reason_missing()
            and not self.allergy_open()
            and not self.needed_by_wrong()
            and all(
                dl.replacement_variant_id is not None or dl.resolution not in WANTS_AN_ITEM for dl in self.w.draft.lines
            )
        )

    def validatePage(self) -> bool:
        self._store_row()
        return True
