"""Everything about one item in one glance: today's price, size, specs, returns, stock everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Department, Product, Stock, Variant
from posassist.db.tables.people import Store, StoreDistance
from posassist.db.tables.sales import ReturnPolicy
from posassist.domain import units
from posassist.domain.pricing import price_today
from posassist.errors import NotFound
from posassist.services.dto import StoreInfo
from posassist.services.lookup import _promo_rules


@dataclass(frozen=True)
class GridCell:
    variant_id: int
    colour: str | None
    size: str | None
    sku: str | None
    stock: tuple[tuple[str, int | None], ...]  # (store code, on hand) nearest first; None = unknown


@dataclass(frozen=True)
class ProductCard:
    variant_id: int
    product_id: int
    title: str
    brand: str | None
    department: str | None
    colour: str | None
    size: str | None
    sku: str | None
    gtin: str | None
    currency: str
    price_minor: int | None
    regular_minor: int | None
    compare_at_minor: int | None
    promotion: str | None
    dimensions: str | None
    weight: str | None
    warranty: str | None
    returnable: bool
    return_until: date | None
    return_rule: str
    allergens: str | None
    specs: dict[str, Any]
    description: str
    image: str | None
    active: bool
    stores: tuple[str, ...]  # store codes, this store first, then nearest
    colours: tuple[str | None, ...]
    sizes: tuple[str | None, ...]
    grid: tuple[GridCell, ...]


def _policy_window(s, dept_code: str | None, product: Product) -> tuple[bool, int | None, str]:  # type: ignore[no-untyped-def]
    now = utcnow()
    pol = s.execute(select(ReturnPolicy).where(ReturnPolicy.effective_from <= now)
                    .order_by(ReturnPolicy.effective_from.desc()).limit(1)).scalar_one_or_none()
    rules = pol.rules if pol else {}
    if not product.returnable or dept_code in rules.get("non_returnable_departments", []):
        return False, None, "Not returnable (hygiene or perishable)."
    if dept_code in rules.get("final_sale_departments", []):
        return False, None, "Final sale: not returnable."
    window = product.return_window_days
    if window is None:
        window = rules.get("windows", {}).get(dept_code, rules.get("default_window_days", 30))
    return True, window, f"Returnable within {window} days of purchase with the receipt."


def card(db: Database, variant_id: int, store: StoreInfo | None) -> ProductCard:
    with db.read() as s:
        v = s.get(Variant, variant_id)
        if v is None:
            raise NotFound("That item is no longer in the catalogue; search again.")
        p = s.get(Product, v.product_id)
        assert p is not None
        dept = s.get(Department, p.department_id) if p.department_id else None
        siblings = list(s.execute(select(Variant).where(Variant.product_id == p.id)
                                  .order_by(Variant.position, Variant.id)).scalars())
        ids = [x.id for x in siblings]
        stores = list(s.execute(select(Store).where(Store.active.is_(True)).order_by(Store.id)).scalars())
        dist: dict[int, int] = {}
        if store is not None:
            dist = dict(s.execute(select(StoreDistance.to_store_id, StoreDistance.km)
                                  .where(StoreDistance.from_store_id == store.id)).all())
        here = store.id if store else None
        stores.sort(key=lambda st: (st.id != here, dist.get(st.id, 10**9), st.id))
        codes = tuple(st.code for st in stores)
        code_of = {st.id: st.code for st in stores}
        qty: dict[int, dict[str, int | None]] = {i: {} for i in ids}
        for vid, sid, on_hand in s.execute(select(Stock.variant_id, Stock.store_id, Stock.on_hand)
                                           .where(Stock.variant_id.in_(ids))).all():
            if sid in code_of:
                qty[vid][code_of[sid]] = on_hand
        rules = _promo_rules(s, [v.id], here).get(v.id, [])
        now = utcnow()
        priced = price_today(v.price_minor, v.compare_at_minor, rules, now) if v.price_minor is not None else None
        returnable, window, rule = _policy_window(s, dept.code if dept else None, p)
        u = store.units if store else "metric"
    colours = tuple(dict.fromkeys(x.colour for x in siblings))
    sizes = tuple(dict.fromkeys(x.size for x in siblings))
    grid = tuple(GridCell(x.id, x.colour, x.size, x.sku, tuple((c, qty[x.id].get(c)) for c in codes))
                 for x in siblings)
    return ProductCard(
        variant_id=v.id, product_id=p.id, title=p.title, brand=p.brand, department=dept.name if dept else None,
        colour=v.colour, size=v.size, sku=v.sku, gtin=v.gtin, currency=v.currency,
        price_minor=priced.price_minor if priced else None, regular_minor=v.price_minor,
        compare_at_minor=priced.compare_at_minor if priced else None, promotion=priced.promotion if priced else None,
        dimensions=units.dimensions(p.width_mm, p.height_mm, p.depth_mm, u),
        weight=units.weight(v.weight_g or p.weight_g, u),
        warranty=f"{p.warranty_months} months" if p.warranty_months else None,
        returnable=returnable,
        return_until=(now.date() + timedelta(days=window)) if returnable and window is not None else None,
        return_rule=rule, allergens=p.allergens, specs=dict(p.specs or {}), description=p.description,
        image=p.image, active=bool(v.active and p.active), stores=codes, colours=colours, sizes=sizes, grid=grid,
    )
