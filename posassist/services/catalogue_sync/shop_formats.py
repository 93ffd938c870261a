"""Shopify product CSV (current and legacy templates) and Google Merchant feeds (XML and TSV)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from posassist.domain.catalogue import parse_length_mm, parse_weight_g
from posassist.domain.text import fold
from posassist.services.catalogue_sync import sources
from posassist.services.catalogue_sync.formats import _barcode, _finish, _int, _money, _problem
from posassist.services.catalogue_sync.model import Item, Problem

COLOUR_NAMES = {"color", "colour", "couleur", "farbe", "kleur", "colore", "farbe/color"}
SIZE_NAMES = {"size", "taille", "grosse", "groesse", "maat", "taglia", "talla", "shoe size"}
INVENTORY_AT = re.compile(r"^inventory available:\s*(.+)$", re.I)


def _options(names: list[str], values: list[str]) -> tuple[str | None, str | None]:
    colour = size = None
    extra = []
    for name, value in zip(names, values, strict=False):
        if not value or value.lower() == "default title":
            continue
        n = fold(name)
        if n in COLOUR_NAMES and colour is None:
            colour = value
        elif n in SIZE_NAMES and size is None:
            size = value
        else:
            extra.append(f"{name}: {value}" if name else value)
    if extra:
        size = " / ".join([size, *extra] if size else extra)
    return colour, size


def shopify(
    records: Iterator[sources.Record], header: list[str], currency: str
) -> Iterator[tuple[Item, list[Problem]]]:
    locations = {h: m.group(1).strip() for h in header if (m := INVENTORY_AT.match(h))}
    has_qty = "Variant Inventory Qty" in header
    product: dict[str, str] = {}
    handle = None
    for row, line, rec in records:
        if "__error__" in rec:
            yield (
                Item(row, line, "", "", skip=True, errors=1),
                [_problem(row, line, None, None, "error", "parse_error", rec["__error__"])],
            )
            continue
        g = lambda k: rec.get(k, "").replace("\xa0", " ").strip()  # noqa: E731
        h = g("Handle")
        if h != handle or g("Title"):
            if h != handle:
                product = {}
            handle = h
            for k in (
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
            ):
                if g(k):
                    product[k] = g(k)
        probs: list[Problem] = []
        variant_fields = [
            g(k) for k in ("Variant SKU", "Variant Price", "Option1 Value", "Variant Barcode", "Variant Grams")
        ]
        if not any(variant_fields):
            if g("Image Src"):
                yield (
                    Item(row, line, h, product.get("Title", h), skip=True),
                    [
                        _problem(
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
            continue
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
            probs.append(_problem(row, line, "Handle", None, "error", "missing_handle", "The row has no Handle."))
        if not title:
            probs.append(
                _problem(
                    row, line, "Title", None, "error", "missing_title", f"{h}: no Title on the product's first row."
                )
            )
        if item.sku is None:
            probs.append(
                _problem(
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
        item.price_minor = _money(item, g("Variant Price") or None, "Variant Price", currency, probs, True)
        item.compare_at_minor = _money(
            item, g("Variant Compare At Price") or None, "Variant Compare At Price", currency, probs, False
        )
        _barcode(item, g("Variant Barcode"), "Variant Barcode", probs)
        if g("Variant Grams"):
            w = parse_weight_g(g("Variant Grams"), "g")
            item.weight_g = w.value if isinstance(w.value, int) else None
        if has_qty and g("Variant Inventory Qty") != "":
            item.stock = _int(g("Variant Inventory Qty"), item, "Variant Inventory Qty", probs)
        if locations:
            item.stock_at = {}
            for col, where in locations.items():
                if g(col) not in ("", "not stocked"):
                    q = _int(g(col), item, col, probs)
                    if q is not None:
                        item.stock_at[where] = q
        status = fold(product.get("Status", "active"))
        published = fold(product.get("Published", "true"))
        if status in ("draft", "archived") or published in ("false", "no", "0"):
            item.active = False
            probs.append(
                _problem(
                    row,
                    line,
                    "Status" if "Status" in product else "Published",
                    product.get("Status") or product.get("Published"),
                    "warning",
                    "inactive_product",
                    f"{title} is {status if status != 'active' else 'unpublished'}; imported, not sellable.",
                )
            )
        requires = g("Variant Requires Shipping")
        gift_card = fold(product.get("Gift Card", "")) == "true"
        _finish(
            item,
            probs,
            title,
            "Service" if gift_card else product.get("Type"),
            requires if fold(requires) == "false" else None,
        )
        yield item, probs


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


def google(records: Iterator[sources.Record], currency: str) -> Iterator[tuple[Item, list[Problem]]]:
    for row, line, rec in records:
        if "__error__" in rec:
            yield (
                Item(row, line, "", "", skip=True, errors=1),
                [_problem(row, line, None, None, "error", "parse_error", rec["__error__"])],
            )
            continue
        g = lambda k: (rec.get(f"g:{k}") or rec.get(k) or "").replace("\xa0", " ").strip()  # noqa: E731
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
            probs.append(_problem(row, line, "id", None, "error", "missing_sku", f"{title}: the feed item has no id."))
        item.price_minor = _money(item, g("price") or None, "price", currency, probs, True)
        sale = g("sale_price")
        if sale:
            item.sale_price_minor = _money(item, sale, "sale_price", currency, probs, False)
            span = _DATE_RANGE.match(g("sale_price_effective_date"))
            if span:
                item.sale_start, item.sale_end = _iso(span.group(1)), _iso(span.group(2))
                if item.sale_start is None or item.sale_end is None:
                    probs.append(
                        _problem(
                            row,
                            line,
                            "sale_price_effective_date",
                            g("sale_price_effective_date"),
                            "warning",
                            "invalid_date",
                            "The sale dates are not ISO 8601 with a time zone; the sale price applies from now on.",
                        )
                    )
        _barcode(item, g("gtin"), "gtin", probs)
        weight = g("shipping_weight") or g("product_weight")
        if weight:
            w = parse_weight_g(weight)
            item.weight_g = w.value if isinstance(w.value, int) else None
        item.width_mm = parse_length_mm(g("product_width") or g("shipping_width") or None)
        item.height_mm = parse_length_mm(g("product_height") or g("shipping_height") or None)
        item.depth_mm = parse_length_mm(g("product_length") or g("shipping_length") or None)
        if fold(g("availability")) in ("discontinued",):
            item.active = False
        _finish(item, probs, title, g("product_type"), None)
        yield item, probs
