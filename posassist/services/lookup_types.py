"""What a look-up hands back, and how a hit is put together from its rows: shared by the full
search (posassist.services.lookup) and the command line's quick scan (lookup_codes), so both give
the same price, stock and flags for an item. No SQLAlchemy here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from posassist.domain.pricing import PromoRule, price_today
from posassist.services.dto import StoreInfo

MAX_QUERY = 200  # characters of a query that are searched


@dataclass(frozen=True)
class ProductHit:
    variant_id: int
    product_id: int
    sku: str | None
    gtin: str | None
    title: str
    brand: str | None
    colour: str | None
    size: str | None
    department: str | None
    price_minor: int | None
    regular_minor: int | None
    currency: str
    active: bool
    stock_here: int | None
    stock: dict[str, int | None] = field(default_factory=dict)
    held: dict[str, int] = field(default_factory=dict)  # store code -> units held for customers (reserved)

    def held_at(self, code: str | None) -> int:
        return self.held.get(code, 0) if code else 0


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[ProductHit]
    exact: bool  # a scan/SKU answer rather than a word search
    message: str | None = None  # for the associate: "check digit wrong — …", "nothing found"
    more: bool = False


# The columns of an item row, in this order, for :func:`assemble`.
HIT_COLUMNS = (
    "id",
    "product_id",
    "sku",
    "gtin",
    "colour",
    "size",
    "price_minor",
    "compare_at_minor",
    "currency",
    "active",
    "title",
    "brand",
    "p_active",
    "department_id",
    "dept",
)
RulesFor = Callable[[int, int, "int | None", "int | None"], list[PromoRule]]


def assemble(
    variant_ids: list[int],
    rows: Iterable[tuple[Any, ...]],
    stock_rows: Iterable[tuple[Any, ...]],
    rules_for: RulesFor,
    store: StoreInfo | None,
    now: datetime,
) -> list[ProductHit]:
    """Hits in ``variant_ids`` order from item rows (HIT_COLUMNS) and (variant, store code, on
    hand[, reserved]) rows; today's price from the promotions ``rules_for`` gives for each item here."""
    by_id: Mapping[int, tuple[Any, ...]] = {r[0]: r for r in rows}
    stock: dict[int, dict[str, int | None]] = {v: {} for v in variant_ids}
    held: dict[int, dict[str, int]] = {v: {} for v in variant_ids}
    for vid, code, qty, *reserved in stock_rows:
        if vid in stock:
            stock[vid][code] = qty
            if reserved and reserved[0]:
                held[vid][code] = int(reserved[0])
    here_id = store.id if store else None
    out = []
    for vid in variant_ids:
        r = by_id.get(vid)
        if r is None:
            continue
        (
            _,
            pid,
            sku,
            gtin,
            colour,
            size,
            regular,
            compare_at,
            currency,
            active,
            title,
            brand,
            p_active,
            dept_id,
            dept,
        ) = r
        price = regular
        if regular is not None:
            rules = rules_for(vid, pid, dept_id, here_id)
            price = price_today(regular, compare_at, rules, now).price_minor if rules else regular
        here = stock[vid].get(store.code) if store else None
        out.append(
            ProductHit(
                vid,
                pid,
                sku,
                gtin,
                title,
                brand,
                colour,
                size,
                dept,
                price,
                regular,
                currency,
                bool(active and p_active),
                here,
                stock[vid],
                held[vid],
            )
        )
    return out
