"""WooCommerce product CSV (the built-in exporter's columns): simple products, variable products
(a parent row whose fields its variations inherit) and their variations (Type 'variation', the
parent named in Parent as 'id:123' or by its SKU), attributes as colour and size, the regular price
as the price and the sale price with its dates as a sale, stock, weight and dimensions in the units
the column headers name. Grouped and external products are not shelf items: reported, not imported."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from posassist.domain.catalogue import parse_length_mm, parse_weight_g
from posassist.domain.text import fold
from posassist.services.catalogue_sync import sources
from posassist.services.catalogue_sync.cells import barcode, card_fields, finish, integer, money, problem
from posassist.services.catalogue_sync.model import Item, Problem
from posassist.services.catalogue_sync.shop_formats import METAFIELD_KEYS
from posassist.services.catalogue_sync.signals import option_kind

_UNIT = re.compile(r"^(weight|length|width|height)\s*\(([^)]+)\)$")
_ATTR = re.compile(r"^attribute (\d+) (name|value\(s\))$")
_GTIN_HEADERS = ("gtin, upc, ean, or isbn", "gtin", "ean", "upc", "meta: _global_unique_id")


def is_woocommerce(header: list[str]) -> bool:
    names = {fold(h).strip() for h in header}
    return {"type", "sku", "name"} <= names and bool(
        {"regular price", "parent", "attribute 1 name", "in stock?", "visibility in catalog"} & names
    )


@dataclass
class _Parent:
    key: str
    name: str
    row: int
    fields: dict[str, str]
    attributes: list[str] = field(default_factory=list)
    children: int = 0


@dataclass
class _Columns:
    by_name: dict[str, str]  # folded header -> header
    units: dict[str, tuple[str, str]]  # 'weight' -> (header, unit)
    attributes: list[tuple[str, str]]  # (name header, value header), in order
    meta: dict[str, str]  # card field -> 'Meta: …' header
    gtin: str | None

    @classmethod
    def of(cls, header: list[str]) -> _Columns:
        by_name = {fold(h).strip(): h for h in header}
        units = {m.group(1): (h, m.group(2).strip()) for f, h in by_name.items() if (m := _UNIT.match(f))}
        attrs: dict[int, dict[str, str]] = {}
        for f, h in by_name.items():
            if m := _ATTR.match(f):
                attrs.setdefault(int(m.group(1)), {})[m.group(2)] = h
        meta = {}
        for f, h in by_name.items():
            if f.startswith("meta:"):
                key = METAFIELD_KEYS.get(f[5:].strip().lstrip("_").replace("-", "_"))
                if key and key not in meta:
                    meta[key] = h
        gtin = next((by_name[g] for g in _GTIN_HEADERS if g in by_name), None)
        return cls(
            by_name,
            units,
            [(a["name"], a["value(s)"]) for _n, a in sorted(attrs.items()) if "name" in a and "value(s)" in a],
            meta,
            gtin,
        )


def _date(text: str, end: bool) -> datetime | None:
    """'2026-06-07' (start or end of that day) or '2026-06-07 10:00:00'; the shop's dates, read as UTC."""
    t = text.strip()
    if not t:
        return None
    try:
        dt = datetime.fromisoformat(t)
    except ValueError:
        return None
    if len(t) <= 10 and end:
        dt = dt + timedelta(days=1)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def woocommerce(
    records: Iterator[sources.Record], header: list[str], currency: str
) -> Iterator[tuple[Item, list[Problem]]]:
    cols = _Columns.of(header)
    parents: dict[str, _Parent] = {}  # 'id:12' and the parent's SKU -> its fields

    def g(rec: dict[str, str], name: str) -> str:
        h = cols.by_name.get(name)
        return rec.get(h, "").replace("\xa0", " ").strip() if h else ""

    for row, line, rec in records:
        if "__error__" in rec:
            yield (
                Item(row, line, "", "", skip=True, errors=1),
                [problem(row, line, None, None, "error", "parse_error", rec["__error__"])],
            )
            continue
        kinds = {k.strip() for k in fold(g(rec, "type")).split(",") if k.strip()}
        name, sku, wid = g(rec, "name"), g(rec, "sku"), g(rec, "id")
        if "variable" in kinds:
            p = _Parent(sku or (f"id:{wid}" if wid else name), name, row, dict(rec))
            p.attributes = [g(rec, fold(n)) for n, _v in cols.attributes]
            for ref in (f"id:{wid}" if wid else None, sku or None):
                if ref:
                    parents[ref] = p
            yield Item(row, line, p.key, name, skip=True, parent=True), []
            continue
        if kinds & {"grouped", "external"}:
            kind = "grouped" if "grouped" in kinds else "external"
            why = (
                "a group of other products (its members are imported from their own rows)"
                if kind == "grouped"
                else "sold on another site (an external or affiliate product)"
            )
            yield (
                Item(row, line, sku or name, name, sku=sku or None, skip=True),
                [
                    problem(
                        row,
                        line,
                        "Type",
                        g(rec, "type"),
                        "warning",
                        f"{kind}_product",
                        f"'{name}' is {why}; it was not imported.",
                    )
                ],
            )
            continue
        parent = None
        if "variation" in kinds:
            ref = g(rec, "parent")
            parent = parents.get(ref) or parents.get(f"id:{ref}")
            if parent is None:
                yield (
                    Item(row, line, ref or name, name, sku=sku or None, skip=True, errors=1),
                    [
                        problem(
                            row,
                            line,
                            "Parent",
                            ref,
                            "error",
                            "missing_parent",
                            f"The variation '{name}' names the parent '{ref}', which no earlier row is; "
                            "export the variable product with its variations.",
                        )
                    ],
                )
                continue
            parent.children += 1
        yield _item(row, line, rec, cols, kinds, parent, currency)
    for p in {id(p): p for p in parents.values()}.values():
        if not p.children:
            yield (
                Item(p.row, None, p.key, p.name, skip=True),
                [
                    problem(
                        p.row,
                        None,
                        "Type",
                        "variable",
                        "warning",
                        "no_variations",
                        f"'{p.name}' is a variable product without variations in this file; nothing was imported for it.",
                    )
                ],
            )


