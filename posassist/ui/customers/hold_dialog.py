"""The hold dialog (F10): the card's item held for the customer at the store the associate
chooses — distance and transfer time shown, nearest first — held to the day the customer needs
it by; and the holds list (Shift+F10): collect, release, print the slip again.

Every service call goes through the window's task runner; the dialog only shows what the
services answer (which stores arrive in time is ``services.promises``' decision)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import babel.dates
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.domain import delivery
from posassist.i18n import tr
from posassist.services.holds import Hold, status_word
from posassist.services.promises import Alternative, Choices, Source
from posassist.ui.widgets import EnterKey, TypedSpinBox, buddy, message_line, named, readable

if TYPE_CHECKING:
    from posassist.bootstrap import Services
    from posassist.services.dto import StaffSession
    from posassist.ui.tasks import TaskRunner


def day_names() -> dict[str, int]:
    """The reader's words for the weekdays (wide and short), to type a needed-by day."""
    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for n, name in babel.dates.get_day_names(width, locale=i18n.locale()).items():
            out[str(name).lower().rstrip(".")] = int(n)
    return out


def source_text(src: Source, today: date) -> str:
    if src.how == "here":
        way = tr("here")
    elif src.transit_hours:
        way = tr("{km} km · van {hours} h", km=src.km, hours=src.transit_hours)
    else:
        way = tr("{km} km · {days} day(s) transfer", km="?" if src.km is None else src.km, days=src.transit_days)
    ready = tr("ready today") if src.ready_on == today else tr("ready {day}", day=i18n.day(src.ready_on, "EEE d MMM"))
    return tr(
        "{store} · {way} · {free} free ({held} held) · {ready}",
        store=src.store_name,
        way=way,
        free=src.free,
        held=src.held,
        ready=ready,
    )


