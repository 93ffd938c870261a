"""A Shopify web order imported from the admin's export, returned at the counter by keyboard: the
wizard finds it by the number the customer has, shows its lines, and the return counts against
the imported line; importing the same file again changes nothing and keeps the return."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from sqlalchemy import select

from posassist.db.tables.people import Store
from posassist.db.tables.sales import ReturnLine, Sale, SaleLine
from posassist.services import auth, returns
from posassist.services.sales_import import Options
from posassist.ui.returns.wizard import Page
from tests.data.sales.make_fixtures import SHOPIFY_2024, order
from tests.ui.test_return_wizard import _choose, _enter, _next, _type, _wizard


def _export(path: Path) -> None:
    """Yesterday's web order #5001 (the return window counts from it), in Shopify's layout."""
    when = (datetime.now(ZoneInfo("America/Toronto")) - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S %z")
    rows = order(
        "#5001",
        when,
        [
            (1, "Tea Sampler - Gold", "29.98", "GIFT-0000018-GOLD"),
            (2, "Hummus 200g", "4.89", "GROC-0000015"),
        ],
        Email="Maya.Thompson@Example.com",
        Subtotal="39.76",
        Taxes="5.17",
        Total="44.93",
        **{"Billing Name": "Maya Thompson", "Fulfillment Status": "fulfilled"},
    )
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(SHOPIFY_2024)
        for r in rows:
            w.writerow([r.get(h, "") for h in SHOPIFY_2024])


def test_a_line_of_an_imported_web_order_is_returned_by_keyboard(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "orders_export_1.csv"
    _export(src)
    admin = auth.sign_in(demo_app.db, "901", "admin-7391")
    with demo_app.db.read() as s:
        dt = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
    opts = Options(currency="CAD", store_id=dt, region="CA", timezone="America/Toronto")
    first = demo_app.svc.sales.import_sales(admin, str(src), opts)
    assert first.applied and first.counts.created == 1

    w = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _type(qtbot, w, "5001")  # the number in the customer's e-mail, without its '#'
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES, timeout=30_000)
    assert w.sale is not None and w.sale.receipt_no == "#5001" and w.sale.channel == "web"
    assert w.lines_page.table.item(0, 0).text().startswith("Tea Sampler")
    qtbot.waitUntil(w.lines_page.qty.hasFocus)
    qtbot.keyClick(w.lines_page.qty, Qt.Key.Key_Up)  # the tea sampler (the first line is selected)
    assert w.lines_page.qty.value() == 1
    _next(qtbot, w)
    assert w.currentId() == Page.DETAILS and w.details_page.reason.hasFocus()
    _choose(qtbot, w, "Wrong")  # wrong colour
    assert w.details_page.reason.currentData() == "wrong_colour"
    qtbot.keyClick(w.details_page.reason, Qt.Key.Key_Tab)  # condition: unopened, the default
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    _choose(qtbot, w, "Refund")
    assert w.details_page.resolution.currentData() == "refund"
    _next(qtbot, w)
    assert w.currentId() == Page.VERDICT and "Allowed" in w.verdict_page.text.text()
    _next(qtbot, w)
    assert w.currentId() == Page.SUMMARY
    _next(qtbot, w)  # Confirm
    qtbot.waitUntil(lambda: w.result is not None, timeout=30_000)
    with demo_app.db.read() as s:
        sale = s.execute(select(Sale).where(Sale.receipt_no == "#5001")).scalar_one()
        tea = s.execute(select(SaleLine).where(SaleLine.sale_id == sale.id, SaleLine.line_no == 1)).scalar_one()
        assert s.execute(select(ReturnLine.sale_line_id).order_by(ReturnLine.id.desc()).limit(1)).scalar_one() == tea.id
    assert w.result.refund_minor == tea.total_minor == 2998 + 390  # paid for it, with its share of the tax

    again = demo_app.svc.sales.import_sales(admin, str(src), opts)  # tonight's export, the same file
    assert (again.counts.created, again.counts.updated, again.counts.unchanged) == (0, 0, 1)
    view = returns.find_sale(demo_app.db, "#5001")
    assert [(ln.returned, ln.available) for ln in view.lines] == [(1, 0), (0, 2)]
