"""Barcodes: GTIN-8/12/13/14 normalised to GTIN-14, check digits checked with python-stdnum."""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import ean
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError

from posassist.i18n import tr

_DIGITS = re.compile(r"\d+")
GTIN_LENGTHS = (8, 12, 13, 14)


@dataclass(frozen=True)
class GtinResult:
    gtin14: str | None
    problem: str | None = None  # a sentence for the associate or the import report
    code: str | None = None  # report code: invalid_barcode / malformed_barcode


def normalise(raw: str) -> GtinResult:
    """A plain digit string of 8, 12, 13 or 14 digits becomes its GTIN-14, check digit checked."""
    text = raw.strip()
    if not _DIGITS.fullmatch(text):
        return GtinResult(
            None,
            tr("'{raw}' is not a barcode: it must be digits only", raw=raw),
            "malformed_barcode",
        )
    if len(text) not in GTIN_LENGTHS:
        return GtinResult(
            None,
            tr("'{raw}' has {count} digits; a barcode has 8, 12, 13 or 14", raw=raw, count=len(text)),
            "invalid_barcode",
        )
    try:
        ean.validate(text)
    except InvalidChecksum:
        return GtinResult(None, tr("check digit wrong — rescan or type the code"), "invalid_barcode")
    except (InvalidFormat, InvalidLength, ValidationError):
        return GtinResult(None, tr("'{raw}' is not a valid barcode", raw=raw), "invalid_barcode")
    return GtinResult(text.zfill(14))


def with_check_digit(body: str) -> str:
    """Append the check digit to a 7/11/12/13-digit body (for generated demo codes)."""
    return body + ean.calc_check_digit(body)
