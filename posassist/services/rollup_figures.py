"""The reports' figures from the daily roll-ups (posassist/db/rollups.py): whole past days from
the roll-up tables (after recounting the days writes marked), today's part from the raw rows,
added up here. The same figures as the raw reports (posassist/services/reports.py *_raw), but a
year costs a few thousand roll-up rows instead of a pass over 300,000 interactions. The first
response's median is taken to the second (its histogram's step)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from posassist.db import rollups
from posassist.db.session import Database
from posassist.db.tables.people import Staff
from posassist.services.reports import _EMPTY_FIGURES, _figures, _r

log = logging.getLogger(__name__)

# rollup_interactions' figure columns after its keys (day, store, channel, staff, counter)
I_FIGURES = rollups.COLUMNS["rollup_interactions"].replace(" ", "").split(",")[5:]
N, FIRST_N, FIRST_SUM, RES_N, RES_SUM, CSAT_N, CSAT_SUM = range(7)
STARS = slice(7, 12)
MATTERS, FIRST_VISIT = 12, 13
BANDS = slice(14, 19)


def today() -> date:
    return datetime.now(UTC).date()


def refresh(db: Database, before: date | None = None) -> bool:
    """Recount the marked days before today; False when this database cannot be written (a
    read-only copy): then the caller counts from the raw rows."""
    before = before or today()
    try:
        with db.read() as s:
            pending = s.execute(
                text("SELECT 1 FROM rollup_dirty WHERE day < :d LIMIT 1"), {"d": before.isoformat()}
            ).first()
        if pending is None:
            return True
        with db.transaction() as s:
            n = rollups.refresh(s.connection(), before)
        log.info("roll-ups: %d days recounted", n)
        return True
    except DBAPIError as e:  # read-only, or the tables not there yet
        log.warning("roll-ups not refreshed (%s); counting from the raw rows", e.__class__.__name__)
        return False


@dataclass
class Span:
    """A period [first, last] split into whole past days (rolled) and today onwards (raw)."""

    first: date
    last: date
    now: date = field(default_factory=today)

    @property
    def rolled(self) -> tuple[str, str] | None:
        last = min(self.last, self.now - timedelta(days=1))
        return (self.first.isoformat(), last.isoformat()) if self.first <= last else None

    @property
    def raw(self) -> tuple[date, date] | None:
        first = max(self.first, self.now)
        return (first, self.last) if first <= self.last else None


def span(lo: datetime, hi: datetime) -> Span:
    """The Span of reports.period's [lo, hi) (whole UTC days)."""
    return Span(lo.date(), (hi - timedelta(days=1)).date())


def _store(store_id: int | None, column: str = "store_id") -> str:
    return f" AND {column} = :store" if store_id else ""


def _raw(conn: Connection, table: str, sp: Span, store_id: int | None) -> list[tuple[Any, ...]]:
    if sp.raw is None:
        return []
    return [r for r in rollups.compute(conn, table, *sp.raw) if not store_id or r[1] == store_id]


def _add(into: dict[Any, list[float]], key: Any, values: Sequence[Any]) -> None:
    acc = into.get(key)
    if acc is None:  # service figures (minutes, ratings) as floats: PostgreSQL's sums come as Decimal
        into[key] = [float(v or 0) for v in values]
    else:
        for i, v in enumerate(values):
            acc[i] += float(v or 0)


def _add_whole(into: dict[Any, list[int]], key: Any, values: Sequence[Any]) -> None:
    """Counts and money in minor units: summed as integers (never through a float)."""
    acc = into.setdefault(key, [0] * len(values))
    for i, v in enumerate(values):
        acc[i] += int(v or 0)


def _rolled_grouped(conn: Connection, select_sql: str, group: str, sp: Span, store_id: int | None) -> list[Any]:
    if sp.rolled is None:
        return []
    a, b = sp.rolled
    sql = f"{select_sql} WHERE day >= :a AND day <= :b{_store(store_id)} GROUP BY {group}"
    return [tuple(r) for r in conn.execute(text(sql), {"a": a, "b": b, "store": store_id})]


