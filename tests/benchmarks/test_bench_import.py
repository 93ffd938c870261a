"""Catalogue import at scale, on SQLite and PostgreSQL: a full import of a generic CSV against a raw
executemany of the same rows (and COPY on PostgreSQL) measured in the same run, the import's peak
memory, a re-sync with 1 % of the rows changed, and a Shopify-layout file of the same size.
Size: POSASSIST_BENCH_IMPORT_ROWS (default 1,000,000). Goals (issue #20): import / raw <= 2.5,
peak RSS <= 300 MB, re-sync / full <= 0.25. Prints figures and ratios; asserts none."""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.conftest import report

ROWS = int(os.environ.get("POSASSIST_BENCH_IMPORT_ROWS", "1000000"))
GENERIC = "sku,style,title,brand,colour,size,price,barcode,stock"
SHOPIFY = (
    "Handle,Title,Body (HTML),Vendor,Type,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,"
    "Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Variant Compare At Price,"
    "Variant Requires Shipping,Variant Barcode,Status"
)


def _write_generic(path: Path, rows: int, changed: set[int] | None = None) -> None:
    rng = random.Random(5)
    with path.open("w") as fh:
        fh.write(GENERIC + "\n")
        for i in range(rows):
            price = f"{(i % 400) + 9}.99" if not changed or i not in changed else f"{(i % 400) + 10}.49"
            fh.write(
                f"BM-{i},ST-{i // 8},Bench Item {i // 8},{rng.choice(['Acme', 'Nordic', 'Zeta'])},"
                f"{['Red', 'Blue', 'Black', 'White'][i % 4]},{['S', 'M'][i % 2]},{price},,{i % 9}\n"
            )


def _write_shopify(path: Path, rows: int) -> None:
    """Shopify's product CSV: 8 variants a handle, the product's fields on its first row only."""
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(SHOPIFY.split(","))
        for i in range(rows):
            first = i % 8 == 0
            w.writerow(
                [
                    f"bench-{i // 8}",
                    f"Bench Shirt {i // 8}" if first else "",
                    "<p>Cotton.</p>" if first else "",
                    "Acme" if first else "",
                    "Shirts" if first else "",
                    "true" if first else "",
                    "Color" if first else "",
                    ["Red", "Blue", "Black", "White"][i % 4],
                    "Size" if first else "",
                    ["S", "M"][(i // 4) % 2],
                    f"SH-{i}",
                    "200",
                    str(i % 9),
                    f"{(i % 400) + 9}.99",
                    "",
                    "true",
                    "",
                    "active" if first else "",
                ]
            )


def _key(header: list[str]) -> int:
    """The column that identifies a row (the SKU): the raw table's primary key."""
    return next(i for i, h in enumerate(header) if h in ("sku", "Variant SKU"))


def _raw_sqlite(src: Path, db: Path) -> float:
    """The baseline: the same rows parsed by csv and executemany'd into a plain table."""
    con = sqlite3.connect(db)
    with src.open() as fh:
        rd = csv.reader(fh)
        header = next(rd)
        cols = ", ".join(f"c{i} TEXT{' PRIMARY KEY' if i == _key(header) else ''}" for i in range(len(header)))
        con.execute(f"CREATE TABLE t ({cols})")
        t = time.perf_counter()
        con.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(header))})", rd)
        con.commit()
    con.close()
    return time.perf_counter() - t


def _raw_postgres(src: Path, url: str) -> tuple[float, float]:
    """The same rows through psycopg's executemany, and through COPY."""
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    out = []
    for how in ("executemany", "copy"):
        with psycopg.connect(dsn) as con, src.open() as fh:
            rd = csv.reader(fh)
            header = next(rd)
            table = f"raw_{how}"
            cols = ", ".join(f"c{i} TEXT{' PRIMARY KEY' if i == _key(header) else ''}" for i in range(len(header)))
            con.execute(f"DROP TABLE IF EXISTS {table}")
            con.execute(f"CREATE TABLE {table} ({cols})")
            t = time.perf_counter()
            with con.cursor() as cur:
                if how == "copy":
                    with cur.copy(f"COPY {table} FROM STDIN") as copy:
                        for row in rd:
                            copy.write_row(row)
                else:
                    cur.executemany(f"INSERT INTO {table} VALUES ({', '.join(['%s'] * len(header))})", rd)
            con.commit()
            out.append(time.perf_counter() - t)
    return out[0], out[1]


