"""The Shopify fast path gives exactly what the full reader gives: for every row it takes, the same
staging row and no problem; every other row goes to the full reader. Checked on the real-export
fixtures and on a file of plain rows mixed with every hazard the fast path must leave alone."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from posassist.services.catalogue_sync import shop_formats, sources
from posassist.services.catalogue_sync.fast import KNOWN, Known
from posassist.services.catalogue_sync.shopify_fast import shopify_fast
from posassist.services.catalogue_sync.staging import stage_row

DATA = Path(__file__).resolve().parents[2] / "data" / "catalogue"
HEADER = [
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Type",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Qty",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Requires Shipping",
    "Variant Barcode",
    "Gift Card",
    "Image Src",
    "Status",
]


def _row(handle: str, first: bool, **cells: str) -> list[str]:
    base = {
        "Handle": handle,
        "Title": f"Shirt {handle}" if first else "",
        "Body (HTML)": "<p>Cotton.</p>" if first else "",
        "Vendor": "Acme" if first else "",
        "Type": "Shirts" if first else "",
        "Published": "true" if first else "",
        "Option1 Name": "Farbe" if first else "",
        "Option1 Value": "Rot",
        "Option2 Name": "Größe" if first else "",
        "Option2 Value": "M",
        "Variant SKU": f"SK-{handle}",
        "Variant Grams": "200",
        "Variant Inventory Qty": "3",
        "Variant Price": "19.99",
        "Variant Compare At Price": "",
        "Variant Requires Shipping": "true",
        "Variant Barcode": "",
        "Gift Card": "false" if first else "",
        "Image Src": "",
        "Status": "active" if first else "",
    }
    base.update(cells)
    return [base[h] for h in HEADER]


def _hazards(path: Path) -> None:
    rows = []
    for n, cells in enumerate(
        [
            {},
            {"Variant Barcode": "4006381333931"},  # a good EAN-13
            {"Variant Barcode": "4006381333932"},  # a bad check digit: a warning
            {"Variant Compare At Price": "25.00"},
            {"Variant Compare At Price": "9.00"},  # below the price: a warning
            {"Variant Price": "19.999"},  # rounded: a warning
            {"Variant Price": "19"},
            {"Variant Price": ""},  # no price: an error
            {"Variant Price": "€19,99"},
            {"Variant SKU": ""},  # no SKU: a warning
            {"Variant Inventory Qty": "-2"},
            {"Variant Inventory Qty": "1,000"},
            {"Variant Inventory Qty": "lots"},
            {"Variant Grams": "0"},
            {"Variant Grams": "12.5"},
            {"Variant Requires Shipping": "FALSE"},  # a service
            {"Gift Card": "TRUE"},
            {"Status": "draft"},
            {"Published": "false"},
            {"Type": "Insurance"},
            {"Title": "Montage service"},
            {"Variant SKU": "4111 1111 1111 1111"},  # a card number
            {"Body (HTML)": "<p>Call 0123 4567 8901 23</p>"},
            {"Option1 Value": "٣٤٥"},  # digits of another script
            {"Variant SKU": "SK\x00NUL"},
            {"Title": "Shirt\xa0wide"},
            {"Option1 Value": "Default Title"},
            {"Option1 Name": "Material", "Option1 Value": "Wool"},
            {"Image Src": "https://example.com/a.jpg"},
        ]
    ):
        handle = f"h{n}"
        rows.append(_row(handle, True, **cells))
        rows.append(_row(handle, False, **{k: v for k, v in cells.items() if not k.startswith(("Title", "Body"))}))
        rows.append(_row(handle, False, **{"Variant SKU": f"SK-{handle}-2", "Option2 Value": "L"}))
    rows.append(_row("h-img", False, **{k: "" for k in HEADER if k not in ("Handle", "Image Src")}))
    rows[-1][HEADER.index("Image Src")] = "https://example.com/b.jpg"
    rows.append(_row("", False, **dict.fromkeys(HEADER, "")))  # blank: skipped by both readers
    rows.append(["h-short", "Short row"])
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)


def _both(path: Path, known: Known | None = None) -> tuple[list[tuple[Any, list[str]]], list[tuple[Any, list[str]]]]:
    enc = sources.sniff_encoding(path)
    header, table = sources.read_table(path, enc)
    slow: list[tuple[Any, list[str]]] = []
    for item, probs in shop_formats.shopify(table, header, "USD"):
        slow.append((stage_row(item, 1) if not (item.skip or item.parent) else None, [p.code for p in probs]))
    header2, rows = sources.read_rows(path, enc)
    fast: list[tuple[Any, list[str]]] = []
    for got, probs in shopify_fast(rows, header2, "USD", known):
        if isinstance(got, str):  # KNOWN: (row, line, product key, hash, variant)
            fast.append(((KNOWN, *probs), []))
        elif got is None:
            fast.append((probs, []))
        else:
            fast.append((stage_row(got, 1) if not (got.skip or got.parent) else None, [p.code for p in probs]))
    return slow, fast


@pytest.mark.parametrize("name", ["shopify_current.csv", "shopify_legacy.csv", "shopify_multilingual.csv", "hazards"])
def test_fast_path_is_the_full_reader(name: str, tmp_path: Path) -> None:
    path = DATA / name if name != "hazards" else tmp_path / "hazards.csv"
    if name == "hazards":
        _hazards(path)
    slow, fast = _both(path)
    assert len(slow) == len(fast)
    taken = 0
    for (s_row, s_probs), (f_row, f_probs) in zip(slow, fast, strict=True):
        if f_row is not None and s_probs == [] and f_probs == []:
            assert f_row == s_row
            taken += f_row is not None
        else:
            assert (f_row, f_probs) == (s_row, s_probs)
    if name == "hazards":
        assert taken >= 20  # the plain rows did take the fast path
        codes = {c for _r, probs in fast for c in probs}
        assert {"invalid_barcode", "compare_at_below_price", "price_rounded", "missing_price", "missing_sku"} <= codes
        assert {"not_merchandise", "inactive_product", "card_number", "invalid_stock", "image_only_row"} <= codes


def test_an_unchanged_row_is_known_by_its_hash_with_its_product(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    _hazards(path)
    known = Known()
    _slow, first = _both(path, known)
    hashes = {r[28] for r, _p in first if isinstance(r, tuple) and len(r) == 30 and r[28] is not None}
    assert hashes
    known.hashes = dict.fromkeys(hashes, 1)
    _slow, again = _both(path, known)
    assert sum(1 for r, _p in again if isinstance(r, tuple) and r[0] == KNOWN) == len(hashes)
    # a product field on the first row changes every row of the product
    text = path.read_text().replace("<p>Cotton.</p>", "<p>Linen.</p>", 1)
    path.write_text(text)
    known2 = Known()
    known2.hashes = dict.fromkeys(hashes, 1)
    _slow, changed = _both(path, known2)
    assert sum(1 for r, _p in changed if isinstance(r, tuple) and r[0] == KNOWN) < len(hashes)
