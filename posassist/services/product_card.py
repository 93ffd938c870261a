"""Everything about one item in one glance: today's price, size, specs, returns, stock everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, select

from posassist import i18n
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import CatalogueVersion, Department, Product, Stock, StockMove, Variant
from posassist.domain.policy import Policy, return_window
from posassist.domain.pricing import price_today
from posassist.errors import NotFound
from posassist.i18n import tr
from posassist.services import reference
from posassist.services.dto import StoreInfo
from posassist.words import policy as policy_words
from posassist.words import units


@dataclass(frozen=True)
class GridCell:
    variant_id: int
    colour: str | None
    size: str | None
    sku: str | None
    stock: tuple[tuple[str, int | None], ...]  # (store code, on hand) nearest first; None = unknown
    held: tuple[tuple[str, int], ...] = ()  # (store code, units of it held for customers), where any


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


_POLICY: list[tuple[object, Policy]] = []  # (the cached rules it was read from, the policy)


def _policy(db: Database) -> Policy:
    """The return policy in force, read from its rules once for as long as reference caches them."""
    cached = reference.policy_rules(db)
    known = _POLICY[-1] if _POLICY else None
    if known is not None and known[0] is cached:
        return known[1]
    version, rules = cached
    policy = Policy.from_rules(version or 0, rules)
    _POLICY[:] = [(cached, policy)]
    return policy


def _returns(policy: Policy, r: Any, now: datetime, tz: str) -> tuple[bool, date | None, str]:
    """The same window the verdict uses (``domain.policy.return_window``), for an item bought now."""
    w = return_window(  # bought here at the counter, now: the counter's window, the item's own, a season
        policy,
        r.dept_code,
        r.return_window_days,
        now,
        tz,
        returnable=bool(r.returnable),
        final_sale=False,
        sku=r.sku,
        channel="counter",
    )
    return w.returnable, w.last_day, policy_words.window_rule(w)


_ITEM = (
    select(
        Variant.id,
        Variant.product_id,
        Variant.sku,
        Variant.gtin,
        Variant.colour,
        Variant.size,
        Variant.price_minor,
        Variant.compare_at_minor,
        Variant.currency,
        Variant.weight_g,
        Variant.active,
        Product.title,
        Product.brand,
        Product.department_id,
        Product.description,
        Product.image,
        Product.width_mm,
        Product.height_mm,
        Product.depth_mm,
        Product.weight_g.label("p_weight"),
        Product.warranty_months,
        Product.returnable,
        Product.return_window_days,
        Product.allergens,
        Product.specs,
        Product.active.label("p_active"),
        Department.code.label("dept_code"),
        Department.name.label("dept_name"),
    )
    .join(Product, Product.id == Variant.product_id)
    .outerjoin(Department, Department.id == Product.department_id)
    .where(Variant.id == bindparam("vid"))
)
_GRID = (
    select(Variant.id, Variant.colour, Variant.size, Variant.sku, Stock.store_id, Stock.on_hand, Stock.reserved)
    .outerjoin(Stock, Stock.variant_id == Variant.id)
    .where(Variant.product_id == bindparam("pid"))
    .order_by(Variant.position, Variant.id)
)


# PostgreSQL: the item and its style's grid with stock as JSON in one statement (one round trip);
# the keys are _ITEM's labels, the grid rows _GRID's columns.
ITEM_JSON_PG = (
    "json_build_object('id', v.id, 'product_id', v.product_id, 'sku', v.sku, 'gtin', v.gtin, 'colour', v.colour,"
    " 'size', v.size, 'price_minor', v.price_minor, 'compare_at_minor', v.compare_at_minor, 'currency', v.currency,"
    " 'weight_g', v.weight_g, 'active', v.active, 'title', p.title, 'brand', p.brand,"
    " 'department_id', p.department_id, 'description', p.description, 'image', p.image, 'width_mm', p.width_mm,"
    " 'height_mm', p.height_mm, 'depth_mm', p.depth_mm, 'p_weight', p.weight_g,"
    " 'warranty_months', p.warranty_months, 'returnable', p.returnable,"
    " 'return_window_days', p.return_window_days, 'allergens', p.allergens, 'specs', p.specs,"
    " 'p_active', p.active, 'dept_code', d.code, 'dept_name', d.name)"
)


# the variant's columns the card reads (a scan's statement selects them once, see ``card_sql_pg``)
VARIANT_COLUMNS_PG = (
    "id, product_id, sku, gtin, colour, size, price_minor, compare_at_minor, currency, weight_g, active, position"
)


def card_sql_pg(vid: str, variants: str = "variants") -> str:
    """The card's two parts as JSON columns (item, grid) for the variant id expression ``vid``.
    ``variants`` is where that variant's row is read: the table, or a scan's CTE of the rows it
    found with VARIANT_COLUMNS_PG (its pages already read: no second probe of the key's index)."""
    return (
        f"(SELECT {ITEM_JSON_PG} FROM {variants} v JOIN products p ON p.id = v.product_id"
        f" LEFT JOIN departments d ON d.id = p.department_id WHERE v.id = {vid}) AS item,"
        " (SELECT json_agg(json_build_array(g.id, g.colour, g.size, g.sku, st.store_id, st.on_hand, st.reserved)"
        " ORDER BY g.position, g.id) FROM variants g LEFT JOIN stock st ON st.variant_id = g.id"
        f" WHERE g.product_id = (SELECT product_id FROM {variants} WHERE id = {vid})) AS grid"
    )


_CARD_PG = "SELECT " + card_sql_pg("%(vid)s")


class _Row(SimpleNamespace):
    """A card row read as JSON: the same attribute names as _ITEM's."""


def from_json(item: dict[str, Any] | None, grid: list[list[Any]] | None) -> tuple[Any, list[tuple[Any, ...]]]:
    return (None if item is None else _Row(**item)), [tuple(g) for g in grid or []]


def card(db: Database, variant_id: int, store: StoreInfo | None, now: datetime | None = None) -> ProductCard:
    """One statement on PostgreSQL (JSON), two on SQLite (the item with its style; every variant of
    the style with its stock), plus cached reference data (stores, promotions, policy)."""
    grid_rows: Any
    if db.dialect == "postgresql":
        item, grid = db.one_statement(_CARD_PG, {"vid": variant_id})
        r, grid_rows = from_json(item, grid)
    else:
        with db.read() as s:
            conn = s.connection()
            r = conn.execute(_ITEM, {"vid": variant_id}).first()
            grid_rows = conn.execute(_GRID, {"pid": r.product_id}).all() if r is not None else []
    if r is None:
        raise NotFound(tr("That item is no longer in the catalogue; search again."))
    return build(db, r, grid_rows, store, now)


def build(db: Database, r: Any, grid_rows: Any, store: StoreInfo | None, now: datetime | None = None) -> ProductCard:
    """The card from its item row and grid rows (however they were read)."""
    refs = reference.stores(db)
    here = store.id if store else None
    ordered = refs.nearest_first(here)
    codes = tuple(st.code for st in ordered)
    column = {st.id: i for i, st in enumerate(ordered)}  # a store's place in ``codes``
    blank = (None,) * len(codes)
    # per variant, in the grid's order: colour, size, SKU, on hand per store, {store place: held}
    cells: dict[int, tuple[str | None, str | None, str | None, list[int | None], dict[int, int]]] = {}
    for vid, colour, size, sku, sid, on_hand, reserved in grid_rows:
        cell = cells.get(vid)
        if cell is None:
            cell = cells[vid] = (colour, size, sku, list(blank), {})
        i = column.get(sid)
        if i is not None:
            cell[3][i] = on_hand
            if reserved:
                cell[4][i] = reserved
    now = now or utcnow()
    rules = reference.promotions(db).rules(r.id, r.product_id, r.department_id, here)
    priced = price_today(r.price_minor, r.compare_at_minor, rules, now) if r.price_minor is not None else None
    returnable, until, rule = _returns(_policy(db), r, now, store.timezone if store else "UTC")
    u = store.units if store else "metric"
    grid = tuple(
        GridCell(
            vid,
            c,
            z,
            sku,
            tuple(zip(codes, qty, strict=True)),
            tuple((codes[i], held[i]) for i in sorted(held)) if held else (),
        )
        for vid, (c, z, sku, qty, held) in cells.items()
    )
    return ProductCard(
        variant_id=r.id,
        product_id=r.product_id,
        title=r.title,
        brand=r.brand,
        department=r.dept_name,
        colour=r.colour,
        size=r.size,
        sku=r.sku,
        gtin=r.gtin,
        currency=r.currency,
        price_minor=priced.price_minor if priced else None,
        regular_minor=r.price_minor,
        compare_at_minor=priced.compare_at_minor if priced else None,
        promotion=priced.promotion if priced else None,
        dimensions=units.dimensions(r.width_mm, r.height_mm, r.depth_mm, u),
        weight=_weight(r.weight_g or r.p_weight, u, i18n.locale()),
        warranty=tr("{months} months", months=r.warranty_months) if r.warranty_months else None,
        returnable=returnable,
        return_until=until,
        return_rule=rule,
        allergens=r.allergens,
        specs=dict(r.specs or {}),
        description=r.description,
        image=r.image,
        active=bool(r.active and r.p_active),
        stores=codes,
        colours=tuple(dict.fromkeys(cell[0] for cell in cells.values())),
        sizes=tuple(dict.fromkeys(cell[1] for cell in cells.values())),
        grid=grid,
    )


@lru_cache(maxsize=4096)
def _weight(grams: int | None, u: str, _locale: str) -> str | None:
    """A weight as the locale writes it: a number and a unit, no words (Babel's formatting of the
    number takes longer than the rest of the card)."""
    return units.weight(grams, u)


def stock_version(db: Database) -> tuple[int, int]:
    """Changes whenever stock may have changed (a return, a hold, an import): two index look-ups,
    cheap enough for SQLite counters to poll every few seconds."""
    with db.read() as s:
        moves = s.execute(select(func.max(StockMove.id))).scalar_one() or 0
        imports = s.execute(select(func.max(CatalogueVersion.id))).scalar_one() or 0
    return int(moves), int(imports)
