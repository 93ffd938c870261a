"""A large first import on SQLite writes its sales without their secondary indexes and builds them
again before it commits (set_aside); here "large" is lowered to one sale, so the fixtures take
that path. The indexes are all there afterwards, the import's counts are those of the indexed
path, a receipt is found through them, and an import that is refused leaves them as they were."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from posassist.db.session import Database
from posassist.services import returns
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Sales, set_aside
from posassist.services.sales_import.model import SaleCounts
from tests.services.sales_import.conftest import DATA, counts, opts

FILE = DATA / "shopify_orders_2024.csv"


def _indexes(db: Database) -> dict[str, str]:
    if db.dialect != "sqlite":
        q = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('sales', 'sale_lines', 'tenders', 'customers')"
    else:
        q = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('sales', 'sale_lines', 'tenders', 'customers')"
    with db.read() as s:
        return {str(n): str(sql) for n, sql in s.execute(text(q))}


def test_a_large_import_builds_the_indexes_again(
    demo_db: Database, sales: Sales, admin: StaffSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = sales.import_sales(admin, str(FILE), opts(demo_db, dry_run=True)).counts
    before = _indexes(demo_db)
    assert any(n.startswith("ix_sales_") for n in before)
    dropped: list[str] = []
    restore = set_aside.SetAside.restore

    def watching(self: set_aside.SetAside, conn: object) -> None:
        dropped.extend(n for n, _ in self.saved)
        restore(self, conn)  # type: ignore[arg-type]

    monkeypatch.setattr(set_aside, "FROM_ROWS", 1)
    monkeypatch.setattr(set_aside.SetAside, "restore", watching)
    monkeypatch.setattr(set_aside.SetAside, "__init__", _small_table(set_aside.SetAside.__init__))
    report = sales.import_sales(admin, str(FILE), opts(demo_db))
    c = report.counts
    assert isinstance(c, SaleCounts) and isinstance(expected, SaleCounts)
    assert report.applied and c.created == expected.created > 0
    assert _indexes(demo_db) == before
    if demo_db.dialect == "sqlite":
        assert "ix_sales_lookup_key" in dropped and "ix_sale_lines_variant_id" in dropped
        assert "ix_customers_email_lower" in dropped and "ix_customers_phone_tail" in dropped
        assert not any(n.startswith("sqlite_autoindex") for n in dropped)  # unique ones stay
    else:
        assert not dropped
    assert returns.find_sale(demo_db, "1042").receipt_no == "#1042"
    assert returns.find_sale(demo_db, "2-1015").receipt_no
    # the new customers are in the indexes built again: found by e-mail as the customer search does
    email = "SELECT id FROM customers WHERE lower(email) = 'maya.thompson@example.com'"
    with demo_db.read() as s:
        if demo_db.dialect == "sqlite":
            plan = " ".join(str(r[-1]) for r in s.execute(text(f"EXPLAIN QUERY PLAN {email}")))
            assert "ix_customers_email_lower" in plan
        assert len(s.execute(text(email)).all()) == 1


def test_a_refused_import_leaves_the_indexes(
    demo_db: Database, sales: Sales, admin: StaffSession, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    before, rows = _indexes(demo_db), counts(demo_db)
    monkeypatch.setattr(set_aside, "FROM_ROWS", 1)
    monkeypatch.setattr(set_aside.SetAside, "__init__", _small_table(set_aside.SetAside.__init__))
    bad = DATA / "shopify_orders_cut_off.csv"  # an error in the file: nothing is applied
    report = sales.import_sales(admin, str(bad), opts(demo_db))
    assert not report.applied and report.errors
    assert _indexes(demo_db) == before and counts(demo_db) == rows


def _small_table(init):  # type: ignore[no-untyped-def]
    """The demo's sales and customers count as nothing, so the fixture's few orders are 'as many
    again'."""

    def wrapped(self, conn):  # type: ignore[no-untyped-def]
        init(self, conn)
        self.before = dict.fromkeys(self.before, 0)

    return wrapped
