"""Turn records of each format into normalised items, reporting every oddity on its row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from posassist.domain.catalogue import parse_weight_g
from posassist.domain.text import fold
from posassist.services.catalogue_sync import sources
from posassist.services.catalogue_sync.cells import barcode, finish, integer, money, problem
from posassist.services.catalogue_sync.model import Item, Problem

FORMATS = ("csv", "json", "shopify", "google")
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
    "colour": ("colour", "color", "couleur", "farbe", "kleur", "colore", "color name"),
    "size": ("size", "taille", "grosse", "groesse", "maat", "taglia", "talla"),
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
    "image": ("image", "image src", "image url", "image_link", "bild"),
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
    return "csv"


def _lookup(rec: dict[str, str], fields: dict[str, str]) -> dict[str, str]:
    out = {}
    for key, header in fields.items():
        out[key] = rec.get(header, "").replace("\xa0", " ").strip()
    return out


def map_headers(header: list[str], saved: dict[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
    """field -> header for a generic file; unknown headers are reported once."""
    mapping: dict[str, str] = dict(saved or {})
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
        if "__error__" in rec:
            yield (
                Item(row, line, "", "", skip=True, errors=1),
                [problem(row, line, None, None, "error", "parse_error", rec["__error__"])],
            )
            continue
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
        item.compare_at_minor = money(
            item, v.get("compare_at"), mapping.get("compare_at", "compare_at"), cur, probs, False
        )
        barcode(item, v.get("barcode"), mapping.get("barcode", "barcode"), probs)
        if v.get("weight"):
            w = parse_weight_g(v["weight"], "kg" if "kg" in fold(mapping.get("weight", "")) else "g")
            item.weight_g = w.value if isinstance(w.value, int) else None
        if "stock" in mapping and v.get("stock") != "":
            item.stock = integer(v.get("stock"), item, mapping["stock"], probs)
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
        yield item, probs
