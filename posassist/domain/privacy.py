"""Card numbers are never stored: find anything in free text that is a payment card number."""

from __future__ import annotations

import re

from stdnum import luhn

# 13-19 digits, optionally grouped by single spaces or dashes ("4111 1111 1111 1111")
_CANDIDATE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")


def card_numbers(text: str) -> list[str]:
    """Digit runs of 13-19 digits that pass the Luhn check (masked for messages)."""
    found = []
    for m in _CANDIDATE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            found.append(f"{digits[:2]}{'•' * (len(digits) - 6)}{digits[-4:]}")
    return found