class HoldDialog(QDialog):
    """Choose the store (↑/↓, Enter holds); a needed-by day keeps only the stores that get it
    here in time, and says plainly when none can, with what can."""

    def __init__(
        self,
        svc: Services,
        session: StaffSession,
        tasks: TaskRunner,
        *,
        variant_id: int,
        description: str,
        customer_id: int,
        customer_name: str,
        here_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc, self.session, self.tasks = svc, session, tasks
        self.variant_id, self.customer_id, self.here_id = variant_id, customer_id, here_id
        self.result_hold: Hold | None = None
        self.choices: Choices | None = None
        self._pending = False
        title = tr("Hold {item} for {name}", item=description, name=customer_name)
        self.setWindowTitle(title)
        self.setObjectName("holdDialog")
        self.setAccessibleName(title)
        self.quantity = named(TypedSpinBox(), "holdQuantity", tr("How many to hold"))
        self.quantity.setRange(1, 999)
        self.needed_by = named(
            QLineEdit(),
            "holdNeededBy",
            tr("Needed by (a day such as Friday, or 2026-12-11; empty: no date)"),
        )
        self.needed_by.setPlaceholderText(tr("e.g. Friday — empty if the customer has no date"))
        self.needed_day = QLabel("")
        self.needed_day.setObjectName("holdNeededDay")
        readable(self.needed_day, tr("The day the customer needs it by"))
        self.pickup_there = named(
            QCheckBox(tr("The customer &collects it at that store")), "holdPickupThere", tr("Collect at that store")
        )
        self.stores = named(
            QListWidget(),
            "holdStores",
            tr("Stores that can hold it, nearest first"),
            tr("↑/↓ to choose the store, Enter holds it there"),
        )
        self.message = message_line("holdMessage", tr("What the stores can do"))
        self.hold_btn = named(QPushButton(tr("&Hold it")), "holdConfirm", tr("Hold at the chosen store"))
        self.hold_btn.setAutoDefault(False)
        close = named(QPushButton(tr("Cancel")), "holdCancel", tr("Cancel"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Quantity:"), self.quantity)
        form.addRow(tr("&Needed by:"), self.needed_by)
        form.addRow("", self.needed_day)
        form.addRow("", self.pickup_there)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buddy(tr("&Store:"), self.stores))
        lay.addWidget(self.stores, 1)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.hold_btn)
        row.addWidget(close)
        lay.addLayout(row)
        self.resize(640, 420)
        self.quantity.valueChanged.connect(lambda *_: self.refresh())
        self.needed_by.editingFinished.connect(self.refresh)
        EnterKey(self.needed_by, self._enter_in_date)
        EnterKey(self.stores, self._enter_in_stores)
        self.stores.itemActivated.connect(lambda *_: self.hold())
        self.hold_btn.clicked.connect(self.hold)
        self.refresh()
        QTimer.singleShot(0, self.needed_by, self.needed_by.setFocus)

    # -- reading the choice ---------------------------------------------------------------------
    def _needed(self) -> date | None:
        today = self.choices.today if self.choices else date.today()
        return delivery.parse_day(self.needed_by.text(), today, day_names())

    def _enter_in_date(self) -> bool:
        self.refresh(then_focus=True)
        return True

    def _enter_in_stores(self) -> bool:
        self.hold()
        return True

    def refresh(self, then_focus: bool = False) -> None:
        try:
            needed = self._needed()
        except delivery.CalendarError:
            self.needed_day.setText(tr("Type a day such as Friday or a date such as 2026-12-11 (not in the past)."))
            return
        self.needed_day.setText(tr("Needed by {day}", day=i18n.day(needed, "EEEE d MMMM")) if needed else "")
        holds, variant, here, qty = self.svc.holds, self.variant_id, self.here_id, self.quantity.value()
        self.tasks.submit(
            lambda: holds.options(variant_id=variant, here_id=here, quantity=qty, needed_by=needed),
            on_done=lambda c: self._show(c, then_focus),
            inline=self.message,
            key="hold-options",
        )

    def _show(self, c: Choices, then_focus: bool) -> None:
        self.choices = c
        self.stores.clear()
        shown = c.in_time if c.needed_by else c.sources  # only the stores that arrive in time
        for src in shown:
            item = QListWidgetItem(source_text(src, c.today))
            item.setData(Qt.ItemDataRole.UserRole, ("store", src.store_id, False))
            self.stores.addItem(item)
        for alt in c.alternatives:  # none in time: what can, to choose instead
            item = QListWidgetItem(self._alternative_text(alt))
            item.setData(Qt.ItemDataRole.UserRole, ("alternative", alt.store_id, alt.how == "pickup_there"))
            item.setData(Qt.ItemDataRole.UserRole + 1, alt.variant_id)
            self.stores.addItem(item)
        if self.stores.count():
            self.stores.setCurrentRow(0)
        words = c.message()
        if words:
            self.message.setText(words)
        elif not shown:
            self.message.setText(tr("No store has {quantity} free to hold.", quantity=c.quantity))
        elif c.needed_by:
            self.message.setText(
                tr(
                    "{count} store(s) can have it here by {day}.",
                    count=len(shown),
                    day=i18n.day(c.needed_by, "EEEE d MMMM"),
                )
            )
        else:
            self.message.setText(tr("Choose the store; the nearest is first."))
        if then_focus and self.stores.count():
            self.stores.setFocus()

    @staticmethod
    def _alternative_text(alt: Alternative) -> str:
        if alt.how == "pickup_there":
            return tr(
                "Instead: pick it up at {store} ({km} km) today",
                store=alt.store_name,
                km="?" if alt.km is None else alt.km,
            )
        return tr(
            "Instead: {item} from {store}, ready {day}",
            item=alt.description,
            store=alt.store_name,
            day=i18n.day(alt.ready_on, "EEE d MMM"),
        )

    # -- holding --------------------------------------------------------------------------------
    def hold(self) -> None:
        item = self.stores.currentItem()
        if self._pending or item is None:
            return
        _kind, store_id, pickup = item.data(Qt.ItemDataRole.UserRole)
        variant = item.data(Qt.ItemDataRole.UserRole + 1) or self.variant_id
        try:
            needed = self._needed()
        except delivery.CalendarError:
            self.needed_by.setFocus()
            return
        holds, session, qty = self.svc.holds, self.session, self.quantity.value()
        customer, here = self.customer_id, self.here_id
        pickup = pickup or self.pickup_there.isChecked()
        self._pending = True

        def done(h: Hold) -> None:
            self._pending = False
            self.result_hold = h
            self.accept()

        def failed(err: BaseException) -> None:
            self._pending = False
            self.tasks.messages.error(err, inline=self.message)
            self.refresh()

        self.tasks.submit(
            lambda: holds.create(
                session,
                variant_id=variant,
                quantity=qty,
                customer_id=customer,
                here_id=here,
                from_store_id=store_id,
                needed_by=needed,
                pickup_there=pickup,
            ),
            on_done=done,
            on_error=failed,
        )


class HoldsDialog(QDialog):
    """The holds at this store (Shift+F10): Alt+C collect (the customer takes it), Alt+R release
    (back to stock), Alt+P print the slip again. ``changed`` fires when a hold was collected or
    released (the counter's card and results read the stock again)."""

    changed = Signal()

    def __init__(
        self, svc: Services, session: StaffSession, tasks: TaskRunner, store_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.svc, self.session, self.tasks, self.store_id = svc, session, tasks, store_id
        self.setWindowTitle(tr("Holds at this store"))
        self.setObjectName("holdsDialog")
        self.setAccessibleName(tr("Holds at this store"))
        self.list = named(QListWidget(), "holdsList", tr("Open holds"), tr("↑/↓ to choose a hold"))
        self.message = message_line("holdsMessage")
        self.collect_btn = named(QPushButton(tr("&Collect (customer takes it)")), "holdCollect", tr("Collect"))
        self.release_btn = named(QPushButton(tr("&Release (back to stock)")), "holdRelease", tr("Release"))
        self.print_btn = named(QPushButton(tr("&Print the slip")), "holdPrint", tr("Print the hold slip"))
        close = named(QPushButton(tr("Close")), "holdsClose", tr("Close"))
        for b in (self.collect_btn, self.release_btn, self.print_btn, close):
            b.setAutoDefault(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        for b in (self.collect_btn, self.release_btn, self.print_btn, close):
            row.addWidget(b)
        lay.addLayout(row)
        self.collect_btn.clicked.connect(lambda: self._finish("collect"))
        self.release_btn.clicked.connect(lambda: self._finish("release"))
        self.print_btn.clicked.connect(self._print)
        close.clicked.connect(self.accept)
        self.resize(720, 380)
        self.refresh()
        QTimer.singleShot(0, self.list, self.list.setFocus)

    def refresh(self) -> None:
        holds, store = self.svc.holds, self.store_id
        self.tasks.submit(
            lambda: holds.list_holds(store_id=store), on_done=self._show, inline=self.message, key="holds-list"
        )

    def _show(self, rows: list[Hold]) -> None:
        row = max(0, self.list.currentRow())
        self.list.clear()
        for h in rows:
            item = QListWidgetItem(
                tr(
                    "{hold} · {quantity} × {item} · {customer} · from {source} · ready {ready} · until {until}",
                    hold=h.hold_no,
                    quantity=h.quantity,
                    item=h.description,
                    customer=h.customer_name or "—",
                    source=h.from_store_name,
                    ready=i18n.day(h.arrives, "EEE d MMM"),
                    until=i18n.day(h.expires_on, "EEE d MMM") if h.expires_on else "—",
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, h.hold_no)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(min(row, len(rows) - 1))
        else:
            self.message.setText(tr("No open holds."))

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _finish(self, what: str) -> None:
        number = self._current()
        if number is None:
            return
        holds, session = self.svc.holds, self.session

        def work() -> Hold:
            return holds.collect(session, number) if what == "collect" else holds.release(session, number)

        def done(h: Hold) -> None:
            self.message.setText(tr("{hold}: {status}.", hold=h.hold_no, status=status_word(h.status)))
            self.refresh()
            self.changed.emit()

        self.tasks.submit(work, on_done=done, inline=self.message)

    def _print(self) -> None:
        number = self._current()
        if number is None:
            return
        from posassist.ui.printing import print_receipt

        print_receipt(self.tasks, self.svc, self.session, number=number, parent=self)
