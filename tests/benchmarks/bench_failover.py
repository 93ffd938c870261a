"""Issue #21 part 2: how long the associate's next action takes when the server goes away.

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_failover.py -s`` (PostgreSQL only).
Figures (the goal is under 2 s; nothing here asserts a timing):
- baseline, same run: a look-up on the healthy server, and the same look-up on the local copy;
- the first look-up after the server is stopped (pg_ctl immediate), and the first note written;
- the first look-up when every packet is 10 s late (a delaying proxy), and the first note;
each over several outages (server started / proxy at full speed again and the counter back online
in between), as the median and the worst, with the ratio to the online baseline.
The deadline is POSASSIST_SERVER_TIMEOUT_MS (default 1500 ms).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from posassist.db.server_deadline import server_timeout_ms
from posassist.services import lookup
from tests.benchmarks.conftest import report
from tests.reliability import _outage

TRIALS = 5
BASE_RUNS = 20


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def _back_online(c: _outage.Counter) -> None:
    deadline = time.monotonic() + 60
    while not c.db.check_now():
        assert time.monotonic() < deadline, "the counter did not come back online"
        time.sleep(0.5)  # the server is starting; ask again


def test_failover_benchmark(tmp_path: Path) -> None:
    with _outage.store(tmp_path, counters=1) as (server, proxy, counters, _url):
        c = counters[0]
        c.db.local_copy.ensure()  # type: ignore[attr-defined]
        c.db.local_copy.catch_up()  # type: ignore[attr-defined]
        _outage.look_up(c)  # warm: pool, caches
        online = [_outage.timed(lambda: _outage.look_up(c))[1] for _ in range(BASE_RUNS)]
        local_db = c.db.local_copy.local
        local = [
            _outage.timed(lambda: lookup.search(local_db, "jacket", store=c.app.store))[1] for _ in range(BASE_RUNS)
        ]
        stopped_lookup: list[float] = []
        stopped_note: list[float] = []
        slow_lookup: list[float] = []
        slow_note: list[float] = []
        for i in range(TRIALS):
            _outage.look_up(c)  # a pooled connection, as at a busy counter
            server.stop()
            stopped_lookup.append(_outage.timed(lambda: _outage.look_up(c))[1])
            server.start()
            _back_online(c)
            _outage.look_up(c)
            server.stop()
            stopped_note.append(_outage.timed(lambda i=i: _outage.note(c, f"bench {i}"))[1])
            server.start()
            _back_online(c)

            _outage.look_up(c)
            proxy.slow(10.0)
            slow_lookup.append(_outage.timed(lambda: _outage.look_up(c))[1])
            proxy.up()
            _back_online(c)
            _outage.look_up(c)
            proxy.slow(10.0)
            slow_note.append(_outage.timed(lambda i=i: _outage.note(c, f"bench slow {i}"))[1])
            proxy.up()
            _back_online(c)

        base = statistics.median(online)
        figures = {
            "deadline_ms": server_timeout_ms(),
            "baseline_online_lookup_ms": _median_ms(online),
            "baseline_local_lookup_ms": _median_ms(local),
            "stopped_next_lookup_ms": _median_ms(stopped_lookup),
            "stopped_next_lookup_worst_ms": round(max(stopped_lookup) * 1000, 1),
            "stopped_next_note_ms": _median_ms(stopped_note),
            "slow_next_lookup_ms": _median_ms(slow_lookup),
            "slow_next_lookup_worst_ms": round(max(slow_lookup) * 1000, 1),
            "slow_next_note_ms": _median_ms(slow_note),
            "ratio_stopped_to_online": round(statistics.median(stopped_lookup) / base, 1),
            "ratio_slow_to_online": round(statistics.median(slow_lookup) / base, 1),
            "trials": TRIALS,
        }
        report("failover", "postgresql", figures)
        print("\nfailover:", figures)
