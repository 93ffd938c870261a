"""The counter's local copy (issue #21 part 1): snapshot time, trigger overhead, catch-up lag.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_replica.py -s`` (PostgreSQL only).
Figures (no assertion on timings):
- snapshot of the demo store and of a larger generated store (POSASSIST_BENCH_REPLICA_VARIANTS,
  default 150 000 variants), against the raw baseline of reading the same rows from the server;
- the change-log triggers' cost: a small write transaction and a bulk UPDATE, with the triggers
  on and off on the same database;
- catch-up lag under load: 3 writer threads adding notes and selling (a sale, its line, the stock
  decrement) while the copy follows by LISTEN/NOTIFY: per action, from its server commit to the
  local commit of the catch-up transaction that wrote it (POSASSIST_BENCH_REPLICA_LOAD_S, 20 s).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from posassist.db import migrate
from posassist.db.replica import REPLICATED, LocalCopy, catchup
from posassist.db.replica.tables import condition, table
from posassist.db.session import Database
from posassist.services.demo import has_data, load_demo
from tests.benchmarks.conftest import Cpu, pct, report
from tests.conftest import PgServer, _need_pg

BIG = int(os.environ.get("POSASSIST_BENCH_REPLICA_VARIANTS", "150000"))
LOAD_S = float(os.environ.get("POSASSIST_BENCH_REPLICA_LOAD_S", "20"))


@pytest.fixture
def demo_server(pg_server: PgServer | None, _demo_templates: dict[str, str]) -> Iterator[Database]:
    srv = _need_pg(pg_server)
    name = f"posassist_benchrep_demo{os.getpid()}"
    srv.drop(name)
    db = Database(srv.create(name, template=_demo_templates["postgresql"]))
    yield db
    db.dispose()
    srv.drop(name)


@pytest.fixture
def big_server(pg_server: PgServer | None) -> Iterator[Database]:
    """A larger generated store, kept between runs (like the other benchmarks' databases)."""
    srv = _need_pg(pg_server)
    name = f"posassist_benchrep_{BIG}"
    with srv.admin.connect() as c:
        exists = c.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
    db = Database(srv.app_url(name) if exists else srv.create(name))
    migrate.upgrade(db.engine, where=name)
    if not has_data(db):
        started = time.perf_counter()
        load_demo(db, variants=BIG)
        print(f"\n  generated {BIG:,} variants in {time.perf_counter() - started:.1f} s")
    yield db
    db.dispose()


def _raw_read_s(db: Database, lc: LocalCopy) -> tuple[float, int]:
    """Baseline: read every row the copy holds from the server, in one go per table."""
    w = lc.windows()
    rows = 0
    started = time.perf_counter()
    with db.engine.connect() as conn:
        for name in REPLICATED:
            stmt = select(table(name))
            cond = condition(name, w)
            rows += len(conn.execute(stmt if cond is None else stmt.where(cond)).all())
    return time.perf_counter() - started, rows


def _snapshot(db: Database, path: Path, label: str) -> dict[str, object]:
    cpu = Cpu(db)
    lc = LocalCopy(db, path, store_id=None, counter="bench")
    try:
        lc.local  # noqa: B018 (the file is migrated outside the timing)
        c = cpu.now_ns()
        raw_s, rows = _raw_read_s(db, lc)
        raw_cpu = (cpu.now_ns() - c) / 1e9
        started, c = time.perf_counter(), cpu.now_ns()
        lc.ensure()
        snap_s, snap_cpu = time.perf_counter() - started, (cpu.now_ns() - c) / 1e9
        assert lc.ready
    finally:
        lc.close()
    return {
        f"{label}: rows copied": rows,
        f"{label}: snapshot s": round(snap_s, 2),
        f"{label}: snapshot rows/s": round(rows / snap_s),
        f"{label}: raw read of the same rows s (baseline)": round(raw_s, 2),
        f"{label}: snapshot / raw read": round(snap_s / raw_s, 1),
        f"{label}: snapshot CPU s (this process + PG backends)": round(snap_cpu, 2),
        f"{label}: raw read CPU s (baseline)": round(raw_cpu, 2),
        f"{label}: copy file MB": round(path.stat().st_size / 1e6, 1),
    }


def _trigger_cost(db: Database) -> dict[str, object]:
    """Per-transaction and bulk cost of the change log, triggers on vs off (same database)."""

    def small_tx(n: int) -> float:
        times = []
        with db.engine.connect() as conn:
            cust = conn.execute(text("SELECT min(id) FROM customers")).scalar_one()
            conn.commit()  # end the autobegun read: each timed write is its own transaction
            for _ in range(n):
                t = time.perf_counter()
                with conn.begin():
                    conn.execute(
                        text(
                            "INSERT INTO interactions (customer_id, channel, topic, body, opened_at, created_at, "
                            "updated_at) VALUES (:c, 'counter', 'note', 'bench', now(), now(), now())"
                        ),
                        {"c": cust},
                    )
                    conn.execute(
                        text(
                            "UPDATE stock SET on_hand = on_hand WHERE variant_id = (SELECT min(variant_id) FROM stock)"
                        )
                    )
                times.append((time.perf_counter() - t) * 1000)
        return pct(times, 50)

    def bulk() -> float:
        t = time.perf_counter()
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE stock SET reserved = reserved"))
        return time.perf_counter() - t

    def toggle(on: bool) -> None:
        with db.engine.begin() as conn:
            for name in ("interactions", "stock"):
                for ev in ("insert", "update", "delete"):
                    conn.execute(
                        text(f"ALTER TABLE {name} {'ENABLE' if on else 'DISABLE'} TRIGGER replica_{ev}_{name}")
                    )

    with db.engine.connect() as conn:
        stock_rows = conn.execute(select(func.count()).select_from(table("stock"))).scalar_one()
    small_tx(20)  # warm up
    on_small, on_bulk = small_tx(200), bulk()
    toggle(False)
    try:
        off_small, off_bulk = small_tx(200), bulk()
    finally:
        toggle(True)
    return {
        "note + stock tx p50 ms, change log on": round(on_small, 2),
        "note + stock tx p50 ms, triggers off (baseline)": round(off_small, 2),
        "small tx on / off": round(on_small / off_small, 2),
        f"bulk UPDATE of {stock_rows:,} stock rows s, change log on": round(on_bulk, 2),
        "bulk UPDATE s, triggers off (baseline)": round(off_bulk, 2),
        "bulk on / off": round(on_bulk / off_bulk, 2),
    }


class _Arrivals:
    """When each server note reached the copy: the local commit of the catch-up transaction that
    wrote it (listeners on the copy's writer engine), not the end of the catch-up call."""

    def __init__(self, engine: Any) -> None:
        self.at: dict[int, float] = {}
        self.commits = 0
        event.listen(engine, "after_execute", self._executed)
        event.listen(engine, "commit", self._committed)

    def _executed(self, conn: Any, clause: Any, multiparams: Any, params: Any, _opts: Any, _result: Any) -> None:
        table_ = getattr(clause, "table", None)
        if getattr(table_, "name", None) != "interactions" or not hasattr(clause, "excluded"):
            return
        rows = multiparams if multiparams else [params]
        ids = conn.info.setdefault("bench_ids", [])
        for r in rows:
            for doc in r if isinstance(r, list) else [r]:
                if isinstance(doc, dict) and "id" in doc:
                    ids.append(int(doc["id"]))

    def _committed(self, conn: Any) -> None:
        now = time.monotonic()
        self.commits += 1
        for i in conn.info.pop("bench_ids", []):
            self.at.setdefault(i, now)


def _lag_under_load(db: Database, path: Path) -> dict[str, object]:
    lc = LocalCopy(db, path, store_id=None, counter="bench", interval_s=30.0)
    lc.ensure()
    # the backlog the trigger benchmark left (its bulk UPDATEs), applied before the load starts
    t, c = time.perf_counter(), time.thread_time()
    backlog = lc.catch_up()
    backlog_s, backlog_cpu = time.perf_counter() - t, time.thread_time() - c
    arrivals = _Arrivals(lc._local_writer())
    committed: dict[int, float] = {}
    lock = threading.Lock()
    stop = threading.Event()
    calls: list[tuple[int, float, float]] = []  # changes, wall s, CPU s of each catch-up call
    plain = lc.catch_up

    def timed_catch_up() -> int:  # the copy's thread's own CPU, beside its wall time
        t, c = time.perf_counter(), time.thread_time()
        n = plain()
        calls.append((n, time.perf_counter() - t, time.thread_time() - c))
        return n

    lc.catch_up = timed_catch_up  # type: ignore[method-assign]
    cpu = Cpu(db)

    def writer(k: int) -> None:
        with db.engine.connect() as conn:
            cust, store, staff = conn.execute(
                text(
                    "SELECT (SELECT min(id) FROM customers), (SELECT min(id) FROM stores), (SELECT min(id) FROM staff)"
                )
            ).one()
            variant = conn.execute(text("SELECT variant_id FROM stock OFFSET :k LIMIT 1"), {"k": k}).scalar_one()
            conn.commit()
            n = 0
            while not stop.is_set():
                n += 1
                with conn.begin():
                    note = conn.execute(
                        text(
                            "INSERT INTO interactions (customer_id, channel, topic, body, opened_at, created_at, "
                            "updated_at) VALUES (:c, 'counter', 'note', 'load', now(), now(), now()) RETURNING id"
                        ),
                        {"c": cust},
                    ).scalar_one()
                    if n % 2 == 0:  # every other action sells one unit too
                        sale = conn.execute(
                            text(
                                "INSERT INTO sales (receipt_no, store_id, staff_id, channel, kind, status, currency, "
                                "subtotal_minor, discount_minor, tax_minor, total_minor, sold_at, refunded_minor, "
                                "shipping_minor, tax_included) VALUES (:r, :s, :st, 'counter', 'sale', 'completed', "
                                "'USD', 1000, 0, 0, 1000, now(), 0, 0, false) RETURNING id"
                            ),
                            {"r": f"BENCH-{k}-{n}-{time.time_ns()}", "s": store, "st": staff},
                        ).scalar_one()
                        conn.execute(
                            text(
                                "INSERT INTO sale_lines (sale_id, line_no, variant_id, description, quantity, "
                                "unit_price_minor, discount_minor, tax_minor, total_minor, final_sale) "
                                "VALUES (:s, 1, :v, 'bench', 1, 1000, 0, 0, 1000, false)"
                            ),
                            {"s": sale, "v": variant},
                        )
                        conn.execute(
                            text("UPDATE stock SET on_hand = on_hand - 1 WHERE variant_id = :v AND store_id = :s"),
                            {"v": variant, "s": store},
                        )
                with lock:
                    committed[note] = time.monotonic()

    lc.start()
    threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
    started, cpu_at = time.monotonic(), cpu.now_ns()
    for t in threads:
        t.start()
    time.sleep(LOAD_S)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    load_cpu_s = (cpu.now_ns() - cpu_at) / 1e9
    deadline = time.monotonic() + 60
    while len(set(committed) - set(arrivals.at)) and time.monotonic() < deadline:
        time.sleep(0.2)
    drained = time.monotonic() - started - elapsed
    lc.stop()
    lc.close()
    lags = [(arrivals.at[i] - committed[i]) * 1000 for i in committed if i in arrivals.at]
    per_call = [n for n, _w, _c in calls if n]
    return {
        f"catch-up of a {backlog:,}-change backlog wall s / CPU s": f"{backlog_s:.1f} / {backlog_cpu:.1f}",
        "writers": 3,
        "load s": LOAD_S,
        "actions committed": len(committed),
        "actions/s": round(len(committed) / elapsed, 1),
        "actions in the copy": len(lags),
        "catch-up batch (changes, max)": catchup.BATCH,
        "lag per action p50 ms (server commit -> local commit)": round(pct(lags, 50), 1),
        "lag per action p95 ms": round(pct(lags, 95), 1),
        "lag per action max ms": round(max(lags), 1),
        "catch-up calls with changes": len(per_call),
        "changes per call p50 / max": f"{pct(per_call, 50):.0f} / {max(per_call)}" if per_call else "-",
        "catch-up wall s / its thread's CPU s (sum)": f"{sum(w for _n, w, _c in calls):.1f} / "
        f"{sum(c for _n, _w, c in calls):.1f}",
        "load phase CPU s (this process + its PG backends)": round(load_cpu_s, 1),
        "drain after the load s": round(drained, 1),
    }


def test_replica_benchmark(demo_server: Database, big_server: Database, tmp_path: Path) -> None:
    figures: dict[str, object] = {}
    figures.update(_snapshot(demo_server, tmp_path / "demo" / "local-copy.db", "demo store"))
    figures.update(_trigger_cost(demo_server))
    figures.update(_lag_under_load(demo_server, tmp_path / "demo" / "local-copy.db"))
    figures.update(_snapshot(big_server, tmp_path / "big" / "local-copy.db", f"{BIG:,}-variant store"))
    report("replica", "postgresql", figures)
