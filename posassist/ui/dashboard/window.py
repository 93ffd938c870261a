"""The shift-lead dashboard: the promises at risk; returns by reason per day, exceptions by reason
and approver against budget, CSAT trend and distribution, response time per channel, most returned
products; service per associate and per counter against the store for the chosen period. Data is
computed off the GUI thread by the same services as 'posassist report …'; every chart exports CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label as code_label
from posassist.services.dashboard import RESPONSE_BUCKETS, Dashboard, Reports
from posassist.services.promise_risk import PromiseAtRisk
from posassist.services.reference import StoreRef
from posassist.ui.appearance_labels import RichLabel
from posassist.ui.dashboard.charts import Chart, Series
from posassist.ui.dashboard.outcome import outcome_html
from posassist.ui.dashboard.panels import PERIODS, AtRiskPanel, ServiceTable, period_dates
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, readable

PALETTE = ["#1f5f99", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"]


class DashboardWindow(QDialog):
    def __init__(
        self, reports: Reports, tasks: TaskRunner, currency: str = "CAD", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reports, self.tasks, self.currency = reports, tasks, currency
        self._axis_texts: dict[int, str] = {}  # minor units -> money text, see _money_axis
        self.data: Dashboard | None = None
        self.setObjectName("dashboard")
        self.setAccessibleName(tr("Shift-lead dashboard"))
        self.setWindowTitle(tr("Dashboard"))
        today = QDate.currentDate()
        self.period = named(QComboBox(), "dashPeriod", tr("Period"))
        for key, words in PERIODS:
            self.period.addItem(tr(words), key)
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
        self.summary = RichLabel(tr("Computing…"))
        self.summary.setObjectName("dashSummary")
        readable(self.summary, tr("Dashboard figures"))  # a screen reader reads the figures themselves
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.outcome = RichLabel("")  # exception -> outcome: each override rule and what followed
        self.outcome.setObjectName("dashOutcome")
        readable(self.outcome, tr("Exceptions and what followed"))
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.at_risk = AtRiskPanel()
        self.service_table = ServiceTable()
        self._setting_dates = False
        self._lay_out()
        self.period.activated.connect(lambda *_: self._period_chosen())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda *_: self._dates_typed())
        self.refresh_btn.clicked.connect(self.refresh)
        self.export_btn.clicked.connect(self._export)
        self.resize(1200, 760)
        tasks.submit(reports.stores, on_done=self._show_stores, inline=self.summary, key="dashboard-stores")
        self.refresh()

    def _lay_out(self) -> None:
        self.plots: dict[str, Chart] = {}
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
        for i, (key, title) in enumerate(titles):
            box = QGroupBox()  # the title a wrapping label: long French titles do not widen the window
            box.setObjectName(f"chart_{key}")
            box.setAccessibleName(title)
            grid.addWidget(box, i // 3, i % 3, 1, 3 if key == "returned" else 1)  # item names need the width
            self.plots[key] = Chart(f"plot_{key}", title)
            heading = QLabel(title)
            heading.setObjectName(f"chartTitle_{key}")
            heading.setWordWrap(True)
            in_box = QVBoxLayout(box)
            in_box.addWidget(heading)
            in_box.addWidget(self.plots[key], 1)
        top = QHBoxLayout()
        for label, w in (
            (tr("&Period:"), self.period),
            (tr("&From:"), self.start),
            (tr("&To:"), self.end),
            (tr("&Store:"), self.store),
        ):
            lab = QLabel(label)
            lab.setBuddy(w)
            pair = QVBoxLayout()  # the label above its field: the row fits 200 % French on 1280 px
            pair.setSpacing(0)
            pair.addWidget(lab)
            pair.addWidget(w)
            top.addLayout(pair)
        top.addStretch(1)
        buttons = QHBoxLayout()  # below, as a dialog's buttons
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_btn)
        buttons.addWidget(self.export_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        # below the period: figures, exceptions and charts scroll when large text or a small
        # screen cannot hold them, rather than squeezing the charts' labels into each other
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.summary)
        inner.addWidget(self.at_risk)
        inner.addWidget(self.outcome)
        charts = QWidget()
        charts.setLayout(grid)
        self.tabs = named(QTabWidget(), "dashTabs", tr("Charts, and service per associate and counter"))
        self.tabs.addTab(charts, tr("Charts"))
        self.tabs.addTab(self.service_table, tr("Service by associate and counter"))
        inner.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setObjectName("dashScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)

    @property
    def drawn(self) -> bool:
        """The latest figures are in the charts (they paint with the window)."""
        return self.data is not None

    def _show_stores(self, stores: tuple[StoreRef, ...]) -> None:
        for st in stores:
            self.store.addItem(st.name, st.id)

    def _period_chosen(self) -> None:
        """A period chosen: its dates go into From/To and the figures are computed again."""
        dates = period_dates(self.period.currentData(), cast(date, QDate.currentDate().toPython()))
        if dates is None:
            self.start.setFocus()
            return
        self._setting_dates = True
        self.start.setDate(QDate(dates[0].year, dates[0].month, dates[0].day))
        self.end.setDate(QDate(dates[1].year, dates[1].month, dates[1].day))
        self._setting_dates = False
        self.refresh()

    def _dates_typed(self) -> None:
        if not self._setting_dates:
            self.period.setCurrentIndex(self.period.findData("custom"))

    def refresh(self) -> None:
        start = cast(date, self.start.date().toPython())
        end = cast(date, self.end.date().toPython())
        store, reports = self.store.currentData(), self.reports
        self.summary.setText(tr("Computing…"))
        self.tasks.submit(
            lambda: reports.dashboard(start, end, store), on_done=self._show, inline=self.summary, key="dashboard"
        )
        self.tasks.submit(
            lambda: reports.promises_at_risk(store),
            on_done=self._show_at_risk,
            inline=self.at_risk.head,
            key="dashboard-at-risk",
        )

    def _show_at_risk(self, promises: list[PromiseAtRisk]) -> None:
        self.at_risk.show_promises(promises)

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
        self._draw_returns(d)
        self._draw_exceptions(d)
        self.outcome.setText(outcome_html(d.exceptions, self._m))
        self._draw_csat(d)
        self._draw_service(d)
        self.service_table.show_rows(d.service_rows())

    def _draw_returns(self, d: Dashboard) -> None:
        days = sorted({day for day, _, _ in d.returns_per_day})
        per_day: dict[str, int] = dict.fromkeys(days, 0)
        for day, _, n in d.returns_per_day:
            per_day[day] += n
        self.plots["returns"].show_series(
            Series("bars", tuple(x[5:] for x in days), tuple(per_day.values()), PALETTE[0])
        )
        self.plots["returned"].show_series(
            Series("hbars", tuple(n for n, _ in d.most_returned), tuple(q for _, q in d.most_returned), PALETTE[6])
        )

    def _money_axis(self, major: float) -> str:
        """An axis label; kept, as each paint (a theme or text size change repaints every chart)
        asks for the same few again and formatting through the locale is slow."""
        minor = round(major * 100)
        if minor not in self._axis_texts:
            self._axis_texts[minor] = i18n.money(minor, self.currency)
        return self._axis_texts[minor]

    def _draw_exceptions(self, d: Dashboard) -> None:
        exc = d.exceptions
        for key, rows, names, color in (
            ("exceptions", exc["by_reason"], [code_label(r["reason"]) for r in exc["by_reason"]], PALETTE[1]),
            ("approvers", exc["by_approver"], [r["approver"] for r in exc["by_approver"]], PALETTE[2]),
        ):
            self.plots[key].show_series(
                Series(
                    "bars",
                    tuple(names),
                    tuple(r["cost_minor"] / 100 for r in rows),
                    color,
                    whole=False,
                    fmt=self._money_axis,
                )
            )

    def _draw_csat(self, d: Dashboard) -> None:
        self.plots["csat_trend"].show_series(
            Series(
                "line",
                tuple(day[5:] for day, _, _ in d.csat_per_day),
                tuple(a for _, a, _ in d.csat_per_day),
                PALETTE[3],
                whole=False,
                y_range=(1, 5),
            )
        )
        dist = d.service["csat_distribution"]
        self.plots["csat_dist"].show_series(
            Series("bars", tuple(f"{k}★" for k in dist), tuple(dist.values()), PALETTE[4])
        )

    def _draw_service(self, d: Dashboard) -> None:
        totals = [0] * len(RESPONSE_BUCKETS)
        for counts in d.response_buckets.values():
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
        self.plots["response"].show_series(
            Series("bars", tuple(_unit_kept(tr(b)) for _, b in RESPONSE_BUCKETS), tuple(totals), PALETTE[5])
        )

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


def _unit_kept(band: str) -> str:
    """A band's number and unit on one line when its name wraps ("over 4 h", not "over 4" / "h")."""
    for unit in (" min", " h"):
        band = band.replace(unit, "\u00a0" + unit[1:])
    return band
