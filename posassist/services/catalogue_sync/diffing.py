"""Compare items with the catalogue in chunks: created, updated (field by field), unchanged."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.services.catalogue_sync.model import Item

VARIANT_FIELDS = (
    "sku",
    "gtin",
    "mpn",
    "colour",
    "size",
    "price_minor",
    "compare_at_minor",
    "currency",
    "weight_g",
    "active",
)
PRODUCT_FIELDS = ("title", "brand", "description", "image", "width_mm", "height_mm", "depth_mm", "active")


def variant_values(item: Item) -> dict[str, Any]:
    return {
        "sku": item.sku,
        "gtin": item.gtin,
        "mpn": item.mpn,
        "colour": item.colour,
        "size": item.size,
        "price_minor": item.price_minor,
        "compare_at_minor": item.compare_at_minor,
        "currency": item.currency,
        "weight_g": item.weight_g,
        "active": item.active,
    }


def product_values(item: Item) -> dict[str, Any]:
    return {
        "title": item.title,
        "brand": item.brand,
        "description": item.description or "",
        "image": item.image,
        "width_mm": item.width_mm,
        "height_mm": item.height_mm,
        "depth_mm": item.depth_mm,
    }


_VARIANT_COLS = (Variant.id, Variant.product_id, *(getattr(Variant, f) for f in VARIANT_FIELDS))
_PRODUCT_COLS = (Product.id, Product.style_code, Product.department_id, *(getattr(Product, f) for f in PRODUCT_FIELDS))


def existing(
    s: Session, items: list[Item]
) -> tuple[dict[str, Any], dict[tuple[str, str | None, str | None], Any], dict[str, Any]]:
    """The catalogue rows these items may be (plain rows, not ORM objects: a re-sync of a million
    unchanged rows must stay cheap): by SKU; without SKU, by style and options; and their styles."""
    skus = [i.sku for i in items if i.sku]
    keys = list({i.product_key for i in items})
    by_sku = {v.sku: v for v in s.execute(select(*_VARIANT_COLS).where(Variant.sku.in_(skus)))} if skus else {}
    products = (
        {p.style_code: p for p in s.execute(select(*_PRODUCT_COLS).where(Product.style_code.in_(keys)))} if keys else {}
    )
    by_opts: dict[tuple[str, str | None, str | None], Any] = {}
    if any(not i.sku and i.product_key in products for i in items):
        pid_to_key = {p.id: k for k, p in products.items()}
        for v in s.execute(
            select(*_VARIANT_COLS).where(Variant.product_id.in_(list(pid_to_key)), Variant.sku.is_(None))
        ):
            by_opts[(pid_to_key[v.product_id], v.colour, v.size)] = v
    return by_sku, by_opts, products


def products_by_id(s: Session, ids: set[int]) -> dict[int, Any]:
    if not ids:
        return {}
    return {p.id: p for p in s.execute(select(*_PRODUCT_COLS).where(Product.id.in_(list(ids))))}


def field_changes(item: Item, variant: Any, product: Any | None, dept_of: dict[int, str]) -> dict[str, tuple[Any, Any]]:
    out: dict[str, tuple[Any, Any]] = {}
    new = variant_values(item)
    for f in VARIANT_FIELDS:
        if f == "gtin" and new[f] is None:
            continue  # a file without barcodes does not erase the ones we have
        if getattr(variant, f) != new[f]:
            out[f] = (getattr(variant, f), new[f])
    if product is not None:
        pv = product_values(item)
        for f, value in pv.items():
            if value in (None, "") and f != "title":
                continue
            if getattr(product, f) != value:
                out[f"product.{f}"] = (getattr(product, f), value)
        if item.department and dept_of.get(product.department_id or -1, "").lower() != item.department.lower():
            out["product.department"] = (dept_of.get(product.department_id or -1), item.department)
    return out


def departments(s: Session) -> tuple[dict[str, int], dict[int, str]]:
    rows = s.execute(select(Department.id, Department.code, Department.name)).all()
    by_name = {}
    for i, code, name in rows:
        by_name[code.lower()] = i
        by_name[name.lower()] = i
    return by_name, {i: name for i, _c, name in rows}


def department_id(s: Session, name: str | None, by_name: dict[str, int], dept_of: dict[int, str]) -> int | None:
    """The department called ``name`` (code or name, any case), created when the catalogue has
    none yet; ``by_name`` and ``dept_of`` (from ``departments``) learn the new one."""
    if not name:
        return None
    key = name.strip().lower()
    if key not in by_name:
        code = re.sub(r"[^A-Z0-9]", "", name.upper())[:20] or "DEPT"
        while s.execute(select(Department.id).where(Department.code == code)).first():
            code = f"{code[:16]}{len(by_name) % 1000}"
        d = Department(code=code, name=name.strip()[:200])
        s.add(d)
        s.flush()
        by_name[key] = d.id
        dept_of[d.id] = d.name
    return by_name[key]
