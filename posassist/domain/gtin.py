"""Barcodes: GTIN-8/12/13/14 normalised to GTIN-14, the GS1 mod-10 check digit checked.

The check digit is the GS1 rule itself (weights 3 and 1 from the right), not python-stdnum:
importing stdnum loads ssl, pydoc and platform, a sixth of a ``posassist lookup CODE`` start;
tests/domain/test_money_gtin.py checks this against stdnum's ean module."""

from __future__ import annotations

import re
from dataclasses import dataclass

from posassist.domain.words import QT_TR_NOOP, Text

_DIGITS = re.compile(r"\d+")
GTIN_LENGTHS = (8, 12, 13, 14)


def check_digit(body: str) -> str:
    """The GS1 check digit of a digit string (the barcode without its last digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str(-total % 10)


@dataclass(frozen=True)
class GtinResult:
    gtin14: str | None
    why: Text | None = None  # what is wrong, as data; ``problem`` is the sentence
    code: str | None = None  # report code: invalid_barcode / malformed_barcode

    @property
    def problem(self) -> str | None:
        """A sentence for the associate or the import report, in the reader's language."""
        return None if self.why is None else str(self.why)


def normalise(raw: str) -> GtinResult:
    """A plain digit string of 8, 12, 13 or 14 digits becomes its GTIN-14, check digit checked."""
    text = raw.strip()
    if not _DIGITS.fullmatch(text):
        return GtinResult(
            None,
            Text(QT_TR_NOOP("'{raw}' is not a barcode: it must be digits only"), raw=raw),
            "malformed_barcode",
        )
    if len(text) not in GTIN_LENGTHS:
        return GtinResult(
            None,
            Text(QT_TR_NOOP("'{raw}' has {count} digits; a barcode has 8, 12, 13 or 14"), raw=raw, count=len(text)),
            "invalid_barcode",
        )
    if check_digit(text[:-1]) != text[-1]:
        return GtinResult(None, Text(QT_TR_NOOP("check digit wrong — rescan or type the code")), "invalid_barcode")
    return GtinResult(text.zfill(14))


def with_check_digit(body: str) -> str:
    """Append the check digit to a 7/11/12/13-digit body (for generated demo codes)."""
    return body + check_digit(body)
