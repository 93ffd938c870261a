"""The staging table's shape and the base every stage of an import shares: the columns a parsed row
is staged with (``stage_row``), the hash of a source record, and ``StageBase`` (the table on the
caller's connection, created at the start of an import and dropped by ``close``; statements timed
when ``TIMINGS`` is a list)."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from posassist.db.tables.base import UTCDateTime
from posassist.db.tables.people import Store
from posassist.services.catalogue_sync.fast import Known
from posassist.services.catalogue_sync.model import Change, Item, Options, Report

FEED_SALE = "Feed sale price"
TIMINGS: list[tuple[float, str]] | None = None  # set to a list to time each statement (benchmarks)
SAMPLE = 2000  # changes a report lists (the counts cover them all)
EVERY = 2000  # rows between progress reports and cancel checks
# SQLite: the page cache of the database and of the temporary one while importing (2 MB by default).
# At 1 M rows 16 MB each kept the peak at 226 MB (full) / 292 MB (re-sync) against 379 / 420 MB
# with 64 MB each, for the same CPU (49.5 against 50.3 s; re-sync 15.1 against 14.6 s)
CACHE_KB = 16 * 1024
TEMP_BUFFERS_MB = 256  # PostgreSQL: the import session's temporary buffers (taken as the table grows)


STAGE_COLS = (
    "rn",
    "line",
    "pkey",
    "title",
    "sku",
    "gtin",
    "mpn",
    "brand",
    "dept",
    "description",
    "colour",
    "size",
    "price",
    "compare_at",
    "currency",
    "weight_g",
    "width_mm",
    "height_mm",
    "depth_mm",
    "stock",
    "sale",
    "active",
    "image",
    "warranty",
    "returnable",
    "allergens",
    "specs",
    "ok",
    "hash",
    "known",  # the record hashed as at the last import: unchanged, not parsed (filled from the variant)
)
_TYPES = {
    "rn": "BIGINT PRIMARY KEY",  # INTEGER PRIMARY KEY on SQLite: the rowid itself
    "line": "BIGINT",
    "price": "BIGINT",
    "compare_at": "BIGINT",
    "weight_g": "BIGINT",
    "width_mm": "BIGINT",
    "height_mm": "BIGINT",
    "depth_mm": "BIGINT",
    "stock": "BIGINT",
    "sale": "BIGINT",
    "active": "BOOLEAN",
    "warranty": "BIGINT",
    "returnable": "BOOLEAN",
    "ok": "BOOLEAN",
    "hash": "BIGINT",
    "known": "BOOLEAN",
}
# filled by SQL after loading
_DERIVED = (
    ("vid", "BIGINT"),  # the matched or created variant
    ("pid", "BIGINT"),  # its product
    ("vchg", "BOOLEAN"),  # a variant field changes
)
VARIANT_COMPARE = (  # stage column, variants column
    ("sku", "sku"),
    ("mpn", "mpn"),
    ("colour", "colour"),
    ("size", "size"),
    ("price", "price_minor"),
    ("compare_at", "compare_at_minor"),
    ("currency", "currency"),
    ("weight_g", "weight_g"),
    ("active", "active"),
)
PRODUCT_FIELDS = (
    "title",
    "brand",
    "description",
    "image",
    "width_mm",
    "height_mm",
    "depth_mm",
    "warranty_months",
    "returnable",
    "allergens",
    "department_id",
    "specs",
)


def row_hash(context: str, values: list[str] | dict[str, str]) -> int:
    """A stable 63-bit hash of a source record in its context (format, currency, mapping and the
    product fields a row inherits), as a signed BIGINT."""
    body = "\x1f".join(values.values() if isinstance(values, dict) else values)
    digest = hashlib.blake2b(f"{context}\x1e{body}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True) >> 1


def stage_row(item: Item, stock_store: int | None) -> tuple[Any, ...]:
    specs = {k: v for k, v in (("ingredients", item.ingredients), ("net content", item.net_content)) if v}
    ok = not item.skip and not item.errors
    return (
        item.row,
        item.line,
        item.product_key[:128],
        item.title[:500],
        item.sku[:128] if item.sku else None,
        item.gtin,
        item.mpn[:128] if item.mpn else None,
        item.brand[:200] if item.brand else None,
        item.department,
        item.description or "",
        item.colour[:100] if item.colour else None,
        item.size[:100] if item.size else None,
        item.price_minor,
        item.compare_at_minor,
        item.currency,
        item.weight_g,
        item.width_mm,
        item.height_mm,
        item.depth_mm,
        item.stock if stock_store is not None else None,
        item.sale_price_minor,
        item.active,
        item.image[:1000] if item.image else None,
        item.warranty_months,
        item.returnable,
        item.allergens,
        json.dumps(specs, ensure_ascii=False, sort_keys=True) if specs else None,
        ok,
        None,
        None,
    )


@dataclass
class Loaded:
    """What streaming the file gave besides the staged rows."""

    sales: dict[int, tuple[datetime | None, datetime | None]] = field(default_factory=dict)  # row -> dates
    stock_at: list[tuple[int, int, int]] = field(default_factory=list)  # (row, store, on hand)


class StageBase:
    """One import's staging table on the caller's connection (dropped by ``close``)."""

    def __init__(self, s: Session, opts: Options, report: Report, known: Known | None = None) -> None:
        self.s, self.opts, self.report = s, opts, report
        self.conn: Connection = s.connection()
        self.pg = self.conn.dialect.name == "postgresql"
        self.loaded = Loaded()
        self.stores = {
            **{c.lower(): i for i, c in s.execute(select(Store.id, Store.code)).all()},
            **{n.lower(): i for i, n in s.execute(select(Store.id, Store.name)).all()},
        }
        self.products: set[str] = set()
        self.pchanges: dict[int, dict[str, tuple[Any, Any]]] = {}
        self.new_departments: list[str] = []
        self.vid0 = self.new_variants = 0
        self.known_rows = self.known_refused = 0  # rows staged by their hash; of them refused by the checks
        self.changed = self.reread = -1  # rows whose variant changes / read again unchanged (-1: not counted)
        self._cache: tuple[Any, Any, Any] | None = None
        if self.pg:
            self._session_settings()
        self._create()
        if not self.pg:
            self._page_cache()
        if self.pg:  # fresh statistics (sampled): a catalogue just loaded must not be planned as empty
            self._sql("ANALYZE variants")
            self._sql("ANALYZE products")
        if known is not None:  # the records the catalogue was last imported from
            known.context = repr(opts.store_id)
            raw = self.conn.connection.dbapi_connection  # a million ints: no result processing per row
            assert raw is not None
            # PostgreSQL: a server-side cursor, read in batches (a client cursor holds the whole
            # million-row result in libpq's memory beside the dictionary made from it)
            cur = raw.cursor(name="posassist_known_hashes") if self.pg else raw.cursor()
            # with the variant (the first of a hash: the last one read, newest first), so a known row is
            # joined to it by its id, not by a second search of the hash index per row. In the order
            # the variants were made, the file's order when they came from it: the dictionary's entries
            # then lie in the order the re-sync asks for them (a million look-ups 0.73 -> 0.30 s CPU
            # against the hashes' order; the table read 0.77 s against grouping the index's 0.84 s)
            cur.execute("SELECT import_hash, id FROM variants WHERE import_hash IS NOT NULL ORDER BY id DESC")
            known.hashes = {}
            while batch := cur.fetchmany(50_000):
                known.hashes.update(batch)
            cur.close()
        self.known = known

    # -- statements

    def _sql(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        if TIMINGS is None:
            return self.conn.execute(text(sql), params or {})
        started = time.perf_counter()
        out = self.conn.execute(text(sql), params or {})
        TIMINGS.append((time.perf_counter() - started, sql[:90]))
        return out

    def _scalar(self, sql: str, params: dict[str, Any] | None = None) -> int:
        return int(self._sql(sql, params).scalar_one() or 0)

    def _exec(self, sql: str, now: datetime) -> None:
        """A statement with the time of the import bound as ``:now``."""
        started = time.perf_counter()
        self.conn.execute(text(sql).bindparams(bindparam("now", type_=UTCDateTime())), {"now": now})
        if TIMINGS is not None:
            TIMINGS.append((time.perf_counter() - started, sql[:90]))

    def _json_object(self, pairs: list[tuple[str, str]]) -> str:
        fn = "jsonb_build_object" if self.pg else "json_object"
        args = ", ".join("'" + k + "', " + v for k, v in pairs)
        return f"{fn}({args})"

    # -- the table

    def _session_settings(self) -> None:
        """PostgreSQL: no JIT for this transaction (compiling the staging statements took longer
        than running them: 2-8 s each at 200 k rows), and room for the staging table in the
        session's temporary buffers (8 MB by default: a million staged rows were written out and read
        back at every statement). The buffers can only be sized before the session's first use of a
        temporary table; a session that used one already keeps what it has."""
        self._sql("SET LOCAL jit = off")
        try:
            with self.conn.begin_nested():
                self._sql(f"SET temp_buffers = '{TEMP_BUFFERS_MB}MB'")
        except DBAPIError:
            pass

    def _page_cache(self) -> None:
        """SQLite: a larger page cache for the database and the temporary one while the import runs
        (2 MB by default: the staging table and the indexes it walks were read back page by page at
        every statement); the connection's own sizes come back at ``close``."""
        raw = self.conn.connection.dbapi_connection
        assert raw is not None
        self._cache = (
            raw.execute("PRAGMA main.cache_size").fetchone()[0],
            raw.execute("PRAGMA temp.cache_size").fetchone()[0],
            raw.execute("PRAGMA temp.secure_delete").fetchone()[0],
        )
        cache_kb = _cache_kb()
        raw.execute(f"PRAGMA main.cache_size = -{cache_kb}")
        raw.execute(f"PRAGMA temp.cache_size = -{cache_kb}")
        # the staging tables' freed pages are not zeroed (the connection overwrites erased data in
        # the database; the temporary file holds only this import's copy of the file's rows)
        raw.execute("PRAGMA temp.secure_delete = 0")

    def _create(self) -> None:
        self.close()
        types = {**_TYPES, "rn": "BIGINT PRIMARY KEY" if self.pg else "INTEGER PRIMARY KEY"}
        cols = [f"{c} {types.get(c, 'TEXT')}" for c in STAGE_COLS] + [f"{c} {t}" for c, t in _DERIVED]
        self._sql(f"CREATE TEMPORARY TABLE cat_stage ({', '.join(cols)})")
        self._sql("CREATE TEMPORARY TABLE cat_stock (rn BIGINT, store_id BIGINT, qty BIGINT)")
        self._sql("CREATE TEMPORARY TABLE cat_dept (name TEXT PRIMARY KEY, id BIGINT)")
        self._sql("CREATE TEMPORARY TABLE cat_newprod (pkey TEXT PRIMARY KEY, id BIGINT, rn BIGINT)")
        self._sql("CREATE TEMPORARY TABLE cat_newvar (rn BIGINT PRIMARY KEY, id BIGINT)")
        self._sql("CREATE TEMPORARY TABLE cat_first (rn BIGINT PRIMARY KEY)")  # each product's first row

    def close(self) -> None:
        for t in ("cat_stage", "cat_stock", "cat_dept", "cat_newprod", "cat_newvar", "cat_known", "cat_first"):
            self._sql(f"DROP TABLE IF EXISTS {'' if self.pg else 'temp.'}{t}")
        if getattr(self, "_cache", None) is not None:
            raw = self.conn.connection.dbapi_connection
            assert raw is not None and self._cache is not None
            raw.execute(f"PRAGMA main.cache_size = {int(self._cache[0])}")
            raw.execute(f"PRAGMA temp.cache_size = {int(self._cache[1])}")
            raw.execute(f"PRAGMA temp.secure_delete = {int(self._cache[2])}")
            self._cache = None


def _cache_kb() -> int:
    """The import's page cache (each of two), ``POSASSIST_IMPORT_CACHE_MB`` when set (a trade of
    peak memory against re-reading pages), else ``CACHE_KB``."""
    try:
        return max(2, int(os.environ.get("POSASSIST_IMPORT_CACHE_MB", ""))) * 1024
    except ValueError:
        return CACHE_KB


def sample(report: Report, change: Change) -> None:
    """One change into the report's sample (the counts cover them all)."""
    if len(report.changes) < SAMPLE:
        report.changes.append(change)
