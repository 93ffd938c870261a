"""The shift-lead dashboard: returns by reason per day, exceptions by reason and approver against
budget, CSAT trend and distribution, response time per channel, most returned products. Data is
computed off the GUI thread by the same services as 'posassist report …'; every chart exports CSV."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import cast

import pyqtgraph as pg
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label as code_label
from posassist.services.dashboard import RESPONSE_BUCKETS, Dashboard, Reports
from posassist.services.reference import StoreRef
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named

pg.setConfigOptions(antialias=True, background="w", foreground="k")
PALETTE = ["#1f5f99", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"]


MAX_TICKS = 7  # more labels than this overlap on a chart a third of the window wide


def _ticks(labels: list[str]) -> list[list[tuple[int, str]]]:
    step = max(1, -(-len(labels) // MAX_TICKS))
    return [[(i, label[:20]) for i, label in enumerate(labels)][::step]]


def _empty(plot: pg.PlotWidget, empty: bool) -> None:
    """An empty chart says so instead of showing bare 0–1 axes."""
    for name in ("left", "bottom"):
        plot.getAxis(name).setStyle(showValues=not empty)
    if empty:
        plot.setXRange(0, 1)
        plot.setYRange(0, 1)
        note = pg.TextItem(tr("Nothing in this period"), color="#555555", anchor=(0.5, 0.5))
        note.setPos(0.5, 0.5)
        plot.addItem(note)


def _bars(plot: pg.PlotWidget, labels: list[str], values: Sequence[float], color: str = PALETTE[0]) -> None:
    plot.clear()
    _empty(plot, not any(values))
    if not any(values):
        return
    plot.addItem(pg.BarGraphItem(x=list(range(len(values))), height=values, width=0.6, brush=color))
    plot.getAxis("bottom").setTicks(_ticks(labels))
    plot.enableAutoRange()


def _hbars(plot: pg.PlotWidget, labels: list[str], values: Sequence[float], color: str = PALETTE[0]) -> None:
    """Long names (items) read along horizontal bars, the most first."""
    plot.clear()
    _empty(plot, not any(values))
    plot.invertY(bool(values))
    if not any(values):
        return
    plot.addItem(pg.BarGraphItem(x0=0, y=list(range(len(values))), height=0.6, width=values, brush=color))
    plot.getAxis("left").setTicks([[(i, label[:24]) for i, label in enumerate(labels)]])
    plot.enableAutoRange()


class DashboardWindow(QDialog):
    def __init__(
        self, reports: Reports, tasks: TaskRunner, currency: str = "CAD", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reports, self.tasks, self.currency = reports, tasks, currency
        self.data: Dashboard | None = None
        self.setObjectName("dashboard")
        self.setAccessibleName(tr("Shift-lead dashboard"))
        self.setWindowTitle(tr("Dashboard"))
        today = QDate.currentDate()
        self.start = named(QDateEdit(today.addDays(-29)), "dashFrom", tr("From date"))
        self.end = named(QDateEdit(today), "dashTo", tr("To date"))
        self.store = named(QComboBox(), "dashStore", tr("Store"))
        self.store.addItem(tr("All stores"), None)
        self.refresh_btn = named(QPushButton(tr("&Refresh")), "dashRefresh", tr("Recompute the charts"))
        self.export_btn = named(
            QPushButton(tr("&Export all as CSV…")), "dashExport", tr("Save every chart's numbers as CSV files")
        )
        for b in (self.refresh_btn, self.export_btn):
            b.setAutoDefault(False)
        self.summary = QLabel(tr("Computing…"))
        self.summary.setObjectName("dashSummary")
        self.summary.setAccessibleName(tr("Dashboard figures"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.plots: dict[str, pg.PlotWidget] = {}
        grid = QGridLayout()
        titles = [
            ("returns", tr("Returns per day")),
            ("exceptions", tr("Goodwill cost by reason")),
            ("approvers", tr("Goodwill cost by approver")),
            ("csat_trend", tr("CSAT per day (average)")),
            ("csat_dist", tr("CSAT distribution")),
            ("response", tr("First response (interactions per band)")),
            ("returned", tr("Most returned items")),
        ]
        # a chart takes some 40 ms to build and as long to draw: one per turn of the event loop, so
        # that the window opens at once and keys and scans go on meanwhile
        self._steps: list[Callable[[], None]] = []
        for i, (key, title) in enumerate(titles):
            box = QGroupBox(title)
            box.setObjectName(f"chart_{key}")
            box.setMinimumHeight(180)
            grid.addWidget(box, i // 3, i % 3, 1, 3 if key == "returned" else 1)  # item names need the width
            self._later(partial(self._build_plot, key, title, box))
        top = QHBoxLayout()
        for label, w in (("&From:", self.start), ("&To:", self.end), ("&Store:", self.store)):
            lab = QLabel(label)
            lab.setBuddy(w)
            top.addWidget(lab)
            top.addWidget(w)
        top.addWidget(self.refresh_btn)
        top.addWidget(self.export_btn)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        charts = QWidget()
        charts.setLayout(grid)
        lay.addWidget(charts, 1)
        self.refresh_btn.clicked.connect(self.refresh)
        self.export_btn.clicked.connect(self._export)
        self.resize(1200, 760)
        tasks.submit(reports.stores, on_done=self._show_stores, inline=self.summary, key="dashboard-stores")
        self.refresh()

    def _later(self, step: Callable[[], None]) -> None:
        self._steps.append(step)
        if len(self._steps) == 1:
            QTimer.singleShot(0, self, self._next_step)

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(0, self, self._next_step)

    @property
    def drawn(self) -> bool:
        """Every chart built and the latest figures drawn."""
        return not self._steps

    def _build_plot(self, key: str, title: str, box: QGroupBox) -> None:
        plot = pg.PlotWidget(enableMenu=False)  # no mouse menus: the numbers export as CSV
        plot.setObjectName(f"plot_{key}")
        plot.setAccessibleName(title)
        plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        plot.setMinimumHeight(150)
        QVBoxLayout(box).addWidget(plot)
        self.plots[key] = plot

    def _show_stores(self, stores: tuple[StoreRef, ...]) -> None:
        for st in stores:
            self.store.addItem(st.name, st.id)

    def refresh(self) -> None:
        start = cast(date, self.start.date().toPython())
        end = cast(date, self.end.date().toPython())
        store, reports = self.store.currentData(), self.reports
        self.summary.setText(tr("Computing…"))
        self.tasks.submit(
            lambda: reports.dashboard(start, end, store), on_done=self._show, inline=self.summary, key="dashboard"
        )

    def _m(self, minor: int) -> str:
        return i18n.money(minor, self.currency)

    def _show(self, d: Dashboard) -> None:
        self.data = d
        svc, exc, ret = d.service, d.exceptions, d.returns
        self.summary.setText(
            tr(
                "<b>{start} to {end}</b> · returns <b>{returns}</b> ({m} refunded, {m2} credit) · goodwill <b>{goodwill_count}</b> costing <b>{m3}</b> · interactions <b>{interactions}</b>, CSAT <b>{csat_average}</b>, median first response <b>{first_response_median_minutes} min</b>",
                start=d.start,
                end=d.end,
                returns=ret["returns"],
                m=self._m(ret["refund_minor"]),
                m2=self._m(ret["store_credit_minor"]),
                goodwill_count=exc["goodwill_count"],
                m3=self._m(exc["goodwill_total_minor"]),
                interactions=svc["interactions"],
                csat_average=svc["csat_average"] if svc["csat_average"] is not None else "—",
                first_response_median_minutes=svc["first_response_median_minutes"]
                if svc["first_response_median_minutes"] is not None
                else "—",
            )
        )
        for draw in (self._draw_returns, self._draw_exceptions, self._draw_csat, self._draw_service):
            self._later(partial(draw, d))

    def _draw_returns(self, d: Dashboard) -> None:
        days = sorted({day for day, _, _ in d.returns_per_day})
        per_day = {day: sum(n for dd, _, n in d.returns_per_day if dd == day) for day in days}
        _bars(self.plots["returns"], [x[5:] for x in days], [per_day[x] for x in days])
        _hbars(self.plots["returned"], [n for n, _ in d.most_returned], [q for _, q in d.most_returned], PALETTE[6])

    def _draw_exceptions(self, d: Dashboard) -> None:
        exc = d.exceptions
        _bars(
            self.plots["exceptions"],
            [code_label(r["reason"]) for r in exc["by_reason"]],
            [r["cost_minor"] / 100 for r in exc["by_reason"]],
            PALETTE[1],
        )
        _bars(
            self.plots["approvers"],
            [r["approver"] for r in exc["by_approver"]],
            [r["cost_minor"] / 100 for r in exc["by_approver"]],
            PALETTE[2],
        )

    def _draw_csat(self, d: Dashboard) -> None:
        trend = self.plots["csat_trend"]
        trend.clear()
        _empty(trend, not d.csat_per_day)
        if d.csat_per_day:
            trend.plot(
                list(range(len(d.csat_per_day))),
                [a for _, a, _ in d.csat_per_day],
                pen=pg.mkPen(PALETTE[3], width=2),
                symbol="o" if len(d.csat_per_day) <= 62 else None,  # a year of dots is a line
            )
            trend.getAxis("bottom").setTicks(_ticks([day[5:] for day, _, _ in d.csat_per_day]))
            trend.enableAutoRange(axis="x")
            trend.setYRange(1, 5)
        dist = d.service["csat_distribution"]
        _bars(self.plots["csat_dist"], [f"{k}★" for k in dist], list(dist.values()), PALETTE[4])

    def _draw_service(self, d: Dashboard) -> None:
        totals = [0] * len(RESPONSE_BUCKETS)
        for counts in d.response_buckets.values():
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
        _bars(self.plots["response"], [tr(b) for _, b in RESPONSE_BUCKETS], totals, PALETTE[5])

    def export_to(self, folder: Path) -> list[Path]:
        if self.data is None:
            return []
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for name in self.data.series():
            path = folder / f"{name}.csv"
            path.write_text(self.data.csv(name), encoding="utf-8")
            out.append(path)
        return out

    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the CSV files"))
        if folder:
            self.export_to(Path(folder))
