"""`posassist lookup CODE --json` as a whole process, against a bare `python -c pass` in the same
run (goal: <= 0.3 s and <= 10x the bare interpreter). Wall and CPU time of the child processes."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from posassist.db.session import Database
from posassist.services.demo import has_data, load_demo
from tests.benchmarks.conftest import BENCH_DIR, pct, report

RUNS = int(os.environ.get("POSASSIST_BENCH_CLI_RUNS", "15"))


def _demo_dir() -> Path:
    data = BENCH_DIR / "cli-demo"
    data.mkdir(parents=True, exist_ok=True)
    db_path = data / "posassist.db"
    if not db_path.exists():
        subprocess.run([sys.executable, "-m", "posassist", "--data-dir", str(data), "db", "upgrade"], check=True)
    db = Database(f"sqlite:///{db_path}")
    try:
        if not has_data(db):
            load_demo(db)
    finally:
        db.dispose()
    return data


def _timed(cmd: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def test_lookup_process_against_bare_python() -> None:
    data = _demo_dir()
    code = "02000000000978"  # a demo barcode
    lookup = [sys.executable, "-m", "posassist", "--data-dir", str(data), "lookup", code, "--json"]
    bare = [sys.executable, "-c", "pass"]
    _timed(lookup)  # warm the file cache and .pyc files
    walls: dict[str, list[float]] = {"lookup": [], "bare": []}
    cpus: dict[str, list[float]] = {"lookup": [], "bare": []}
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        for name, cmd in (("bare", bare), ("lookup", lookup)):
            w, c = _timed(cmd)
            walls[name].append(w)
            cpus[name].append(c)
    med = {k: pct(v, 50) for k, v in walls.items()}
    cpu_med = {k: pct(v, 50) for k, v in cpus.items()}
    report(
        "cli-start",
        "sqlite",
        {
            "runs": RUNS,
            "python -c pass wall median ms": round(med["bare"] * 1000, 1),
            "lookup CODE --json wall median ms": round(med["lookup"] * 1000, 1),
            "lookup / bare (wall, goal <= 10)": round(med["lookup"] / med["bare"], 1),
            "python -c pass cpu median ms": round(cpu_med["bare"] * 1000, 1),
            "lookup CODE --json cpu median ms": round(cpu_med["lookup"] * 1000, 1),
            "lookup / bare (cpu)": round(cpu_med["lookup"] / max(cpu_med["bare"], 1e-3), 1),
            "goal lookup wall <= 300 ms": med["lookup"] <= 0.3,
        },
    )
