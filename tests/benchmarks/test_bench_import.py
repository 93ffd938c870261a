"""Catalogue import at scale, on SQLite and PostgreSQL: a full import of a generic CSV against a raw
executemany of the same rows (and COPY on PostgreSQL) measured in the same run, the import's peak
memory, a re-sync with 1 % of the rows changed, and a Shopify-layout file of the same size.
Size: POSASSIST_BENCH_IMPORT_ROWS (default 1,000,000). Goals (issue #20): import / raw <= 2.5,
peak RSS <= 300 MB, re-sync / full <= 0.25, all on wall time (as the issue measured them); on SQLite
the CPU seconds of the import process and of the raw baseline are printed beside them (a loaded machine
stretches wall time). Prints figures and ratios; asserts none.

The raw baseline the goal is measured against is the plainest way of writing the same rows into the
same tables with the same indexes (products, variants, stock by executemany on SQLite / COPY on
PostgreSQL, then the search documents in one INSERT … SELECT), on a copy of the database the import
starts from. The one-table executemany of the first version is reported beside it."""

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
pytestmark = pytest.mark.timeout(7200)  # a million rows, three imports, on a shared machine
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


def _parsed(src: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[int, int]]]:
    """The rows as the catalogue holds them, by the plainest reading (no checks): products (one per
    style or handle, from its first row), variants and their stock at the store."""
    products: dict[str, tuple[Any, ...]] = {}
    variants: list[tuple[Any, ...]] = []
    stock: list[tuple[int, int]] = []
    with src.open(newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        shopify = "Handle" in header
        for vid, r in enumerate(rd, 1):
            if shopify:
                key, title, brand, colour, size, sku, grams, qty, price = (
                    r[0],
                    r[1],
                    r[3],
                    r[7],
                    r[9],
                    r[10],
                    r[11],
                    r[12],
                    r[13],
                )
            else:
                sku, key, title, brand, colour, size, price, _bar, qty = r
                grams = ""
            pid = products.get(key, (0,))[0] or len(products) + 1
            if key not in products:
                products[key] = (pid, key, title, brand)
            variants.append((vid, pid, sku, colour, size, int(price.replace(".", "")), int(grams) if grams else None))
            stock.append((vid, int(qty)))
    return list(products.values()), variants, stock


_NOW = "2026-01-01 00:00:00"
_RAW_PRODUCTS = (
    "INSERT INTO products (id, style_code, title, brand, description, returnable, is_merchandise, active, "
    "created_at, updated_at) VALUES ({p}, {p}, {p}, {p}, '', true, true, true, {p}, {p})"
)
_RAW_VARIANTS = (
    "INSERT INTO variants (id, product_id, sku, colour, size, price_minor, weight_g, currency, position, active, "
    "created_at, updated_at) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, 'USD', 0, true, {p}, {p})"
)
_RAW_STOCK = (
    "INSERT INTO stock (variant_id, store_id, on_hand, reserved, damaged, updated_at) VALUES ({p}, 1, {p}, 0, 0, {p})"
)


def _raw_same_tables_sqlite(src: Path, db: Path) -> tuple[float, float]:
    """The honest baseline: the same rows written into the same tables (products, variants, stock,
    with the same indexes: a copy of the database the import starts from) by the plainest
    executemany, ids offset past the demo's; then the same search index documents in one
    INSERT … SELECT. Returns (rows into the tables, + the search index) in seconds."""
    con = sqlite3.connect(db)
    base_p = con.execute("SELECT COALESCE(MAX(id), 0) FROM products").fetchone()[0]
    base_v = con.execute("SELECT COALESCE(MAX(id), 0) FROM variants").fetchone()[0]
    t = time.perf_counter()
    cpu = time.process_time()
    products, variants, stock = _parsed(src)
    con.executemany(_RAW_PRODUCTS.format(p="?"), [(base_p + p[0], *p[1:], _NOW, _NOW) for p in products])
    con.executemany(_RAW_VARIANTS.format(p="?"), [(base_v + v[0], base_p + v[1], *v[2:], _NOW, _NOW) for v in variants])
    con.executemany(_RAW_STOCK.format(p="?"), [(base_v + v, q, _NOW) for v, q in stock])
    tables = time.perf_counter() - t
    from posassist.db.search_sqlite import _DOCS

    con.execute(f"INSERT INTO variant_fts (rowid, title, brand, colour, size, sku, dept) {_DOCS} WHERE v.id > {base_v}")
    con.commit()
    con.close()
    RAW_CPU[str(src)] = time.process_time() - cpu
    return tables, time.perf_counter() - t


def _raw_same_tables_postgres(src: Path, url: str) -> tuple[float, float]:
    """As on SQLite, by COPY (the fastest plain way in): the same tables and indexes, then the
    search documents in one INSERT … SELECT."""
    import psycopg

    from posassist.db.search_postgres import _DOCS

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as con:
        base_p = con.execute("SELECT COALESCE(MAX(id), 0) FROM products").fetchone()[0]  # type: ignore[index]
        base_v = con.execute("SELECT COALESCE(MAX(id), 0) FROM variants").fetchone()[0]  # type: ignore[index]
        t = time.perf_counter()
        products, variants, stock = _parsed(src)
        with con.cursor() as cur:
            cols = (
                "id, style_code, title, brand, description, returnable, is_merchandise, active, created_at, updated_at"
            )
            with cur.copy(f"COPY products ({cols}) FROM STDIN") as copy:
                for p in products:
                    copy.write_row((base_p + p[0], *p[1:], "", True, True, True, _NOW, _NOW))
            cols = "id, product_id, sku, colour, size, price_minor, weight_g, currency, position, active, created_at, updated_at"
            with cur.copy(f"COPY variants ({cols}) FROM STDIN") as copy:
                for v in variants:
                    copy.write_row((base_v + v[0], base_p + v[1], *v[2:], "USD", 0, True, _NOW, _NOW))
            cols = "variant_id, store_id, on_hand, reserved, damaged, updated_at"
            with cur.copy(f"COPY stock ({cols}) FROM STDIN") as copy:
                for vid, q in stock:
                    copy.write_row((base_v + vid, 1, q, 0, 0, _NOW))
            tables = time.perf_counter() - t
            cur.execute(f"INSERT INTO variant_search (variant_id, title, tsv) {_DOCS} WHERE v.id > {base_v}")
        con.commit()
        return tables, time.perf_counter() - t


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


CPU: dict[str, list[float]] = {}  # the import process's CPU seconds (user + system), per source file
RAW_CPU: dict[str, float] = {}  # the raw baseline's CPU seconds on SQLite (it runs in this process)


def _import(env: dict[str, str], pin: Path, src: Path) -> tuple[float, int]:
    """One `posassist catalogue import` in its own process: seconds and peak RSS (kB, VmHWM)."""
    code = (
        "import sys, time; from posassist.cli.main import main; t = time.perf_counter(); c = time.process_time(); "
        f"rc = main(['--as', '301', '--pin-file', {str(pin)!r}, 'catalogue', 'import', {str(src)!r}]); "
        # the peak RSS of this process's own image: VmHWM (ru_maxrss would include the forked
        # parent's, Linux keeps it across exec)
        "hwm = next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')); "
        "print(time.perf_counter() - t, time.process_time() - c, hwm, rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    out = done.stdout.split()
    assert done.returncode == 0 and out and out[-1] in ("0", "3"), done.stdout[-2000:] + done.stderr[-2000:]
    CPU[str(src)] = CPU.get(str(src), []) + [float(out[-3])]
    return float(out[-4]), int(out[-2])


def _demo(env: dict[str, str]) -> None:
    if env.get("POSASSIST_DATABASE_URL"):  # a server database is migrated by an admin first
        subprocess.run([sys.executable, "-m", "posassist", "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run(
        [sys.executable, "-m", "posassist", "demo", "--products", "200"], env=env, check=True, capture_output=True
    )


def _figures(
    rows: int,
    full: tuple[float, int],
    raw: tuple[float, float, float],
    resync: float,
    shopify: tuple[float, int],
    raw_shopify: tuple[float, float, float],
) -> dict[str, Any]:
    """raw = (plain one-table executemany, the same tables, the same tables + search index)."""
    out: dict[str, Any] = {
        "rows": rows,
        "load average (1 min) at start": round(os.getloadavg()[0], 2),
        "full import s": round(full[0], 2),
        "raw: one plain table s": round(raw[0], 2),
        "raw: same tables s": round(raw[1], 2),
        "raw: same tables + search index s": round(raw[2], 2),
        "import / raw same tables + index (goal <= 2.5)": round(full[0] / raw[2], 2),
        "import / raw same tables": round(full[0] / raw[1], 2),
        "import / raw one plain table": round(full[0] / raw[0], 2),
        "peak RSS MB (goal <= 300)": round(full[1] / 1024),
        "re-sync 1% changed s": round(resync, 2),
        "re-sync / full (goal <= 0.25)": round(resync / full[0], 2),
        "Shopify layout import s": round(shopify[0], 2),
        "Shopify raw same tables + index s": round(raw_shopify[2], 2),
        "Shopify import / raw same tables + index": round(shopify[0] / raw_shopify[2], 2),
        "Shopify import / raw one plain table": round(shopify[0] / raw_shopify[0], 2),
        "Shopify peak RSS MB": round(shopify[1] / 1024),
    }
    return out


def _sqlite_db(env: dict[str, str]) -> Path:
    return Path(env["POSASSIST_DATA_DIR"]) / "posassist.db"


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
    load = round(os.getloadavg()[0], 2)
    raws = {}
    for kind in ("generic", "shopify"):  # the baselines first, each on a fresh copy of the start state
        raw_env = {**env, "POSASSIST_DATA_DIR": str(tmp_path / f"raw-{kind}")}
        _demo(raw_env)
        tables, indexed = _raw_same_tables_sqlite(files[kind], _sqlite_db(raw_env))
        raws[kind] = (_raw_sqlite(files[kind], tmp_path / f"raw-{kind}.db"), tables, indexed)
    _demo(env)
    full = _import(env, files["pin"], files["generic"])
    resync, resync_rss = _import(env, files["pin"], files["changed"])
    shop_env = {**env, "POSASSIST_DATA_DIR": str(tmp_path / "shop")}
    _demo(shop_env)
    shopify = _import(shop_env, files["pin"], files["shopify"])
    figures = _figures(ROWS, full, raws["generic"], resync, shopify, raws["shopify"])
    figures["re-sync peak RSS MB"] = round(resync_rss / 1024)
    figures["load average (1 min) at start"] = load
    figures["load average (1 min) at end"] = round(os.getloadavg()[0], 2)
    # CPU seconds (a loaded machine stretches wall time; SQLite does all its work in the process)
    g, sh = str(files["generic"]), str(files["shopify"])
    figures["CPU: full import s"] = round(CPU[g][0], 2)
    figures["CPU: raw same tables + index s"] = round(RAW_CPU[g], 2)
    figures["CPU: import / raw (goal is on wall time)"] = round(CPU[g][0] / RAW_CPU[g], 2)
    figures["CPU: re-sync / full (goal is on wall time)"] = round(CPU[str(files["changed"])][0] / CPU[g][0], 2)
    figures["CPU: Shopify import / raw"] = round(CPU[sh][0] / RAW_CPU[sh], 2)
    report("import", "sqlite", figures)


def test_import_benchmark_postgresql(files: dict[str, Path], tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    if pg_server is None:
        pytest.skip("PostgreSQL not available")
    load = round(os.getloadavg()[0], 2)
    stamp = int(time.time())
    urls = {}
    for kind in ("generic", "shopify", "raw", "raw_generic", "raw_shopify"):
        urls[kind] = pg_server.create(f"bench_import_{kind}_{stamp}")
    env = {**os.environ, "POSASSIST_DATA_DIR": str(tmp_path / "data")}
    raws = {}
    for kind in ("generic", "shopify"):
        raw_env = {**env, "POSASSIST_DATABASE_URL": urls[f"raw_{kind}"]}
        _demo(raw_env)
        tables, indexed = _raw_same_tables_postgres(files[kind], urls[f"raw_{kind}"])
        plain, plain_copy = _raw_postgres(files[kind], urls["raw"])
        raws[kind] = (plain, tables, indexed, plain_copy)
    env["POSASSIST_DATABASE_URL"] = urls["generic"]
    _demo(env)
    full = _import(env, files["pin"], files["generic"])
    resync, resync_rss = _import(env, files["pin"], files["changed"])
    shop_env = {**env, "POSASSIST_DATA_DIR": str(tmp_path / "shop"), "POSASSIST_DATABASE_URL": urls["shopify"]}
    _demo(shop_env)
    shopify = _import(shop_env, files["pin"], files["shopify"])
    figures = _figures(ROWS, full, raws["generic"][:3], resync, shopify, raws["shopify"][:3])
    figures["raw: one plain table by COPY s"] = round(raws["generic"][3], 2)
    figures["import / raw one plain table by COPY"] = round(full[0] / raws["generic"][3], 2)
    figures["re-sync peak RSS MB"] = round(resync_rss / 1024)
    figures["load average (1 min) at start"] = load
    figures["load average (1 min) at end"] = round(os.getloadavg()[0], 2)
    # the import process's CPU seconds (the client's: the server's backends do part of the work)
    g = str(files["generic"])
    figures["client CPU: full import s"] = round(CPU[g][-1], 2)
    figures["client CPU: re-sync s"] = round(CPU[str(files["changed"])][-1], 2)
    figures["client CPU: re-sync / full"] = round(CPU[str(files["changed"])][-1] / CPU[g][-1], 2)
    report("import", "postgresql", figures)