def returns_parts(conn: Connection, sp: Span, store_id: int | None) -> dict[str, Any]:
    """Totals, lines per (day, reason, resolution) and units per description, for the span (the rolled
    days grouped in the database)."""
    totals = [0, 0, 0]
    for row in _rolled_grouped(
        conn,
        "SELECT 0, 0, sum(returns), sum(refund_minor), sum(store_credit_minor) FROM rollup_returns",
        "1",
        sp,
        store_id,
    ) + _raw(conn, "rollup_returns", sp, store_id):
        totals = [t + int(v or 0) for t, v in zip(totals, row[2:], strict=True)]
    reasons: dict[tuple[str, str, str], list[int]] = {}
    for day, _s, reason, resolution, *v in _rolled_grouped(
        conn,
        "SELECT day, 0, reason, resolution, sum(lines), sum(quantity), sum(amount_minor) FROM rollup_return_reasons",
        "day, reason, resolution",
        sp,
        store_id,
    ) + _raw(conn, "rollup_return_reasons", sp, store_id):
        _add_whole(reasons, (day, reason, resolution), v)
    items: dict[str, list[int]] = {}
    for _d, _s, description, q in _rolled_grouped(
        conn, "SELECT 0, 0, description, sum(quantity) FROM rollup_return_items", "description", sp, store_id
    ) + _raw(conn, "rollup_return_items", sp, store_id):
        _add_whole(items, description, [q])
    return {"totals": totals, "reasons": reasons, "items": items}


def returns_summary(p: dict[str, Any], sp: Span) -> dict[str, Any]:
    """reports.returns_summary's answer from returns_parts."""
    by_reason: dict[str, list[int]] = {}
    by_resolution: dict[str, int] = {}
    for (_day, reason, resolution), (n, q, a) in p["reasons"].items():
        acc = by_reason.setdefault(reason, [0, 0, 0])
        acc[0], acc[1], acc[2] = acc[0] + int(n), acc[1] + int(q), acc[2] + int(a)
        by_resolution[resolution] = by_resolution.get(resolution, 0) + int(n)
    returns, refund, credit = p["totals"]
    return {
        "from": sp.first.isoformat(),
        "to": sp.last.isoformat(),
        "returns": returns,
        "refund_minor": refund,
        "store_credit_minor": credit,
        "by_reason": [
            {"reason": r, "lines": v[0], "quantity": v[1], "amount_minor": v[2]} for r, v in sorted(by_reason.items())
        ],
        "by_resolution": dict(sorted(by_resolution.items())),
    }


@dataclass
class ServiceParts:
    by_key: dict[tuple[str, int, str], list[float]]  # (channel, staff id, counter) -> I_FIGURES
    by_day: dict[str, list[float]]  # day -> (csat_sum, csat_n)
    seconds: dict[int, int]  # first response in whole seconds -> how many


def service_parts(conn: Connection, sp: Span, store_id: int | None) -> ServiceParts:
    figures = ", ".join(f"sum({c})" for c in I_FIGURES)
    by_key: dict[tuple[str, int, str], list[float]] = {}
    by_day: dict[str, list[float]] = {}
    for channel, staff, counter, *v in _rolled_grouped(
        conn,
        f"SELECT channel, staff_id, counter, {figures} FROM rollup_interactions",
        "channel, staff_id, counter",
        sp,
        store_id,
    ):
        _add(by_key, (channel, int(staff), counter), v)
    for day, c_sum, c_n in _rolled_grouped(
        conn, "SELECT day, sum(csat_sum), sum(csat_n) FROM rollup_interactions", "day", sp, store_id
    ):
        _add(by_day, day, [c_sum, c_n])
    for day, _s, channel, staff, counter, *v in _raw(conn, "rollup_interactions", sp, store_id):
        _add(by_key, (channel, int(staff), counter), v)
        _add(by_day, day, [v[CSAT_SUM], v[CSAT_N]])
    seconds: dict[int, int] = {}
    for sec, n in _rolled_grouped(conn, "SELECT seconds, sum(n) FROM rollup_first_response", "seconds", sp, store_id):
        seconds[int(sec)] = seconds.get(int(sec), 0) + int(n)
    for _d, _s, sec, n in _raw(conn, "rollup_first_response", sp, store_id):
        seconds[int(sec)] = seconds.get(int(sec), 0) + int(n)
    return ServiceParts(by_key, by_day, seconds)


