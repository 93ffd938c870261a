"""Shopify's product CSV read without ceremony: a variant row whose cells are plain (a SKU, a price
like '129.00', a barcode with its check digit, whole grams and stock, an active product that ships
and is not a gift card or a service, nothing that could hold a card number) becomes its staging row
directly, from the list of cells; the product's fields (its first row) are read once per handle.
Any other row is read by the full reader (``shop_formats``), which reports what is odd about it. A
row that hashes as at the last import (with the product fields it inherits) is not read again."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from posassist.domain.money import exponent, is_currency
from posassist.domain.text import fold
from posassist.services.catalogue_sync import shop_formats as sf
from posassist.services.catalogue_sync.cells import _UNICODE_DIGIT
from posassist.services.catalogue_sync.fast import _PLAIN_PRICE, KNOWN, Entry, Known, _minor, gtin_ok
from posassist.services.catalogue_sync.signals import not_merchandise_words
from posassist.services.catalogue_sync.sources import OVERSIZE, too_large

_DIGITS = str.maketrans("", "", "0123456789")
_VARIANT_CELLS = ("Variant SKU", "Variant Price", "Option1 Value", "Variant Barcode", "Variant Grams")
_NO = ("false", "no", "0")


def _digits(text: str) -> int:
    """How many digits ``text`` holds (a large number when it has digits of another script), as
    ``cells.may_hold_card`` counts them."""
    if not text.isascii() and _UNICODE_DIGIT.search(text):
        return 1 << 20
    return len(text) - len(text.translate(_DIGITS))


def _may_hold_card(text: str) -> bool:
    """Whether this one field has the 13 digits a card number needs (``cells.may_hold_card``)."""
    return len(text) >= 13 and _digits(text) >= 13


_fold = lru_cache(maxsize=4096)(fold)  # 'true', 'FALSE', 'yes': a handful of values a file


def _whole(text: str) -> bool:
    return text.isdigit() or (text[:1] == "-" and text[1:].isdigit())


class _Product:
    """A handle's fields (from its first row) and what every variant row of it shares."""

    def __init__(self, handle: str, fields: dict[str, str]) -> None:
        self.handle, self.fields = handle, fields
        f = fields
        self.title = f.get("Title", "")
        self.brand = f.get("Vendor") or None
        self.dept = (f.get("Type") or f.get("Product Category", "").split(">")[-1].strip()) or None
        self.description = f.get("Body (HTML)", "")
        self.names = [f.get(f"Option{i} Name", "") for i in (1, 2, 3)]
        gift = f.get("Gift Card")
        self.plain = bool(
            handle
            and self.title
            and fold(f.get("Status", "active")) not in ("draft", "archived")
            and fold(f.get("Published", "true")) not in _NO
            and not (gift and fold(gift) in ("true", "yes", "1"))
            and not not_merchandise_words(self.title, f.get("Type") or "")
            and "\x00" not in "".join(f.values())
        )
        # a card number is looked for field by field: one needs 13 digits in one field
        texts = (self.title, self.description, self.brand or "", self.dept or "", handle)
        self.card = any(_may_hold_card(x) for x in texts)
        self.context = "\x1e".join(f"{k}\x1f{v}" for k, v in sorted(f.items()))


