"""Turn records of each format into normalised items, reporting every oddity on its row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from posassist.domain.catalogue import parse_weight_g
from posassist.domain.text import fold
from posassist.services.catalogue_sync import signals, sources, woocommerce
from posassist.services.catalogue_sync.cells import barcode, card_fields, finish, integer, money, problem
from posassist.services.catalogue_sync.model import Item, Problem

FORMATS = ("csv", "json", "shopify", "google", "woocommerce")
# generic CSV/JSON header aliases (folded: lower case, no accents), several languages and spellings
ALIASES: dict[str, tuple[str, ...]] = {
    "sku": (
        "sku",
        "article",
        "article number",
        "artikelnummer",
        "artikel",
        "reference",
        "ref",
        "item number",
        "item no",
        "codigo",
        "code article",
        "variant sku",
    ),
    "style": (
        "style",
        "style code",
        "handle",
        "parent",
        "parent sku",
        "group",
        "item group id",
        "item_group_id",
        "modell",
        "modele",
        "model",
    ),
    "title": (
        "title",
        "name",
        "product name",
        "product",
        "bezeichnung",
        "produktname",
        "nom",
        "titre",
        "nombre",
        "descrizione breve",
    ),
    "brand": ("brand", "vendor", "marque", "marke", "marca", "manufacturer", "hersteller"),
    "department": ("department", "category", "product type", "type", "kategorie", "categorie", "categoria", "rayon"),
    "colour": tuple(sorted(signals.COLOUR_NAMES)),
    "size": tuple(sorted(signals.SIZE_NAMES)),
    "price": ("price", "preis", "prix", "prezzo", "precio", "retail price", "sale price incl vat", "unit price"),
    "compare_at": (
        "compare at price",
        "compare_at_price",
        "compare at",
        "msrp",
        "rrp",
        "uvp",
        "was price",
        "list price",
    ),
    "barcode": (
        "barcode",
        "gtin",
        "ean",
        "upc",
        "ean13",
        "gtin13",
        "gtin14",
        "variant barcode",
        "code barres",
        "codigo de barras",
        "strichcode",
        "ean code",
        "upc code",
    ),
    "stock": ("stock", "quantity", "qty", "inventory", "on hand", "bestand", "menge", "quantite", "available"),
    "weight": ("weight", "gewicht", "poids", "peso", "weight g", "weight kg"),
    "description": ("description", "body", "beschreibung", "body (html)", "long description"),
    "currency": ("currency", "wahrung", "devise", "moneda"),
    "status": ("status", "active", "published", "enabled"),
    "mpn": ("mpn", "manufacturer part number", "herstellernummer"),
    "image": ("image", "image src", "image url", "image_link", "bild", "image url", "image_front_url"),
    "warranty": (
        "warranty",
        "warranty months",
        "warranty period",
        "garantie",
        "gewahrleistung",
        "garantia",
        "garanzia",
        "garanti",
    ),
    "returnable": ("returnable", "returns accepted", "retournable", "ruckgabe moglich", "retourneerbaar"),
    "final_sale": ("final sale", "final_sale", "non returnable", "vente finale", "kein umtausch"),
    "allergens": ("allergens", "allergen", "allergen information", "allergene", "allergenes", "alergenos", "allergeni"),
    "ingredients": (
        "ingredients",
        "ingredients text",
        "ingredients_text",
        "zutaten",
        "ingredienti",
        "ingredientes",
        "ingredienten",
    ),
    "net_content": ("net content", "net contents", "net weight", "contents", "inhalt", "contenu", "contenido"),
}
# open product-data exports of food and grocery databases (tab separated, one product a row):
# 'code' is the barcode and 'quantity' is what the package holds ('70 g'), never stock
OPEN_FOOD_MARKS = frozenset(
    {"product_name", "ingredients_text", "allergens", "nutriscore_grade", "brands", "generic_name"}
)
OPEN_FOOD: dict[str, tuple[str, ...]] = {
    "barcode": ("code",),
    "title": ("product_name", "product_name_en", "generic_name"),
    "brand": ("brands",),
    "department": ("categories_en", "categories", "main_category_en"),
    "net_content": ("quantity",),
    "allergens": ("allergens_en", "allergens", "allergens_tags"),
    "ingredients": ("ingredients_text", "ingredients_text_en"),
    "image": ("image_url", "image_front_url"),
}


def detect(path: Path, header: list[str] | None) -> str:
    suffix = path.suffix.lower()
    if suffix in (".xml", ".rss", ".atom"):
        return "google"
    if suffix in (".json", ".jsonl", ".ndjson"):
        return "json"
    with path.open("rb") as fh:
        head = fh.read(2048).lstrip(b"\xef\xbb\xbf \r\n\t")
    if head.startswith(b"<"):
        return "google"
    if head.startswith((b"[", b"{")):
        return "json"
    names = {fold(h) for h in header or []}
    if "handle" in names and ({"variant sku", "variant price", "title"} & names):
        return "shopify"
    if {"id", "price"} <= names and ({"availability", "item_group_id", "gtin", "link"} & names):
        return "google"
    if woocommerce.is_woocommerce(header or []):
        return "woocommerce"
    return "csv"


def _lookup(rec: dict[str, str], fields: dict[str, str]) -> dict[str, str]:
    out = {}
    for key, header in fields.items():
        out[key] = rec.get(header, "").replace("\xa0", " ").strip()
    return out


_OPEN_FOOD_CATEGORIES = ("categories_en", "categories", "main_category_en")
_TAG = re.compile(r"^[a-z]{2}:")


def _tags(text: str) -> str:
    """'en:milk,en:gluten' -> 'milk, gluten' (the tags of open product databases); other text as it is."""
    parts = [p.strip() for p in text.split(",")]
    if not any(_TAG.match(p) for p in parts):
        return text.strip()
    return ", ".join(_TAG.sub("", p).replace("-", " ") for p in parts if p)


def is_open_food(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return "code" in names and len(names & OPEN_FOOD_MARKS) >= 2


def map_headers(header: list[str], saved: dict[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
    """field -> header for a generic file; unknown headers are reported once."""
    mapping: dict[str, str] = dict(saved or {})
    if is_open_food(header):  # their own names first: 'code' is the barcode, 'quantity' net content
        exact = {h.strip().lower(): h for h in header}
        for key, names in OPEN_FOOD.items():
            found = next((exact[n] for n in names if n in exact), None)
            if key not in mapping and found and found not in mapping.values():
                mapping[key] = found
    used = set(mapping.values())
    for h in header:
        if h in used:
            continue
        f = " ".join(fold(h).replace("_", " ").replace("-", " ").split())
        for key, names in ALIASES.items():
            if key not in mapping and (f in names or f.replace(" ", "_") in names):
                mapping[key] = h
                used.add(h)
                break
    unknown = [h for h in header if h and h not in used]
    return mapping, unknown


def generic(
    records: Iterator[sources.Record], mapping: dict[str, str], currency: str
) -> Iterator[tuple[Item, list[Problem]]]:
    for row, line, rec in records:
        yield generic_row(row, line, rec, mapping, currency)


def generic_row(
    row: int, line: int | None, rec: dict[str, str], mapping: dict[str, str], currency: str
) -> tuple[Item, list[Problem]]:
    """One record of a generic file, every oddity reported on its row."""
    if rec and next(iter(rec.values())) == sources.OVERSIZE:  # the fast path's record not read
        rec = {"__error__": sources.too_large(row)}
    if "__error__" in rec:
        return (
            Item(row, line, "", "", skip=True, errors=1),
            [problem(row, line, None, None, "error", "parse_error", rec["__error__"])],
        )
    v = _lookup(rec, mapping)
    probs: list[Problem] = []
    title = v.get("title") or ""
    sku = v.get("sku") or None
    item = Item(
        row,
        line,
        v.get("style") or f"{title}|{v.get('brand', '')}".lower(),
        title,
        sku=sku,
        brand=v.get("brand") or None,
        department=v.get("department") or None,
        description=v.get("description", ""),
        colour=v.get("colour") or None,
        size=v.get("size") or None,
        mpn=v.get("mpn") or None,
        image=v.get("image") or None,
    )
    if not title:
        probs.append(
            problem(
                row,
                line,
                mapping.get("title", "title"),
                None,
                "error",
                "missing_title",
                "No product name on this row; add one.",
            )
        )
    if sku is None:
        probs.append(
            problem(
                row,
                line,
                mapping.get("sku", "sku"),
                None,
                "warning",
                "missing_sku",
                f"{title or 'This row'} has no SKU; it is kept as its own variant (never merged).",
            )
        )
    cur = v.get("currency") or currency
    item.price_minor = money(
        item,
        v.get("price") if "price" in mapping else None,
        mapping.get("price", "price"),
        cur,
        probs,
        required=True,
    )
    item.compare_at_minor = money(item, v.get("compare_at"), mapping.get("compare_at", "compare_at"), cur, probs, False)
    barcode(item, v.get("barcode"), mapping.get("barcode", "barcode"), probs)
    if v.get("weight"):
        w = parse_weight_g(v["weight"], "kg" if "kg" in fold(mapping.get("weight", "")) else "g")
        item.weight_g = w.value if isinstance(w.value, int) else None
    if "stock" in mapping and v.get("stock") != "":
        item.stock = integer(v.get("stock"), item, mapping["stock"], probs)
    if mapping.get("department") in _OPEN_FOOD_CATEGORIES and item.department:
        item.department = _tags(item.department).split(", ")[-1] or None  # 'Snacks, Salty snacks, Crisps'
    card_fields(
        item,
        probs,
        warranty_raw=(mapping["warranty"], v["warranty"]) if "warranty" in mapping else None,
        returnable_raw=(mapping["returnable"], v["returnable"]) if "returnable" in mapping else None,
        final_sale_raw=(mapping["final_sale"], v["final_sale"]) if "final_sale" in mapping else None,
        allergens=_tags(v.get("allergens") or ""),
        ingredients=v.get("ingredients"),
        net_content=v.get("net_content"),
    )
    status = fold(v.get("status", ""))
    if status in ("0", "false", "no", "inactive", "draft", "archived", "disabled", "nein", "non"):
        item.active = False
        probs.append(
            problem(
                row,
                line,
                mapping.get("status"),
                v.get("status"),
                "warning",
                "inactive_product",
                f"{title} is marked inactive; it is imported but not sellable.",
            )
        )
    finish(item, probs, title, v.get("department"), None)
    return item, probs
