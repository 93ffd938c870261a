"""Dimensions and weights in the store's units."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def length(mm: int | None, units: str) -> str | None:
    if mm is None:
        return None
    if units == "imperial":
        inches = (Decimal(mm) / Decimal("25.4")).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return f"{inches} in"
    if mm >= 1000:
        return f"{(Decimal(mm) / 10).quantize(Decimal('0.1'), ROUND_HALF_UP).normalize():f} cm"
    return f"{(Decimal(mm) / 10).normalize():f} cm"


def dimensions(w: int | None, h: int | None, d: int | None, units: str) -> str | None:
    if w is None and h is None and d is None:
        return None
    parts = [f"{label} {length(v, units)}" for label, v in (("W", w), ("H", h), ("D", d)) if v is not None]
    return " × ".join(parts)


def weight(grams: int | None, units: str) -> str | None:
    if grams is None:
        return None
    if units == "imperial":
        lb = (Decimal(grams) / Decimal("453.59237")).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return f"{lb} lb"
    if grams >= 1000:
        return f"{(Decimal(grams) / 1000).quantize(Decimal('0.1'), ROUND_HALF_UP)} kg"
    return f"{grams} g"
