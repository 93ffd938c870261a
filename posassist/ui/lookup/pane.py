"""The look-up pane: one search box for scans and words, results, and the card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posassist.i18n import tr
from posassist.services.events import Events
from posassist.services.lookup import Lookup, SearchResult
from posassist.services.product_card import ProductCard
from posassist.ui.live import LiveUpdates
from posassist.ui.lookup.card import CardView
from posassist.ui.lookup.model import ResultsModel
from posassist.ui.scanner import mark_scan_target, mark_type_to_search
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import buddy, clear_button, named, readable

DEBOUNCE_MS = 120


class LookupPane(QWidget):
    card_shown = Signal(int)

    def __init__(self, lookup: Lookup, events: Events, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.store, self.tasks = lookup, lookup.store, tasks
        self.setObjectName("lookupPane")
        self.setAccessibleName(tr("Product look-up"))
        self._build_search()
        self._build_results()
        self.card = CardView()
        self._lay_out()
        self._connect()
        tasks.submit(lookup.departments, on_done=self._show_departments, key="departments")
        # stock sold, returned or moved at another counter shows on the open card within seconds
        self.live = LiveUpdates(events, "stock", lookup.stock_version, tasks, self)
        self.live.changed.connect(self.refresh_card)

    def _build_search(self) -> None:
        self.search = named(
            QLineEdit(), "lookupSearch", tr("Product search"), tr("Scan a barcode, or type an SKU or a few words (F2)")
        )
        self.search.setPlaceholderText(tr("Scan or type: barcode, SKU, or words like 'jacket navy'  (F2)"))
        clear_button(self.search, tr("Clear the search"))
        mark_scan_target(self.search)
        self.department = named(QComboBox(), "lookupDepartment", tr("Department filter"), tr("Only this department"))
        self.department.addItem(tr("All departments"), None)
        self.in_stock = named(QCheckBox(tr("In stock &here")), "lookupInStock", tr("Only items in stock at this store"))
        self.inactive = named(QCheckBox(tr("Show &inactive")), "lookupInactive", tr("Also show items no longer sold"))
        for w in (self.department, self.in_stock, self.inactive):
            w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._filters: tuple[str | None, bool, bool] = (None, False, True)
        self.status = QLabel("")
        self.status.setObjectName("lookupStatus")
        readable(self.status, tr("Search result count"))

    def _build_results(self) -> None:
        self.model = ResultsModel(
            self._fetch,
            self.tasks.submit,
            self.store.code if self.store else None,
            self,
            show_error=lambda err: self.tasks.messages.error(err, inline=self.status),
        )
        self.table = named(
            QTableView(), "lookupResults", tr("Search results"), tr("↑/↓ to move, Enter to open the card")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        mark_type_to_search(self.table)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fit_columns sizes them

    def _lay_out(self) -> None:
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("lookupSplitter")
        split.addWidget(self.table)
        split.addWidget(self.card)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 600])  # the card gets the larger share, whatever the text size
        self.split = split
        self.filters = QWidget()
        self.filters.setObjectName("lookupFilters")
        row = QHBoxLayout(self.filters)
        row.setContentsMargins(0, 0, 0, 0)
        # what a screen reader says the filter is (its value, "All departments", says it on screen)
        said = buddy(tr("Department:"), self.department)
        said.setObjectName("lookupDepartmentLabel")
        said.hide()
        row.addWidget(said)
        row.addWidget(self.department)
        row.addWidget(self.in_stock)
        row.addWidget(self.inactive)
        self.bar = QGridLayout()
        self.bar.addWidget(self.search, 0, 0)
        self.bar.addWidget(self.filters, 0, 1)
        self.bar.addWidget(self.status, 1, 0, 1, 2)
        self._filters_below = False
        lay = QVBoxLayout(self)
        lay.addLayout(self.bar)
        lay.addWidget(split, 1)

    def _connect(self) -> None:
        self.department.currentIndexChanged.connect(self._filters_changed)
        self.in_stock.toggled.connect(self._filters_changed)
        self.inactive.toggled.connect(self._filters_changed)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._enter_in_search)
        self.table.activated.connect(self._open)
        QWidget.setTabOrder(self.table, self.card.grid)  # Tab from the results into the colour × size grid
        self.model.message_changed.connect(self.status.setText)
        self.model.first_page_loaded.connect(self._first_page)
        self._open_first = False
        self._wanted: int | None = None  # the card last asked for (a late answer for an older one is dropped)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # Esc anywhere in the pane: start over
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.clear)
        self.search.installEventFilter(self)

    def _show_departments(self, departments: list[tuple[str, str]]) -> None:
        for code, name in departments:
            self.department.addItem(name, code)
        self.arrange()  # the longest name may move the filters under the search field

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
        self.fit_columns()
        self.fit_split()

    def fit_columns(self) -> None:
        """The item name gets the room (at least ~26 characters; the table scrolls sideways before it
        is cut); SKUs and other stores are capped and elided in the middle at large text sizes."""
        header, n = self.table.horizontalHeader(), self.model.columnCount()
        cw = max(1, self.table.fontMetrics().averageCharWidth())
        for col in range(1, n):
            self.table.setColumnHidden(col, False)
            self.table.resizeColumnToContents(col)
        room = self.table.viewport().width()

        def others() -> int:
            return sum(header.sectionSize(c) for c in range(1, n) if not self.table.isColumnHidden(c))

        if room - others() < 26 * cw:  # tight: long codes give way first
            for col in (3, 6):
                header.resizeSection(col, min(header.sectionSize(col), 28 * cw))
        # still tight (large text, a small screen): the SKU, then colour and size leave the list (the
        # card shows them); the price, the stock here and elsewhere always stay in view
        for col in (3, 2, 1):
            if room - others() >= 18 * cw:
                break
            self.table.setColumnHidden(col, True)
        header.resizeSection(0, max(min(26 * cw, room - others()), room - others()))

    def arrange(self) -> None:
        """The filters sit beside the search field, the result count under both; when large text
        leaves the field narrower than about 30 characters, the filters go under it, beside the
        count (one line: the card keeps the height for the price and the grid)."""
        room = self.width() - self.filters.sizeHint().width() - 24
        below = room < self.search.fontMetrics().horizontalAdvance("x" * 30)
        if below == self._filters_below:
            return
        self._filters_below = below
        for w in (self.search, self.filters, self.status):
            self.bar.removeWidget(w)
        if below:
            self.bar.addWidget(self.search, 0, 0, 1, 2)
            self.bar.addWidget(self.filters, 1, 0, Qt.AlignmentFlag.AlignLeft)
            self.bar.addWidget(self.status, 1, 1)
        else:
            self.bar.addWidget(self.search, 0, 0)
            self.bar.addWidget(self.filters, 0, 1)
            self.bar.addWidget(self.status, 1, 0, 1, 2)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            if self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)
                return True
        return super().eventFilter(obj, event)

    def _fetch(self, query: str, offset: int, limit: int) -> SearchResult:
        department, in_stock, active_only = self._filters  # an immutable snapshot, safe off the GUI thread
        return self.service.search(
            query,
            limit=limit,
            offset=offset,
            department=department,
            in_stock_only=in_stock,
            active_only=active_only,
        )

    def _filters_changed(self) -> None:
        self._filters = (self.department.currentData(), self.in_stock.isChecked(), not self.inactive.isChecked())
        if self.search.text().strip():
            self._run_query()

    def show_scan(self, code: str) -> None:
        """A scanner burst from anywhere in the window: look it up and open the card."""
        self.search.setText(code)
        self.search.setFocus()
        self._enter_in_search()

    def type_in(self, text: str) -> None:
        """Keys typed where no field had focus start (or continue) a search."""
        self.search.setFocus()
        self.search.insert(text)
        self._debounce.start()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear(self) -> None:
        """Esc: start over; the search, the results and the card go."""
        self._debounce.stop()
        self.search.clear()
        self.search.setFocus()
        self.model.set_query("")
        self.status.setText("")
        self._wanted = None
        self.card.clear_card()

    def _run_query(self) -> None:
        self._open_first = False
        self.model.set_query(self.search.text())

    def _enter_in_search(self) -> None:
        """Enter (the end of a scan, or of typing): search now; one exact answer opens its card."""
        self._debounce.stop()
        self._open_first = True
        self.search.selectAll()  # the next scan or word replaces this code, never runs into it
        self._wanted = None
        self.card.clear_card()  # the card shown belongs to the code looked up, or there is none
        self.model.set_query(self.search.text())

    def _first_page(self) -> None:
        self.fit_columns()
        if self.model.rowCount():
            self.table.selectRow(0)
        if self._open_first and self.model.rowCount() >= 1:
            self._open(self.model.index(0, 0))
        self._open_first = False

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is None:
            return
        lookup, variant = self.service, hit.variant_id
        self._wanted = variant
        self.tasks.submit(lambda: lookup.card(variant), on_done=self._show_card, inline=self.status, key="card")

    def refresh_card(self) -> None:
        """Fetch the open card again (stock, price) without moving the associate's place in it."""
        shown = self.card.card
        if shown is None:
            return
        lookup, variant = self.service, shown.variant_id
        self.tasks.submit(lambda: lookup.card(variant), on_done=self.card.update_card, key="card-refresh")

    def refresh_stock(self) -> None:
        """Stock changed here (a hold made, collected or released): the card and the results'
        Here / other stores columns read again."""
        self.refresh_card()
        self.model.refresh_rows()

    def _show_card(self, card: ProductCard) -> None:
        if card.variant_id != self._wanted:
            return  # asked for before a newer scan or Esc
        self.card.show_card(card)
        self.fit_split()
        self.card_shown.emit(card.variant_id)

    def fit_split(self) -> None:
        """When the card needs the room (large text, a small screen), the results give it up, down
        to a few rows: the price, the allergens and the grid come before more results."""
        if self.card.card is None:
            return
        total = sum(self.split.sizes())
        need = self.card.needed_height()
        t = self.table
        row = t.verticalHeader().defaultSectionSize()
        few = t.horizontalHeader().height() + row * max(1, min(3, self.model.rowCount())) + 2 * t.frameWidth()
        few += t.horizontalScrollBar().sizeHint().height() if t.horizontalScrollBar().isVisible() else 0
        table = max(few, min(self.split.sizes()[0], total - need))
        if table != self.split.sizes()[0]:
            self.split.setSizes([table, total - table])
