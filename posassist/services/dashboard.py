"""What the shift-lead dashboard charts: the same report functions as 'posassist report …' (so the
numbers match), plus the daily series and distributions behind the charts, all aggregate SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, case, func, select

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Interaction
from posassist.db.tables.sales import Return, ReturnLine
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services import csv_export, reference, reports
from posassist.services.promise_risk import PromiseAtRisk, promises_at_risk

RESPONSE_BUCKETS = (
    (5, QT_TR_NOOP("under 5 min")),
    (15, QT_TR_NOOP("5–15 min")),
    (60, QT_TR_NOOP("15–60 min")),
    (240, QT_TR_NOOP("1–4 h")),
    (None, QT_TR_NOOP("over 4 h")),
)


AFTER = (  # what the customers did after an exception (services.exception_outcomes)
    "customers",
    "bought_again_share",
    "purchases_per_customer",
    "spend_per_customer_minor",
    "return_visits_per_customer",
    "later_rating_average",
    "later_ratings",
)


@dataclass
class Dashboard:
    start: str
    end: str
    returns: dict[str, Any]
    exceptions: dict[str, Any]
    service: dict[str, Any]
    returns_per_day: list[tuple[str, str, int]] = field(default_factory=list)  # (day, reason, lines)
    csat_per_day: list[tuple[str, float, int]] = field(default_factory=list)  # (day, average, ratings)
    response_buckets: dict[str, list[int]] = field(default_factory=dict)  # channel -> counts per bucket
    most_returned: list[tuple[str, int]] = field(default_factory=list)  # (item, quantity)

    def series(self) -> dict[str, tuple[list[str], list[list[Any]]]]:
        """Every chart's data as a table: name -> (headers, rows). The CSV export writes these."""
        return {
            "returns_per_day": (["day", "reason", "lines"], [list(r) for r in self.returns_per_day]),
            "exceptions_by_reason": (
                ["reason", "count", "cost_minor"],
                [[r["reason"], r["count"], r["cost_minor"]] for r in self.exceptions["by_reason"]],
            ),
            "exceptions_by_approver": (
                ["approver", "count", "cost_minor"],
                [[r["approver"], r["count"], r["cost_minor"]] for r in self.exceptions["by_approver"]],
            ),
            "exceptions_by_rule": (
                ["kind", "rule", "count", "amount_minor", "approvers", *AFTER],
                [
                    [
                        r["kind"],
                        r["rule"],
                        r["count"],
                        r["amount_minor"],
                        "; ".join(f"{a['approver']}: {a['count']}" for a in r["approvers"]),
                        *(r["after"][k] for k in AFTER),
                    ]
                    for r in self.exceptions.get("by_rule", [])
                ],
            ),
            "exception_outcome": (
                ["group", *AFTER],
                [[g, *(a[k] for k in AFTER)] for g, a in self.exceptions.get("outcome", {}).items()],
            ),
            "csat_per_day": (["day", "average", "ratings"], [list(r) for r in self.csat_per_day]),
            "csat_distribution": (["stars", "ratings"], [[k, v] for k, v in self.service["csat_distribution"].items()]),
            "response_time": (
                ["channel", *[b for _, b in RESPONSE_BUCKETS]],
                [[c, *counts] for c, counts in sorted(self.response_buckets.items())],
            ),
            "most_returned": (["item", "quantity"], [list(r) for r in self.most_returned]),
            "service_by_associate_and_counter": (["group", "name", *SERVICE_FIGURES], self.service_rows()),
        }

    def service_rows(self) -> list[list[Any]]:
        """The store's service figures, then each associate's and each counter's beside them."""
        store = self.service.get("store") or {}
        rows = [["store", tr("The store"), *(store.get(k) for k in SERVICE_FIGURES)]]
        for group in reports.GROUPINGS:
            for g in self.service.get("groups", {}).get(group, []):
                rows.append([group, g[group], *(g.get(k) for k in SERVICE_FIGURES)])
        return rows

    def csv(self, name: str) -> str:
        headers, rows = self.series()[name]
        return csv_export.to_text(headers, rows)


SERVICE_FIGURES = (
    "interactions",
    "first_response_avg_minutes",
    "csat_average",
    "ratings",
    "matters",
    "first_visit_resolved",
    "first_visit_rate",
)


def _day(bind: Engine | Connection, column: Any) -> ColumnElement[str]:
    return func.date(column) if bind.dialect.name == "sqlite" else func.to_char(column, "YYYY-MM-DD")


