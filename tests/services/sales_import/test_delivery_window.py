"""The return policy sees an imported web order's delivery: with a window counted from delivery,
an order bought 40 days ago and fulfilled ("Fulfilled at" in Shopify's export, "Completed Date" in
WooCommerce's) 10 days ago is inside a 30-day window; counted from the purchase it is not; an
order the export gives no fulfilment date for counts from its purchase."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from posassist.db.session import Database
from posassist.services import policy_admin, return_check
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Sales
from tests.data.sales.make_fixtures import SHOPIFY_2024, order
from tests.services.sales_import.conftest import opts

TZ = ZoneInfo("America/Toronto")


def _export(path: Path, now: datetime) -> None:
    bought = (now - timedelta(days=40)).strftime("%Y-%m-%d %H:%M:%S %z")
    fulfilled = (now - timedelta(days=10)).strftime("%Y-%m-%d %H:%M:%S %z")
    lines = [(1, "Tea Sampler - Gold", "29.98", "GIFT-0000018-GOLD")]
    money = {"Subtotal": "29.98", "Taxes": "3.90", "Total": "33.88", "Email": "maya.thompson@example.com"}
    rows = order("#7001", bought, lines, **{**money, "Fulfilled at": fulfilled, "Fulfillment Status": "fulfilled"})
    rows += order("#7002", bought, lines, **{**money, "Fulfillment Status": "fulfilled"})  # no date given
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(SHOPIFY_2024)
        for r in rows:
            w.writerow([r.get(h, "") for h in SHOPIFY_2024])


def _policy(db: Database, admin: StaffSession, window_from: str) -> None:
    rules = dict(policy_admin.in_force(db).rules)
    rules.update(default_window_days=30, window_from=window_from, windows={})
    policy_admin.save(db, rules, staff=admin, note=f"30 days from {window_from}")


@pytest.mark.parametrize("window_from", ["delivery", "purchase"])
def test_the_window_counts_from_the_delivery_the_export_gives(
    demo_db: Database, sales: Sales, admin: StaffSession, tmp_path: Path, window_from: str
) -> None:
    now = datetime.now(TZ)
    src = tmp_path / "orders_export_1.csv"
    _export(src, now)
    report = sales.import_sales(admin, str(src), opts(demo_db))
    assert report.applied and report.counts.created == 2
    _policy(demo_db, admin, window_from)
    store = sales.show("#7001").view.store_id
    delivered = return_check.check(demo_db, "#7001", store_id=store)
    undated = return_check.check(demo_db, "#7002", store_id=store)
    assert undated.verdict.rule == "window" and undated.verdict.status != "allowed"  # 40 days after purchase
    if window_from == "delivery":
        assert (delivered.verdict.status, delivered.verdict.rule) == ("allowed", "within_policy"), delivered.verdict
    else:
        assert delivered.verdict.rule == "window" and delivered.verdict.status != "allowed"
