"""Square (item sales, transactions), WooCommerce (one row per item) and a generic sales CSV."""

from __future__ import annotations

from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.sales import Sale, SaleLine
from posassist.services import returns
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Sales
from tests.services.sales_import.conftest import DATA, counts, opts


def test_square_item_sales_then_transactions(demo_db: Database, sales: Sales, admin: StaffSession) -> None:
    items = sales.import_sales(admin, str(DATA / "square_item_sales.csv"), opts(demo_db))
    assert items.format == "square" and items.applied
    assert (items.counts.rows, items.counts.orders, items.counts.lines, items.counts.refunds) == (4, 2, 3, 1)
    sale = returns.find_sale(demo_db, "kX9mPq2Lr7Ys4Tb8")
    assert sale.total_minor == 22899 and sale.store_code == "DT" and sale.channel == "counter"
    assert [ln.line_total_minor for ln in sale.lines] == [21921, 978]  # Square's own tax per line, kept
    assert sale.tenders == (("card", 22899, "Visa ending 4242"),)
    assert sale.sold_at.isoformat() == "2026-11-05T15:15:32+00:00"  # Eastern Time (US & Canada)
    refunded = returns.find_sale(demo_db, "Zq81NcVb0aLm3Rt6")
    assert refunded.store_code == "NORTH" and [ln.available for ln in refunded.lines] == [0]
    before = counts(demo_db)
    tx = sales.import_sales(admin, str(DATA / "square_transactions.csv"), opts(demo_db))
    assert (tx.counts.created, tx.counts.updated) == (1, 1)
    after = counts(demo_db)
    assert after["sales"] == before["sales"] + 1 and after["sale_lines"] == before["sale_lines"] + 1
    assert [ln.description for ln in returns.find_sale(demo_db, "kX9mPq2Lr7Ys4Tb8").lines] == [
        "Rain Jacket Forest Green / M",
        "Hummus 200g",
    ]  # a transactions export lists no items: the lines stay as the item sales gave them
    assert returns.find_sale(demo_db, "Pp45Xw8Yt1Qe9Ui2").total_minor == 1556


def test_woocommerce_orders(demo_db: Database, sales: Sales, admin: StaffSession) -> None:
    report = sales.import_sales(admin, str(DATA / "woocommerce_orders.csv"), opts(demo_db))
    assert report.format == "woocommerce"
    assert (report.counts.orders, report.counts.created, report.counts.skipped) == (3, 2, 1)
    assert {p.code for p in report.problems.listed()} == {"unpaid_order"}
    order = returns.find_sale(demo_db, "#2311")
    assert order.total_minor == 27343 and order.channel == "web"
    assert [ln.line_total_minor for ln in order.lines] == [24181, 1467]
    assert returns.find_sale(demo_db, "2311").receipt_no == "#2311"
    refunded = returns.find_sale(demo_db, "#2312")
    assert refunded.customer_id is not None and [ln.available for ln in refunded.lines] == [0]


def test_a_generic_sales_csv(demo_db: Database, sales: Sales, admin: StaffSession) -> None:
    report = sales.import_sales(admin, str(DATA / "generic_sales.csv"), opts(demo_db))
    assert report.format == "csv" and report.counts.created == 2 and report.errors == 0
    with demo_db.read() as s:
        sale = s.execute(select(Sale).where(Sale.receipt_no == "T-000881")).scalar_one()
        line = s.execute(select(SaleLine).where(SaleLine.sale_id == sale.id)).scalar_one()
        assert sale.total_minor == 17401 and line.variant_id is not None and sale.payment_method == "Debit"
    assert returns.find_sale(demo_db, "t-000882").receipt_no == "T-000882"