def _item(
    row: int,
    line: int | None,
    rec: dict[str, str],
    cols: _Columns,
    kinds: set[str],
    parent: _Parent | None,
    currency: str,
) -> tuple[Item, list[Problem]]:
    def g(name: str) -> str:
        h = cols.by_name.get(name)
        return rec.get(h, "").replace("\xa0", " ").strip() if h else ""

    def inherit(name: str) -> str:
        """The variation's own cell, else its parent's (WooCommerce leaves most of them blank)."""
        own = g(name)
        if own or parent is None:
            return own
        h = cols.by_name.get(name)
        return parent.fields.get(h, "").strip() if h else ""

    probs: list[Problem] = []
    sku = g("sku") or None
    title = parent.name if parent else g("name")
    colour, size = _attributes(rec, cols, parent)
    category = inherit("categories").replace("\\,", "\x00").split(",")[0].replace("\x00", ",")
    images = inherit("images")
    item = Item(
        row,
        line,
        parent.key if parent else (sku or (f"id:{g('id')}" if g("id") else title)),
        title,
        sku=sku,
        brand=inherit("brands") or None,
        department=category.split(">")[-1].strip() or None,
        description=inherit("description") or inherit("short description"),
        colour=colour,
        size=size,
        image=images.split(",")[0].strip() or None,
    )
    if not title:
        probs.append(
            problem(row, line, "Name", None, "error", "missing_title", "No product name on this row; add one.")
        )
    if sku is None:
        probs.append(
            problem(
                row,
                line,
                "SKU",
                None,
                "warning",
                "missing_sku",
                f"{title or 'This row'} has no SKU; it is kept as its own variant (never merged).",
            )
        )
    item.price_minor = money(item, g("regular price") or None, "Regular price", currency, probs, True)
    sale = g("sale price")
    if sale:
        item.sale_price_minor = money(item, sale, "Sale price", currency, probs, False)
        item.sale_start = _date(g("date sale price starts"), end=False)
        item.sale_end = _date(g("date sale price ends"), end=True)
        if (
            item.sale_price_minor is not None
            and item.price_minor is not None
            and item.sale_price_minor >= item.price_minor
        ):
            probs.append(
                problem(
                    row,
                    line,
                    "Sale price",
                    sale,
                    "warning",
                    "sale_not_below_price",
                    f"{title}: the sale price is not below the regular price; it is ignored.",
                )
            )
            item.sale_price_minor = None
    if cols.gtin:
        barcode(item, rec.get(cols.gtin, ""), cols.gtin, probs)
    if g("stock"):
        item.stock = integer(g("stock"), item, cols.by_name["stock"], probs)
    _units(item, rec, parent, cols, probs)
    published = g("published") or (parent.fields.get(cols.by_name.get("published", ""), "") if parent else "")
    if published.strip() in ("0", "-1"):
        item.active = False
        probs.append(
            problem(
                row,
                line,
                "Published",
                published,
                "warning",
                "inactive_product",
                f"{title} is {'a draft' if published.strip() == '-1' else 'private'}; it is imported but not sellable.",
            )
        )

    def meta(key: str) -> str | None:
        h = cols.meta.get(key)
        if h is None:
            return None
        return rec.get(h, "").strip() or (parent.fields.get(h, "").strip() if parent else "")

    card_fields(
        item,
        probs,
        warranty_raw=(cols.meta["warranty"], meta("warranty") or "") if "warranty" in cols.meta else None,
        returnable_raw=(cols.meta["returnable"], meta("returnable") or "") if "returnable" in cols.meta else None,
        final_sale_raw=(cols.meta["final_sale"], meta("final_sale") or "") if "final_sale" in cols.meta else None,
        allergens=meta("allergens"),
        ingredients=meta("ingredients"),
        net_content=meta("net_content"),
    )
    virtual = bool(kinds & {"virtual", "downloadable"})
    finish(item, probs, title, category, "false" if virtual else None)
    return item, probs


