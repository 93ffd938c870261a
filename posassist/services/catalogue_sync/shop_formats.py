"""Shopify product CSV (current and legacy templates) and Google Merchant feeds (XML and TSV)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import partial

from posassist.domain.catalogue import parse_length_mm, parse_weight_g
from posassist.domain.text import fold
from posassist.services.catalogue_sync import sources
from posassist.services.catalogue_sync.cells import barcode, card_fields, finish, integer, money, problem
from posassist.services.catalogue_sync.model import Item, Problem
from posassist.services.catalogue_sync.signals import option_kind

INVENTORY_AT = re.compile(r"^inventory available:\s*(.+)$", re.I)
METAFIELD = re.compile(r"\(?\b(?:product|variant)\.metafields\.[\w-]+\.([\w-]+)\)?\s*$", re.I)
# metafield keys (folded, '-' as '_') that carry what the product card shows
METAFIELD_KEYS = {
    "warranty": "warranty",
    "warranty_months": "warranty",
    "warranty_period": "warranty",
    "garantie": "warranty",
    "returnable": "returnable",
    "final_sale": "final_sale",
    "non_returnable": "final_sale",
    "allergens": "allergens",
    "allergen_information": "allergens",
    "allergen": "allergens",
    "ingredients": "ingredients",
    "ingredient_list": "ingredients",
    "net_content": "net_content",
    "net_contents": "net_content",
    "net_weight": "net_content",
}


def metafield_columns(header: list[str]) -> dict[str, str]:
    """card field -> the metafield column carrying it ('Warranty (product.metafields.custom.warranty)')."""
    out: dict[str, str] = {}
    for h in header:
        m = METAFIELD.search(h)
        if m:
            key = METAFIELD_KEYS.get(fold(m.group(1)).replace("-", "_"))
            if key and key not in out:
                out[key] = h
    return out


def _options(names: list[str], values: list[str]) -> tuple[str | None, str | None]:
    """Colour and size from the options, whatever language names them; other options join the size."""
    colour = size = None
    extra = []
    for name, value in zip(names, values, strict=False):
        if not value or value.lower() == "default title":
            continue
        kind = option_kind(name)
        if kind == "colour" and colour is None:
            colour = value
        elif kind == "size" and size is None:
            size = value
        else:
            extra.append(f"{name}: {value}" if name else value)
    if extra:
        size = " / ".join([size, *extra] if size else extra)
    return colour, size


Cell = Callable[[str], str]  # a row's value under a header, trimmed ("" when absent)

_PRODUCT_FIELDS = (
    "Title",
    "Body (HTML)",
    "Vendor",
    "Type",
    "Product Category",
    "Published",
    "Status",
    "Option1 Name",
    "Option2 Name",
    "Option3 Name",
    "Gift Card",
)


def _shopify_cell(rec: dict[str, str], key: str) -> str:
    return rec.get(key, "").replace("\xa0", " ").strip()


def _parse_error(row: int, line: int | None, rec: dict[str, str]) -> tuple[Item, list[Problem]]:
    return (
        Item(row, line, "", "", skip=True, errors=1),
        [problem(row, line, None, None, "error", "parse_error", rec["__error__"])],
    )


def shopify(
    records: Iterator[sources.Record], header: list[str], currency: str
) -> Iterator[tuple[Item, list[Problem]]]:
    """One item per variant row; a product's fields come from its first row (the one with the
    Title), later rows of the same Handle inherit them."""
    locations = {h: m.group(1).strip() for h in header if (m := INVENTORY_AT.match(h))}
    has_qty = "Variant Inventory Qty" in header
    meta = metafield_columns(header)
    product: dict[str, str] = {}
    handle = None
    for row, line, rec in records:
        if "__error__" in rec:
            yield _parse_error(row, line, rec)
            continue
        g: Cell = partial(_shopify_cell, rec)
        h = g("Handle")
        if h != handle or g("Title"):
            if h != handle:
                product = {}
            handle = h
            product.update({k: g(k) for k in (*_PRODUCT_FIELDS, *meta.values()) if g(k)})
        if not any(g(k) for k in ("Variant SKU", "Variant Price", "Option1 Value", "Variant Barcode", "Variant Grams")):
            if g("Image Src") and not g("Title") and not g("Variant Inventory Qty"):
                yield _image_only(row, line, h, product, g)
                continue
            if not g("Title") and not g("Variant Inventory Qty"):
                yield _nothing(row, line, h, product)
                continue
        yield _shopify_item(row, line, h, product, g, currency, has_qty, locations, meta)


def _nothing(row: int, line: int | None, h: str, product: dict[str, str]) -> tuple[Item, list[Problem]]:
    """A row with neither a variant nor an image: never dropped without a word."""
    return (
        Item(row, line, h, product.get("Title", h), skip=True),
        [
            problem(
                row,
                line,
                "Handle",
                h,
                "warning",
                "not_a_product",
                f"Row {row} ({h or 'no Handle'}) has no SKU, price, option, barcode or image; it was not imported.",
            )
        ],
    )


def _image_only(row: int, line: int | None, h: str, product: dict[str, str], g: Cell) -> tuple[Item, list[Problem]]:
    return (
        Item(row, line, h, product.get("Title", h), skip=True),
        [
            problem(
                row,
                line,
                "Image Src",
                g("Image Src"),
                "warning",
                "image_only_row",
                f"An extra image for {h}; images are not imported as products.",
            )
        ],
    )


def _shopify_item(
    row: int,
    line: int | None,
    h: str,
    product: dict[str, str],
    g: Cell,
    currency: str,
    has_qty: bool,
    locations: dict[str, str],
    meta: dict[str, str],
) -> tuple[Item, list[Problem]]:
    probs: list[Problem] = []
    title = product.get("Title", "")
    names = [product.get(f"Option{i} Name", "") for i in (1, 2, 3)]
    colour, size = _options(names, [g(f"Option{i} Value") for i in (1, 2, 3)])
    dept = (product.get("Type") or product.get("Product Category", "").split(">")[-1].strip()) or None
    item = Item(
        row,
        line,
        h,
        title,
        sku=g("Variant SKU") or None,
        brand=product.get("Vendor") or None,
        department=dept,
        description=product.get("Body (HTML)", ""),
        colour=colour,
        size=size,
        image=g("Variant Image") or g("Image Src") or None,
    )
    if not h:
        probs.append(problem(row, line, "Handle", None, "error", "missing_handle", "The row has no Handle."))
    if not title:
        probs.append(
            problem(row, line, "Title", None, "error", "missing_title", f"{h}: no Title on the product's first row.")
        )
    if item.sku is None:
        probs.append(
            problem(
                row,
                line,
                "Variant SKU",
                None,
                "warning",
                "missing_sku",
                f"{title or h} ({', '.join(x for x in (colour, size) if x) or 'one variant'}) has no SKU; "
                f"it is kept as its own variant.",
            )
        )
    item.price_minor = money(item, g("Variant Price") or None, "Variant Price", currency, probs, True)
    item.compare_at_minor = money(
        item, g("Variant Compare At Price") or None, "Variant Compare At Price", currency, probs, False
    )
    barcode(item, g("Variant Barcode"), "Variant Barcode", probs)
    if g("Variant Grams"):
        w = parse_weight_g(g("Variant Grams"), "g")
        item.weight_g = w.value if isinstance(w.value, int) else None
    _shopify_stock(item, g, has_qty, locations, probs)
    _shopify_status(item, product, probs)

    def pm(key: str) -> str | None:  # a product metafield: on the product's first row
        return (product.get(meta[key]) or g(meta[key])) if key in meta else None

    card_fields(
        item,
        probs,
        warranty_raw=(meta["warranty"], pm("warranty") or "") if "warranty" in meta else None,
        returnable_raw=(meta["returnable"], pm("returnable") or "") if "returnable" in meta else None,
        final_sale_raw=(meta["final_sale"], pm("final_sale") or "") if "final_sale" in meta else None,
        allergens=pm("allergens"),
        ingredients=pm("ingredients"),
        net_content=pm("net_content"),
    )
    requires = g("Variant Requires Shipping") or g("Requires shipping")
    finish(item, probs, title, product.get("Type"), requires, product.get("Gift Card") or g("Gift card"))
    return item, probs


def _shopify_stock(item: Item, g: Cell, has_qty: bool, locations: dict[str, str], probs: list[Problem]) -> None:
    if has_qty and g("Variant Inventory Qty") != "":
        item.stock = integer(g("Variant Inventory Qty"), item, "Variant Inventory Qty", probs)
    if locations:
        item.stock_at = {}
        for col, where in locations.items():
            if g(col) not in ("", "not stocked"):
                q = integer(g(col), item, col, probs)
                if q is not None:
                    item.stock_at[where] = q


def _shopify_status(item: Item, product: dict[str, str], probs: list[Problem]) -> None:
    status = fold(product.get("Status", "active"))
    published = fold(product.get("Published", "true"))
    if status in ("draft", "archived") or published in ("false", "no", "0"):
        item.active = False
        probs.append(
            problem(
                item.row,
                item.line,
                "Status" if "Status" in product else "Published",
                product.get("Status") or product.get("Published"),
                "warning",
                "inactive_product",
                f"{item.title} is {status if status != 'active' else 'unpublished'}; imported, not sellable.",
            )
        )


_DATE_RANGE = re.compile(r"^\s*(\S+)\s*/\s*(\S+)\s*$")


def _iso(text: str) -> datetime | None:
    t = text.strip()
    if re.search(r"[+-]\d{4}$", t):
        t = t[:-2] + ":" + t[-2:]
    try:
        dt = datetime.fromisoformat(t.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else None


def _google_cell(rec: dict[str, str], key: str) -> str:
    return (rec.get(f"g:{key}") or rec.get(key) or "").replace("\xa0", " ").strip()


def google(records: Iterator[sources.Record], currency: str) -> Iterator[tuple[Item, list[Problem]]]:
    for row, line, rec in records:
        if "__error__" in rec:
            yield _parse_error(row, line, rec)
            continue
        g: Cell = partial(_google_cell, rec)
        probs: list[Problem] = []
        title = g("title")
        offer = g("id") or None
        item = Item(
            row,
            line,
            g("item_group_id") or offer or title,
            title,
            sku=offer,
            mpn=g("mpn") or None,
            brand=g("brand") or None,
            department=(g("product_type").split(">")[-1].strip() or None),
            description=g("description") or g("summary"),
            colour=g("color") or None,
            size=g("size") or None,
            image=g("image_link") or None,
        )
        if offer is None:
            probs.append(problem(row, line, "id", None, "error", "missing_sku", f"{title}: the feed item has no id."))
        item.price_minor = money(item, g("price") or None, "price", currency, probs, True)
        sale = g("sale_price")
        if sale:
            item.sale_price_minor = money(item, sale, "sale_price", currency, probs, False)
            span = _DATE_RANGE.match(g("sale_price_effective_date"))
            if span:
                item.sale_start, item.sale_end = _iso(span.group(1)), _iso(span.group(2))
                if item.sale_start is None or item.sale_end is None:
                    probs.append(
                        problem(
                            row,
                            line,
                            "sale_price_effective_date",
                            g("sale_price_effective_date"),
                            "warning",
                            "invalid_date",
                            "The sale dates are not ISO 8601 with a time zone; the sale price applies from now on.",
                        )
                    )
        barcode(item, g("gtin"), "gtin", probs)
        weight = g("shipping_weight") or g("product_weight")
        if weight:
            w = parse_weight_g(weight)
            item.weight_g = w.value if isinstance(w.value, int) else None
        item.width_mm = parse_length_mm(g("product_width") or g("shipping_width") or None)
        item.height_mm = parse_length_mm(g("product_height") or g("shipping_height") or None)
        item.depth_mm = parse_length_mm(g("product_length") or g("shipping_length") or None)
        if fold(g("availability")) in ("discontinued",):
            item.active = False
        finish(item, probs, title, g("product_type"), None)
        yield item, probs