class ShopifyReader:
    def __init__(self, header: list[str], currency: str, known: Known | None) -> None:
        self.header, self.currency = header, currency
        self.locations = {h: m.group(1).strip() for h in header if (m := sf.INVENTORY_AT.match(h))}
        self.has_qty = "Variant Inventory Qty" in header
        self.meta = sf.metafield_columns(header)
        self.width = len(header)
        col = {h: i for i, h in enumerate(header) if h}  # a repeated header: its last column, as a record has it
        self.fast_ok = not self.locations and not self.meta and is_currency(currency) and exponent(currency) == 2
        self.product_keys = [(k, col[k]) for k in dict.fromkeys((*sf._PRODUCT_FIELDS, *self.meta.values())) if k in col]
        self.hashes = known.hashes if known is not None else {}
        self.digest = known.hash if known is not None else None
        if known is not None:
            known.begin("shopify", header, currency)

        def at(name: str) -> int:
            return col.get(name, -1)

        self.i_handle, self.i_title, self.i_sku, self.i_price = (
            at("Handle"),
            at("Title"),
            at("Variant SKU"),
            at("Variant Price"),
        )
        self.i_cmp, self.i_bar, self.i_grams = (
            at("Variant Compare At Price"),
            at("Variant Barcode"),
            at("Variant Grams"),
        )
        self.i_qty = at("Variant Inventory Qty")
        self.i_opts = [at(f"Option{i} Value") for i in (1, 2, 3)]
        self.i_vimg, self.i_img = at("Variant Image"), at("Image Src")
        self.i_req, self.i_req2, self.i_gift = at("Variant Requires Shipping"), at("Requires shipping"), at("Gift card")

    def read(self, rows: Iterator[tuple[int, int | None, list[str]]]) -> Iterator[Entry]:
        product = _Product("", {})
        handle: str | None = None
        width, digest, hashes = self.width, self.digest, self.hashes
        for row, line, values in rows:
            if values and values[0] == OVERSIZE:
                rec = {"__error__": values[1] if len(values) > 1 else too_large(row)}
                yield sf._parse_error(row, line, rec)
                continue
            if len(values) < width:
                values = values + [""] * (width - len(values))
            h = _cell(values, self.i_handle)
            if h != handle or _cell(values, self.i_title):
                fields = {} if h != handle else dict(product.fields)
                handle = h
                fields.update({k: v for k, i in self.product_keys if (v := _cell(values, i))})
                product = _Product(h, fields)
            if not (self.fast_ok and product.plain):
                yield self._slow(row, line, values, product)
                continue
            joined = "\x1f".join(values)
            h_row = digest(product.context + "\x1d" + joined) if digest is not None else None
            if h_row is not None and (vid := hashes.get(h_row)) is not None:
                # as at the last import, with the same product fields: a plain row then and now,
                # unchanged, not read again
                yield KNOWN, (row, line, h[:128], h_row, vid)
                continue
            staged = None if "\xa0" in joined or "\x00" in joined else self._plain(row, line, values, product)
            if staged is None:
                yield self._slow(row, line, values, product)
                continue
            yield None, (*staged, h_row, None)

    def _slow(self, row: int, line: int | None, values: list[str], product: _Product) -> Entry:
        """The full reader on this row, with the product's fields as ``shop_formats.shopify`` has them."""
        rec = {h: values[i] for i, h in enumerate(self.header) if h}

        def g(key: str) -> str:
            return rec.get(key, "").replace("\xa0", " ").strip()

        h = g("Handle")
        if not any(g(k) for k in _VARIANT_CELLS):
            if g("Image Src") and not g("Title") and not g("Variant Inventory Qty"):
                return sf._image_only(row, line, h, product.fields, g)
            if not g("Title") and not g("Variant Inventory Qty"):
                return sf._nothing(row, line, h, product.fields)
        return sf._shopify_item(row, line, h, product.fields, g, self.currency, self.has_qty, self.locations, self.meta)

    def _plain(self, row: int, line: int | None, values: list[str], p: _Product) -> tuple[Any, ...] | None:
        """The row's staging row up to 'ok' (see ``staging.STAGE_COLS``), or None when anything
        about it needs the full reader."""

        def cell(i: int) -> str:  # the row has no NBSP and no NUL (see read)
            return values[i].strip() if i >= 0 else ""

        sku = cell(self.i_sku)
        price = cell(self.i_price)
        if not sku or not _PLAIN_PRICE.match(price):
            return None
        cmp_raw = cell(self.i_cmp)
        bar = cell(self.i_bar)
        grams = cell(self.i_grams)
        qty = cell(self.i_qty) if self.has_qty else ""
        if (
            (cmp_raw and not _PLAIN_PRICE.match(cmp_raw))
            or (bar and not (bar.isdigit() and len(bar) in (8, 12, 13, 14) and gtin_ok(bar)))
            or (grams and not grams.isdigit())
            or (qty and not _whole(qty))
        ):
            return None
        requires = cell(self.i_req) or cell(self.i_req2)
        gift = p.fields.get("Gift Card") or cell(self.i_gift)
        if (requires and _fold(requires) in _NO) or (gift and _fold(gift) in ("true", "yes", "1")):
            return None
        minor = _minor(price)
        compare = _minor(cmp_raw) if cmp_raw else None
        if compare is not None and compare < minor:
            return None  # a warning to report: the full reader says it
        colour, size = sf._options(p.names, [cell(i) for i in self.i_opts])
        image = cell(self.i_vimg) or cell(self.i_img) or None
        if p.card or any(_may_hold_card(x) for x in (sku, colour, size, image) if x):
            return None  # a field could hold a card number: the full reader looks
        return (
            row,
            line,
            p.handle[:128],
            p.title[:500],
            sku[:128],
            bar.zfill(14) if bar else None,
            None,
            p.brand[:200] if p.brand else None,
            p.dept,
            p.description,
            colour[:100] if colour else None,
            size[:100] if size else None,
            minor,
            compare,
            self.currency,
            int(grams) if grams else None,
            None,
            None,
            None,
            int(qty) if qty else None,
            None,
            True,
            image[:1000] if image else None,
            None,
            None,
            None,
            None,
            True,
        )


def _cell(values: list[str], i: int) -> str:
    return values[i].replace("\xa0", " ").strip() if i >= 0 else ""


def shopify_fast(
    rows: Iterator[tuple[int, int | None, list[str]]], header: list[str], currency: str, known: Known | None = None
) -> Iterator[Entry]:
    """As ``shop_formats.shopify``, from lists of cells; plain rows as ready staging rows."""
    return ShopifyReader(header, currency, known).read(rows)
