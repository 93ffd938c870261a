"""The heavy part of an import in the database: parsed rows stream into a temporary staging table
(executemany on SQLite, COPY on PostgreSQL); the file-wide checks, the match with the catalogue
and the diff are set-based SQL; applying is INSERT … SELECT and UPDATE … FROM in the caller's one
transaction, with before-images kept only for the rows that change (created rows are recorded as
id ranges). Rows whose source record hashes as at the last import are not parsed again."""

from __future__ import annotations

import hashlib
import io
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    import psycopg

from posassist.db import bulk, search_index
from posassist.db.tables.base import JsonDoc, UTCDateTime, utcnow
from posassist.db.tables.catalogue import Promotion
from posassist.db.tables.people import Store
from posassist.errors import Cancelled
from posassist.i18n import tr
from posassist.services.catalogue_sync.fast import KNOWN, Known
from posassist.services.catalogue_sync.model import Change, Item, Options, Problem, Progress, Report

FEED_SALE = "Feed sale price"
TIMINGS: list[tuple[float, str]] | None = None  # set to a list to time each statement (benchmarks)
SAMPLE = 2000  # changes a report lists (the counts cover them all)
EVERY = 2000  # rows between progress reports and cancel checks

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
    ("pfirst", "BOOLEAN"),  # the product's first row in the file: its product fields count
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


