"""Benchmarks: not in the default run (pytest's norecursedirs); run them with
``.venv/bin/python -m pytest tests/benchmarks -s``. Each prints its figures and a ratio to a raw
baseline measured in the same run; none asserts a timing.

The 1 M-variant demo databases are generated once and kept in POSASSIST_BENCH_DIR
(default /tmp/posassist-bench), for SQLite and, where PostgreSQL is available, PostgreSQL.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from posassist.db import migrate
from posassist.db.session import Database
from posassist.services.demo import has_data, load_demo

BENCH_DIR = Path(os.environ.get("POSASSIST_BENCH_DIR", "/tmp/posassist-bench"))
VARIANTS = int(os.environ.get("POSASSIST_BENCH_VARIANTS", "1000000"))


def report(name: str, engine: str, figures: dict[str, object]) -> None:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"{name}-{engine}.json"
    path.write_text(json.dumps(figures, indent=2, default=str))
    print(f"\n== {name} on {engine} ==")
    for k, v in figures.items():
        print(f"  {k:42} {v}")


class Cpu:
    """CPU time spent on a call: this process's, plus on PostgreSQL the server backends serving
    it (their /proc/<pid>/schedstat, in ns), so a figure taken while others load the cores still
    says what the work itself cost. ``timed(fn)`` returns (wall ms, cpu ms)."""

    def __init__(self, db: Database) -> None:
        self.pids: set[int] = set()
        if db.dialect == "postgresql":
            event.listen(db.engine, "connect", self._connected)
            db.engine.dispose()  # every later connection goes through _connected

    def _connected(self, dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("SELECT pg_backend_pid()")
        self.pids.add(int(cur.fetchone()[0]))
        cur.close()
        dbapi_conn.rollback()  # as it came: no transaction left open

    def now_ns(self) -> int:
        total = time.process_time_ns()
        for pid in self.pids:
            try:
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                pass  # a backend that ended: its time is gone from both readings
        return total

    def timed(self, fn, *args) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        c = self.now_ns()
        t = time.perf_counter()
        fn(*args)
        wall = (time.perf_counter() - t) * 1000
        return wall, (self.now_ns() - c) / 1e6


def wall_cpu(pairs: list[tuple[float, float]], p: float) -> str:
    """'wall / cpu' at the percentile p of each."""
    return f"{pct([w for w, _ in pairs], p):.2f} / {pct([c for _, c in pairs], p):.2f}"


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def bench_db(request: pytest.FixtureRequest) -> Iterator[tuple[str, Database]]:
    engine = str(request.param)
    if engine == "sqlite":
        path = BENCH_DIR / f"sqlite-{VARIANTS}" / "posassist.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{path}"
    else:
        server = request.getfixturevalue("pg_server")
        if server is None:
            pytest.skip("PostgreSQL not available")
        name = f"posassist_bench_{VARIANTS}"
        from sqlalchemy import text

        with server.admin.connect() as c:
            exists = c.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        url = server.app_url(name) if exists else server.create(name)
    db = Database(url)
    migrate.upgrade(db.engine, where=engine)
    if not has_data(db):
        started = time.perf_counter()
        load_demo(db, variants=VARIANTS)
        print(f"\n  generated {VARIANTS:,} variants on {engine} in {time.perf_counter() - started:.1f} s")
    yield engine, db
    db.dispose()
