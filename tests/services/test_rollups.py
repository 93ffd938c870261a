"""Daily roll-ups (migration 0029): after arbitrary writes to interactions, returns and their lines
(inserts, ratings, answers, moves to another day, cancellations, deletions, later contacts about
a matter) the reports and the dashboard read from the roll-ups equal the same figures counted from
the raw rows, for periods of past days only, with today, and per store, on both engines."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from posassist.db.session import Database
from posassist.db.tables.customers import Interaction
from posassist.db.tables.people import Staff
from posassist.db.tables.rollups import RollupDirty
from posassist.db.tables.sales import Return, ReturnLine
from posassist.services import dashboard, reports, rollup_figures

NOW = datetime.now(UTC)
TODAY = NOW.date()
CHANNELS = ("counter", "phone", "email", "chat")
REASONS = ("wrong_size", "faulty", "changed_mind")

when = st.builds(lambda d, m: NOW - timedelta(days=d, minutes=m), st.integers(0, 20), st.integers(0, 600))
minutes = st.none() | st.sampled_from([0.5, 1, 3, 4.99, 5, 14, 59, 61, 239.5, 300, 1000])
op_insert = st.tuples(
    st.just("interaction"),
    when,
    minutes,
    st.none() | st.integers(1, 5),
    st.sampled_from(CHANNELS),
    st.sampled_from([None, 1, 2]),
    st.sampled_from([None, "solved", "follow_up"]),
    st.booleans(),  # about an earlier matter
    st.sampled_from([None, "c-1", "c-2"]),
)
op_change = st.tuples(
    st.sampled_from(["rate", "answer", "move", "delete", "cancel_return", "delete_line", "move_return"]),
    st.integers(0, 10_000),
    when,
)
op_return = st.tuples(
    st.just("return"),
    when,
    st.sampled_from([1, 2]),
    st.lists(
        st.tuples(st.sampled_from(REASONS), st.integers(1, 3), st.sampled_from(["Mug", "Scarf"])),
        min_size=1,
        max_size=3,
    ),
)
ops = st.lists(op_insert | op_change | op_return, min_size=1, max_size=8)


def _pick(s: Any, model: Any, k: int) -> Any:
    ids = list(s.execute(select(model.id).order_by(model.id)).scalars())
    return s.get(model, ids[k % len(ids)]) if ids else None


def _apply(db: Database, batch: list[tuple[Any, ...]], staff: list[int]) -> None:
    for op in batch:
        with db.transaction() as s:  # one user action, one transaction
            kind = op[0]
            if kind == "interaction":
                _, opened, first, csat, channel, store, resolution, later, counter = op
                matter = _pick(s, Interaction, int(opened.timestamp())) if later else None
                s.add(
                    Interaction(
                        channel=channel,
                        topic="other",
                        store_id=store,
                        staff_id=staff[int(opened.timestamp()) % len(staff)] if store else None,
                        opened_at=opened,
                        first_response_at=None if first is None else opened + timedelta(minutes=first),
                        resolved_at=None if first is None else opened + timedelta(minutes=2 * first),
                        csat=csat,
                        resolution=resolution,
                        counter=counter,
                        matter_id=matter.id if matter is not None and matter.matter_id is None else None,
                    )
                )
            elif kind == "return":
                _, at, store, lines = op
                r = Return(
                    return_no=f"T-{uuid.uuid4().hex[:12]}",
                    idempotency_key=uuid.uuid4().hex,
                    store_id=store,
                    status="committed",
                    currency="CAD",
                    refund_minor=100 * len(lines),
                    store_credit_minor=7,
                    created_at=at,
                    committed_at=at,
                )
                s.add(r)
                s.flush()
                for reason, qty, desc in lines:
                    s.add(
                        ReturnLine(
                            return_id=r.id,
                            description=desc,
                            quantity=qty,
                            reason=reason,
                            condition="unopened",
                            resolution="refund",
                            refund_minor=100,
                        )
                    )
            else:
                _, k, at = op
                if kind in ("rate", "answer", "move", "delete"):
                    i = _pick(s, Interaction, k)
                    if i is None:
                        continue
                    if kind == "rate":
                        i.csat = 1 + k % 5
                    elif kind == "answer":
                        i.first_response_at = i.opened_at + timedelta(minutes=k % 300)
                    elif kind == "move":
                        i.opened_at = at
                        i.first_response_at = None
                    else:
                        s.execute(text("UPDATE interactions SET matter_id = NULL WHERE matter_id = :i"), {"i": i.id})
                        s.delete(i)
                elif kind == "delete_line":
                    line = _pick(s, ReturnLine, k)
                    if line is not None:
                        s.delete(line)
                else:
                    r = _pick(s, Return, k)
                    if r is None:
                        continue
                    if kind == "cancel_return":
                        r.status = "cancelled"
                    else:
                        r.committed_at = at


def _close(a: Any, b: Any, path: str = "") -> None:
    """Equal, floats within one rounding step (sums taken in another order, the median to the second)."""
    if isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list | tuple) and isinstance(b, list | tuple):
        assert len(a) == len(b), (path, a, b)
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _close(x, y, f"{path}[{i}]")
    elif isinstance(a, float) or isinstance(b, float):
        assert a is not None and b is not None and math.isclose(a, b, abs_tol=0.11), (path, a, b)
    else:
        assert a == b, (path, a, b)


def _check(db: Database) -> None:
    periods = [
        (TODAY - timedelta(days=800), TODAY),  # everything: the demo's history and today
        (TODAY - timedelta(days=30), TODAY),  # past days and today
        (TODAY - timedelta(days=20), TODAY - timedelta(days=3)),  # past days only
        (TODAY, TODAY),  # today only
    ]
    for start, end in periods:
        for store in (None, 1):
            _close(reports.returns_summary(db, start, end, store), reports.returns_summary_raw(db, start, end, store))
            _close(
                reports.service(db, start, end, store, by=reports.GROUPINGS),
                reports.service_raw(db, start, end, store, by=reports.GROUPINGS),
            )
            rolled, raw = dashboard.build(db, start, end, store), dashboard.build_raw(db, start, end, store)
            _close(rolled.series(), raw.series(), f"{start}..{end} store {store}")


def test_rollups_equal_the_raw_figures_after_any_writes(demo_db: Database) -> None:
    with demo_db.read() as s:
        staff = list(s.execute(select(Staff.id).order_by(Staff.id).limit(3)).scalars())
    _check(demo_db)  # the migration's back-fill and the demo's writes
    with demo_db.read() as s:  # past days are read from the roll-ups
        for table in ("rollup_interactions", "rollup_returns", "rollup_return_items", "rollup_first_response"):
            assert s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() > 0, table

    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        derandomize=True,
    )
    @given(ops)
    def run(batch: list[tuple[Any, ...]]) -> None:
        _apply(demo_db, batch, staff)
        _check(demo_db)

    run()


def test_a_write_marks_its_day_and_a_report_recounts_it(db: Database) -> None:
    past = NOW - timedelta(days=3)
    with db.transaction() as s:
        s.add(Interaction(channel="phone", topic="other", opened_at=past, csat=4))
    with db.read() as s:
        assert s.execute(select(RollupDirty.day)).scalars().all() == [past.date().isoformat()]
    assert reports.service(db, past.date(), past.date())["csat_average"] == 4.0
    with db.read() as s:  # counted into the roll-up; the mark gone
        assert s.execute(select(func.count()).select_from(RollupDirty)).scalar_one() == 0
        n = s.execute(text("SELECT sum(n) FROM rollup_interactions WHERE day = :d"), {"d": past.date().isoformat()})
        assert n.scalar_one() == 1
    with db.transaction() as s:  # a body edit is not a figure: no mark
        i = s.execute(select(Interaction)).scalar_one()
        i.body = "called back"
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(RollupDirty)).scalar_one() == 0
    assert rollup_figures.median_seconds({60: 1, 120: 1, 600: 1}) == 120
    assert rollup_figures.median_seconds({60: 2, 120: 2}) == 90
    assert rollup_figures.median_seconds({}) is None
