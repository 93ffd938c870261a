"""A first import of sales on SQLite has its foreign keys checked once before the commit
(db.keys_at_end); an import while imported sales are here keeps SQLite's row-by-row checks (it
may change and replace rows). Both give the same rows as the other path would."""

from __future__ import annotations

import pytest

from posassist.db import keys_at_end
from posassist.db.session import Database
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Sales
from tests.services.sales_import.conftest import DATA, counts, opts


def test_a_first_import_checks_its_keys_at_the_end(
    demo_db: Database, sales: Sales, admin: StaffSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    verified: list[int] = []
    verify = keys_at_end.KeysAtEnd.verify

    def counting(self: keys_at_end.KeysAtEnd, conn: object) -> None:
        verified.append(len(self.keys))
        verify(self, conn)  # type: ignore[arg-type]

    monkeypatch.setattr(keys_at_end.KeysAtEnd, "verify", counting)
    before = counts(demo_db)
    first = sales.import_sales(admin, str(DATA / "shopify_orders_2024.csv"), opts(demo_db))
    assert first.applied and first.counts.created > 0
    after = counts(demo_db)
    assert after["sales"] - before["sales"] == first.counts.created
    if demo_db.dialect == "sqlite":
        assert len(verified) == 1 and verified[0] > 50  # every key of the schema
    else:
        assert not verified  # the server checks row by row
    second = sales.import_sales(admin, str(DATA / "shopify_orders_2019.csv"), opts(demo_db))
    assert second.applied and second.counts.created > 0
    assert len(verified) == (1 if demo_db.dialect == "sqlite" else 0)  # imported sales are here now
