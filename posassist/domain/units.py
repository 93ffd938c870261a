"""Dimensions and weights in the store's units."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from posassist.i18n import QT_TR_NOOP, number, tr

_SIDES = (QT_TR_NOOP("W"), QT_TR_NOOP("H"), QT_TR_NOOP("D"))  # width, height, depth


def length(mm: int | None, units: str) -> str | None:
    if mm is None:
        return None
    if units == "imperial":
        inches = (Decimal(mm) / Decimal("25.4")).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return f"{number(inches, decimals=1)} in"
    if mm >= 1000:
        return f"{number((Decimal(mm) / 10).quantize(Decimal('0.1'), ROUND_HALF_UP).normalize())} cm"
    return f"{number((Decimal(mm) / 10).normalize())} cm"


def dimensions(w: int | None, h: int | None, d: int | None, units: str) -> str | None:
    if w is None and h is None and d is None:
        return None
    parts = [f"{tr(label)} {length(v, units)}" for label, v in zip(_SIDES, (w, h, d), strict=True) if v is not None]
    return " × ".join(parts)


def weight(grams: int | None, units: str) -> str | None:
    if grams is None:
        return None
    if units == "imperial":
        lb = (Decimal(grams) / Decimal("453.59237")).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return f"{number(lb, decimals=1)} lb"
    if grams >= 1000:
        return f"{number((Decimal(grams) / 1000).quantize(Decimal('0.1'), ROUND_HALF_UP), decimals=1)} kg"
    return f"{number(grams)} g"
