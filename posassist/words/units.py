"""Dimensions and weights written in the user's locale: "W 214 cm × H 84 cm", "62,0 kg"."""

from __future__ import annotations

from posassist.domain import units as measured
from posassist.domain.units import Quantity
from posassist.i18n import QT_TR_NOOP, number, tr

SIDE_WORDS = {"W": QT_TR_NOOP("W"), "H": QT_TR_NOOP("H"), "D": QT_TR_NOOP("D")}  # width, height, depth


def quantity(q: Quantity) -> str:
    return f"{number(q.value, decimals=q.decimals)} {q.unit}"


def length(mm: int | None, units: str) -> str | None:
    q = measured.length(mm, units)
    return None if q is None else quantity(q)


def dimensions(w: int | None, h: int | None, d: int | None, units: str) -> str | None:
    sides = measured.dimensions(w, h, d, units)
    if sides is None:
        return None
    return " × ".join(f"{tr(SIDE_WORDS[side])} {quantity(q)}" for side, q in sides)


def weight(grams: int | None, units: str) -> str | None:
    q = measured.weight(grams, units)
    return None if q is None else quantity(q)