def _import(env: dict[str, str], pin: Path, src: Path) -> tuple[float, int]:
    """One `posassist catalogue import` in its own process: seconds and peak RSS (kB)."""
    code = (
        "import resource, sys, time; from posassist.cli.main import main; t = time.perf_counter(); "
        f"rc = main(['--as', '301', '--pin-file', {str(pin)!r}, 'catalogue', 'import', {str(src)!r}]); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    out = done.stdout.split()
    assert done.returncode == 0 and out and out[-1] in ("0", "3"), done.stdout[-2000:] + done.stderr[-2000:]
    return float(out[-3]), int(out[-2])


def _demo(env: dict[str, str]) -> None:
    if env.get("POSASSIST_DATABASE_URL"):  # a server database is migrated by an admin first
        subprocess.run([sys.executable, "-m", "posassist", "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run(
        [sys.executable, "-m", "posassist", "demo", "--products", "200"], env=env, check=True, capture_output=True
    )


def _figures(
    rows: int, full: tuple[float, int], raw: float, resync: float, shopify: tuple[float, int], raw_shopify: float
) -> dict[str, Any]:
    return {
        "rows": rows,
        "full import s": round(full[0], 1),
        "raw executemany s": round(raw, 1),
        "import / raw (goal <= 2.5)": round(full[0] / raw, 1),
        "peak RSS MB (goal <= 300)": round(full[1] / 1024),
        "re-sync 1% changed s": round(resync, 1),
        "re-sync / full (goal <= 0.25)": round(resync / full[0], 2),
        "Shopify layout import s": round(shopify[0], 1),
        "Shopify raw executemany s": round(raw_shopify, 1),
        "Shopify import / raw": round(shopify[0] / raw_shopify, 1),
        "Shopify peak RSS MB": round(shopify[1] / 1024),
    }


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("import-bench")
    out = {"generic": d / "bench.csv", "changed": d / "bench2.csv", "shopify": d / "shopify.csv"}
    _write_generic(out["generic"], ROWS)
    _write_generic(out["changed"], ROWS, set(random.Random(9).sample(range(ROWS), ROWS // 100)))
    _write_shopify(out["shopify"], ROWS)
    pin = d / "manager.pin"
    pin.write_text("864209\n")
    pin.chmod(0o600)
    out["pin"] = pin
    return out


def test_import_benchmark_sqlite(files: dict[str, Path], tmp_path: Path) -> None:
    env = {**os.environ, "POSASSIST_DATA_DIR": str(tmp_path / "data")}
    env.pop("POSASSIST_DATABASE_URL", None)
    _demo(env)
    full = _import(env, files["pin"], files["generic"])
    raw = _raw_sqlite(files["generic"], tmp_path / "raw.db")
    resync, _ = _import(env, files["pin"], files["changed"])
    shop_env = {**env, "POSASSIST_DATA_DIR": str(tmp_path / "shop")}
    _demo(shop_env)
    shopify = _import(shop_env, files["pin"], files["shopify"])
    raw_shopify = _raw_sqlite(files["shopify"], tmp_path / "raw-shopify.db")
    report("import", "sqlite", _figures(ROWS, full, raw, resync, shopify, raw_shopify))


def test_import_benchmark_postgresql(files: dict[str, Path], tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    if pg_server is None:
        pytest.skip("PostgreSQL not available")
    stamp = int(time.time())
    urls = {}
    for kind in ("generic", "shopify", "raw"):
        name = f"bench_import_{kind}_{stamp}"
        urls[kind] = pg_server.create(name)
    env = {**os.environ, "POSASSIST_DATA_DIR": str(tmp_path / "data"), "POSASSIST_DATABASE_URL": urls["generic"]}
    _demo(env)
    full = _import(env, files["pin"], files["generic"])
    raw, raw_copy = _raw_postgres(files["generic"], urls["raw"])
    resync, _ = _import(env, files["pin"], files["changed"])
    shop_env = {**env, "POSASSIST_DATA_DIR": str(tmp_path / "shop"), "POSASSIST_DATABASE_URL": urls["shopify"]}
    _demo(shop_env)
    shopify = _import(shop_env, files["pin"], files["shopify"])
    raw_shopify, _ = _raw_postgres(files["shopify"], urls["raw"])
    figures = _figures(ROWS, full, raw, resync, shopify, raw_shopify)
    figures["raw COPY s"] = round(raw_copy, 1)
    figures["import / raw COPY"] = round(full[0] / raw_copy, 1)
    report("import", "postgresql", figures)
