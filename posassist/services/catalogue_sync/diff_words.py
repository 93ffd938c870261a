"""A change as the associate reads it: 'price: 129.00 → 139.00', not 'price_minor: 12900 → 13900'."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from posassist.domain.money import exponent, is_currency
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.catalogue_sync.model import Change

# field of a change -> (stable name in the JSON report, label shown to people)
FIELDS: dict[str, tuple[str, str]] = {
    "price_minor": ("price", QT_TR_NOOP("price")),
    "compare_at_minor": ("compare_at_price", QT_TR_NOOP("compare-at price")),
    "gtin": ("barcode", QT_TR_NOOP("barcode")),
    "sku": ("sku", "SKU"),
    "mpn": ("mpn", "MPN"),
    "colour": ("colour", QT_TR_NOOP("colour")),
    "size": ("size", QT_TR_NOOP("size")),
    "currency": ("currency", QT_TR_NOOP("currency")),
    "weight_g": ("weight", QT_TR_NOOP("weight")),
    "active": ("active", QT_TR_NOOP("sellable")),
    "product.title": ("title", QT_TR_NOOP("name")),
    "product.brand": ("brand", QT_TR_NOOP("brand")),
    "product.description": ("description", QT_TR_NOOP("description")),
    "product.image": ("image", QT_TR_NOOP("picture")),
    "product.width_mm": ("width", QT_TR_NOOP("width")),
    "product.height_mm": ("height", QT_TR_NOOP("height")),
    "product.depth_mm": ("depth", QT_TR_NOOP("depth")),
    "product.warranty_months": ("warranty", QT_TR_NOOP("warranty")),
    "product.returnable": ("returnable", QT_TR_NOOP("returnable")),
    "product.allergens": ("allergens", QT_TR_NOOP("allergens")),
    "product.department": ("department", QT_TR_NOOP("department")),
    "product.specs": ("details", QT_TR_NOOP("details")),
}
_MONEY = ("price_minor", "compare_at_minor")
_MM = ("product.width_mm", "product.height_mm", "product.depth_mm")
_YES_NO = ("active", "product.returnable")


def value_words(name: str, value: Any, currency: str | None) -> str:
    """One value as a person reads it."""
    if value is None or value == "":
        return "—"
    if name in _MONEY and isinstance(value, int):
        cur = currency if currency and is_currency(currency) else "USD"
        digits = exponent(cur)
        return f"{Decimal(value).scaleb(-digits):.{digits}f}"
    if name in _YES_NO:
        return tr("yes") if value else tr("no")
    if name == "weight_g":
        return f"{value} g"
    if name in _MM:
        return f"{value} mm"
    if name == "product.warranty_months":
        return tr("{months} months", months=value)
    if name == "product.specs" and isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def field_words(change: Change) -> list[tuple[str, str, str, str]]:
    """(JSON name, label, before, after) for each changed field, in the associate's words."""
    out = []
    order = list(FIELDS)
    for name, (before, after) in sorted(
        change.fields.items(), key=lambda kv: order.index(kv[0]) if kv[0] in FIELDS else len(order)
    ):
        key, label = FIELDS.get(name, (name.removeprefix("product."), name.removeprefix("product.")))
        out.append(
            (
                key,
                tr(label),
                value_words(name, before, change.currency),
                value_words(name, after, change.currency),
            )
        )
    return out


def change_text(change: Change) -> str:
    """'price: 129.00 → 139.00; colour: Red → Blue'."""
    return "; ".join(f"{label}: {before} → {after}" for _k, label, before, after in field_words(change))


def change_doc(change: Change) -> dict[str, Any]:
    """A change in the JSON report (field names are stable English keys; text follows --lang)."""
    return {
        "action": change.action,
        "sku": change.sku,
        "title": change.title,
        "fields": {k: {"before": b, "after": a} for k, _label, b, a in field_words(change)},
        "text": change_text(change),
    }
