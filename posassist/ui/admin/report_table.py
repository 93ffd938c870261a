"""A read-only table of an import report's rows (changes, problems) that costs the same whatever
the report holds: the rows sit in a model whose cells are made as the view paints them, and the
columns are sized from the first rows only. Filling a QTableWidget item by item with a report's
2,000 changes and 2,000 problems held the window's event loop for 0.2-0.3 s of CPU (seconds on a
busy machine)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
SIZED_FROM = 20  # rows the column widths are measured on


class RowsModel(QAbstractTableModel):
    """``rows`` shown through ``cells(row) -> texts``; ``alarming(row)`` paints a row red."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: Sequence[Any] = ()
        self._cells: Callable[[Any], Sequence[str]] = lambda _r: ()
        self._alarming: Callable[[Any], bool] | None = None
        self._made: dict[int, Sequence[str]] = {}
        self._red = QBrush(Qt.GlobalColor.red)

    def set_rows(
        self,
        rows: Sequence[Any],
        cells: Callable[[Any], Sequence[str]],
        alarming: Callable[[Any], bool] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows, self._cells, self._alarming, self._made = rows, cells, alarming, {}
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        made = self._made.get(row)
        if made is None:
            made = self._made[row] = self._cells(self._rows[row])
        return made[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self._alarming and self._alarming(self._rows[index.row()]):
            return self._red
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class ReportTable(QTableView):
    """The view: read-only, Tab leaves it; ``show_rows`` replaces what it shows."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = RowsModel(headers, self)
        self.setModel(self.rows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setResizeContentsPrecision(SIZED_FROM)
        self.verticalHeader().setResizeContentsPrecision(SIZED_FROM)

    def show_rows(
        self,
        rows: Sequence[Any],
        cells: Callable[[Any], Sequence[str]],
        alarming: Callable[[Any], bool] | None = None,
    ) -> None:
        self.rows.set_rows(rows, cells, alarming)
        self.resizeColumnsToContents()

    def rowCount(self) -> int:
        return self.rows.rowCount()

    def text(self, row: int, column: int) -> str:
        return self.rows.text(row, column)
