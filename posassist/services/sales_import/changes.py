"""A newer export of orders already here: each changed order's fields (refunds, fulfilment,
tender) and its lines, line by line, in set-based statements; a line a return points at is never
deleted. The rows come from the same builders as a new order's (sift.sale_row, sift.line_row)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from posassist.db.bulk import insert_rows
from posassist.db.tables.sales import ReturnLine, Sale
from posassist.services.sales_import import sift
from posassist.services.sales_import.model import Order

SALES = Sale.metadata.tables["sales"]
LINES = Sale.metadata.tables["sale_lines"]
TENDERS = Sale.metadata.tables["tenders"]
Known = dict[str, tuple[int, str | None] | None]  # SKU -> (variant id, department code); None: not in the catalogue
NO_VARIANT = (None, None)
# what a newer export changes of a sale (never its kind, status, source, source id or receipt key)
SALE_UPDATED = frozenset(sift.NEW_SALE_COLUMNS[3:]) - {"kind", "status", "source", "external_id", "lookup_key"}
LINE_UPDATED = tuple(c for c in sift.NEW_LINE_COLUMNS if c not in ("sale_id", "line_no"))


@dataclass
class Existing:
    id: int
    digest: str | None
    customer_id: int | None
    refunded: int


def sale_values(o: Order, source: str) -> dict[str, Any]:
    """The columns an update sets, from the row a new sale would get (times aware: bound by type)."""
    row = dict(zip(sift.NEW_SALE_COLUMNS[3:], sift.sale_row(o, source, False), strict=True))
    values = {k: v for k, v in row.items() if k in SALE_UPDATED}
    values["customer_id"] = o.customer_id
    return values


def line_rows(sid: int, o: Order, variants: Known) -> list[tuple[Any, ...]]:
    """The order's lines in NEW_LINE_COLUMNS order."""
    included = o.tax_included
    return [
        (sid, *(variants.get(ln.sku or "") or NO_VARIANT), *sift.line_row(n, ln, included))
        for n, ln in enumerate(o.lines, start=1)
    ]


def update_orders(s: Session, source: str, changed: list[tuple[Order, Existing]], variants: Known) -> None:
    t = SALES
    rows = [{"b_id": e.id, **sale_values(o, source)} for o, e in changed]
    s.execute(
        update(t).where(t.c.id == bindparam("b_id")).values(**{k: bindparam(k) for k in rows[0] if k != "b_id"}),
        rows,
    )
    ids = [e.id for _, e in changed]
    s.execute(delete(TENDERS).where(TENDERS.c.sale_id.in_(ids)))
    insert_rows(s.connection(), "tenders", sift.TENDER_COLUMNS, [(e.id, *sift.tender_row(o)) for o, e in changed])
    full = [(o, e) for o, e in changed if not o.header_only]
    if not full:
        return
    lt = LINES
    have = {
        (sid, no): lid
        for lid, sid, no in s.execute(
            select(lt.c.id, lt.c.sale_id, lt.c.line_no).where(lt.c.sale_id.in_([e.id for _, e in full]))
        )
    }
    kept = (
        set(
            s.execute(
                select(ReturnLine.sale_line_id).where(ReturnLine.sale_line_id.in_(list(have.values()))).distinct()
            ).scalars()
        )
        if have
        else set()
    )
    updates, inserts, used = [], [], set()
    line_no = sift.NEW_LINE_COLUMNS.index("line_no")
    for o, e in full:
        for tup in line_rows(e.id, o, variants):
            key = (e.id, tup[line_no])
            if key in have:
                used.add(have[key])
                values = dict(zip(sift.NEW_LINE_COLUMNS, tup, strict=True))
                updates.append({"b_id": have[key], **{k: values[k] for k in LINE_UPDATED}})
            else:
                inserts.append(tup)
    if updates:
        s.execute(
            update(lt).where(lt.c.id == bindparam("b_id")).values(**{k: bindparam(k) for k in LINE_UPDATED}),
            updates,
        )
    if inserts:
        insert_rows(s.connection(), "sale_lines", sift.NEW_LINE_COLUMNS, inserts)
    gone = [lid for lid in have.values() if lid not in used and lid not in kept]
    if gone:
        s.execute(delete(lt).where(lt.c.id.in_(gone)))