def median_seconds(hist: dict[int, int]) -> float | None:
    total = sum(hist.values())
    if not total:
        return None
    want = [(total - 1) // 2, total // 2]  # the middle one, or the middle two
    found: list[int] = []
    seen = 0
    for sec in sorted(hist):
        n = hist[sec]
        while want and want[0] < seen + n:
            found.append(sec)
            want.pop(0)
        seen += n
        if not want:
            break
    return sum(found) / len(found)


def staff_names(conn: Connection) -> dict[int, str]:
    return {int(i): n for i, n in conn.execute(select(Staff.id, Staff.name)).all()}


def _per(into: dict[Any, list[float]], key: Any, v: Sequence[float]) -> None:
    _add(into, key, [v[N], v[FIRST_SUM], v[FIRST_N], v[CSAT_SUM], v[CSAT_N], v[MATTERS], v[FIRST_VISIT]])


def service(p: ServiceParts, names: dict[int, str], sp: Span, groupings: Sequence[str]) -> dict[str, Any]:
    """reports.service's answer from service_parts (names: staff id -> name)."""
    whole: dict[int, list[float]] = {}
    channels: dict[str, list[float]] = {}
    associates: dict[str, list[float]] = {}
    groups: dict[str, dict[str, list[float]]] = {g: {} for g in groupings}
    for (channel, staff, counter), v in p.by_key.items():
        if not v[N]:
            continue
        _add(whole, 0, v)
        _add(channels, channel, v)
        if staff in names:
            _add(associates, names[staff], v)
        for g in groupings:
            _per(groups[g], (names.get(staff) or "(none)") if g == "associate" else counter, v)
    t = whole.get(0) or [0.0] * len(I_FIGURES)
    store = (
        _figures([t[N], t[FIRST_SUM], t[FIRST_N], t[CSAT_SUM], t[CSAT_N], t[MATTERS], t[FIRST_VISIT]])
        if t[N]
        else dict(_EMPTY_FIGURES)
    )
    median = median_seconds(p.seconds)

    def avg(v: Sequence[float], total: int, n: int) -> float | None:
        return _r(v[total] / v[n]) if v[n] else None

    return {
        "from": sp.first.isoformat(),
        "to": sp.last.isoformat(),
        "interactions": int(t[N]),
        "csat_average": avg(t, CSAT_SUM, CSAT_N),
        "first_response_median_minutes": None if median is None else _r(median / 60),
        "csat_distribution": {str(k): int(t[STARS][k - 1]) for k in range(1, 6)},
        "matters": store["matters"],
        "first_visit_resolved": store["first_visit_resolved"],
        "first_visit_rate": store["first_visit_rate"],
        "store": store,
        **(
            {"groups": {g: [{g: name, **_figures(groups[g][name])} for name in sorted(groups[g])] for g in groupings}}
            if groupings
            else {}
        ),
        "by_channel": [
            {
                "channel": c,
                "interactions": int(v[N]),
                "first_response_avg_minutes": avg(v, FIRST_SUM, FIRST_N),
                "resolution_avg_minutes": avg(v, RES_SUM, RES_N),
                "csat_average": avg(v, CSAT_SUM, CSAT_N),
                "ratings": int(v[CSAT_N]),
            }
            for c, v in sorted(channels.items())
        ],
        "by_associate": [
            {
                "associate": name,
                "interactions": int(v[N]),
                "first_response_avg_minutes": avg(v, FIRST_SUM, FIRST_N),
                "csat_average": avg(v, CSAT_SUM, CSAT_N),
                "ratings": int(v[CSAT_N]),
            }
            for name, v in sorted(associates.items())
        ],
    }
