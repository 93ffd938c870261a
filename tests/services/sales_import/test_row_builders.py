"""The sale import lists a sale's and a line's columns once (sift.NEW_SALE_COLUMNS,
NEW_LINE_COLUMNS) and builds their rows once (sift.sale_row, line_row, tender_row) for a new
order's insert and a changed order's update: each value lands in the column of its name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select, text

from posassist.db.bulk import insert_rows
from posassist.db.session import Database
from posassist.db.tables.catalogue import Variant
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Sale, SaleLine, Tender
from posassist.domain.receipt_keys import receipt_key
from posassist.services.sales_import import changes, sift
from posassist.services.sales_import.model import Line, Order

TORONTO = timezone(timedelta(hours=-5))


def _order(store_id: int) -> Order:
    """Every field a different value, so a value in another column's place shows."""
    return Order(
        row=2,
        line=2,
        key="5800000000123",
        receipt="#RB-1001",
        sold_at=datetime(2026, 3, 4, 10, 11, 12, tzinfo=TORONTO),
        currency="CAD",
        channel="web",
        store_id=store_id,
        pos_receipt="POS-77",
        subtotal_minor=1111,
        discount_minor=22,
        shipping_minor=333,
        tax_minor=144,
        total_minor=1566,
        refunded_minor=55,
        tax_included=True,
        financial_status="partially_refunded",
        fulfilment_status="fulfilled",
        fulfilled_at=datetime(2026, 3, 5, 9, 0, tzinfo=TORONTO),
        payment_method="Shopify Payments",
        tender_kind="card",
        lines=[
            Line(2, 2, "Heart coat", "SKU-A", 2, 500, discount_minor=11, tax_minor=65, fulfilment="fulfilled"),
            Line(3, 3, "Old thing", None, 1, 111, discount_minor=0, tax_minor=14, fulfilment=None),
        ],
        digest="0123456789abcdef0123456789abcdef",
    )


def _expected_sale(o: Order, source: str) -> dict[str, object]:
    named = {"kind": "sale", "status": "completed", "source": source, "external_id": o.key}
    named |= {"lookup_key": receipt_key(o.receipt), "import_hash": o.digest}
    return {c: named[c] if c in named else getattr(o, c) for c in sift.NEW_SALE_COLUMNS[3:]}


def test_a_new_orders_rows_land_in_their_named_columns(demo_db: Database) -> None:
    with demo_db.read() as s:
        store_id = s.execute(select(Store.id).order_by(Store.id.desc()).limit(1)).scalar_one()
        customer_id = s.execute(select(Customer.id).order_by(Customer.id.desc()).limit(1)).scalar_one()
        variant_id = s.execute(select(Variant.id).limit(1)).scalar_one()
        sale_id = int(s.execute(select(Sale.id).order_by(Sale.id.desc()).limit(1)).scalar() or 0) + 1000
    assert store_id != customer_id  # the two columns the writer once listed in another order
    o = _order(store_id)
    sqlite = demo_db.dialect == "sqlite"
    p = sift.prepare(o, "shopify", sqlite)
    assert p[5] == sift.sale_row(o, "shopify", sqlite)
    assert len(sift.NEW_SALE_COLUMNS) == 3 + len(p[5])
    with demo_db.transaction() as s:
        conn = s.connection()
        insert_rows(conn, "sales", sift.NEW_SALE_COLUMNS, [(sale_id, o.receipt, customer_id, *p[5])])
        lines = [(sale_id, variant_id if sku else None, "D1" if sku else None, *rest) for sku, _, _, rest in p[6]]
        assert all(len(r) == len(sift.NEW_LINE_COLUMNS) for r in lines)
        insert_rows(conn, "sale_lines", sift.NEW_LINE_COLUMNS, lines)
        insert_rows(conn, "tenders", sift.TENDER_COLUMNS, [(sale_id, *p[7])])
    with demo_db.read() as s:
        sale = s.get(Sale, sale_id)
        assert sale is not None
        assert (sale.receipt_no, sale.customer_id) == (o.receipt, customer_id)
        got = {c: getattr(sale, c) for c in sift.NEW_SALE_COLUMNS[3:]}
        assert got == _expected_sale(o, "shopify")
        sold = datetime(2026, 3, 4, 15, 11, 12, tzinfo=UTC)
        assert got["sold_at"].tzinfo is not None and got["sold_at"] == sold
        # a period starting on the very second finds it (SQLite once kept '… 15:11:12', which sorts
        # before the '… 15:11:12.000000' a query binds)
        found = s.execute(select(Sale.id).where(Sale.sold_at >= sold, Sale.sold_at <= sold)).scalars().all()
        assert found == [sale_id]
        if sqlite:
            kept = s.execute(text("SELECT sold_at, fulfilled_at FROM sales WHERE id = :i"), {"i": sale_id}).one()
            assert tuple(kept) == ("2026-03-04 15:11:12.000000", "2026-03-05 14:00:00.000000")
        read = s.execute(select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.line_no)).scalars()
        first, second = list(read)
        assert (first.line_no, first.variant_id, first.department_code) == (1, variant_id, "D1")
        assert (first.description, first.quantity, first.unit_price_minor) == ("Heart coat", 2, 500)
        assert (first.discount_minor, first.tax_minor, first.total_minor) == (11, 65, 989)
        assert (first.final_sale, first.sku_text, first.fulfilment_status) == (False, "SKU-A", "fulfilled")
        assert (second.line_no, second.variant_id, second.sku_text, second.description) == (2, None, None, "Old thing")
        tender = s.execute(select(Tender).where(Tender.sale_id == sale_id)).scalar_one()
        assert (tender.kind, tender.amount_minor, tender.reference) == ("card", 1566, "Shopify Payments")


def test_a_changed_orders_update_sets_the_same_values_by_name() -> None:
    o = _order(7)
    o.customer_id = 42
    values = changes.sale_values(o, "shopify")
    expected = _expected_sale(o, "shopify")
    assert set(values) == set(changes.SALE_UPDATED) | {"customer_id"}
    assert values == {k: expected[k] for k in changes.SALE_UPDATED} | {"customer_id": 42}
    assert values["sold_at"] == o.sold_at and values["sold_at"].tzinfo is not None  # bound by the column type
    rows = changes.line_rows(9, o, {"SKU-A": (5, "D1")})
    named = [dict(zip(sift.NEW_LINE_COLUMNS, r, strict=True)) for r in rows]
    assert [(r["sale_id"], r["line_no"], r["variant_id"], r["department_code"]) for r in named] == [
        (9, 1, 5, "D1"),
        (9, 2, None, None),
    ]
    assert [r["sku_text"] for r in named] == ["SKU-A", None]
