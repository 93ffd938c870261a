"""Streaming the file into the staging table: parsed rows by executemany (SQLite) or COPY
(PostgreSQL); rows whose source record hashes as at the last import are staged by their hash alone
and take what the checks and the match need from their variant."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import psycopg

from posassist.db import bulk
from posassist.errors import Cancelled
from posassist.i18n import tr
from posassist.services.catalogue_sync.fast import KNOWN, Entry
from posassist.services.catalogue_sync.model import Item, Problem, Progress
from posassist.services.catalogue_sync.stage_table import EVERY, STAGE_COLS, StageBase, stage_row


class Loading(StageBase):
    """``load``: the file's rows into the staging table, counted, their problems reported."""

    def load(
        self,
        items: Iterator[Entry],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        stage: str,
    ) -> None:
        counts = self.report.counts
        self.known_rows = 0  # rows staged by their hash (counted by ``_flush_known``)
        narrow: list[tuple[Any, ...]] = []
        rows = self._rows(items, narrow, progress, cancelled, stage)
        bulk.insert_rows(self.conn, "cat_stage", STAGE_COLS, rows, chunk=20_000)
        if narrow:
            self._flush_known(narrow)
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(stage, counts.rows, 0)
        if not self.pg and self.known_rows * 2 > counts.rows:
            # the rows read again, a re-sync's few: what only they can hold (a new variant, a change,
            # stock, a department, a sale) is looked for through this index, not in every staged row
            # (a first import reads every row again: a scan of the table is then the quicker way)
            self._sql("CREATE INDEX cat_stage_read ON cat_stage (rn) WHERE known IS NULL")
        if self.loaded.stock_at:
            bulk.insert_rows(self.conn, "cat_stock", ("rn", "store_id", "qty"), self.loaded.stock_at)
        if self.opts.store_id is not None:
            self._sql(
                "INSERT INTO cat_stock (rn, store_id, qty) SELECT rn, :sid, stock FROM cat_stage "
                "WHERE stock IS NOT NULL AND known IS NULL",
                {"sid": self.opts.store_id},
            )
        # SQLite: with ``ok`` in them the indexes cover the checks' and the match's groupings by SKU
        # and by product (no row looked up per entry: a million-row re-sync's first rows 0.4 -> 0.2 s)
        ok = "" if self.pg else ", ok"
        self._sql(f"CREATE INDEX cat_stage_sku ON cat_stage (sku{ok})")
        self._sql(f"CREATE INDEX cat_stage_key ON cat_stage (pkey, colour, size{ok})")
        if self.pg:
            self._sql("ANALYZE cat_stage")  # a temporary table has no statistics until asked: good plans need them
        self.report.counts.products = len(self.products)

    def _rows(
        self,
        items: Iterator[Entry],
        narrow: list[tuple[Any, ...]],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        stage: str,
    ) -> Iterator[tuple[Any, ...]]:
        """The staging rows of the file's entries; rows unchanged since the last import go to
        ``narrow`` instead, as runs (SQLite: flushed by 20,000; PostgreSQL: after the stream, the
        connection being in the staging table's COPY until then).

        A run is a stretch of known rows one after another in the file, of one product, whose
        variants follow one another too, as a re-sync of the file a catalogue was imported from
        finds them: (first row, its line, length, first variant, product key). A million
        unchanged rows are then some 125,000 runs to write, not a million rows."""
        pg = self.pg
        run: list[Any] = []  # the open run: [row, line, length, variant, product key]
        for n, (item, probs) in enumerate(items, 1):
            if n % EVERY == 0:
                if cancelled and cancelled():
                    raise Cancelled()
                if progress:
                    progress(stage, n, 0)
            if item is KNOWN:  # (row, line, product key, hash, variant): no Python object built for it
                row, line, key, _hash, vid = probs
                if run:
                    k = run[2]
                    if row == run[0] + k and vid == run[3] + k and key == run[4]:
                        if line is None if run[1] is None else line == run[1] + k:
                            run[2] = k + 1
                            continue
                    narrow.append(tuple(run))
                    if len(narrow) >= 20_000 and not pg:
                        self._flush_known(narrow)
                run = [row, line, 1, vid, key]
                continue
            row = self._take(item, probs) if isinstance(item, Item) else self._plain(probs)
            if row is not None:
                yield row
        if run:
            narrow.append(tuple(run))

    def _plain(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """A plain row from the fast reader, already its staging row."""
        counts = self.report.counts
        counts.rows += 1
        counts.variants += 1
        self.products.add(row[2])
        return row if self.opts.store_id is not None or row[19] is None else (*row[:19], None, *row[20:])

    def _flush_known(self, narrow: list[tuple[Any, ...]]) -> None:
        """Runs of known rows (first row, line, length, first variant, product key; see ``_rows``)
        into the staging table by way of a narrow one, each row with what the checks and the match
        need read from its variant in the same statement (its hash is the variant's: that is how
        the variant was found)."""
        counts = self.report.counts
        total = sum(map(itemgetter(2), narrow))
        counts.rows += total  # counted here, not row by row
        counts.variants += total
        self.known_rows += total
        self.products.update(map(itemgetter(4), narrow))
        if self.pg:
            self._flush_known_pg(narrow)
            return
        raw = self.conn.connection.dbapi_connection
        assert raw is not None
        raw.execute(
            "CREATE TEMP TABLE IF NOT EXISTS cat_known (rn INTEGER, line INTEGER, n INTEGER, vid INTEGER, pkey TEXT)"
        )
        raw.executemany("INSERT INTO cat_known VALUES (?, ?, ?, ?, ?)", narrow)
        # CROSS JOIN: SQLite walks the runs and reads each run's variants as one stretch of the key
        raw.execute(
            "INSERT INTO cat_stage (rn, line, pkey, ok, hash, known, vid, pid, sku, colour, size, gtin) "
            "SELECT k.rn + (v.id - k.vid), k.line + (v.id - k.vid), k.pkey, 1, v.import_hash, 1, v.id, "
            "v.product_id, v.sku, v.colour, v.size, v.gtin "
            "FROM cat_known k CROSS JOIN variants v ON v.id >= k.vid AND v.id < k.vid + k.n ORDER BY 1"
        )
        raw.execute("DELETE FROM cat_known")
        narrow.clear()

    def _flush_known_pg(self, narrow: list[tuple[Any, ...]]) -> None:
        """PostgreSQL: the runs by COPY, expanded with their variants' values by one join on the
        variants' key ranges. (The known rows were once kept as COPY text, a row each, until the
        stream ended: a million rows were some 180 MB in the StringIO, the re-sync's peak 480 MB.)"""
        raw = cast("psycopg.Connection[Any]", self.conn.connection.dbapi_connection)
        with raw.cursor() as cur:
            cur.execute(
                "CREATE TEMP TABLE IF NOT EXISTS cat_known (rn BIGINT, line BIGINT, n INTEGER, vid BIGINT, pkey TEXT)"
            )
            with cur.copy("COPY cat_known (rn, line, n, vid, pkey) FROM STDIN") as copy:
                for run in narrow:
                    copy.write_row(run)
            narrow.clear()
            cur.execute("ANALYZE cat_known")  # a temporary table has no statistics until asked
            cur.execute(
                "INSERT INTO cat_stage (rn, line, pkey, ok, hash, known, vid, pid, sku, colour, size, gtin) "
                "SELECT k.rn + (v.id - k.vid), k.line + (v.id - k.vid), k.pkey, true, v.import_hash, true, v.id, "
                "v.product_id, v.sku, v.colour, v.size, v.gtin "
                "FROM cat_known k JOIN variants v ON v.id >= k.vid AND v.id < k.vid + k.n"
            )
            cur.execute("DROP TABLE cat_known")

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
