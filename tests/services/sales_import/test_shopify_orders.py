"""The Shopify orders export: exact counts, every hazard reported on its row and field, customers
merged across orders, refunds elsewhere capping what is left to return, idempotent re-import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.customers import Customer
from posassist.db.tables.sales import Sale, SaleLine, Tender
from posassist.errors import Cancelled
from posassist.services import auth, customers, returns
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Sales, people
from posassist.services.sessions import Forbidden
from tests.services.sales_import.conftest import DATA, counts, opts

FILE = str(DATA / "shopify_orders_2024.csv")
CODES = {
    "partial_refund",
    "relay_email",
    "not_merchandise",
    "test_order",
    "zero_total",
    "total_mismatch",
    "card_number",
    "outstanding_balance",
    "mixed_currency",
    "invalid_phone",
    "missing_customer",
    "unknown_product",
}


def _by(report, code):  # type: ignore[no-untyped-def]
    return [p for p in report.problems.listed() if p.code == code]


def test_a_dry_run_reports_everything_and_writes_nothing(demo_db: Database, sales: Sales) -> None:
    before = counts(demo_db)
    report = sales.import_sales(None, FILE, opts(demo_db, dry_run=True))
    assert counts(demo_db) == before
    doc = report.as_dict()
    assert set(doc) == {"source", "format", "dry_run", "applied", "version", "counts", "problems"}
    assert doc["format"] == "shopify" and doc["dry_run"] and not doc["applied"]
    assert doc["counts"] == {
        "rows": 15,
        "orders": 12,
        "lines": 15,
        "customers": 6,
        "refunds": 2,
        "created": 11,
        "updated": 0,
        "unchanged": 0,
        "skipped": 1,
    }
    assert {p["code"] for p in doc["problems"]} == CODES
    assert report.errors == 0
    for p in doc["problems"]:
        assert set(p) == {"row", "line", "field", "value", "severity", "code", "message"} and p["message"]
    tyre = _by(report, "unknown_product")[0]
    assert (tyre.row, tyre.line, tyre.field, tyre.value) == (7, 8, "Lineitem sku", "LEGACY-TYRE-4")
    tip = _by(report, "not_merchandise")[0]
    assert (tip.row, tip.field, tip.value) == (8, "Lineitem name", "Tip")
    assert _by(report, "total_mismatch")[0].row == 11 and _by(report, "total_mismatch")[0].field == "Total"
    card = _by(report, "card_number")[0]
    assert card.field == "Notes" and card.value is None and "4111" not in card.message
    phone = _by(report, "invalid_phone")[0]
    assert phone.field == "Billing Phone" and "scientific notation" in phone.message


def test_apply_imports_orders_lines_and_customers_exactly(demo_db: Database, sales: Sales, admin: StaffSession) -> None:
    before = counts(demo_db)
    report = sales.import_sales(admin, FILE, opts(demo_db))
    assert report.applied and report.version and report.counts.created == 11
    after = counts(demo_db)
    assert after["sales"] - before["sales"] == 11
    assert after["sale_lines"] - before["sale_lines"] == 13  # 15 line items less the tip and the test order's
    assert after["tenders"] - before["tenders"] == 11
    assert after["customers"] - before["customers"] == 6
    assert after["sales_imports"] - before["sales_imports"] == 1
    with demo_db.read() as s:
        got = {r.receipt_no: r for r in s.execute(select(Sale).where(Sale.source == "shopify")).scalars()}
        assert "#1047" not in got  # the test order
        assert got["#1042"].customer_id == got["#1043"].customer_id  # Maya, e-mail in two letter cases
        assert got["#1049"].customer_id == got["#1052"].customer_id  # Olivia
        assert got["#1045"].customer_id == got["#1048"].customer_id  # Noah: e-mail + phone, then phone only
        assert got["#1046"].customer_id is not None  # Ava, by phone (the relay address is not kept)
        assert got["#1044"].customer_id is None and got["#1053"].customer_id is None
        maya = s.get(Customer, got["#1042"].customer_id)
        assert maya is not None and maya.email == "maya.thompson@example.com" and maya.phone_e164 == "+14165550142"
        assert maya.consent_email is False  # the later order says "no": as the source says now
        ava = s.get(Customer, got["#1046"].customer_id)
        assert ava is not None and ava.email is None and ava.phone_e164 == "+16475550199"
        pos = got["#1044"]
        assert pos.channel == "counter" and pos.pos_receipt == "2-1015" and pos.payment_method == "Cash"
        assert got["#1052"].tax_included and not got["#1042"].tax_included
        assert got["#1051"].currency == "USD" and got["#1042"].currency == "CAD"
        assert got["#1045"].refunded_minor == 46894 and got["#1043"].refunded_minor == 2998
        lines = (
            s.execute(select(SaleLine).where(SaleLine.sale_id == got["#1042"].id).order_by(SaleLine.line_no))
            .scalars()
            .all()
        )
        assert [ln.quantity for ln in lines] == [1, 2] and all(ln.variant_id for ln in lines)
        assert sum(ln.total_minor for ln in lines) == got["#1042"].total_minor  # tax spread to the cent
        tyre = s.execute(select(SaleLine).where(SaleLine.sale_id == got["#1046"].id)).scalar_one()
        assert tyre.variant_id is None and tyre.sku_text == "LEGACY-TYRE-4" and tyre.unit_price_minor == 15000
        kinds = dict(
            s.execute(select(Tender.sale_id, Tender.kind).where(Tender.sale_id.in_([g.id for g in got.values()]))).all()
        )
        assert kinds[got["#1044"].id] == "cash" and kinds[got["#1042"].id] == "card"
        texts = " ".join(
            str(v)
            for row in s.execute(select(Sale.payment_method, Sale.receipt_no)).all()
            + s.execute(select(Customer.full_name, Customer.email, Customer.address)).all()
            for v in row
        )
        assert "4111" not in texts


def test_the_same_file_again_changes_nothing_and_a_newer_export_updates(
    demo_db: Database, sales: Sales, admin: StaffSession, tmp_path: Path
) -> None:
    sales.import_sales(admin, FILE, opts(demo_db))
    before = counts(demo_db)
    again = sales.import_sales(admin, FILE, opts(demo_db))
    assert (again.counts.created, again.counts.updated, again.counts.unchanged) == (0, 0, 11)
    assert again.counts.customers == 6 and again.counts.orders == 12 and again.counts.lines == 15
    assert counts(demo_db) == before  # no new history entry either
    rows = list(csv.reader(Path(FILE).read_text(encoding="utf-8").splitlines()))
    head = rows[0]
    for r in rows[1:]:
        rec = dict(zip(head, r, strict=True))
        if r[0] == "#1042" and rec["Financial Status"]:
            r[head.index("Financial Status")] = "partially_refunded"
            r[head.index("Refunded Amount")] = "29.98"
        if r[0] == "#1049":
            r[head.index("Lineitem fulfillment status")] = "fulfilled"
            if rec["Financial Status"]:
                r[head.index("Fulfillment Status")] = "fulfilled"
    newer = tmp_path / "orders_export_2.csv"
    with newer.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    report = sales.import_sales(admin, str(newer), opts(demo_db))
    assert (report.counts.created, report.counts.updated, report.counts.unchanged) == (0, 2, 9)
    after = counts(demo_db)
    assert after["sales"] == before["sales"] and after["sale_lines"] == before["sale_lines"]
    assert after["tenders"] == before["tenders"] and after["customers"] == before["customers"]
    view = returns.find_sale(demo_db, "#1042")
    assert view.refunded_elsewhere_minor == 2998
    with demo_db.read() as s:
        o = s.execute(select(Sale).where(Sale.receipt_no == "#1049")).scalar_one()
        assert o.fulfilment_status == "fulfilled"
        assert s.execute(select(SaleLine.fulfilment_status).where(SaleLine.sale_id == o.id)).scalar_one() == "fulfilled"


def test_the_wizard_finds_an_imported_order_by_the_number_the_customer_has(
    demo_db: Database, sales: Sales, admin: StaffSession
) -> None:
    sales.import_sales(admin, FILE, opts(demo_db))
    for typed in ("#1042", "1042", " Order #1042 ", "*1042*"):
        assert returns.find_sale(demo_db, typed).receipt_no == "#1042", typed
    pos = returns.find_sale(demo_db, "2-1015")
    assert pos.receipt_no == "#1044" and pos.store_code == "MALL" and pos.channel == "counter"
    assert pos.tenders == (("cash", 49719, "Cash"),)
    refunded = returns.find_sale(demo_db, "#1043")
    loafer, hummus = refunded.lines
    assert (
        loafer.available == 0 and loafer.unavailable == 1
    )  # 29.98 back elsewhere: 160.61 left, the loafer paid 174.01
    assert hummus.available == 3
    full = returns.find_sale(demo_db, "#1045")
    assert [ln.available for ln in full.lines] == [0]  # refunded in full in Shopify


def test_errors_block_the_apply_and_skip_invalid_imports_the_rest(
    demo_db: Database, sales: Sales, admin: StaffSession
) -> None:
    before = counts(demo_db)
    damaged = str(DATA / "shopify_orders_spreadsheet.csv")
    report = sales.import_sales(admin, damaged, opts(demo_db))
    assert not report.applied and counts(demo_db) == before
    date = [p for p in report.problems.listed() if p.code == "invalid_date"]
    refused = [p for p in date if p.severity == "error"]
    assert len(refused) == 2 and refused[0].row == 1 and refused[0].field == "Created at"  # 03/11 and 12/11
    assert any(p.severity == "warning" and p.value == "14/11/2026 08:30" for p in date)
    assert any(p.code == "damaged_file" and "Taxes" in (p.field or "") for p in report.problems.listed())
    assert any(p.code == "invalid_phone" and p.value == "9.05556E+09" for p in report.problems.listed())
    skipped = sales.import_sales(admin, damaged, opts(demo_db, skip_invalid=True))
    assert skipped.applied and skipped.counts.created == 1 and skipped.counts.skipped == 2
    assert returns.find_sale(demo_db, "#1045").sold_at.isoformat() == "2026-11-14T13:30:00+00:00"


def test_a_file_wrapped_into_one_column_or_cut_off_is_reported(
    demo_db: Database, sales: Sales, admin: StaffSession
) -> None:
    wrapped = sales.import_sales(None, str(DATA / "shopify_orders_one_column.csv"), opts(demo_db, dry_run=True))
    assert wrapped.format == "shopify" and wrapped.counts.orders == 3 and wrapped.counts.created == 3
    assert any(p.code == "damaged_file" and p.severity == "warning" for p in wrapped.problems.listed())
    before = counts(demo_db)
    cut = sales.import_sales(admin, str(DATA / "shopify_orders_cut_off.csv"), opts(demo_db))
    assert not cut.applied and counts(demo_db) == before
    err = [p for p in cut.problems.listed() if p.code == "damaged_file"][0]
    assert err.severity == "error" and err.row == 5 and err.line == 6 and "cut off" in err.message
    ok = sales.import_sales(admin, str(DATA / "shopify_orders_cut_off.csv"), opts(demo_db, skip_invalid=True))
    assert ok.applied and ok.counts.created == 3
    with pytest.raises(Exception, match="1004"):
        returns.find_sale(demo_db, "#1004")


def test_only_managers_import_and_a_cancel_leaves_everything_as_it_was(
    demo_db: Database, sales: Sales, admin: StaffSession
) -> None:
    associate = auth.sign_in(demo_db, "101", "4826")
    with pytest.raises(Forbidden):
        sales.import_sales(associate, FILE, opts(demo_db))
    before = counts(demo_db)
    with pytest.raises(Cancelled):
        sales.import_sales(admin, FILE, opts(demo_db), cancelled=lambda: True)
    assert counts(demo_db) == before
    assert sales.import_sales(admin, FILE, opts(demo_db)).applied  # the lock was released


@pytest.mark.parametrize("at_once", [20_000, 1])
def test_a_new_customer_named_by_a_later_order_is_imported_and_found_by_name(
    demo_db: Database, sales: Sales, admin: StaffSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_once: int
) -> None:
    """A customer first met by e-mail alone and named by a later order of the same file: the
    name is filled in (its update indexed it for the search) and the import's own indexing of
    its new customers does not index them a second time (it failed: 'constraint failed'); also
    when new customers are indexed as they come (``at_once`` 1), before the update."""
    monkeypatch.setattr(people, "INDEX_AT_ONCE", at_once)
    rows = list(csv.reader(Path(FILE).read_text(encoding="utf-8").splitlines()))
    head, body = rows[0], rows[1:]
    key, email = head.index("Name"), head.index("Email")
    first = [list(r) for r in body if r[key] == body[0][key]]
    later = [list(r) for r in first]
    for n, order in (("#77001", first), ("#77002", later)):
        for r in order:
            r[key] = n
        order[0][email] = "nameless.first@example.com"
        for col in ("Billing Name", "Shipping Name", "Billing Phone", "Shipping Phone", "Phone"):
            order[0][head.index(col)] = ""
    later[0][head.index("Billing Name")] = "Wilhelmina Namedlater"
    src = tmp_path / "named_later.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([head, *first, *later])
    report = sales.import_sales(admin, str(src), opts(demo_db))
    assert report.applied and report.counts.created == 2, report.as_dict()
    with demo_db.read() as s:
        who = s.execute(select(Customer).where(Customer.email == "nameless.first@example.com")).scalar_one()
        assert who.full_name == "Wilhelmina Namedlater"
    found = customers.find(demo_db, "namedlater")
    assert [c.id for c in found] == [who.id]