class Stage:
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
        self._create()
        if self.pg:  # fresh statistics (sampled): a catalogue just loaded must not be planned as empty
            self._sql("ANALYZE variants")
            self._sql("ANALYZE products")
        if known is not None:  # the records the catalogue was last imported from
            known.context = repr(opts.store_id)
            raw = self.conn.connection.dbapi_connection  # a million ints: no result processing per row
            assert raw is not None
            cur = raw.cursor()
            cur.execute("SELECT import_hash FROM variants WHERE import_hash IS NOT NULL")
            known.hashes = set()
            while batch := cur.fetchmany(50_000):
                known.hashes.update(h for (h,) in batch)
            cur.close()

    # -- the table

    def _sql(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        if TIMINGS is None:
            return self.conn.execute(text(sql), params or {})
        started = time.perf_counter()
        out = self.conn.execute(text(sql), params or {})
        TIMINGS.append((time.perf_counter() - started, sql[:90]))
        return out

    def _create(self) -> None:
        self.close()
        types = {**_TYPES, "rn": "BIGINT PRIMARY KEY" if self.pg else "INTEGER PRIMARY KEY"}
        cols = [f"{c} {types.get(c, 'TEXT')}" for c in STAGE_COLS] + [f"{c} {t}" for c, t in _DERIVED]
        self._sql(f"CREATE TEMPORARY TABLE cat_stage ({', '.join(cols)})")
        self._sql("CREATE TEMPORARY TABLE cat_stock (rn BIGINT, store_id BIGINT, qty BIGINT)")
        self._sql("CREATE TEMPORARY TABLE cat_dept (name TEXT PRIMARY KEY, id BIGINT)")
        self._sql("CREATE TEMPORARY TABLE cat_newprod (pkey TEXT PRIMARY KEY, id BIGINT, rn BIGINT)")
        self._sql("CREATE TEMPORARY TABLE cat_newvar (rn BIGINT PRIMARY KEY, id BIGINT)")

    def close(self) -> None:
        for t in ("cat_stage", "cat_stock", "cat_dept", "cat_newprod", "cat_newvar", "cat_known"):
            self._sql(f"DROP TABLE IF EXISTS {'' if self.pg else 'temp.'}{t}")

    # -- streaming the file in

    def load(
        self,
        items: Iterator[tuple[Item | None, Any]],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        stage: str,
    ) -> None:
        counts = self.report.counts

        def rows() -> Iterator[tuple[Any, ...]]:
            for n, (item, probs) in enumerate(items, 1):
                if n % EVERY == 0:
                    if cancelled and cancelled():
                        raise Cancelled()
                    if progress:
                        progress(stage, n, 0)
                if item is None:  # a plain row staged as read, or one unchanged since the last import
                    row = self._known(probs, narrow) if probs[0] == KNOWN else self._plain(probs)
                else:
                    row = self._take(item, probs)
                if row is not None:
                    yield row

        narrow: list[tuple[Any, ...]] = []
        self._known_copy = io.StringIO()  # PostgreSQL: known rows as COPY text, loaded after the stream
        bulk.insert_rows(self.conn, "cat_stage", STAGE_COLS, rows(), chunk=20_000)
        if narrow:
            self._flush_known(narrow)
        if self._known_copy.tell():
            self._copy_known()
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(stage, counts.rows, 0)
        if self.loaded.stock_at:
            bulk.insert_rows(self.conn, "cat_stock", ("rn", "store_id", "qty"), self.loaded.stock_at)
        if self.opts.store_id is not None:
            self._sql(
                "INSERT INTO cat_stock (rn, store_id, qty) SELECT rn, :sid, stock FROM cat_stage WHERE stock IS NOT NULL",
                {"sid": self.opts.store_id},
            )
        self._sql("CREATE INDEX cat_stage_sku ON cat_stage (sku)")
        self._sql("CREATE INDEX cat_stage_key ON cat_stage (pkey, colour, size)")
        if self.pg:
            self._sql("ANALYZE cat_stage")  # a temporary table has no statistics until asked: good plans need them
        self.report.counts.products = len(self.products)

    def _plain(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """A plain row from the fast reader, already its staging row."""
        counts = self.report.counts
        counts.rows += 1
        counts.variants += 1
        self.products.add(row[2])
        return row if self.opts.store_id is not None or row[19] is None else (*row[:19], None, *row[20:])

    def _known(self, entry: tuple[Any, ...], narrow: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
        """A record unchanged since the last import: counted, and staged by its hash alone."""
        counts = self.report.counts
        counts.rows += 1
        counts.variants += 1
        self.products.add(entry[3])
        if self.pg:  # the staging COPY is streaming: kept as COPY text (compact), loaded after it
            key = entry[3]
            if "\\" in key or "\t" in key or "\n" in key or "\r" in key:
                key = key.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
            line = "\\N" if entry[2] is None else entry[2]
            self._known_copy.write(f"{entry[1]}\t{line}\t{key}\t{entry[4]}\n")
            return None
        narrow.append(entry[1:])  # SQLite: four cells to bind, not thirty
        if len(narrow) >= 20_000:
            self._flush_known(narrow)
        return None

    def _copy_known(self) -> None:
        """PostgreSQL: the known rows by one COPY into a narrow table, then into the staging table
        with their variant's values (as ``_flush_known``)."""
        raw = cast("psycopg.Connection[Any]", self.conn.connection.dbapi_connection)
        with raw.cursor() as cur:
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS cat_known (rn BIGINT, line BIGINT, pkey TEXT, hash BIGINT)")
            with cur.copy("COPY cat_known (rn, line, pkey, hash) FROM STDIN") as copy:
                copy.write(self._known_copy.getvalue())
            self._known_copy = io.StringIO()
            # a plain join (DISTINCT ON keeps the first variant of a hash): a correlated min(id) can be
            # planned as a walk of the primary key per row while the new rows have no statistics yet
            cur.execute(
                "INSERT INTO cat_stage (rn, line, pkey, ok, hash, known, vid, pid, sku, colour, size, gtin) "
                "SELECT DISTINCT ON (k.rn) k.rn, k.line, k.pkey, true, k.hash, true, v.id, v.product_id, v.sku, "
                "v.colour, v.size, v.gtin FROM cat_known k JOIN variants v ON v.import_hash = k.hash "
                "ORDER BY k.rn, v.id"
            )
            cur.execute("DROP TABLE cat_known")

    def _flush_known(self, narrow: list[tuple[Any, ...]]) -> None:
        """Known rows (row, line, product key, hash) into the staging table by way of a narrow one,
        with what the checks and the match need read from their variant in the same statement."""
        raw = self.conn.connection.dbapi_connection
        assert raw is not None
        raw.execute(
            "CREATE TEMP TABLE IF NOT EXISTS cat_known (rn INTEGER PRIMARY KEY, line INTEGER, pkey TEXT, hash INTEGER)"
        )
        raw.executemany("INSERT INTO cat_known VALUES (?, ?, ?, ?)", narrow)
        raw.execute(
            "INSERT INTO cat_stage (rn, line, pkey, ok, hash, known, vid, pid, sku, colour, size, gtin) "
            "SELECT k.rn, k.line, k.pkey, 1, k.hash, 1, v.id, v.product_id, v.sku, v.colour, v.size, v.gtin "
            "FROM cat_known k JOIN variants v ON v.id = "
            "(SELECT min(w.id) FROM variants w WHERE w.import_hash = k.hash)"
        )
        raw.execute("DELETE FROM cat_known")
        narrow.clear()

    def _take(self, item: Item, probs: list[Problem]) -> tuple[Any, ...] | None:
        """Count one item and its problems; its staging row, or None when it is not imported."""
        report, opts, loaded, counts = self.report, self.opts, self.loaded, self.report.counts
        if probs:
            report.problems.extend(probs)
        if item.parent:
            return None  # a variable product's own row: its variations carry it
        counts.rows += 1
        if item.skip:
            counts.skipped += 1
            return None
        counts.variants += 1
        self.products.add(item.product_key)
        if item.errors:
            counts.skipped += 1  # not imported (--skip-invalid), or the whole file is blocked
        if item.currency and item.currency != opts.currency:
            report.problems.append(_other_currency(item, opts.currency))
        if item.sale_price_minor is not None:
            loaded.sales[item.row] = (item.sale_start, item.sale_end)
        if item.stock_at:
            for where, qty in item.stock_at.items():
                sid = self.stores.get(where.strip().lower())
                if sid is not None:
                    loaded.stock_at.append((item.row, sid, qty))
        row = stage_row(item, opts.store_id if item.stock_at is None else None)
        if self.pg:  # PostgreSQL text holds no NUL character
            row = tuple(x.replace("\x00", "") if isinstance(x, str) and "\x00" in x else x for x in row)
        return row

    # -- file-wide checks

    def check(self) -> None:
        """Repeated SKUs (the same options twice is an error; other options a warning: both are
        imported and a scan shows both), variants without SKU listed twice, repeated barcodes."""
        problems = self.report.problems
        q = self._sql(
            "SELECT s.rn, s.line, s.sku, s.title, s.colour, s.size, f.first_rn, "
            "  (SELECT count(*) FROM cat_stage d WHERE d.sku = s.sku AND d.pkey = s.pkey "
            "    AND d.colour IS NOT DISTINCT FROM s.colour AND d.size IS NOT DISTINCT FROM s.size) AS same "
            "FROM cat_stage s JOIN (SELECT sku, min(rn) AS first_rn FROM cat_stage WHERE ok AND sku IS NOT NULL "
            "  GROUP BY sku HAVING count(*) > 1) f ON f.sku = s.sku "
            "WHERE s.ok AND s.rn <> f.first_rn ORDER BY s.rn"
            if self.pg
            else "SELECT s.rn, s.line, s.sku, s.title, s.colour, s.size, f.first_rn, "
            "  (SELECT count(*) FROM cat_stage d WHERE d.sku = s.sku AND d.pkey = s.pkey "
            "    AND d.colour IS s.colour AND d.size IS s.size) AS same "
            "FROM cat_stage s JOIN (SELECT sku, min(rn) AS first_rn FROM cat_stage WHERE ok AND sku IS NOT NULL "
            "  GROUP BY sku HAVING count(*) > 1) f ON f.sku = s.sku "
            "WHERE s.ok AND s.rn <> f.first_rn ORDER BY s.rn"
        )
        bad: list[int] = []
        for rn, line, sku, title, colour, size, first, same in q:
            if same > 1:
                bad.append(rn)
                problems.append(
                    Problem(
                        rn,
                        line,
                        "sku",
                        sku,
                        "error",
                        "duplicate_sku",
                        tr(
                            "SKU {sku} is also on row {first} with the same options; remove one of the two rows.",
                            sku=sku,
                            first=first,
                        ),
                    )
                )
            else:
                problems.append(
                    Problem(
                        rn,
                        line,
                        "sku",
                        sku,
                        "warning",
                        "duplicate_sku",
                        tr(
                            "SKU {sku} is also on row {first} ({title} {options}); both are imported and a scan of {sku} shows both.",
                            sku=sku,
                            first=first,
                            title=title,
                            options=" ".join(x for x in (colour, size) if x),
                        ),
                    )
                )
        same = "IS NOT DISTINCT FROM" if self.pg else "IS"
        q = self._sql(
            "SELECT s.rn, s.line, s.title, s.colour, s.size FROM cat_stage s WHERE s.ok AND s.sku IS NULL AND EXISTS "
            f"(SELECT 1 FROM cat_stage d WHERE d.ok AND d.sku IS NULL AND d.pkey = s.pkey AND d.colour {same} s.colour "
            f"AND d.size {same} s.size AND d.rn < s.rn) ORDER BY s.rn"
        )
        for rn, line, title, colour, size in q:
            bad.append(rn)
            problems.append(
                Problem(
                    rn,
                    line,
                    "sku",
                    None,
                    "error",
                    "duplicate_variant",
                    tr(
                        "{title} {colour} {size} appears twice without a SKU.",
                        title=title,
                        colour=colour or "",
                        size=size or "",
                    ),
                )
            )
        q = self._sql(
            "SELECT s.rn, s.line, s.gtin, f.first_rn, (SELECT d.pkey FROM cat_stage d WHERE d.rn = f.first_rn) = s.pkey "
            "FROM cat_stage s JOIN (SELECT gtin, min(rn) AS first_rn FROM cat_stage WHERE ok AND gtin IS NOT NULL "
            "GROUP BY gtin HAVING count(*) > 1) f ON f.gtin = s.gtin WHERE s.ok AND s.rn <> f.first_rn ORDER BY s.rn"
        )
        for rn, line, gtin, first, same_product in q:
            where = tr("the same product") if same_product else tr("another product")
            problems.append(
                Problem(
                    rn,
                    line,
                    "barcode",
                    gtin,
                    "warning",
                    "duplicate_barcode",
                    tr(
                        "Barcode {gtin} is also on row {row} ({where}); a scan will show both.",
                        gtin=gtin,
                        row=first,
                        where=where,
                    ),
                )
            )
        for start in range(0, len(bad), 500):
            part = ", ".join(str(int(r)) for r in bad[start : start + 500])
            self._sql(f"UPDATE cat_stage SET ok = {'false' if self.pg else '0'} WHERE rn IN ({part})")
        self.report.counts.skipped += len(bad)

    # -- matching and diff

    def match(self, by_name: dict[str, int]) -> None:
        """Each row's variant: by SKU when the SKU is on one row of the file and one variant of the
        catalogue; otherwise (no SKU, or a SKU shared by several variants) by product and options,
        as the source identifies them. Each row's product and department."""
        same = "IS NOT DISTINCT FROM" if self.pg else "IS"
        self._sql(
            "UPDATE cat_stage SET vid = (SELECT min(v.id) FROM variants v WHERE v.sku = cat_stage.sku) "
            "WHERE ok AND vid IS NULL AND sku IS NOT NULL AND EXISTS (SELECT 1 FROM variants v WHERE v.sku = cat_stage.sku) "
            "AND (SELECT count(*) FROM variants v WHERE v.sku = cat_stage.sku) = 1 "
            "AND (SELECT count(*) FROM cat_stage d WHERE d.sku = cat_stage.sku) = 1"
        )
        self._sql(
            "UPDATE cat_stage SET vid = (SELECT min(v.id) FROM variants v JOIN products p ON p.id = v.product_id "
            f"WHERE p.style_code = cat_stage.pkey AND v.colour {same} cat_stage.colour AND v.size {same} cat_stage.size "
            "AND ((v.sku IS NULL AND cat_stage.sku IS NULL) OR v.sku = cat_stage.sku)) "
            "WHERE ok AND vid IS NULL AND EXISTS (SELECT 1 FROM products p WHERE p.style_code = cat_stage.pkey)"
        )
        self._sql(
            "UPDATE cat_stage SET pid = COALESCE((SELECT v.product_id FROM variants v WHERE v.id = cat_stage.vid), "
            "(SELECT p.id FROM products p WHERE p.style_code = cat_stage.pkey)) "
            "WHERE ok AND pid IS NULL "
            "AND (vid IS NOT NULL OR EXISTS (SELECT 1 FROM products p WHERE p.style_code = cat_stage.pkey))"
        )
        true = "true" if self.pg else "1"
        self._sql(
            f"UPDATE cat_stage SET pfirst = {true} WHERE ok AND rn IN "
            "(SELECT min(rn) FROM cat_stage WHERE ok GROUP BY pkey)"
        )
        depts = [d for (d,) in self._sql("SELECT DISTINCT dept FROM cat_stage WHERE ok AND dept IS NOT NULL")]
        known = [{"n": name, "d": by_name[name.strip().lower()]} for name in depts if name.strip().lower() in by_name]
        if known:
            self.conn.execute(text("INSERT INTO cat_dept (name, id) VALUES (:n, :d)"), known)
        self.new_departments = [name for name in depts if name.strip().lower() not in by_name]

    def diff(self) -> None:
        """Which matched variants change: a field differs (a file without barcodes keeps ours)."""
        dis = "IS DISTINCT FROM" if self.pg else "IS NOT"
        cond = " OR ".join(f"v.{vc} {dis} s.{sc}" for sc, vc in VARIANT_COMPARE)
        cond += f" OR (s.gtin IS NOT NULL AND v.gtin {dis} s.gtin)"
        if self.pg:
            self._sql(
                f"UPDATE cat_stage s SET vchg = true FROM variants v WHERE v.id = s.vid AND s.ok AND s.known IS NULL AND ({cond})"
            )
        else:
            self._sql(
                f"UPDATE cat_stage SET vchg = 1 WHERE rn IN (SELECT s.rn FROM cat_stage s JOIN variants v "
                f"ON v.id = s.vid WHERE s.ok AND s.known IS NULL AND ({cond}))"
            )

    def product_changes(self, dept_of: dict[int, str]) -> dict[int, dict[str, tuple[Any, Any]]]:
        """Existing products whose first row in the file changes a product field: product id ->
        field -> (before, after). Blank cells keep what we have; the title is always the file's."""
        out: dict[int, dict[str, tuple[Any, Any]]] = {}
        q = self._sql(
            "SELECT s.pid, s.title, s.brand, s.description, s.image, s.width_mm, s.height_mm, s.depth_mm, "
            "s.warranty, s.returnable, s.allergens, (SELECT d.id FROM cat_dept d WHERE d.name = s.dept), s.dept, s.specs, "
            "p.title, p.brand, p.description, p.image, p.width_mm, p.height_mm, p.depth_mm, "
            "p.warranty_months, p.returnable, p.allergens, p.department_id, p.specs "
            "FROM cat_stage s JOIN products p ON p.id = s.pid WHERE s.pfirst AND s.pid IS NOT NULL AND s.known IS NULL"
        )
        for r in q:
            (pid, title, brand, desc, image, w, h, d, warranty, returnable, allergens, dept_id, dept, specs) = r[:14]
            old = dict(zip(PRODUCT_FIELDS, r[14:], strict=True))
            old_specs = _json(old["specs"])
            new: dict[str, Any] = {
                "title": title,
                "brand": brand,
                "description": desc,
                "image": image,
                "width_mm": w,
                "height_mm": h,
                "depth_mm": d,
                "warranty_months": warranty,
                "returnable": None if returnable is None else bool(returnable),
                "allergens": allergens,
            }
            changes: dict[str, tuple[Any, Any]] = {}
            for f, value in new.items():
                before = bool(old[f]) if f == "returnable" and old[f] is not None else old[f]
                if (value in (None, "") and f != "title") or before == value:
                    continue
                changes[f] = (before, value)
            if dept and (dept_id is None or dept_id != old["department_id"]):
                changes["department"] = (dept_of.get(old["department_id"] or -1), dept)
            file_specs = _json(specs)
            if file_specs and any(old_specs.get(k) != v for k, v in file_specs.items()):
                changes["specs"] = (old_specs or None, {**old_specs, **file_specs})
            if changes:
                out[pid] = changes
        return out

    def count(self, product_changes: dict[int, dict[str, tuple[Any, Any]]]) -> None:
        """Created, updated and unchanged counts, and the sample of changes the report shows."""
        report = self.report
        c = report.counts
        c.created = self._scalar("SELECT count(*) FROM cat_stage WHERE ok AND vid IS NULL")
        pchg = set(product_changes)
        changed = self._scalar("SELECT count(*) FROM cat_stage WHERE ok AND vchg")
        first_only = 0
        if pchg:
            for (pid,) in self._sql(
                "SELECT pid FROM cat_stage WHERE ok AND pfirst AND vid IS NOT NULL AND vchg IS NULL"
            ):
                first_only += pid in pchg
        c.updated = changed + first_only
        c.unchanged = self._scalar("SELECT count(*) FROM cat_stage WHERE ok AND vid IS NOT NULL") - c.updated
        for sku, title in self._sql(
            f"SELECT sku, title FROM cat_stage WHERE ok AND vid IS NULL ORDER BY rn LIMIT {SAMPLE}"
        ):
            _sample(report, Change("created", sku, title))
        cols = ", ".join(f"s.{sc}, v.{vc}" for sc, vc in VARIANT_COMPARE)
        q = self._sql(
            f"SELECT s.sku, s.title, s.pid, s.pfirst, s.vchg, s.gtin, v.gtin, {cols}, s.currency FROM cat_stage s "
            f"JOIN variants v ON v.id = s.vid WHERE s.ok AND (s.vchg OR (s.pfirst AND s.known IS NULL)) ORDER BY s.rn"
        )
        for r in q:
            if len(report.changes) >= SAMPLE:
                break
            sku, title, pid, first, vchg, gtin, old_gtin = r[:7]
            fields: dict[str, tuple[Any, Any]] = {}
            if vchg:
                values = r[7:-1]
                for i, (_sc, vc) in enumerate(VARIANT_COMPARE):
                    new, old = values[2 * i], values[2 * i + 1]
                    if vc == "active":
                        new, old = bool(new), bool(old)
                    if new != old:
                        fields[vc] = (old, new)
                if gtin is not None and gtin != old_gtin:
                    fields["gtin"] = (old_gtin, gtin)
            if first and pid in product_changes:
                fields.update({f"product.{k}": v for k, v in product_changes[pid].items()})
            if fields:
                _sample(report, Change("updated", sku, title, fields, r[-1]))

    def unlisted(self) -> int:
        return self._scalar(
            "SELECT count(*) FROM variants WHERE active AND id NOT IN (SELECT vid FROM cat_stage WHERE vid IS NOT NULL)"
        )

    def active_total(self) -> int:
        return self._scalar("SELECT count(*) FROM variants WHERE active")

    def sample_unlisted(self) -> None:
        q = self._sql(
            "SELECT v.sku, p.title FROM variants v JOIN products p ON p.id = v.product_id WHERE v.active AND v.id NOT IN "
            f"(SELECT vid FROM cat_stage WHERE vid IS NOT NULL) ORDER BY v.id LIMIT {SAMPLE}"
        )
        for sku, title in q:
            _sample(self.report, Change("deactivated", sku, title))

    def _scalar(self, sql: str, params: dict[str, Any] | None = None) -> int:
        return int(self._sql(sql, params).scalar_one() or 0)

    # -- applying (inside the caller's transaction)

    def apply(
        self,
        version_id: int,
        product_changes: dict[int, dict[str, tuple[Any, Any]]],
        department: Callable[[str], int | None],
    ) -> set[int]:
        """Write what the diff found; returns the products whose search documents change."""
        conn, pg = self.conn, self.pg
        now = utcnow()
        true = "true" if pg else "1"
        # departments the catalogue does not have yet
        for name in self.new_departments:
            self.conn.execute(
                text("INSERT INTO cat_dept (name, id) VALUES (:n, :d)"), {"n": name, "d": department(name)}
            )
        dept = "(SELECT d.id FROM cat_dept d WHERE d.name = s.dept)"
        # new products: one per product key without one, from its first row
        pid0 = bulk.next_id(conn, "products")
        self._sql(
            "INSERT INTO cat_newprod (pkey, id, rn) SELECT pkey, :base + row_number() OVER (ORDER BY min(rn)) - 1, "
            "min(rn) FROM cat_stage WHERE ok AND pid IS NULL GROUP BY pkey",
            {"base": pid0},
        )
        new_products = self._scalar("SELECT count(*) FROM cat_newprod")
        if new_products:
            self._exec(
                "INSERT INTO products (id, style_code, title, brand, description, image, width_mm, height_mm, depth_mm, "
                "warranty_months, returnable, allergens, specs, department_id, is_merchandise, active, created_at, updated_at) "
                "SELECT n.id, s.pkey, s.title, s.brand, COALESCE(s.description, ''), s.image, s.width_mm, s.height_mm, "
                f"s.depth_mm, s.warranty, COALESCE(s.returnable, {true}), s.allergens, "
                f"{'CAST(s.specs AS jsonb)' if pg else 's.specs'}, {dept}, {true}, {true}, :now, :now "
                "FROM cat_newprod n JOIN cat_stage s ON s.rn = n.rn ORDER BY n.id",
                now,
            )
            self._log_range(version_id, "product", pid0, pid0 + new_products - 1)
        # new variants: ids in file order, one range
        self.vid0 = vid0 = bulk.next_id(conn, "variants")
        self.new_variants = new_variants = self.report.counts.created
        if new_variants:
            self._sql(
                "INSERT INTO cat_newvar (rn, id) SELECT rn, :base + row_number() OVER (ORDER BY rn) - 1 "
                "FROM cat_stage WHERE ok AND vid IS NULL",
                {"base": vid0},
            )
            self._exec(
                "INSERT INTO variants (id, product_id, sku, gtin, mpn, colour, size, price_minor, compare_at_minor, "
                "currency, weight_g, position, active, import_hash, created_at, updated_at) "
                "SELECT n.id, COALESCE(s.pid, (SELECT np.id FROM cat_newprod np WHERE np.pkey = s.pkey)), s.sku, s.gtin, "
                "s.mpn, s.colour, s.size, s.price, s.compare_at, s.currency, s.weight_g, 0, s.active, s.hash, :now, :now "
                "FROM cat_newvar n JOIN cat_stage s ON s.rn = n.rn ORDER BY n.id",
                now,
            )
            self._log_range(version_id, "variant", vid0, vid0 + new_variants - 1)
        # changed variants: before-images, then the new values
        before = self._json_object([(vc, f"v.{vc}") for _sc, vc in VARIANT_COMPARE] + [("gtin", "v.gtin")])
        self._sql(
            "INSERT INTO catalogue_changes (version_id, entity, entity_id, action, before) "
            f"SELECT :ver, 'variant', v.id, 'updated', {before} FROM cat_stage s JOIN variants v ON v.id = s.vid "
            "WHERE s.vchg",
            {"ver": version_id},
        )
        dis = "IS DISTINCT FROM" if pg else "IS NOT"
        # the search documents hold the SKU, colour and size (and the product's title, brand and
        # department): a new price, stock or weight leaves them as they are, not indexed again
        docs = {
            int(p)
            for (p,) in self._sql(
                "SELECT DISTINCT s.pid FROM cat_stage s JOIN variants v ON v.id = s.vid WHERE s.vchg AND "
                f"(v.sku {dis} s.sku OR v.colour {dis} s.colour OR v.size {dis} s.size)"
            )
            if p is not None
        }
        sets = ", ".join(f"{vc} = s.{sc}" for sc, vc in VARIANT_COMPARE) + ", gtin = COALESCE(s.gtin, variants.gtin)"
        self._exec(
            f"UPDATE variants SET {sets}, import_hash = s.hash, updated_at = :now FROM cat_stage s "
            "WHERE s.vid = variants.id AND s.vchg",
            now,
        )
        self._sql(  # unchanged rows read again (a new context, or hashed for the first time): remembered
            "UPDATE variants SET import_hash = s.hash FROM cat_stage s WHERE s.vid = variants.id AND s.vchg IS NULL "
            f"AND s.known IS NULL AND s.hash IS NOT NULL AND variants.import_hash {dis} s.hash"
        )
        # changed products
        touched = {p for p, fields in product_changes.items() if fields.keys() & {"title", "brand", "department"}}
        if product_changes:
            self._update_products(version_id, product_changes, department, now)
        self._stock(version_id, now)
        self._sales(now)
        return touched | docs  # the created variants are indexed by their id range (see index_new)

    def index_new(self) -> None:
        """The search index learns the created variants in one statement (their ids are one range)."""
        if self.new_variants:
            started = time.perf_counter()
            search_index.index_new_variants(self.conn, self.vid0, self.vid0 + self.new_variants - 1)
            if TIMINGS is not None:
                TIMINGS.append((time.perf_counter() - started, "index new variants"))

    def _exec(self, sql: str, now: datetime) -> None:
        started = time.perf_counter()
        self.conn.execute(text(sql).bindparams(bindparam("now", type_=UTCDateTime())), {"now": now})
        if TIMINGS is not None:
            TIMINGS.append((time.perf_counter() - started, sql[:90]))

    def _json_object(self, pairs: list[tuple[str, str]]) -> str:
        fn = "jsonb_build_object" if self.pg else "json_object"
        args = ", ".join("'" + k + "', " + v for k, v in pairs)
        return f"{fn}({args})"

    def _log_range(self, version_id: int, entity: str, first: int, last: int) -> None:
        """Created rows are a range of ids (assigned under the import lock): one entry, not one per row."""
        self.conn.execute(
            text(
                "INSERT INTO catalogue_changes (version_id, entity, entity_id, action, before) "
                "VALUES (:v, :e, :i, 'created_range', :b)"
            ).bindparams(bindparam("b", type_=JsonDoc)),
            {"v": version_id, "e": entity, "i": first, "b": {"last": last}},
        )

    def _update_products(
        self,
        version_id: int,
        changes: dict[int, dict[str, tuple[Any, Any]]],
        department: Callable[[str], int | None],
        now: datetime,
    ) -> None:
        from posassist.db.tables.catalogue import CatalogueChange, Product

        s = self.s
        ids = list(changes)
        for start in range(0, len(ids), 500):
            for p in s.execute(select(Product).where(Product.id.in_(ids[start : start + 500]))).scalars():
                fields = changes[p.id]
                before = {f: getattr(p, f) for f in PRODUCT_FIELDS}
                s.add(
                    CatalogueChange(
                        version_id=version_id, entity="product", entity_id=p.id, action="updated", before=before
                    )
                )
                for f, (_old, new) in fields.items():
                    if f == "department":
                        p.department_id = department(new)
                    else:
                        setattr(p, f, new)
                p.updated_at = now
            s.flush()
            s.expunge_all()

    def _stock(self, version_id: int, now: datetime) -> None:
        """On hand per store: changed rows keep a before-image, missing rows are added."""
        has = self._scalar("SELECT count(*) FROM cat_stock")
        if not has:
            return
        before = self._json_object([("store_id", "st.store_id"), ("on_hand", "st.on_hand")])
        self._sql(
            "INSERT INTO catalogue_changes (version_id, entity, entity_id, action, before) "
            f"SELECT :ver, 'stock', st.variant_id, 'updated', {before} FROM cat_stock k JOIN cat_stage s ON s.rn = k.rn "
            "JOIN stock st ON st.variant_id = s.vid AND st.store_id = k.store_id "
            f"WHERE s.ok AND st.on_hand {'IS DISTINCT FROM' if self.pg else 'IS NOT'} k.qty",
            {"ver": version_id},
        )
        dis = "IS DISTINCT FROM" if self.pg else "IS NOT"
        self._exec(
            "UPDATE stock SET on_hand = k.qty, updated_at = :now FROM cat_stock k JOIN cat_stage s ON s.rn = k.rn "
            f"WHERE s.ok AND stock.variant_id = s.vid AND stock.store_id = k.store_id AND stock.on_hand {dis} k.qty",
            now,
        )
        self._exec(
            "INSERT INTO stock (variant_id, store_id, on_hand, reserved, damaged, updated_at) "
            "SELECT s.vid, k.store_id, k.qty, 0, 0, :now FROM cat_stock k JOIN cat_stage s ON s.rn = k.rn "
            "WHERE s.ok AND s.vid IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM stock st WHERE st.variant_id = s.vid AND st.store_id = k.store_id)",
            now,
        )
        self._exec(  # the variants this import created have no stock rows yet
            "INSERT INTO stock (variant_id, store_id, on_hand, reserved, damaged, updated_at) "
            "SELECT n.id, k.store_id, k.qty, 0, 0, :now FROM cat_stock k JOIN cat_newvar n ON n.rn = k.rn ORDER BY n.id",
            now,
        )

    def _sales(self, now: datetime) -> None:
        """A feed's sale price is a fixed-price promotion on its variant (replaced at each import)."""
        if not self.loaded.sales:
            return
        rows = list(
            self._sql(
                "SELECT s.rn, COALESCE(s.vid, (SELECT n.id FROM cat_newvar n WHERE n.rn = s.rn)), s.sale "
                "FROM cat_stage s WHERE s.ok AND s.sale IS NOT NULL"
            )
        )
        promotions = Promotion.metadata.tables[Promotion.__tablename__]
        for rn, vid, sale in rows:
            self.s.execute(promotions.delete().where(Promotion.variant_id == vid, Promotion.name == FEED_SALE))
            start, end = self.loaded.sales.get(rn, (None, None))
            self.s.add(
                Promotion(
                    name=FEED_SALE, kind="fixed_price", value=sale, variant_id=vid, starts_at=start or now, ends_at=end
                )
            )
        self.s.flush()
        self.s.expunge_all()

    def deactivate_unlisted(self, version_id: int) -> set[int]:
        listed = "SELECT vid FROM cat_stage WHERE vid IS NOT NULL UNION ALL SELECT id FROM cat_newvar"
        touched = {
            int(p)
            for (p,) in self._sql(f"SELECT DISTINCT product_id FROM variants WHERE active AND id NOT IN ({listed})")
        }
        self._sql(
            "INSERT INTO catalogue_changes (version_id, entity, entity_id, action) "
            f"SELECT :ver, 'variant', id, 'deactivated' FROM variants WHERE active AND id NOT IN ({listed})",
            {"ver": version_id},
        )
        self._sql(
            f"UPDATE variants SET active = {'false' if self.pg else '0'}, import_hash = NULL "
            f"WHERE active AND id NOT IN ({listed})"
        )
        return touched


def _json(value: Any) -> dict[str, Any]:
    if not value:
        return {}
    if isinstance(value, dict):
        return dict(value)
    try:
        out = json.loads(value)
    except (TypeError, ValueError):
        return {}
    return out if isinstance(out, dict) else {}


def _sample(report: Report, change: Change) -> None:
    if len(report.changes) < SAMPLE:
        report.changes.append(change)


def _other_currency(item: Item, currency: str) -> Problem:
    return Problem(
        item.row,
        item.line,
        "price",
        item.currency,
        "warning",
        "other_currency",
        tr(
            "{title} is priced in {currency}, not {currency2}; it is imported in {currency}.",
            title=item.title,
            currency=item.currency,
            currency2=currency,
        ),
    )
