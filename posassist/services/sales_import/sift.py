"""The file-only part of a sale import: an order met again further down the file, an order parsed
and counted, and a new order's rows as plain tuples (what the writer inserts, less the ids only
the database gives: the sale's id, its customer, its lines' catalogue variant). The same code
runs in the importing process or, for a large first import, in a parsing process beside it
(parse_child), which sends these tuples on a pipe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Protocol

from posassist.db.stored_time import sqlite_text
from posassist.domain.receipt_keys import receipt_key
from posassist.services.sales_import.layout import line_paid
from posassist.services.sales_import.model import Line, Options, Order, Person, RawOrder, Report, SaleCounts
from posassist.services.sales_import.seen_keys import SeenKeys

# a sale's columns as every insert of the import lists them: the three the writer fills first
# (id, receipt as filed, customer), then what the file decides (sale_row)
NEW_SALE_COLUMNS = (
    "id",
    "receipt_no",
    "customer_id",
    "store_id",
    "channel",
    "kind",
    "status",
    "currency",
    "subtotal_minor",
    "discount_minor",
    "tax_minor",
    "total_minor",
    "sold_at",
    "source",
    "external_id",
    "lookup_key",
    "pos_receipt",
    "payment_method",
    "financial_status",
    "fulfilment_status",
    "fulfilled_at",
    "refunded_minor",
    "shipping_minor",
    "tax_included",
    "import_hash",
)
# a line's columns: the sale and the catalogue's variant and department first, then line_row
NEW_LINE_COLUMNS = (
    "sale_id",
    "variant_id",
    "department_code",
    "line_no",
    "description",
    "quantity",
    "unit_price_minor",
    "discount_minor",
    "tax_minor",
    "total_minor",
    "final_sale",
    "sku_text",
    "fulfilment_status",
)
TENDER_COLUMNS = ("sale_id", "kind", "amount_minor", "reference")
PERSON_FIELDS = (
    "source_id",
    "email",
    "phone",
    "phone_text",
    "name",
    "address",
    "consent_email",
    "consent_sms",
    "tags",
    "note",
    "tax_exempt",
    "total_spent_minor",
    "total_orders",
    "currency",
)

PreparedLine = tuple[str | None, int, int, tuple[Any, ...]]  # (SKU, row, line, NEW_LINE_COLUMNS[3:])
# (key, receipt, row, line, the person's PERSON_FIELDS or None, NEW_SALE_COLUMNS[3:], lines,
#  the tender's (kind, amount, reference), whether its lines are reported when not in the catalogue)
Prepared = tuple[str, str, int, int, tuple[Any, ...] | None, tuple[Any, ...], list[PreparedLine], tuple[Any, ...], bool]


class Parser(Protocol):
    def parse(self, raw: RawOrder) -> Order: ...


def fresh(raws: Iterable[RawOrder], seen: SeenKeys, c: SaleCounts, report: Report) -> Iterator[RawOrder]:
    """The chunk's orders less those met earlier in the file (reported; only the first counts)."""
    for r in raws:
        c.rows += len(r.rows) or len(r.texts)  # rows made, or records not split yet (reading.group_unsplit)
        if r.key and seen.met(r.key):
            met_again(r, c, report)
            continue
        yield r


def met_again(r: RawOrder, c: SaleCounts, report: Report) -> None:
    """An order met earlier in the file: reported and skipped."""
    report.add(
        r.row,
        r.line,
        None,
        r.key,
        "warning",
        "duplicate_order",
        f"Order {r.key} appears again further down the file; only its first appearance is imported.",
    )
    c.skipped += 1


def read_order(layout: Parser, r: RawOrder, c: SaleCounts, opts: Options) -> tuple[Order | None, bool]:
    """The order parsed and counted: (the order to write, or None; whether it blocks the import)."""
    o = layout.parse(r)
    c.lines += o.line_rows
    if o.skip:
        c.skipped += 1
        return None, False
    if o.errors:
        if opts.skip_invalid:
            c.skipped += 1
            return None, False
        return None, True
    o.digest = r.digest
    c.refunds += o.refunded_minor > 0
    return o, False


def _dt(value: datetime | None, sqlite: bool) -> datetime | str | None:
    """Aware UTC for a statement that binds through the column types; for SQLite's raw insert
    the text UTCDateTime stores (made here, in the parsing process, not adapted per value)."""
    if value is None:
        return None
    return sqlite_text(value) if sqlite else value.astimezone(UTC)


def person_fields(p: Person) -> tuple[Any, ...] | None:
    if not p.identified:
        return None
    return tuple(getattr(p, f) for f in PERSON_FIELDS)


def sale_row(o: Order, source: str, sqlite: bool) -> tuple[Any, ...]:
    """The order's sale row in NEW_SALE_COLUMNS[3:] order (times naive UTC for SQLite's raw
    insert, aware for a statement the column types bind)."""
    return (
        o.store_id,
        o.channel,
        "sale",
        "completed",
        o.currency,
        o.subtotal_minor,
        o.discount_minor,
        o.tax_minor,
        o.total_minor,
        _dt(o.sold_at, sqlite),
        source,
        o.key[:64],
        receipt_key(o.receipt),
        o.pos_receipt,
        o.payment_method,
        o.financial_status[:24] if o.financial_status else None,
        o.fulfilment_status[:24] if o.fulfilment_status else None,
        _dt(o.fulfilled_at, sqlite),
        o.refunded_minor,
        o.shipping_minor,
        o.tax_included,
        stored_digest(o),
    )


def stored_digest(o: Order) -> str | None:
    """The fingerprint as stored (``import_hash``): with the order's line-item rows after a dot
    when it fits, so a file imported again counts an unchanged order's lines without reading it."""
    if not o.digest:
        return None
    full = f"{o.digest}.{o.line_rows}"
    return full if len(full) <= 32 else o.digest


def line_row(n: int, ln: Line, included: bool) -> tuple[Any, ...]:
    """Line ``n`` of an order in NEW_LINE_COLUMNS[3:] order."""
    return (
        n,
        ln.title,
        ln.quantity,
        ln.unit_price_minor,
        ln.discount_minor,
        ln.tax_minor,
        max(0, line_paid(ln, included)),
        False,
        ln.sku,
        ln.fulfilment[:24] if ln.fulfilment else None,
    )


def tender_row(o: Order) -> tuple[Any, ...]:
    """The order's tender in TENDER_COLUMNS[1:] order."""
    return (o.tender_kind, o.total_minor, (o.payment_method or "")[:64] or None)


def prepare(o: Order, source: str, sqlite: bool) -> Prepared:
    """A new order as the plain tuples the writer inserts (see Prepared)."""
    included = o.tax_included
    lines = [(ln.sku, ln.row, ln.line, line_row(n, ln, included)) for n, ln in enumerate(o.lines, start=1)]
    return (
        o.key,
        o.receipt,
        o.row,
        o.line,
        person_fields(o.person),
        sale_row(o, source, sqlite),
        lines,
        tender_row(o),
        not o.header_only,
    )