def build(db: Database, start: date | None = None, end: date | None = None, store_id: int | None = None) -> Dashboard:
    """Every chart: whole past days from the daily roll-ups, today from the raw rows (two passes
    over a few thousand roll-up rows for a year, not over its 300,000 interactions); the same
    figures as build_raw."""
    from posassist.services import rollup_figures as rf

    lo, hi = reports.period(start, end)
    if not rf.refresh(db):
        return build_raw(db, start, end, store_id)
    exc = reports.exceptions(db, start, end, store_id)
    sp = rf.span(lo, hi)
    with db.read() as s:
        conn = s.connection()
        rp = rf.returns_parts(conn, sp, store_id)
        sv = rf.service_parts(conn, sp, store_id)
        names = rf.staff_names(conn)
    ret = rf.returns_summary(rp, sp)
    d = Dashboard(ret["from"], ret["to"], ret, exc, rf.service(sv, names, sp, reports.GROUPINGS))
    per_day: dict[tuple[str, str], int] = {}
    for (day, reason, _resolution), v in rp["reasons"].items():
        per_day[(day, reason)] = per_day.get((day, reason), 0) + int(v[0])
    d.returns_per_day = [(day, reason, n) for (day, reason), n in sorted(per_day.items())]
    d.most_returned = [
        (item, int(q[0])) for item, q in sorted(rp["items"].items(), key=lambda kv: (-kv[1][0], kv[0]))[:10]
    ]
    d.csat_per_day = [(day, round(c_sum / c_n, 2), int(c_n)) for day, (c_sum, c_n) in sorted(sv.by_day.items()) if c_n]
    for (channel, _staff, _counter), v in sv.by_key.items():
        bands = v[rf.BANDS]
        if any(bands):
            acc = d.response_buckets.setdefault(channel, [0] * len(RESPONSE_BUCKETS))
            for i, n in enumerate(bands):
                acc[i] += int(n)
    return d


def build_raw(
    db: Database, start: date | None = None, end: date | None = None, store_id: int | None = None
) -> Dashboard:
    """build counted from the raw rows."""
    ret = reports.returns_summary_raw(db, start, end, store_id)
    exc = reports.exceptions(db, start, end, store_id)
    svc = reports.service_raw(db, start, end, store_id, by=reports.GROUPINGS)  # each one against the store
    lo, hi = reports.period(start, end)
    d = Dashboard(ret["from"], ret["to"], ret, exc, svc)
    with db.read() as s:
        bind = s.get_bind()
        scope = [Return.status == "committed", Return.committed_at >= lo, Return.committed_at < hi] + (
            [Return.store_id == store_id] if store_id else []
        )
        day = _day(bind, Return.committed_at)
        d.returns_per_day = [
            (str(a), b, int(c))
            for a, b, c in s.execute(
                select(day, ReturnLine.reason, func.count())
                .join(Return, Return.id == ReturnLine.return_id)
                .where(*scope)
                .group_by(day, ReturnLine.reason)
                .order_by(day, ReturnLine.reason)
            ).all()
        ]
        d.most_returned = [
            (a, int(b))
            for a, b in s.execute(
                select(ReturnLine.description, func.sum(ReturnLine.quantity))
                .join(Return, Return.id == ReturnLine.return_id)
                .where(*scope)
                .group_by(ReturnLine.description)
                .order_by(func.sum(ReturnLine.quantity).desc(), ReturnLine.description)
                .limit(10)
            ).all()
        ]
        iscope = [Interaction.opened_at >= lo, Interaction.opened_at < hi] + (
            [Interaction.store_id == store_id] if store_id else []
        )
        iday = _day(bind, Interaction.opened_at)
        d.csat_per_day = [
            (str(a), round(float(b), 2), int(c))
            for a, b, c in s.execute(
                select(iday, func.avg(Interaction.csat), func.count(Interaction.csat))
                .where(*iscope, Interaction.csat.is_not(None))
                .group_by(iday)
                .order_by(iday)
            ).all()
        ]
        minutes = reports.minutes_between(bind, Interaction.first_response_at, Interaction.opened_at)
        band = case(
            *[(minutes < limit, i) for i, (limit, _label) in enumerate(RESPONSE_BUCKETS) if limit is not None],
            else_=len(RESPONSE_BUCKETS) - 1,
        )
        for channel, i, n in s.execute(
            select(Interaction.channel, band, func.count())  # counted in the database
            .where(*iscope, Interaction.first_response_at.is_not(None))
            .group_by(Interaction.channel, band)
        ).all():
            d.response_buckets.setdefault(channel, [0] * len(RESPONSE_BUCKETS))[int(i)] += int(n)
    return d


class Reports:
    """The shift lead's figures: exceptions, returns, service, and the dashboard."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self._db, self._clock = db, clock

    def dashboard(self, start: date | None = None, end: date | None = None, store_id: int | None = None) -> Dashboard:
        return build(self._db, start, end, store_id)

    def exceptions(
        self, start: date | None = None, end: date | None = None, store_id: int | None = None
    ) -> dict[str, Any]:
        return reports.exceptions(self._db, start, end, store_id)

    def returns(
        self, start: date | None = None, end: date | None = None, store_id: int | None = None
    ) -> dict[str, Any]:
        return reports.returns_summary(self._db, start, end, store_id)

    def service(
        self, start: date | None = None, end: date | None = None, store_id: int | None = None
    ) -> dict[str, Any]:
        return reports.service(self._db, start, end, store_id)

    def promises_at_risk(self, store_id: int | None = None) -> list[PromiseAtRisk]:
        """Promises whose needed-by day can no longer be met (or nobody is checking), at the store
        (None: every store), soonest needed first."""
        return promises_at_risk(self._db, store_id, self._clock())

    def stores(self) -> tuple[reference.StoreRef, ...]:
        """The active stores, for the dashboard's store filter."""
        return reference.stores(self._db).all
