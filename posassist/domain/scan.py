"""What the associate typed or scanned: a barcode, a GS1 element string, or words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from posassist.domain.gtin import GTIN_LENGTHS, normalise
from posassist.domain.words import Text

_GS1_PAREN = re.compile(r"\(01\)(\d{14})")
_GS1_RAW = re.compile(r"^(?:\]C1|\]d2|\]Q3)?01(\d{14})")  # symbology id optional, AI 01 first
_DIGITS = re.compile(r"^\d+$")


@dataclass(frozen=True)
class Scan:
    kind: str  # gtin / code / text / empty
    value: str  # GTIN-14 for gtin; the stripped text otherwise
    why: Text | None = None  # what is wrong, as data; ``problem`` is the sentence

    @property
    def problem(self) -> str | None:
        """E.g. "check digit wrong — rescan or type the code", in the reader's language."""
        return None if self.why is None else str(self.why)


def clean(raw: str) -> str:
    """Control characters (NUL, GS1 group separators, stray escapes) never reach a query."""
    return "".join(ch if ch.isprintable() else " " for ch in raw.replace("\x1d", ""))


def classify(raw: str) -> Scan:
    text = clean(raw).strip()
    if not text:
        return Scan("empty", "")
    m = _GS1_PAREN.search(text) or (len(text) > 14 and _GS1_RAW.match(text))
    if m:
        res = normalise(m.group(1))
        return Scan("gtin", res.gtin14 or m.group(1), res.why)
    if _DIGITS.match(text) and len(text) in GTIN_LENGTHS:
        res = normalise(text)
        # a number with a wrong check digit may still be a SKU: the service tries that first
        return Scan("gtin", res.gtin14 or text, res.why)
    if " " not in text and len(text) <= 128:
        return Scan("code", text)
    return Scan("text", text)
