"""Barcodes: GTIN-8/12/13/14 normalised to GTIN-14, check digits checked with python-stdnum."""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import ean
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError

from posassist.domain.words import QT_TR_NOOP, Text

_DIGITS = re.compile(r"\d+")
GTIN_LENGTHS = (8, 12, 13, 14)


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
    try:
        ean.validate(text)
    except InvalidChecksum:
        return GtinResult(None, Text(QT_TR_NOOP("check digit wrong — rescan or type the code")), "invalid_barcode")
    except (InvalidFormat, InvalidLength, ValidationError):
        return GtinResult(None, Text(QT_TR_NOOP("'{raw}' is not a valid barcode"), raw=raw), "invalid_barcode")
    return GtinResult(text.zfill(14))


def with_check_digit(body: str) -> str:
    """Append the check digit to a 7/11/12/13-digit body (for generated demo codes)."""
    return body + ean.calc_check_digit(body)