def _attributes(rec: dict[str, str], cols: _Columns, parent: _Parent | None) -> tuple[str | None, str | None]:
    """A variation's attributes as colour and size (names in any language; others join the size)."""
    colour = size = None
    extra = []
    for i, (nh, vh) in enumerate(cols.attributes):
        attr = rec.get(nh, "").strip() or (parent.attributes[i] if parent and i < len(parent.attributes) else "")
        value = rec.get(vh, "").strip()
        if not value:
            continue
        if parent is None and "," in value:
            continue  # a simple product's attribute list describes it; it is not an option
        kind = option_kind(attr)
        if parent is None and kind is None:
            continue  # 'Material: Merino' on a simple product describes it
        if kind == "colour" and colour is None:
            colour = value
        elif kind == "size" and size is None:
            size = value
        else:
            extra.append(f"{attr}: {value}" if attr else value)
    if extra:
        size = " / ".join([size, *extra] if size else extra)
    return colour, size


def _units(item: Item, rec: dict[str, str], parent: _Parent | None, cols: _Columns, probs: list[Problem]) -> None:
    """Weight and dimensions in the units their headers name: 'Weight (kg)', 'Length (in)'."""

    def cell(h: str) -> str:
        return rec.get(h, "").strip() or (parent.fields.get(h, "").strip() if parent else "")

    if "weight" in cols.units:
        h, unit = cols.units["weight"]
        raw = cell(h)
        if raw:
            w = parse_weight_g(raw, "lb" if unit.lower() in ("lbs", "lb") else unit.lower())
            if isinstance(w.value, int):
                item.weight_g = w.value
            else:
                probs.append(
                    problem(item.row, item.line, h, raw, "warning", w.code or "invalid_weight", w.message or "")
                )
    for dim, attr in (("length", "depth_mm"), ("width", "width_mm"), ("height", "height_mm")):
        if dim not in cols.units:
            continue
        h, unit = cols.units[dim]
        raw = cell(h)
        if not raw:
            continue
        u = unit.lower()
        mm = parse_length_mm(f"{raw} {u}") if u != "yd" else parse_length_mm(f"{raw} in")
        if mm is not None and u == "yd":
            mm *= 36
        if mm is None:
            probs.append(
                problem(item.row, item.line, h, raw, "warning", "invalid_length", f"'{raw}' is not a length in {unit}.")
            )
        setattr(item, attr, mm)
