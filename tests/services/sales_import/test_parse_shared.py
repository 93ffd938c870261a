"""A first import into SQLite parsed apart where the importing process parses some of the chunks
itself (share.py) is the import in one process: the same report (problems in the same order, each store
that is not here and each second currency reported once, where one process reports it), the same
counts and the same rows, whichever process parsed which chunk."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest

from posassist.services.sales_import import parse_child, pipe, share
from posassist.services.sales_import.reading import CHUNK
from posassist.services.sales_import.writer import Run
from tests.conftest import _copy_of
from tests.data.sales.make_fixtures import SHOPIFY_2024
from tests.services.sales_import.test_parsed_apart import _imported

COL = {h: i for i, h in enumerate(SHOPIFY_2024)}


def _order(n: int, currency: str, location: str, key: str | None = None) -> list[list[str]]:
    rows = []
    for i in range(1 + n % 3):
        row = [""] * len(SHOPIFY_2024)
        row[COL["Name"]] = key or f"#{5000 + n}"
        row[COL["Lineitem quantity"]] = "1"
        row[COL["Lineitem name"]] = f"Item {n}-{i}"
        row[COL["Lineitem price"]] = f"{10 + n % 7}.50"
        row[COL["Lineitem sku"]] = f"NOPE-{n % 11}"
        if i == 0:
            total = sum(10 + n % 7 for _ in range(1 + n % 3)) * 100 + 50 * (1 + n % 3)
            row[COL["Created at"]] = f"2026-03-{1 + n % 28:02d} 10:{n % 60:02d}:00 -0500"
            row[COL["Email"]] = f"Buyer{n % 40}@Example.com"
            row[COL["Financial Status"]] = "paid"
            row[COL["Currency"]] = currency
            row[COL["Subtotal"]] = f"{total // 100}.{total % 100:02d}"
            row[COL["Total"]] = f"{total // 100}.{total % 100:02d}"
            row[COL["Location"]] = location
            row[COL["Source"]] = "pos" if location else "web"
        rows.append(row)
    return rows


def _file(path: Path) -> Path:
    """Three chunks and a bit: a second currency first met in the second chunk and met again in
    the third, a third currency first met in the third; a store that is not here in the first and
    the second, another in the second and the third; orders met again across chunks."""
    rows: list[list[str]] = []
    n_orders = 3 * CHUNK + 120
    for n in range(n_orders):
        chunk = n // CHUNK
        currency = "CAD"
        if chunk == 1 and n % 97 == 5 or chunk == 2 and n % 89 == 3:
            currency = "USD"
        if chunk == 2 and n % 211 == 7:
            currency = "EUR"
        location = ""
        if n in (40, 1300):
            location = "Popup Tent"
        if n in (1500, 2400, 2401):
            location = "Warehouse 9"
        key = None
        if n in (1010, 2050):  # met again: an order of the chunk before
            key = f"#{5000 + n - 700}"
        rows.extend(_order(n, currency, location, key))
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(SHOPIFY_2024)
        w.writerows(rows)
    return path


def test_chunks_parsed_by_either_process_give_the_import_of_one_process(
    engine_name: str,
    tmp_path: Path,
    pg_server: Any,
    _demo_templates: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    src = _file(tmp_path / "orders_export.csv")
    here: list[int] = []
    real = Run.parse_here

    def counted(self: Run, *a: Any, **k: Any) -> None:
        here.append(1)
        real(self, *a, **k)

    monkeypatch.setattr(Run, "parse_here", counted)
    got: dict[str, Any] = {}
    shared: dict[str, int] = {}
    for child, mode in (("off", "off"), ("0", "off"), ("0", "every:2"), ("0", "every:1"), ("0", "auto")):
        monkeypatch.setenv("POSASSIST_SALES_PARSE_CHILD_MB", child)
        monkeypatch.setenv("POSASSIST_SALES_PARSE_SHARE", mode)
        assert parse_child.wanted(src) == (child == "0")
        here.clear()
        for url in _copy_of(_demo_templates, engine_name, tmp_path, pg_server, f"share{child}{mode[-1]}"):
            got[f"{child}/{mode}"] = _imported(url, src)
        shared[mode] = len(here)
    alone = got["off/off"]
    for key, result in got.items():
        assert result[0] == alone[0], key  # the dry run's report
        assert result[1] == alone[1], key  # the import's: counts, problems in order, applied
        assert result[2] == alone[2], key  # the rows written
    # four chunks, dry run and import: every second one parsed here, then every one (on SQLite;
    # on PostgreSQL the server has the second core and the child parses every chunk)
    if engine_name == "sqlite" and _widens():
        assert shared["every:2"] == 2 * 2 and shared["every:1"] == 2 * 4
    else:  # (where the pipe cannot hold a few chunks there is no share either)
        assert shared == {"off": 0, "every:2": 0, "every:1": 0, "auto": 0}
    problems = alone[1]["problems"]
    codes = [p["code"] for p in problems]
    assert codes.count("unknown_location") == 2 and codes.count("duplicate_order") == 2
    mixed = [p for p in problems if p["code"] == "mixed_currency"]
    assert [p["value"] for p in mixed] == ["USD", "EUR"]
    assert "CAD, EUR, USD" in mixed[1]["message"]
    assert alone[1]["counts"]["orders"] == 3 * CHUNK + 120 - 2


def _widens() -> bool:
    """Whether this system lets a pipe be widened to hold a few chunks (pipe.widen)."""
    r, w = os.pipe()
    try:
        return pipe.widen(r)
    finally:
        os.close(r)
        os.close(w)


def test_the_share_mode_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for raw, want in (("", "auto"), ("off", "off"), ("every:3", "every"), ("every:x", "auto")):
        monkeypatch.setenv("POSASSIST_SALES_PARSE_SHARE", raw)
        assert share.mode()[0] == want
    monkeypatch.setenv("POSASSIST_SALES_PARSE_SHARE", "every:3")
    asked = share.Asked(None, share.mode())
    assert [asked() for _ in range(6)] == [False, False, True, False, False, True]
