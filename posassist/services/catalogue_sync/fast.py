"""The common row read without ceremony: a generic CSV row whose cells are plain (a price like
'129.00', a barcode of digits with its check digit, a whole stock count, a SKU, nothing that looks
like a card number, nothing that makes it a service) becomes its staging row directly. Any other
row is read by the full reader (``formats.generic_row``), which reports what is odd about it.
This is what keeps a million-row import close to the speed of a plain insert."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import xxhash

from posassist.domain.money import exponent, is_currency
from posassist.services.catalogue_sync.cells import may_hold_card
from posassist.services.catalogue_sync.model import Item, Problem
from posassist.services.catalogue_sync.signals import not_merchandise_words

Entry = tuple[Item | str | None, Any]  # (item, problems), (None, a ready staging row) or (KNOWN, …)
KNOWN = "known"  # a record unchanged since the last import: (KNOWN, (row, line, product key, hash, variant))
_PLAIN_PRICE = re.compile(r"^\d{1,12}(?:\.\d\d)?$")
_SLOW_FIELDS = ("weight", "status", "warranty", "returnable", "final_sale", "allergens", "ingredients", "net_content")


def gtin_ok(digits: str) -> bool:
    """GTIN-8/12/13/14 check digit (the barcode reader's rule, inlined for speed)."""
    total = 0
    weight = 3
    for ch in reversed(digits[:-1]):
        total += weight * (ord(ch) - 48)
        weight = 4 - weight
    return (10 - total % 10) % 10 == ord(digits[-1]) - 48


class Known:
    """The hashes of the records the catalogue was last imported from (filled inside the import's
    transaction, before the first row is read), and this import's context: a record that hashes as
    one of them in the same context is unchanged and not read again."""

    def __init__(self) -> None:
        self.hashes: dict[int, int] = {}  # record hash -> the first variant imported from it
        self.context = ""  # what else decides a row's values (the store its stock goes to)
        self.seed = 0

    def begin(self, *parts: object) -> None:
        # the context (reader, header, mapping, currency, store) is the seed: the same record read
        # in another context hashes differently, so it is read again
        key = hashlib.blake2b(repr(("xxh3", self.context, *parts)).encode(), digest_size=8).digest()
        self.seed = int.from_bytes(key, "big")

    def hash(self, record: str) -> int:
        """The record's 64-bit XXH3 (seeded with the context), halved to fit a signed BIGINT: a
        re-sync hashes every record of the file, and XXH3 costs a fifth of a keyed BLAKE2b here.
        (A collision in 2^63 would take a changed record for unchanged: about 1 in 10^7 for a
        million-record file, and never a wrong value written, only a change missed until the next.)"""
        return _xxh3(record.encode(), self.seed) >> 1


_xxh3 = xxhash.xxh3_64_intdigest


def generic_fast(
    rows: Iterator[tuple[int, int | None, list[str]]],
    header: list[str],
    mapping: dict[str, str],
    currency: str,
    slow: Callable[[int, int | None, dict[str, str]], tuple[Item, list[Problem]]],
    known: Known | None = None,
) -> Iterator[Entry]:
    cols = {h: i for i, h in enumerate(header) if h}
    idx = {f: cols[h] for f, h in mapping.items() if h in cols}
    width = len(header)
    fast_ok = (
        "title" in idx
        and "sku" in idx
        and "price" in idx
        and is_currency(currency)
        and exponent(currency) == 2
        and not any(f in idx for f in _SLOW_FIELDS)
        and mapping.get("department") not in ("categories_en", "categories", "main_category_en")
    )
    get = {f: idx.get(f, -1) for f in ("sku", "style", "title", "brand", "department", "colour", "size", "price")}
    more = {f: idx.get(f, -1) for f in ("compare_at", "barcode", "stock", "description", "currency", "mpn", "image")}
    i_sku, i_style, i_title, i_brand, i_dept, i_col, i_size, i_price = get.values()
    i_cmp, i_bar, i_stock, i_desc, i_cur, i_mpn, i_img = more.values()
    plain_price = _PLAIN_PRICE.match
    hashes = known.hashes if known is not None else {}
    digest = known.hash if known is not None else None
    if known is not None:
        known.begin("generic", header, sorted(mapping.items()), currency)
    text_cols = [i for f, i in idx.items() if f not in ("price", "compare_at", "barcode", "stock")]
    for row, line, values in rows:
        if digest is not None and fast_ok and len(values) >= width:
            # a record hashed as at the last import was a plain row in this same context then, and
            # is one now: unchanged, not read again (the checks below gave the same answer then)
            seen = digest("\x1f".join(values))
            vid = hashes.get(seen)
            if vid is not None:
                style = values[i_style].strip() if i_style >= 0 else ""
                if not style:
                    brand = values[i_brand].strip() if i_brand >= 0 else ""
                    style = f"{values[i_title].strip()}|{brand}".lower()
                yield KNOWN, (row, line, style[:128], seen, vid)
                continue
        if fast_ok and len(values) >= width:
            long = [values[i] for i in text_cols if len(values[i]) >= 13]  # a shorter cell holds no card
            joined = "".join(long)
            price = values[i_price]
            title = values[i_title].strip()
            sku = values[i_sku].strip()
            if (
                title
                and sku
                and plain_price(price)
                and "\xa0" not in (full := "\x1f".join(values))
                and "\x00" not in full
                and not (may_hold_card(joined) and any(may_hold_card(c) for c in long))
                and (i_cur < 0 or values[i_cur].strip() in ("", currency))
            ):
                h = digest(full) if digest is not None else None
                stage = _row(
                    row, line, values, title, sku, price, currency, idx, i_style, i_brand, i_dept, i_col, i_size
                )
                if stage is not None and not not_merchandise_words(title, stage[8] or ""):
                    cmp_raw = values[i_cmp].strip() if i_cmp >= 0 else ""
                    bar = values[i_bar].strip() if i_bar >= 0 else ""
                    stock_raw = values[i_stock].strip() if i_stock >= 0 else ""
                    ok = (
                        (not cmp_raw or plain_price(cmp_raw))
                        and (not bar or (bar.isdigit() and len(bar) in (8, 12, 13, 14) and gtin_ok(bar)))
                        and (not stock_raw or stock_raw.isdigit())
                    )
                    if ok:
                        p = stage[12]
                        c = _minor(cmp_raw) if cmp_raw else None
                        if c is None or c >= p:
                            yield (
                                None,
                                stage[:5]
                                + (bar.zfill(14) if bar else None,)
                                + (values[i_mpn].strip()[:128] or None if i_mpn >= 0 else None,)
                                + stage[7:12]
                                + (p, c, currency, None, None, None, None)
                                + (int(stock_raw) if stock_raw else None, None, True)
                                + ((values[i_img].strip()[:1000] or None) if i_img >= 0 else None,)
                                + (None, None, None, None, True, h, None),
                            )
                            continue
        rec = {h: (values[i] if i < len(values) else "") for i, h in enumerate(header) if h}
        yield slow(row, line, rec)


def _minor(price: str) -> int:
    return int(price.replace(".", "")) if "." in price else int(price) * 100


def _row(
    row: int,
    line: int | None,
    values: list[str],
    title: str,
    sku: str,
    price: str,
    currency: str,
    idx: dict[str, int],
    i_style: int,
    i_brand: int,
    i_dept: int,
    i_col: int,
    i_size: int,
) -> tuple[Any, ...] | None:
    """The text part of the staging row (see ``staging.STAGE_COLS``), as the full reader would make it."""
    brand = values[i_brand].strip() if i_brand >= 0 else ""
    style = values[i_style].strip() if i_style >= 0 else ""
    desc = values[idx["description"]].strip() if "description" in idx else ""
    return (
        row,
        line,
        (style or f"{title}|{brand}".lower())[:128],
        title[:500],
        sku[:128],
        None,
        None,
        brand[:200] or None,
        (values[i_dept].strip() or None) if i_dept >= 0 else None,
        desc,
        (values[i_col].strip()[:100] or None) if i_col >= 0 else None,
        (values[i_size].strip()[:100] or None) if i_size >= 0 else None,
        _minor(price),
    )
