"""Shift-lead reports, computed with aggregate SQL on both engines; the dashboard and
'posassist report …' use the same functions, so their numbers match."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from posassist.db.session import Database
from posassist.db.tables.ops import ApprovalRequest, Goodwill
from posassist.db.tables.people import Staff
from posassist.db.tables.sales import Return, ReturnLine
from posassist.services import exception_outcomes


def period(start: date | None, end: date | None, days: int = 30) -> tuple[datetime, datetime]:
    """[start, end] as whole UTC days; by default the last ``days`` days up to today."""
    end = end or datetime.now(UTC).date()
    start = start or end - timedelta(days=days - 1)
    return datetime.combine(start, time.min, UTC), datetime.combine(end + timedelta(days=1), time.min, UTC)


def exceptions(
    db: Database, start: date | None = None, end: date | None = None, store_id: int | None = None
) -> dict[str, Any]:
    lo, hi = period(start, end)
    where = [Goodwill.created_at >= lo, Goodwill.created_at < hi] + (
        [Goodwill.store_id == store_id] if store_id else []
    )
    with db.read() as s:
        by_kind = s.execute(
            select(Goodwill.kind, func.count(), func.sum(Goodwill.cost_minor))
            .where(*where)
            .group_by(Goodwill.kind)
            .order_by(Goodwill.kind)
        ).all()
        by_reason = s.execute(
            select(ApprovalRequest.reason_code, func.count(), func.sum(Goodwill.cost_minor))
            .join(ApprovalRequest, ApprovalRequest.id == Goodwill.approval_id, isouter=True)
            .where(*where)
            .group_by(ApprovalRequest.reason_code)
        ).all()
        by_approver = s.execute(
            select(Staff.name, func.count(), func.sum(Goodwill.cost_minor))
            .join(Staff, Staff.id == Goodwill.approved_by, isouter=True)
            .where(*where)
            .group_by(Staff.name)
        ).all()
        decisions = s.execute(
            select(ApprovalRequest.status, func.count())
            .where(
                ApprovalRequest.requested_at >= lo,
                ApprovalRequest.requested_at < hi,
                *([ApprovalRequest.store_id == store_id] if store_id else []),
            )
            .group_by(ApprovalRequest.status)
        ).all()
        after = exception_outcomes.outcomes(s, lo, hi, store_id)  # each override rule and what followed
    total = sum(int(c or 0) for _, _, c in by_kind)
    return {
        "from": lo.date().isoformat(),
        "to": (hi - timedelta(days=1)).date().isoformat(),
        "goodwill_total_minor": total,
        "goodwill_count": sum(int(n) for _, n, _ in by_kind),
        "by_kind": [{"kind": k, "count": int(n), "cost_minor": int(c or 0)} for k, n, c in by_kind],
        "by_reason": sorted(
            ({"reason": r or "none", "count": int(n), "cost_minor": int(c or 0)} for r, n, c in by_reason),
            key=lambda x: x["reason"],
        ),
        "by_approver": sorted(
            ({"approver": a or "(none)", "count": int(n), "cost_minor": int(c or 0)} for a, n, c in by_approver),
            key=lambda x: x["approver"],
        ),
        "approval_requests": {st: int(n) for st, n in decisions},
        "by_rule": after["by_rule"],
        "outcome": after["outcome"],
    }


def returns_summary(
    db: Database, start: date | None = None, end: date | None = None, store_id: int | None = None
) -> dict[str, Any]:
    """Returns, refunds and lines by reason and resolution: whole past days from the daily
    roll-ups, today from the raw rows (services.rollup_figures); the same as returns_summary_raw."""
    from posassist.services import rollup_figures as rf

    lo, hi = period(start, end)
    if not rf.refresh(db):
        return returns_summary_raw(db, start, end, store_id)
    sp = rf.span(lo, hi)
    with db.read() as s:
        return rf.returns_summary(rf.returns_parts(s.connection(), sp, store_id), sp)


def returns_summary_raw(
    db: Database, start: date | None = None, end: date | None = None, store_id: int | None = None
) -> dict[str, Any]:
    """returns_summary counted from the raw rows."""
    lo, hi = period(start, end)
    scope = [Return.status == "committed", Return.committed_at >= lo, Return.committed_at < hi] + (
        [Return.store_id == store_id] if store_id else []
    )
    with db.read() as s:
        # one pass over the lines, grouped both ways at once (a handful of rows come back)
        groups = s.execute(
            select(
                ReturnLine.reason,
                ReturnLine.resolution,
                func.count(),
                func.sum(ReturnLine.quantity),
                func.sum(ReturnLine.refund_minor),
            )
            .join(Return, Return.id == ReturnLine.return_id)
            .where(*scope)
            .group_by(ReturnLine.reason, ReturnLine.resolution)
        ).all()
        reasons: dict[str, list[int]] = {}
        resolutions: dict[str, int] = {}
        for reason, resolution, n, q, a in groups:
            acc = reasons.setdefault(reason, [0, 0, 0])
            acc[0], acc[1], acc[2] = acc[0] + int(n), acc[1] + int(q or 0), acc[2] + int(a or 0)
            resolutions[resolution] = resolutions.get(resolution, 0) + int(n)
        by_reason = [(r, *reasons[r]) for r in sorted(reasons)]  # (reason, lines, quantity, amount)
        by_resolution = sorted(resolutions.items())
        totals = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(Return.refund_minor), 0),
                func.coalesce(func.sum(Return.store_credit_minor), 0),
            ).where(*scope)
        ).one()
    return {
        "from": lo.date().isoformat(),
        "to": (hi - timedelta(days=1)).date().isoformat(),
        "returns": int(totals[0]),
        "refund_minor": int(totals[1]),
        "store_credit_minor": int(totals[2]),
        "by_reason": [{"reason": r, "lines": n, "quantity": q, "amount_minor": a} for r, n, q, a in by_reason],
        "by_resolution": {r: int(n) for r, n in by_resolution},
    }


def minutes_between(bind: Engine | Connection, later: Any, earlier: Any) -> ColumnElement[Any]:
    """Minutes between two timestamps, in each engine's own date arithmetic."""
    if bind.dialect.name == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 1440.0
    return func.extract("epoch", later - earlier) / 60.0


