"""Catalogue import at scale: full import against a raw executemany of the same rows, peak memory,
and a re-sync with 1 % of the rows changed. Size: POSASSIST_BENCH_IMPORT_ROWS (default 1,000,000)."""

from __future__ import annotations

import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.conftest import report

ROWS = int(os.environ.get("POSASSIST_BENCH_IMPORT_ROWS", "1000000"))


def _write(path: Path, rows: int, changed: set[int] | None = None) -> None:
    rng = random.Random(5)
    with path.open("w") as fh:
        fh.write("sku,style,title,brand,colour,size,price,barcode,stock\n")
        for i in range(rows):
            price = f"{(i % 400) + 9}.99" if not changed or i not in changed else f"{(i % 400) + 10}.49"
            fh.write(
                f"BM-{i},ST-{i // 8},Bench Item {i // 8},{rng.choice(['Acme', 'Nordic', 'Zeta'])},"
                f"{['Red', 'Blue', 'Black', 'White'][i % 4]},{['S', 'M'][i % 2]},{price},,{i % 9}\n"
            )


def _run(data: Path, src: Path) -> tuple[float, int]:
    env = {**os.environ, "POSASSIST_DATA_DIR": str(data)}
    env.pop("POSASSIST_DATABASE_URL", None)
    code = (
        "import resource, sys, time; from posassist.cli.main import main; t = time.perf_counter(); "
        f"rc = main(['catalogue', 'import', {str(src)!r}]); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rc)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[-3]), int(out[-2])


def test_import_benchmark(tmp_path: Path) -> None:
    src = tmp_path / "bench.csv"
    _write(src, ROWS)
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(data), "demo", "--products", "200"],
        check=True,
        capture_output=True,
    )
    seconds, rss_kb = _run(data, src)
    # the raw baseline: the same rows parsed by csv and executemany'd into a plain table
    raw = sqlite3.connect(tmp_path / "raw.db")
    raw.execute(
        "CREATE TABLE t (sku TEXT PRIMARY KEY, style TEXT, title TEXT, brand TEXT, colour TEXT, size TEXT, "
        "price TEXT, barcode TEXT, stock TEXT)"
    )
    import csv

    t = time.perf_counter()
    with src.open() as fh:
        rd = csv.reader(fh)
        next(rd)
        raw.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?)", rd)
    raw.commit()
    raw_seconds = time.perf_counter() - t
    changed = set(random.Random(9).sample(range(ROWS), ROWS // 100))
    src2 = tmp_path / "bench2.csv"
    _write(src2, ROWS, changed)
    resync, _ = _run(data, src2)
    report(
        "import",
        "sqlite",
        {
            "rows": ROWS,
            "full import s": round(seconds, 1),
            "raw executemany s": round(raw_seconds, 1),
            "import / raw (goal <= 2.5)": round(seconds / raw_seconds, 1),
            "peak RSS MB (goal <= 300)": round(rss_kb / 1024),
            "re-sync 1% changed s": round(resync, 1),
            "re-sync / full (goal <= 0.25)": round(resync / seconds, 2),
        },
    )
    _ = resource
