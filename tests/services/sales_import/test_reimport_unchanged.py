"""Re-importing a file: an order whose rows are the same cells as when it was imported is known by
its fingerprint and neither parsed, matched to a customer nor written; an order edited anywhere in
its rows (not only its first) is read again and updated, and only it."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.sales import Sale, SaleLine
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Sales
from posassist.services.sales_import.model import SaleCounts
from posassist.services.sales_import.people import People
from posassist.services.sales_import.shopify import ShopifyOrders
from tests.services.sales_import.conftest import DATA, counts, opts

FILE = DATA / "shopify_orders_2024.csv"


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of the orders the import parses, in order."""
    seen: list[str] = []
    parse = ShopifyOrders.parse

    def counting(self: ShopifyOrders, raw: Any) -> Any:
        seen.append(raw.key)
        return parse(self, raw)

    monkeypatch.setattr(ShopifyOrders, "parse", counting)
    return seen


def _hashes(db: Database) -> dict[str, str | None]:
    with db.read() as s:
        return {
            str(k): h for k, h in s.execute(select(Sale.external_id, Sale.import_hash).where(Sale.source == "shopify"))
        }


def test_the_same_file_again_parses_no_order_and_reads_no_customer(
    demo_db: Database, sales: Sales, admin: StaffSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = sales.import_sales(admin, str(FILE), opts(demo_db)).counts
    assert isinstance(first, SaleCounts)
    before, hashes = counts(demo_db), _hashes(demo_db)
    parsed = _parsed(monkeypatch)

    def no_load(*a: object, **k: object) -> People:
        raise AssertionError("the customers were read for a file with nothing new")

    monkeypatch.setattr(People, "load", classmethod(no_load))
    for dry in (True, False):
        again = sales.import_sales(admin, str(FILE), opts(demo_db, dry_run=dry))
        c = again.counts
        assert isinstance(c, SaleCounts)
        assert (c.created, c.updated, c.unchanged) == (0, 0, 11)
        # what the report counts is what the first import counted
        assert (c.rows, c.orders, c.lines, c.customers, c.refunds) == (
            first.rows,
            first.orders,
            first.lines,
            first.customers,
            first.refunds,
        )
    # only the test order, which is never imported, is read again (it has no fingerprint stored)
    assert len(parsed) == 2 and len(set(parsed)) == 1
    assert counts(demo_db) == before and _hashes(demo_db) == hashes


def test_an_order_edited_on_a_later_row_is_the_only_one_read_again_and_updated(
    demo_db: Database, sales: Sales, admin: StaffSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sales.import_sales(admin, str(FILE), opts(demo_db))
    before, hashes = counts(demo_db), _hashes(demo_db)
    rows = list(csv.reader(FILE.read_text(encoding="utf-8").splitlines()))
    head = rows[0]
    title = head.index("Lineitem name")
    edited = [r for r in rows[1:] if r[0] == "#1043"]
    assert len(edited) == 2 and edited[1][title] == "Hummus 200g"
    edited[1][title] = "Hummus 250g"  # the order's second row: its first row is as before
    newer = tmp_path / "orders_export_2.csv"
    with newer.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    parsed = _parsed(monkeypatch)
    report = sales.import_sales(admin, str(newer), opts(demo_db))
    c = report.counts
    assert (c.created, c.updated, c.unchanged) == (0, 1, 10)
    assert report.applied
    assert "#1043" in parsed and sum(1 for k in parsed if k != "#1043") <= 1  # and the test order
    after = _hashes(demo_db)
    assert after["#1043"] != hashes["#1043"]
    assert {k: h for k, h in after.items() if k != "#1043"} == {k: h for k, h in hashes.items() if k != "#1043"}
    assert counts(demo_db)["sale_lines"] == before["sale_lines"]
    with demo_db.read() as s:
        sid = s.execute(select(Sale.id).where(Sale.receipt_no == "#1043")).scalar_one()
        titles = s.execute(select(SaleLine.description).where(SaleLine.sale_id == sid).order_by(SaleLine.line_no))
        assert [t for (t,) in titles][1] == "Hummus 250g"
    # and that file once more: nothing left to change
    again = sales.import_sales(admin, str(newer), opts(demo_db))
    assert (again.counts.created, again.counts.updated, again.counts.unchanged) == (0, 0, 11)