GROUPINGS = ("associate", "counter")


def _r(x: Any) -> float | None:
    return None if x is None else round(float(x), 1)


_EMPTY_FIGURES: dict[str, Any] = {
    "interactions": 0,
    "first_response_avg_minutes": None,
    "csat_average": None,
    "ratings": 0,
    "matters": 0,
    "first_visit_resolved": 0,
    "first_visit_rate": None,
}


def _figures(acc: list[float]) -> dict[str, Any]:
    n, f_sum, f_n, c_sum, c_n, m, fv = acc
    return {
        "interactions": int(n),
        "first_response_avg_minutes": _r(f_sum / f_n) if f_n else None,
        "csat_average": _r(c_sum / c_n) if c_n else None,
        "ratings": int(c_n),
        "matters": int(m),
        "first_visit_resolved": int(fv),
        "first_visit_rate": round(int(fv) / int(m), 3) if m else None,
    }


def _service_figures(
    s: Session, in_period: Sequence[Any], groupings: Sequence[str]
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Interactions, mean first response, CSAT and first-visit resolution, for the whole scope and
    per associate / counter, from one pass over the period (grouped by associate and counter at
    once, summed here: three passes took 3-9 s on a year of trade). A matter is a first contact
    (no earlier matter) with an outcome recorded or a later contact about it; it was resolved at
    the first visit when that contact was recorded solved and nobody had to come back about it."""
    from posassist.db.tables.customers import Interaction

    later = aliased(Interaction)
    # the matters someone came back about, once each, joined to their first contact (a correlated
    # EXISTS made SQLite scan the table once per interaction: 30 s on a year of trade)
    back = (
        select(later.matter_id.label("matter"))
        .where(later.matter_id.is_not(None))
        .group_by(later.matter_id)
        .subquery("came_back")
    )
    came_back = back.c.matter.is_not(None)
    matter = and_(Interaction.matter_id.is_(None), or_(Interaction.resolution.is_not(None), came_back))
    first_visit = and_(matter, Interaction.resolution == "solved", ~came_back)
    first = minutes_between(s.get_bind(), Interaction.first_response_at, Interaction.opened_at)
    keys: dict[str, ColumnElement[Any]] = {
        # the id named below, in an expression: grouped by the bare column (or joined to staff),
        # SQLite walked ix_interactions_staff_opened and read every row from the table (2.4x CPU)
        "associate": func.coalesce(Interaction.staff_id, 0),
        "counter": func.coalesce(Interaction.counter, "(unknown)"),
    }
    wanted = [g for g in GROUPINGS if g in groupings]
    cols = [keys[g] for g in wanted]
    q = (
        select(
            *cols,
            func.count(),
            func.sum(first),
            func.count(first),
            func.sum(Interaction.csat),
            func.count(Interaction.csat),
            func.coalesce(func.sum(case((matter, 1), else_=0)), 0),
            func.coalesce(func.sum(case((first_visit, 1), else_=0)), 0),
        )
        .outerjoin(back, back.c.matter == Interaction.id)
        .where(*in_period)
    )
    if cols:
        q = q.group_by(*cols)
    names = dict(s.execute(select(Staff.id, Staff.name)).all()) if "associate" in wanted else {}
    whole = [0.0] * 7
    per: dict[str, dict[str, list[float]]] = {g: {} for g in wanted}
    for row in s.execute(q).all():
        figures = [float(x or 0) for x in row[len(wanted) :]]
        if not figures[0]:
            continue  # no interaction in the scope (an aggregate without GROUP BY still gives a row)
        whole = [a + b for a, b in zip(whole, figures, strict=True)]
        for g, key in zip(wanted, row[: len(wanted)], strict=True):
            name = (names.get(key) or "(none)") if g == "associate" else key
            acc = per[g].setdefault(name, [0.0] * 7)
            per[g][name] = [a + b for a, b in zip(acc, figures, strict=True)]
    store = _figures(whole) if whole[0] else dict(_EMPTY_FIGURES)
    groups = {g: [{g: name, **_figures(per[g][name])} for name in sorted(per[g])] for g in groupings}
    return store, groups


def _groupings(by: str | Sequence[str]) -> tuple[str, ...]:
    groupings = (by,) if isinstance(by, str) else tuple(by)
    for g in groupings:
        if g not in GROUPINGS:
            raise ValueError(f"by must be one of {GROUPINGS}, not {g!r}")
    return groupings


def service(
    db: Database,
    start: date | None = None,
    end: date | None = None,
    store_id: int | None = None,
    by: str | Sequence[str] = (),
) -> dict[str, Any]:
    """Response time (opened -> first answer -> resolved) and CSAT per channel and per associate;
    first-visit resolution; with ``by`` ("associate", "counter" or both), each one's figures
    beside the store's ("store": the whole scope). Whole past days from the daily roll-ups, today
    from the raw rows (services.rollup_figures); the same as service_raw (the median to the second)."""
    from posassist.services import rollup_figures as rf

    groupings = _groupings(by)
    lo, hi = period(start, end)
    if not rf.refresh(db):
        return service_raw(db, start, end, store_id, by)
    sp = rf.span(lo, hi)
    with db.read() as s:
        conn = s.connection()
        return rf.service(rf.service_parts(conn, sp, store_id), rf.staff_names(conn), sp, groupings)


def service_raw(
    db: Database,
    start: date | None = None,
    end: date | None = None,
    store_id: int | None = None,
    by: str | Sequence[str] = (),
) -> dict[str, Any]:
    """service counted from the raw rows."""
    from posassist.db.tables.customers import Interaction

    groupings = _groupings(by)

    lo, hi = period(start, end)
    in_period = (
        Interaction.opened_at >= lo,
        Interaction.opened_at < hi,
        *([Interaction.store_id == store_id] if store_id else []),
    )
    with db.read() as s:
        bind = s.get_bind()
        first = minutes_between(bind, Interaction.first_response_at, Interaction.opened_at)
        resolve = minutes_between(bind, Interaction.resolved_at, Interaction.opened_at)
        per_channel = s.execute(
            select(
                Interaction.channel,
                func.count(),
                func.avg(first),
                func.avg(resolve),
                func.avg(Interaction.csat),
                func.count(Interaction.csat),
            )
            .where(*in_period)
            .group_by(Interaction.channel)
            .order_by(Interaction.channel)
        ).all()
        per_staff = s.execute(
            select(Staff.name, func.count(), func.avg(first), func.avg(Interaction.csat), func.count(Interaction.csat))
            .join(Staff, Staff.id == Interaction.staff_id)
            .where(*in_period)
            .group_by(Staff.name)
            .order_by(Staff.name)
        ).all()
        dist = dict(
            s.execute(
                select(Interaction.csat, func.count())
                .where(*in_period, Interaction.csat.is_not(None))
                .group_by(Interaction.csat)
            ).all()
        )
        answered = (*in_period, Interaction.first_response_at.is_not(None))
        n_first = s.execute(select(func.count()).where(*answered)).scalar_one()
        # the median in the database (sorted there, two rows fetched), not 300,000 floats in Python
        mids = [
            float(x)
            for x in s.execute(
                select(first).where(*answered).order_by(first).offset(max(0, (n_first - 1) // 2)).limit(2 - n_first % 2)
            ).scalars()
        ]
        total = s.execute(select(func.count(), func.avg(Interaction.csat)).where(*in_period)).one()
        store, groups = _service_figures(s, in_period, groupings)

    def r(x: Any) -> float | None:
        return None if x is None else round(float(x), 1)

    return {
        "from": lo.date().isoformat(),
        "to": (hi - timedelta(days=1)).date().isoformat(),
        "interactions": int(total[0]),
        "csat_average": r(total[1]),
        "first_response_median_minutes": r(sum(mids) / len(mids) if mids else None),
        "csat_distribution": {str(k): int(dist.get(k, 0)) for k in range(1, 6)},
        "matters": store["matters"],
        "first_visit_resolved": store["first_visit_resolved"],
        "first_visit_rate": store["first_visit_rate"],
        "store": store,
        **({"groups": groups} if groupings else {}),
        "by_channel": [
            {
                "channel": c,
                "interactions": int(n),
                "first_response_avg_minutes": r(f),
                "resolution_avg_minutes": r(z),
                "csat_average": r(a),
                "ratings": int(k),
            }
            for c, n, f, z, a, k in per_channel
        ],
        "by_associate": [
            {
                "associate": name,
                "interactions": int(n),
                "first_response_avg_minutes": r(f),
                "csat_average": r(a),
                "ratings": int(k),
            }
            for name, n, f, a, k in per_staff
        ],
    }
