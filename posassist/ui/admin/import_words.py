"""The catalogue import window's codes in words: what happens to an item ("New", not "created"),
how serious a problem is ("Warning", not "warning"), and the catalogue's own field names as the
card names them ("compare-at price", not "compare_at"). A file's own column names stay as they are."""

from __future__ import annotations

from posassist.i18n import QT_TR_NOOP, tr

ACTIONS = {
    "all": QT_TR_NOOP("All changes"),
    "created": QT_TR_NOOP("New"),
    "updated": QT_TR_NOOP("Changed"),
    "unchanged": QT_TR_NOOP("Unchanged"),
    "deactivated": QT_TR_NOOP("To deactivate"),
}
SEVERITIES = {"error": QT_TR_NOOP("Error"), "warning": QT_TR_NOOP("Warning")}
# the canonical names a mapped or generic file's cells are read into
FIELDS = {
    "sku": "SKU",
    "gtin": QT_TR_NOOP("barcode"),
    "barcode": QT_TR_NOOP("barcode"),
    "mpn": "MPN",
    "title": QT_TR_NOOP("name"),
    "brand": QT_TR_NOOP("brand"),
    "dept": QT_TR_NOOP("department"),
    "description": QT_TR_NOOP("description"),
    "colour": QT_TR_NOOP("colour"),
    "size": QT_TR_NOOP("size"),
    "price": QT_TR_NOOP("price"),
    "compare_at": QT_TR_NOOP("compare-at price"),
    "currency": QT_TR_NOOP("currency"),
    "weight_g": QT_TR_NOOP("weight"),
    "width_mm": QT_TR_NOOP("width"),
    "height_mm": QT_TR_NOOP("height"),
    "depth_mm": QT_TR_NOOP("depth"),
    "image": QT_TR_NOOP("picture"),
    "warranty": QT_TR_NOOP("warranty"),
    "returnable": QT_TR_NOOP("returnable"),
    "allergens": QT_TR_NOOP("allergens"),
    "specs": QT_TR_NOOP("details"),
}


def action_words(code: str) -> str:
    return tr(ACTIONS[code]) if code in ACTIONS else code


def severity_words(code: str) -> str:
    return tr(SEVERITIES[code]) if code in SEVERITIES else code


def field_words(name: str | None) -> str:
    """A catalogue field in words; a file's column name (``Variant Barcode``) as the file has it."""
    if not name:
        return ""
    return tr(FIELDS[name]) if name in FIELDS else name
