"""Today's price: the best active promotion for a variant, compare-at shown beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PromoRule:
    name: str
    kind: str  # percent_off / amount_off / fixed_price
    value: int  # percent, or minor units
    starts_at: datetime
    ends_at: datetime | None
    store_id: int | None = None  # None: every store


@dataclass(frozen=True)
class PriceToday:
    price_minor: int  # what the customer pays today, before tax
    regular_minor: int
    compare_at_minor: int | None
    promotion: str | None


def _apply(regular: int, rule: PromoRule) -> int:
    if rule.kind == "percent_off":
        pct = max(0, min(100, rule.value))
        return regular - (regular * pct + 50) // 100
    if rule.kind == "amount_off":
        return max(0, regular - rule.value)
    return max(0, min(regular, rule.value))  # fixed_price never raises the price


def price_today(regular_minor: int, compare_at_minor: int | None, rules: list[PromoRule], now: datetime) -> PriceToday:
    """The lowest price any promotion active at ``now`` gives; promotions do not stack."""
    best, best_name = regular_minor, None
    for rule in rules:
        if rule.starts_at <= now and (rule.ends_at is None or now < rule.ends_at):
            price = _apply(regular_minor, rule)
            if price < best:
                best, best_name = price, rule.name
    compare = compare_at_minor if compare_at_minor and compare_at_minor > regular_minor else None
    return PriceToday(best, regular_minor, compare, best_name)
