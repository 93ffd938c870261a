"""The store configuration for admins: stores, tax, role limits and budgets, reason codes — the
sections of the set-up file, each a table. Save sends them through the set-up service (the same
checks as ``posassist setup FILE``, one transaction, an audit entry naming who changed what); a
problem selects the cell it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.dto import StaffSession
from posassist.services.setup import Setup, SetupResult
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, readable

_PATH = re.compile(r"^(?P<section>[a-z_]+)(?:\[(?P<index>\d+)\]|\.(?P<role>[a-z_]+))?(?:\.(?P<key>[a-z_]+))?")
_LINE = re.compile(r" \(line \d+\)")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # text / bool / int / list
    default: Any = None  # what a setting the document leaves out means


def _columns() -> dict[str, tuple[Column, ...]]:
    return {
        "stores": (
            Column("code", tr("Code")),
            Column("name", tr("Name")),
            Column("address", tr("Address")),
            Column("timezone", tr("Time zone")),
            Column("currency", tr("Currency")),
            Column("language", tr("Language")),
            Column("units", tr("Units")),
            Column("offers_delivery", tr("Delivers"), "bool"),
            Column("prices_include_tax", tr("Prices include tax"), "bool"),
            Column("tax_rounding", tr("Tax rounded per")),
            Column("tax_rounding_mode", tr("Rounding")),
        ),
        "tax": (
            Column("store", tr("Store")),
            Column("class", tr("Tax class")),
            Column("component", tr("Tax")),
            Column("rate", tr("Rate %")),
            Column("compound", tr("On top of the taxes before it"), "bool"),
        ),
        "role_limits": (
            Column("role", tr("Role")),
            Column("may_approve", tr("May approve"), "bool"),
            Column("max_refund", tr("Refund up to")),
            Column("max_days_past_window", tr("Days past the window"), "int"),
            Column("goodwill_per_shift", tr("Goodwill per shift")),
            Column("goodwill_per_week", tr("Goodwill per week")),
            Column("goodwill_per_month", tr("Goodwill per month")),
            Column("max_discount_percent", tr("Discount up to %"), "int"),
            Column("approves", tr("Approves"), "list"),
            Column("min_pin_length", tr("PIN length"), "int"),
        ),
        "reason_codes": (
            Column("code", tr("Code")),
            Column("label", tr("Words shown")),
            Column("active", tr("In use"), "bool", True),
        ),
    }


def _titles() -> dict[str, str]:
    return {
        "stores": tr("&Stores"),
        "tax": tr("&Tax"),
        "role_limits": tr("Role &limits and budgets"),
        "reason_codes": tr("&Reason codes"),
    }


_KEPT_ROLE = Qt.ItemDataRole.UserRole + 7


class SectionTable(QTableWidget):
    """One section of the document: a row per entry, a column per setting."""

    def __init__(self, section: str, columns: tuple[Column, ...]) -> None:
        super().__init__(0, len(columns))
        self.section, self.columns = section, columns
        named(self, f"setup_{section}", _titles()[section].replace("&", ""))
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        # per row (by a token on its first cell, so removing rows keeps them apart): the set-up
        # keys this screen has no column for, written back as they came
        self._kept: dict[int, dict[str, Any]] = {}

    def load(self, rows: list[dict[str, Any]]) -> None:
        self.setRowCount(0)
        self._kept.clear()
        for row in rows:
            self.add_row(row)

    def add_row(self, row: dict[str, Any] | None = None) -> None:
        row = row or {}
        n = self.rowCount()
        self.insertRow(n)
        shown = {col.key for col in self.columns}
        token = len(self._kept) + 1
        self._kept[token] = {k: v for k, v in row.items() if k not in shown}
        for i, col in enumerate(self.columns):
            value = row.get(col.key, col.default)
            item = QTableWidgetItem()
            if col.kind == "bool":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                item.setText(tr("yes") if value else tr("no"))
            elif col.kind == "list":
                item.setText(", ".join(value or []))
            else:
                item.setText("" if value is None else str(value))
            if i == 0:
                item.setData(_KEPT_ROLE, token)
            self.setItem(n, i, item)

    def _origin(self, r: int) -> int | None:
        item = self.item(r, 0)
        token = item.data(_KEPT_ROLE) if item else None
        return token if isinstance(token, int) else None

    def values(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.rowCount()):
            row: dict[str, Any] = dict(self._kept.get(self._origin(r) or 0, {}))
            for i, col in enumerate(self.columns):
                item = self.item(r, i)
                text = item.text().strip() if item else ""
                if col.kind == "bool":
                    row[col.key] = bool(item and item.checkState() == Qt.CheckState.Checked)
                elif col.kind == "list":
                    row[col.key] = [x.strip() for x in text.split(",") if x.strip()]
                elif col.kind == "int":
                    row[col.key] = int(text) if re.fullmatch(r"-?\d+", text) else text
                elif text:
                    row[col.key] = text
            if any(v not in ("", None, False, []) for v in row.values()):
                out.append(row)
        return out

    def select(self, index: int | None, key: str | None) -> None:
        col = next((i for i, c in enumerate(self.columns) if c.key == key), 0)
        if index is not None and 0 <= index < self.rowCount():
            self.setCurrentCell(index, col)
        self.setFocus()


class SetupDialog(QDialog):
    def __init__(self, setup: Setup, session: StaffSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup, self.session, self.tasks = setup, session, tasks
        self.setObjectName("setupDialog")
        self.setAccessibleName(tr("Store set-up"))
        self.setWindowTitle(tr("Store set-up: stores, tax, limits, reasons"))
        self._doc: dict[str, Any] = {}
        self.result_: SetupResult | None = None
        self.tabs = named(QTabWidget(), "setupTabs", tr("Sections of the store set-up"))
        self.tables: dict[str, SectionTable] = {}
        for section, columns in _columns().items():
            table = SectionTable(section, columns)
            table.itemChanged.connect(self._bool_words)
            self.tables[section] = table
            self.tabs.addTab(table, _titles()[section])
        self.add_btn = named(QPushButton(tr("&Add a row")), "setupAddRow", tr("Add a row to this table"))
        self.remove_btn = named(QPushButton(tr("Re&move the row")), "setupRemoveRow", tr("Remove the selected row"))
        self.save_btn = named(QPushButton(tr("Sa&ve (Ctrl+S)")), "setupSave", tr("Save the changes"))
        self.close_btn = named(QPushButton(tr("&Close")), "setupClose", tr("Close without saving"))
        for b in (self.add_btn, self.remove_btn, self.close_btn):
            b.setAutoDefault(False)
        self.status = readable(QLabel(""), tr("What saving did or what to fix"))
        self.status.setObjectName("setupStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.add_btn, self.remove_btn, self.save_btn, self.close_btn):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(row)
        lay.addWidget(self.status)
        self.add_btn.clicked.connect(lambda: self.current.add_row())
        self.remove_btn.clicked.connect(self._remove)
        self.save_btn.clicked.connect(self.save)
        self.close_btn.clicked.connect(self.reject)
        save_keys = QShortcut(QKeySequence("Ctrl+S"), self)
        save_keys.activated.connect(self.save)
        self.resize(1000, 520)
        self.reload()

    @property
    def current(self) -> SectionTable:
        return self.tables[list(self.tables)[self.tabs.currentIndex()]]

    def _bool_words(self, item: QTableWidgetItem) -> None:
        table = item.tableWidget()
        if isinstance(table, SectionTable) and table.columns[item.column()].kind == "bool":
            words = tr("yes") if item.checkState() == Qt.CheckState.Checked else tr("no")
            if item.text() != words:
                item.setText(words)

    def _remove(self) -> None:
        table = self.current
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def reload(self) -> None:
        setup = self.setup
        self.tasks.submit(setup.document, on_done=self._loaded, inline=self.status)

    def _loaded(self, doc: dict[str, Any]) -> None:
        self._doc = doc
        self.tables["stores"].load(doc.get("stores", []))
        self.tables["tax"].load(doc.get("tax", []))
        limits = doc.get("role_limits", {})
        self.tables["role_limits"].load([{"role": role, **values} for role, values in limits.items()])
        self.tables["reason_codes"].load(doc.get("reason_codes", []))
        self.tables["stores"].setFocus()

    def values(self) -> dict[str, Any]:
        """The sections this screen holds; staff, distances, tax classes and policy stay as they are."""
        limits = {}
        for row in self.tables["role_limits"].values():
            role = str(row.pop("role", "")).strip()
            limits[role] = row
        out: dict[str, Any] = {
            "stores": self.tables["stores"].values(),
            "tax": self.tables["tax"].values(),
            "role_limits": limits,
            "reason_codes": self.tables["reason_codes"].values(),
        }
        if "tax_classes" in self._doc:
            out["tax_classes"] = self._doc["tax_classes"]
        return out

    def save(self) -> None:
        values, setup, session = self.values(), self.setup, self.session
        self.status.setText(tr("Saving…"))
        self.tasks.submit(lambda: setup.save(session, values), on_done=self._saved, on_error=self._failed)

    def _saved(self, result: SetupResult) -> None:
        self.result_ = result
        if result.changes:
            self.status.setText(
                tr("Saved: {n} change(s).", n=len(result.changes)) + " " + "; ".join(result.changes[:8])
            )
        else:
            self.status.setText(tr("Nothing to change."))
        self.reload()

    def _failed(self, err: BaseException) -> None:
        if not isinstance(err, InvalidInput):
            self.tasks.messages.error(err, inline=self.status)
            return
        self.status.setText(_LINE.sub("", str(err)))
        m = _PATH.match(err.field or "")
        if not m or m.group("section") not in self.tables:
            return
        section = m.group("section")
        self.tabs.setCurrentIndex(list(self.tables).index(section))
        table = self.tables[section]
        index = int(m.group("index")) - 1 if m.group("index") else None
        if m.group("role"):
            roles = [r.get("role") for r in table.values()]
            index = roles.index(m.group("role")) if m.group("role") in roles else None
        table.select(index, m.group("key"))
