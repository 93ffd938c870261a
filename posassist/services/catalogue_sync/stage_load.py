"""Streaming the file into the staging table: parsed rows by executemany (SQLite) or COPY
(PostgreSQL); rows whose source record hashes as at the last import are staged by their hash alone
and take what the checks and the match need from their variant."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import psycopg

from posassist.db import bulk
from posassist.errors import Cancelled
from posassist.i18n import tr
from posassist.services.catalogue_sync.fast import KNOWN
from posassist.services.catalogue_sync.model import Item, Problem, Progress
from posassist.services.catalogue_sync.stage_table import EVERY, STAGE_COLS, StageBase, stage_row


class Loading(StageBase):
    """``load``: the file's rows into the staging table, counted, their problems reported."""

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
        assert self.known is not None
        narrow.append((*entry[1:], self.known.hashes[entry[4]]))  # SQLite: five cells to bind, not thirty
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
        """Known rows (row, line, product key, hash, variant) into the staging table by way of a narrow one,
        with what the checks and the match need read from their variant in the same statement."""
        raw = self.conn.connection.dbapi_connection
        assert raw is not None
        raw.execute(
            "CREATE TEMP TABLE IF NOT EXISTS cat_known "
            "(rn INTEGER PRIMARY KEY, line INTEGER, pkey TEXT, hash INTEGER, vid INTEGER)"
        )
        raw.executemany("INSERT INTO cat_known VALUES (?, ?, ?, ?, ?)", narrow)
        raw.execute(
            "INSERT INTO cat_stage (rn, line, pkey, ok, hash, known, vid, pid, sku, colour, size, gtin) "
            "SELECT k.rn, k.line, k.pkey, 1, k.hash, 1, v.id, v.product_id, v.sku, v.colour, v.size, v.gtin "
            "FROM cat_known k JOIN variants v ON v.id = k.vid"
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
