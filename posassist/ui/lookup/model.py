"""Search results as a table model that fetches page by page, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from posassist import i18n
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.lookup import ProductHit, SearchResult

COLUMNS = (
    QT_TR_NOOP("Item"),
    QT_TR_NOOP("Colour"),
    QT_TR_NOOP("Size"),
    QT_TR_NOOP("SKU"),
    QT_TR_NOOP("Price"),
    QT_TR_NOOP("Here"),
    QT_TR_NOOP("Elsewhere"),
)
PAGE = 50
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: a table has rows only under it

# fetch(query, offset, limit) -> SearchResult, run off the GUI thread by ``submit``
Fetcher = Callable[[str, int, int], SearchResult]
Submitter = Callable[..., Any]


def money_text(minor: int | None, currency: str) -> str:
    return i18n.money(minor, currency)


def stock_text(qty: int | None, held: int = 0) -> str:
    """On hand, and how many of them are held for customers: "3 (1 held)"."""
    text = "?" if qty is None else str(qty)
    return tr("{stock} ({held} held)", stock=text, held=held) if held else text


def stock_words(qty: int | None, held: int = 0) -> str:
    """The same for the card's details and a screen reader: "3 in stock, 1 held"."""
    if qty is None:
        return tr("unknown")
    return tr("{stock} in stock, {held} held", stock=qty, held=held) if held else tr("{stock} in stock", stock=qty)


class ResultsModel(QAbstractTableModel):
    message_changed = Signal(str)
    first_page_loaded = Signal()

    def __init__(
        self,
        fetch: Fetcher,
        submit: Submitter,
        store_code: str | None,
        parent: QObject | None = None,
        show_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch, self._submit, self._store = fetch, submit, store_code
        self._show_error = show_error
        self._rows: list[ProductHit] = []
        self._query = ""
        self._more = False
        self._loading = False

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        hit = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return f"{hit.brand} {hit.title}" if hit.brand else hit.title
            if col == 1:
                return hit.colour or ""
            if col == 2:
                return hit.size or ""
            if col == 3:
                return hit.sku or ""
            if col == 4:
                return money_text(hit.price_minor, hit.currency)
            if col == 5:
                return stock_text(hit.stock_here, hit.held_at(self._store))  # "3 (1 held)"
            if col == 6:
                return ", ".join(
                    f"{c} {stock_text(q, hit.held_at(c))}" for c, q in hit.stock.items() if c != self._store
                )
        if role == Qt.ItemDataRole.UserRole:
            return hit.variant_id
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and hit.regular_minor != hit.price_minor:
            return tr("Regular {price}", price=money_text(hit.regular_minor, hit.currency))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or not self._more or self._loading:
            return
        self._load(self._query, len(self._rows))

    # -- ours -----------------------------------------------------------------------------------
    def hit(self, row: int) -> ProductHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Reset, then fetch the first page ourselves; an older query's pages are dropped."""
        self.beginResetModel()
        self._rows, self._query, self._more, self._loading = [], query, False, False
        self.endResetModel()
        if query.strip():
            self._load(query, 0)
        else:
            self.message_changed.emit("")

    def refresh_rows(self) -> None:
        """The rows shown read again (stock, and units held for customers, change under them); the
        rows and the selection stay where they are."""
        query, count = self._query, len(self._rows)
        if not query.strip() or not count or self._loading:
            return
        self._submit(
            lambda: self._fetch(query, 0, count),
            on_done=lambda res: self._refreshed(query, res),
            key="lookup-refresh",
        )

    def _refreshed(self, query: str, res: SearchResult) -> None:
        if query != self._query:
            return
        fresh = {h.variant_id: h for h in res.hits}
        changed = [i for i, h in enumerate(self._rows) if fresh.get(h.variant_id, h) != h]
        for i in changed:
            self._rows[i] = fresh[self._rows[i].variant_id]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1))

    def _load(self, query: str, offset: int) -> None:
        self._loading = True
        self._submit(
            lambda: self._fetch(query, offset, PAGE),
            on_done=lambda res: self._arrived(query, offset, res),
            on_error=lambda err: self._failed(query, err),
            key="lookup",
        )

    def _failed(self, query: str, err: BaseException) -> None:
        if query == self._query:
            self._loading = False
            if self._show_error is not None:
                self._show_error(err)  # the message component: typed errors as written, bugs logged
            else:
                self.message_changed.emit(str(err))

    def _arrived(self, query: str, offset: int, res: SearchResult) -> None:
        if query != self._query or offset != len(self._rows):
            return  # stale: a newer query or a reset came first
        self._loading = False
        if res.hits:
            self.beginInsertRows(ROOT, len(self._rows), len(self._rows) + len(res.hits) - 1)
            self._rows.extend(res.hits)
            self._more = res.more
            self.endInsertRows()
        else:
            self._more = False
        if offset == 0:
            self.message_changed.emit(
                res.message or tr("{count} found", count=f"{len(res.hits)}{'+' if res.more else ''}")
            )
            self.first_page_loaded.emit()
