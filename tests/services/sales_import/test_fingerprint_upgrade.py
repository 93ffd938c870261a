"""Orders imported by an earlier version carry a fingerprint of their cells; this version
fingerprints the rows' texts. The same file imported again after the upgrade still finds every
order unchanged (none updated, nothing else written), in one process and read apart, and their
fingerprints are made anew, so the next import again skips them without reading them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from posassist.db.session import Database
from posassist.db.tables.sales import Sale
from posassist.services import auth
from posassist.services.sales_import import Sales
from posassist.services.sales_import.fingerprints import FINGERPRINT
from posassist.services.sales_import.model import Report, SaleCounts
from posassist.services.sales_import.reading import group, open_table
from tests.conftest import _copy_of
from tests.services.sales_import.conftest import DATA, counts, opts

FILE = DATA / "shopify_orders_2024.csv"


def _as_an_earlier_version_stored(db: Database) -> int:
    """Each imported order's fingerprint replaced by the earlier version's (of its cells)."""
    table = open_table(FILE, Report("f", "auto", True, SaleCounts()))
    key = table.col("Name")
    earlier = {o.key: o.digest for o in group(table.rows, lambda v: v[key or 0].strip(), key)}
    with db.transaction() as s:
        for ext, digest in earlier.items():
            s.execute(update(Sale).where(Sale.source == "shopify", Sale.external_id == ext).values(import_hash=digest))
    return len(earlier)


@pytest.mark.parametrize("apart", ["off", "0"])
def test_orders_fingerprinted_by_an_earlier_version_are_unchanged_and_fingerprinted_anew(
    engine_name: str,
    tmp_path: Path,
    pg_server: Any,
    _demo_templates: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    apart: str,
) -> None:
    for url in _copy_of(_demo_templates, engine_name, tmp_path, pg_server, f"fp{apart}"):
        db = Database(url)
        try:
            admin = auth.sign_in(db, "901", "admin-7391")
            sales = Sales(db)
            first = sales.import_sales(admin, str(FILE), opts(db)).as_dict()["counts"]
            orders = _as_an_earlier_version_stored(db)
            assert orders > 0
            with db.read() as s:
                assert not any(
                    (h or "").startswith(FINGERPRINT)
                    for h in s.execute(select(Sale.import_hash).where(Sale.source == "shopify")).scalars()
                )
            before = counts(db)
            monkeypatch.setenv("POSASSIST_SALES_PARSE_CHILD_MB", apart)
            again = sales.import_sales(admin, str(FILE), opts(db)).as_dict()["counts"]
            assert (again["created"], again["updated"]) == (0, 0)
            assert again["unchanged"] == first["created"]
            assert (again["lines"], again["orders"], again["refunds"]) == (
                first["lines"],
                first["orders"],
                first["refunds"],
            )
            assert {k: v for k, v in counts(db).items() if k != "sales_imports"} == {
                k: v for k, v in before.items() if k != "sales_imports"
            }
            with db.read() as s:
                hashes = list(s.execute(select(Sale.import_hash).where(Sale.source == "shopify")).scalars())
            assert hashes and all((h or "").startswith(FINGERPRINT) for h in hashes)
            once_more = sales.import_sales(admin, str(FILE), opts(db)).as_dict()["counts"]
            assert (once_more["unchanged"], once_more["updated"], once_more["lines"]) == (
                first["created"],
                0,
                first["lines"],
            )
        finally:
            db.dispose()
