"""posassist sale import / sale show / customer import: the contract in CLI.md (names, exit codes,
JSON shapes), signed in with --as like every command that changes data."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_bad_input import one_clear_line, run

DATA = Path(__file__).parents[1] / "data" / "sales"
ORDERS = str(DATA / "shopify_orders_2024.csv")
ADMIN = ("--as", "901")
PIN = "admin-7391\n"


def test_sale_import_dry_run_apply_again_and_show(demo_sqlite: str, tmp_path: Path) -> None:
    d = ("--data-dir", demo_sqlite)
    dry = run(*d, "sale", "import", ORDERS, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    doc = json.loads(dry.stdout)
    assert set(doc) == {"source", "format", "dry_run", "applied", "version", "counts", "problems"}
    assert set(doc["counts"]) == {
        "rows",
        "orders",
        "lines",
        "customers",
        "refunds",
        "created",
        "updated",
        "unchanged",
        "skipped",
    }
    assert doc["dry_run"] is True and doc["applied"] is False and doc["counts"]["created"] == 11

    refused = run(*d, "sale", "import", ORDERS)
    assert "--as" in one_clear_line(refused) and refused.returncode == 1

    report = tmp_path / "report.json"
    applied = run(*d, *ADMIN, "sale", "import", ORDERS, "--report", str(report), stdin=PIN)
    assert applied.returncode == 3, applied.stderr  # applied, with warnings
    saved = json.loads(report.read_text(encoding="utf-8"))
    assert saved["applied"] is True and saved["version"] and saved["counts"]["created"] == 11
    assert "applied as import" in applied.stdout

    again = run(*d, *ADMIN, "sale", "import", ORDERS, "--json", stdin=PIN)
    counts = json.loads(again.stdout)["counts"]
    assert (counts["created"], counts["updated"], counts["unchanged"]) == (0, 0, 11)

    shown = run(*d, "sale", "show", "#1042", "--json")
    assert shown.returncode == 0, shown.stderr
    sale = json.loads(shown.stdout)
    for key in ("receipt", "store", "channel", "sold_at", "customer", "currency", "total", "tax_included", "lines"):
        assert key in sale
    assert sale["receipt"] == "#1042" and sale["store"] == "DT" and sale["channel"] == "web"
    assert sale["sold_at"] == "2026-11-03T14:05:00-05:00" and sale["currency"] == "CAD" and sale["total"] == "309.56"
    assert sale["customer"]["name"] == "Maya Thompson" and sale["tax_included"] is False
    first = sale["lines"][0]
    assert set(first) == {"line", "sku", "gtin", "title", "qty", "unit_price", "paid", "returned", "available"}
    assert first["sku"] == "APP-0000001-FORE-M" and first["qty"] == 1 and first["unit_price"] == "213.99"
    assert first["available"] == 1 and first["returned"] == 0
    assert json.loads(run(*d, "sale", "show", "1042", "--json").stdout)["receipt"] == "#1042"
    pos = json.loads(run(*d, "sale", "show", "2-1015", "--json").stdout)
    assert pos["receipt"] == "#1044" and pos["channel"] == "counter" and pos["store"] == "MALL"
    capped = json.loads(run(*d, "sale", "show", "#1043", "--json").stdout)
    assert [ln["available"] for ln in capped["lines"]] == [0, 3] and "note" in capped
    missing = run(*d, "sale", "show", "#999999")
    assert missing.returncode == 1 and "#999999" in one_clear_line(missing)
    history = run(*d, "sale", "history")
    assert history.returncode == 0 and "sales" in history.stdout and ORDERS in history.stdout


def test_customer_import_and_the_wrong_kind_of_file(demo_sqlite: str) -> None:
    d = ("--data-dir", demo_sqlite)
    customers = str(DATA / "shopify_customers_2022.csv")
    first = run(*d, *ADMIN, "customer", "import", customers, "--json", stdin=PIN)
    assert first.returncode == 3, first.stderr  # the record with a rounded id and no address is skipped
    counts = json.loads(first.stdout)["counts"]
    assert set(counts) == {"rows", "customers", "created", "updated", "merged", "unchanged", "skipped"}
    assert counts["rows"] == 4 and counts["skipped"] == 1
    again = json.loads(run(*d, *ADMIN, "customer", "import", customers, "--json", stdin=PIN).stdout)["counts"]
    assert again["unchanged"] == 3 and again["created"] == again["updated"] == again["merged"] == 0
    wrong = run(*d, *ADMIN, "sale", "import", customers, stdin=PIN)
    assert "customer import" in one_clear_line(wrong)
    bad = run(*d, "sale", "import", ORDERS, "--dry-run", "--format", "amazon")
    assert bad.returncode == 2
