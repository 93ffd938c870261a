"""Two panels of the shift-lead dashboard: the promises at risk (a customer's needed-by day that
can no longer be met, or that nobody is checking), and service per associate and per counter
beside the store's for the chosen period (interactions, first response, CSAT, first-visit
resolution). They only show what ``services.dashboard`` answers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.promise_risk import PromiseAtRisk
from posassist.ui.widgets import named, readable

# the period choice: (key, words); "custom" leaves the From/To dates as typed
PERIODS = (
    ("30d", QT_TR_NOOP("Last 30 days")),
    ("today", QT_TR_NOOP("Today")),
    ("7d", QT_TR_NOOP("Last 7 days")),
    ("month", QT_TR_NOOP("This month")),
    ("last_month", QT_TR_NOOP("Last month")),
    ("custom", QT_TR_NOOP("Dates as typed")),
)


def period_dates(key: str, today: date) -> tuple[date, date] | None:
    """The first and last day of a period choice (None: the dates typed)."""
    if key == "today":
        return today, today
    if key == "7d":
        return today - timedelta(days=6), today
    if key == "30d":
        return today - timedelta(days=29), today
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return None


def risk_text(p: PromiseAtRisk) -> str:
    return tr(
        "{customer}: {what} — needed by {day} (from {store}): {why}",
        customer=p.customer_name or tr("no customer on file"),
        what=p.text,
        day=i18n.day(p.needed_by, "EEE d MMM"),
        store=p.source,
        why=p.why(),
    )


class AtRiskPanel(QWidget):
    """The open promises whose day can no longer be met; a line saying so when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashAtRiskPanel")
        self.head = QLabel(tr("Promises at risk: …"))
        self.head.setObjectName("dashAtRiskHead")
        readable(self.head, tr("Promises at risk"))
        self.list = named(
            QListWidget(),
            "dashAtRisk",
            tr("Promises at risk, soonest needed first"),
            tr("Each promise whose needed-by day can no longer be met, and why"),
        )
        self.list.setMaximumHeight(96)
        self.list.hide()
        self.promises: list[PromiseAtRisk] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.head)
        lay.addWidget(self.list)

    def show_promises(self, promises: list[PromiseAtRisk]) -> None:
        self.promises = promises
        self.list.clear()
        for p in promises:
            self.list.addItem(risk_text(p))
        if promises:
            self.head.setText(tr("<b>Promises at risk: {count}</b>", count=len(promises)))
        else:
            self.head.setText(tr("No promise at risk."))
        self.list.setVisible(bool(promises))


def _cell(value: Any, kind: str = "") -> str:
    if value is None:
        return "—"
    if kind == "rate":
        return f"{round(100 * float(value))} %"
    return str(value)


class ServiceTable(QTableWidget):
    """Per associate and per counter, the service figures beside the store's (the first row)."""

    HEADERS = (
        QT_TR_NOOP("Who"),
        QT_TR_NOOP("Interactions"),
        QT_TR_NOOP("First response (min, mean)"),
        QT_TR_NOOP("CSAT"),
        QT_TR_NOOP("Ratings"),
        QT_TR_NOOP("Matters"),
        QT_TR_NOOP("Solved at the first visit"),
        QT_TR_NOOP("First-visit rate"),
    )
    KINDS = ("", "", "", "", "", "", "", "rate")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        named(self, "dashServiceTable", tr("Service per associate and per counter against the store"))
        self.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every other form
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, rows: list[list[Any]]) -> None:
        """``rows``: services.dashboard.Dashboard.service_rows() (group, name, figures…)."""
        group_words = {"store": "", "associate": tr("Associate"), "counter": tr("Counter")}
        self.setRowCount(len(rows))
        for r, (group, name, *figures) in enumerate(rows):
            who = name if group == "store" else f"{group_words.get(group, group)}: {name}"
            cells = [who, *(_cell(v, k) for v, k in zip(figures, self.KINDS[1:], strict=False))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if group == "store":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for a screen reader's user and the tests alike)."""
        out = []
        for r in range(self.rowCount()):
            items = (self.item(r, c) for c in range(self.columnCount()))
            out.append([item.text() if item is not None else "" for item in items])
        return out
