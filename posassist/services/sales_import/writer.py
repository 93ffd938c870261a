"""Writing orders chunk by chunk inside one transaction: set-based reads (the chunk's orders by
their source id, its SKUs, its receipt numbers), bulk inserts of plain tuples (COPY on
PostgreSQL), updates only for orders whose cells changed since the last import. A dry run goes
the same way and writes nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import ColumnElement, any_, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from posassist.db.bulk import insert_rows
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.db.tables.sales import Sale
from posassist.services.sales_import import sift
from posassist.services.sales_import.changes import NO_VARIANT, Existing, Known, update_orders
from posassist.services.sales_import.fingerprints import is_legacy, legacy_fingerprint, same_rows, stored_lines
from posassist.services.sales_import.ids import reserve_ids
from posassist.services.sales_import.model import Options, Order, Person, RawOrder, Report, SaleCounts
from posassist.services.sales_import.people import People
from posassist.services.sales_import.reading import CHUNK as CHUNK
from posassist.services.sales_import.seen_keys import SeenKeys
from posassist.services.sales_import.set_aside import SetAside

SALES = Sale.metadata.tables["sales"]
IMPORT_CACHE_KB = 8 * 1024  # SQLite page cache while importing
ANALYZE_FROM = 4000  # orders written before PostgreSQL's statistics are first refreshed mid-import
# an order to write: a new one's tuples, or its Order (new: no sale yet; changed: with its sale)
Item = tuple[sift.Prepared | None, Order | None, Existing | None]


class Layout(Protocol):
    name: str
    sku_column: str
    usable: bool

    def key(self, values: list[str]) -> str: ...

    def parse(self, raw: RawOrder) -> Order: ...

    def line_count(self, raw: RawOrder) -> int: ...


class Run:
    """One import in one transaction: the state that lives across chunks."""

    def __init__(self, s: Session, opts: Options, report: Report, source: str, layout: Layout, *, dry: bool) -> None:
        self.s, self.opts, self.report, self.source, self.layout, self.dry = s, opts, report, source, layout, dry
        assert isinstance(report.counts, SaleCounts)
        self.counts = report.counts
        self._people: People | None = None  # the customers' keys, loaded when an order needs them
        self.seen = SeenKeys()
        self.customers: set[int] = set()
        self.waiting: dict[str, Existing] = {}  # changed orders a parsing process is to send (triage)
        self.rehashed = 0  # unchanged orders whose fingerprint of an earlier version was made anew
        self.variant_cache: Known = {}
        self.now = utcnow()
        self.sqlite = s.connection().dialect.name == "sqlite"
        self.blocked = False
        # Orders of this source already here before the run: the only ones a chunk has to look up
        # (an order met earlier in this file is caught by ``seen``). A first import asks nothing.
        self.had_orders = bool(s.execute(select(Sale.id).where(Sale.source == source).limit(1)).first())
        if self.sqlite and self.had_orders and not dry:
            fresh_statistics(s)
        # PostgreSQL plans the receipt and source-id look-ups from statistics; a table that grows
        # from nothing inside this transaction has none, and the look-ups turn into scans that grow
        # with every chunk (150 s of a 100,000-line import). The statistics are refreshed each time
        # the import has doubled what it wrote (ANALYZE counts this transaction's own rows).
        self.next_analyze = ANALYZE_FROM if s.connection().dialect.name == "postgresql" and not dry else None
        if s.connection().dialect.name == "postgresql":
            # a chunk's 1,000 keys among some 50,000 orders: the default cost of a random read (4)
            # makes the planner scan the whole table (77 ms) rather than probe the index (15 ms);
            # for this transaction only, the cost of a read from a cached or solid-state disk
            s.connection().exec_driver_sql("SET LOCAL random_page_cost = 1.1")
            if not dry:
                # the import's commit need not wait for the log's flush: a crash in the moment
                # after loses at most that commit (the file is imported again, unchanged orders
                # skipped), never leaves half of it; the server stays consistent
                s.connection().exec_driver_sql("SET LOCAL synchronous_commit = off")
        if self.sqlite and not dry:  # the indexes of a million rows stay in memory while they grow
            self._cache = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
            s.connection().exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
        self.aside = SetAside(s.connection()) if self.sqlite and not dry else None

    @property
    def people(self) -> People:
        """Loaded on first use: a file whose orders are all known again never reads the customers."""
        if self._people is None:
            self._people = People.load(self.s, self.source, self.opts.region, self.dry)
        return self._people

    # -- one chunk

    def chunk(self, raws: list[RawOrder]) -> None:
        c = self.counts
        fresh = list(sift.fresh(raws, self.seen, c, self.report))
        existing = self._existing([r.key for r in fresh if r.key])
        orders: list[Item] = []
        for r in fresh:
            c.orders += 1
            known = existing.get(r.key)
            if known is not None and same_rows(known[0], r.digest):
                # the same rows as when it was imported: counted, not read again
                c.unchanged += 1
                c.lines += self.layout.line_count(r)
                c.refunds += known[3] > 0
                if known[2]:
                    self.customers.add(known[2])
                continue
            e = None if known is None else Existing(known[1], known[0], known[2], known[3])
            o, blocks = sift.read_order(self.layout, r, c, self.opts)
            self.blocked |= blocks
            if o is not None:
                if e is not None and is_legacy(e.digest):
                    o.legacy_digest = legacy_fingerprint(r.rows, True)  # the rows carry their texts (sync)
                orders.append((None, o, e))
        if self.blocked:
            return  # keep reading for the report; nothing is written
        self._write(orders)

    def triage(self, keys: list[tuple[str, str]]) -> tuple[list[int], list[int], int, int, list[int]]:
        """A chunk a parsing process read, by its orders' (key, fingerprint): the positions of the
        new and of the changed orders (those it is to parse and send; a changed one's sale kept
        here until it comes), how many of the unchanged ones were refunded, their line-item rows
        and the positions of those whose stored fingerprint does not carry them (the parsing
        process counts those). The unchanged are counted here, as ``chunk`` counts them."""
        existing = self._existing([k for k, _ in keys if k])
        new: list[int] = []
        changed: list[int] = []
        count: list[int] = []
        refunds = lines = 0
        for i, (key, digest) in enumerate(keys):
            known = existing.get(key) if key else None
            if known is None:
                new.append(i)
            elif same_rows(known[0], digest):
                self.counts.unchanged += 1
                refunds += known[3] > 0
                n = stored_lines(known[0])
                if n is None:
                    count.append(i)
                else:
                    lines += n
                if known[2]:
                    self.customers.add(known[2])
            else:
                changed.append(i)
                self.waiting[key] = Existing(known[1], known[0], known[2], known[3])
        return new, changed, refunds, lines, count

    def take(self, items: list[sift.Prepared | Order], blocked: bool) -> None:
        """A chunk of orders a parsing process read: a new order's tuples, a changed one's Order
        (its sale found by ``triage``), in the file's order."""
        self.blocked |= blocked
        if self.blocked:
            return
        waiting = self.waiting
        self._write(
            [(x, None, None) if isinstance(x, tuple) else (None, x, waiting.pop(x.key)) for x in items],
        )

    def parse_here(self, raws: Iterable[RawOrder], here: SaleCounts) -> None:
        """A chunk a parsing process sent unparsed (share.py): its new orders parsed here, counted
        in ``here`` (the file-side counts of what this process parsed), and written."""
        orders: list[Item] = []
        for r in raws:
            here.orders += 1
            o, blocks = sift.read_order(self.layout, r, here, self.opts)
            self.blocked |= blocks
            if o is not None:
                orders.append((None, o, None))
        if not self.blocked:
            self._write(orders)

    def _existing(self, keys: list[str]) -> dict[str, tuple[str | None, int, int | None, int]]:
        """The chunk's orders already here, in one statement by the (source, source id) index:
        source id -> (fingerprint, sale id, customer id, refunded). Plain rows, no ORM objects."""
        if not keys or not self.had_orders:
            return {}
        t = SALES.c
        q = select(t.external_id, t.import_hash, t.id, t.customer_id, t.refunded_minor).where(
            t.source == self.source, self._among(t.external_id, keys)
        )
        return {ext: (h, i, cid, ref) for ext, h, i, cid, ref in self.s.connection().execute(q).all()}

    def _among(self, column: ColumnElement[Any], values: list[str]) -> ColumnElement[bool]:
        """``column IN (values)``; on PostgreSQL ``= ANY(array)``: one parameter for a chunk's
        1,000 keys instead of 1,000 (parsed and planned at every chunk)."""
        if self.sqlite:
            return column.in_(values)
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))

    def _variants(self, wanted: set[str]) -> Known:
        """The chunk's SKUs in the catalogue (variant, department); each SKU is asked for once per
        import (what a store sells repeats from order to order), unknown ones remembered as such."""
        cache = self.variant_cache
        skus = wanted - cache.keys()
        if skus:
            q = (
                select(Variant.sku, func.min(Variant.id), func.min(Department.code))
                .join(Product, Product.id == Variant.product_id)
                .outerjoin(Department, Department.id == Product.department_id)
                .where(Variant.sku.in_(skus))
                .group_by(Variant.sku)
            )
            for sku, vid, dept in self.s.execute(q):
                cache[str(sku)] = (vid, dept)
            for sku in skus - cache.keys():
                cache[sku] = None
        return cache

    def _write(self, orders: list[Item]) -> None:
        """The chunk's orders in the file's order: new ones (their tuples from a parsing process,
        or an Order without a sale, prepared here) inserted, changed ones (an Order with its sale)
        updated."""
        s, c = self.s, self.counts
        if not orders:
            return
        items: list[Item] = [
            (sift.prepare(o, self.source, self.sqlite), None, None)
            if p is None and e is None and o is not None
            else (p, o, e)
            for p, o, e in orders
        ]
        wanted = {ln[0] for p, _, _ in items if p is not None for ln in p[6] if ln[0]}
        wanted.update(ln.sku for p, o, _ in items if p is None and o is not None for ln in o.lines if ln.sku)
        variants = self._variants(wanted)
        identified = sum(1 for p, _, _ in items if p is not None and p[4] is not None)
        self.people.reserve(s, identified + sum(1 for _, o, e in items if e is not None and o and o.person.identified))
        new = [p for p, _, _ in items if p is not None]
        taken = self._taken_receipts([p[1] for p in new])
        ids = iter(reserve_ids(s.connection(), "sales", len(new)) if not self.dry else range(len(new)))
        sales: list[tuple[Any, ...]] = []
        lines: list[tuple[Any, ...]] = []
        tenders: list[tuple[Any, ...]] = []
        changed: list[tuple[Order, Existing]] = []
        rehashed: list[dict[str, Any]] = []
        match, now, customers, people = self.people.match, self.now, self.customers, self.people
        for p, o, e in items:
            if p is None:
                assert o is not None and e is not None
                if o.legacy_digest is not None and o.legacy_digest == e.digest:
                    # imported by an earlier version, unchanged: its fingerprint made anew
                    c.unchanged += 1
                    if e.customer_id:
                        customers.add(e.customer_id)
                    rehashed.append({"b_id": e.id, "import_hash": sift.stored_digest(o)})
                    continue
                m = match(s, o.person, now)
                if m.id is not None:
                    customers.add(m.id)
                self._unknown(
                    [(ln.sku, ln.row, ln.line, ln.title) for ln in ([] if o.header_only else o.lines)], variants
                )
                o.customer_id = m.id if m.id is not None and m.id > 0 else None
                changed.append((o, e))
                continue
            key, receipt, row, line, pf, rest, plines, tender, warn_lines = p
            cid = None
            if pf is not None:
                m = match(s, Person(*pf), now)
                if m.id is not None:
                    customers.add(m.id)
                    cid = m.id if m.id > 0 else None
            if warn_lines:
                self._unknown([(ln[0], ln[1], ln[2], ln[3][1]) for ln in plines], variants)
            sid = next(ids)
            filed = receipt
            if filed.upper() in taken:
                filed = f"{self.source.upper()}-{receipt}"[:64]
                self.report.add(
                    row,
                    line,
                    None,
                    receipt,
                    "warning",
                    "duplicate_order",
                    f"The receipt number {receipt} is already another sale's; this order is filed as {filed} "
                    "and is found by either number.",
                )
            taken.add(filed.upper())
            sales.append((sid, filed, cid, *rest))
            for sku, _, _, lrest in plines:
                lines.append((sid, *(variants.get(sku or "") or NO_VARIANT), *lrest))
            tenders.append((sid, *tender))
            c.created += 1
        people.flush(s)
        if rehashed and not self.dry:
            self.rehashed += len(rehashed)
            t = SALES
            s.execute(
                update(t).where(t.c.id == bindparam("b_id")).values(import_hash=bindparam("import_hash")), rehashed
            )
        self._store(sales, lines, tenders, changed, variants)

    def _store(
        self,
        sales: list[tuple[Any, ...]],
        lines: list[tuple[Any, ...]],
        tenders: list[tuple[Any, ...]],
        changed: list[tuple[Order, Existing]],
        variants: Known,
    ) -> None:
        c = self.counts
        if not self.dry:
            conn = self.s.connection()
            if sales:
                insert_rows(conn, "sales", sift.NEW_SALE_COLUMNS, sales)
                insert_rows(conn, "sale_lines", sift.NEW_LINE_COLUMNS, lines)
                insert_rows(conn, "tenders", sift.TENDER_COLUMNS, tenders)
            if changed:
                update_orders(self.s, self.source, changed, variants)
            if self.aside is not None:
                self.aside.consider(conn)
            if self.next_analyze is not None and c.created + c.updated >= self.next_analyze:
                conn.exec_driver_sql("ANALYZE sales, sale_lines, customers")
                self.next_analyze *= 2
        c.updated += len(changed)

    def _unknown(self, lines: list[tuple[str | None, int, int, str]], variants: Known) -> None:
        """A warning for each line whose SKU the catalogue does not know (or that has none)."""
        for sku, row, line, title in lines:
            if not sku or variants.get(sku) is None:
                self.report.add(
                    row,
                    line,
                    self.layout.sku_column,
                    sku,
                    "warning",
                    "unknown_product",
                    f"{title}: {'the SKU ' + sku + ' is not in the catalogue' if sku else 'no SKU'}; the sale is "
                    "imported and the line keeps its title and price (a return of it is judged without the product's rules).",
                )

    def _taken_receipts(self, receipts: list[str]) -> set[str]:
        if not receipts:
            return set()
        q = select(SALES.c.receipt_no).where(self._among(SALES.c.receipt_no, receipts))
        return {r.upper() for r in self.s.execute(q).scalars()}

    def finish(self) -> None:
        self.counts.customers = len(self.customers)
        if self._people is not None:
            self._people.close(self.s)
        if self.sqlite and not self.dry:
            self.s.connection().exec_driver_sql(f"PRAGMA cache_size = {int(self._cache or -2000)}")
        if self.aside is not None:
            # after the page cache is back to its size: SQLite sorts for an index in up to the
            # cache's size of memory, which at a million lines came on top of the import's peak
            self.aside.restore(self.s.connection())


def fresh_statistics(s: Session) -> None:
    """SQLite plans the chunk's look-up by source id from ``sqlite_stat1``; statistics taken when
    the table held a few hundred demo sales (all without a source id) make it scan the whole table
    for every chunk (76 ms a chunk at 90,000 sales, growing with the table) instead of probing the
    index (6 ms). Taken again when the table has more than doubled since."""
    conn = s.connection()
    if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        return  # never analysed: the planner's defaults favour the index
    stat = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'sales' AND idx IS NOT NULL").first()
    rows = conn.exec_driver_sql("SELECT max(id) FROM sales").scalar() or 0
    if stat is None or rows > 2 * int(str(stat[0]).split()[0]) + 1000:
        conn.exec_driver_sql("ANALYZE sales")
