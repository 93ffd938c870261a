"""Upload throughput of the offline journal (issue #21 part 3).

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_offline_upload.py -s -p no:randomly``.
N offline notes (POSASSIST_BENCH_OFFLINE_N, default 200) are journaled on the counter's local
copy, then uploaded to the server (each its own server transaction with its idempotency key,
replayed as the staff member at the recorded time). Baseline, same run, same server: the same N
notes added online, straight on the server. Figures only, no assertion on timings. The server is
SQLite here; on PostgreSQL through tests/services/failover_support (with a cluster).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from posassist.services.notes import Notes
from tests.benchmarks.conftest import report
from tests.services.offline_support import counter
from tests.signin import as_role

N = int(os.environ.get("POSASSIST_BENCH_OFFLINE_N", "200"))


def test_bench_offline_upload_sqlite(tmp_path: Path, _demo_templates: dict[str, str]) -> None:
    server, local = tmp_path / "server.db", tmp_path / "local-copy.db"
    shutil.copyfile(_demo_templates["sqlite"], server)
    shutil.copyfile(_demo_templates["sqlite"], local)
    c = counter(f"sqlite:///{server}", local)
    try:
        store = c.caps.store.id
        online = as_role(c.server, "associate", 1)
        direct = Notes(c.server)
        t0 = time.perf_counter()
        for n in range(N):
            direct.add(online, customer_id=1, store_id=store, channel="counter", topic="other", body=f"online {n}")
        baseline = time.perf_counter() - t0
        c.fdb.go_offline("bench")
        staff = as_role(c.fdb, "associate")
        t0 = time.perf_counter()
        for n in range(N):
            c.caps.notes.add(staff, customer_id=1, store_id=store, channel="counter", topic="other", body=f"off {n}")
        journaled = time.perf_counter() - t0
        up = c.uploader.upload()
        assert up.sent == N and up.pending == 0
        report(
            "offline-upload",
            "sqlite",
            {
                "entries": N,
                "baseline: online notes/s (same server)": round(N / baseline, 1),
                "offline: journaled notes/s (local copy)": round(N / journaled, 1),
                "upload: entries/s": round(N / up.seconds, 1),
                "upload / online ratio": round(baseline / up.seconds, 2),
                "upload seconds": round(up.seconds, 2),
                "local rows cleaned": up.cleaned,
            },
        )
    finally:
        c.close()
