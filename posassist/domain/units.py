"""Dimensions and weights in the store's units, as numbers: ``Quantity(value, unit, decimals)``.
``posassist.words.units`` writes them for people (1.234,5 cm in German)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

SIDES = ("W", "H", "D")  # width, height, depth


@dataclass(frozen=True)
class Quantity:
    value: Decimal | int
    unit: str  # cm, in, g, kg, lb
    decimals: int | None = None  # places to show; None: as many as the value has


def length(mm: int | None, units: str) -> Quantity | None:
    if mm is None:
        return None
    if units == "imperial":
        return Quantity((Decimal(mm) / Decimal("25.4")).quantize(Decimal("0.1"), ROUND_HALF_UP), "in", 1)
    if mm >= 1000:
        return Quantity((Decimal(mm) / 10).quantize(Decimal("0.1"), ROUND_HALF_UP).normalize(), "cm")
    return Quantity((Decimal(mm) / 10).normalize(), "cm")


def dimensions(w: int | None, h: int | None, d: int | None, units: str) -> tuple[tuple[str, Quantity], ...] | None:
    """(side, length) for each side given: W, H, D; None when none is."""
    if w is None and h is None and d is None:
        return None
    return tuple((side, q) for side, v in zip(SIDES, (w, h, d), strict=True) if (q := length(v, units)) is not None)


def weight(grams: int | None, units: str) -> Quantity | None:
    if grams is None:
        return None
    if units == "imperial":
        return Quantity((Decimal(grams) / Decimal("453.59237")).quantize(Decimal("0.1"), ROUND_HALF_UP), "lb", 1)
    if grams >= 1000:
        return Quantity((Decimal(grams) / 1000).quantize(Decimal("0.1"), ROUND_HALF_UP), "kg", 1)
    return Quantity(grams, "g")
