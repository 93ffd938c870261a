"""The number a customer has for an order, as posassist files and finds it."""

from __future__ import annotations

import re

_NOISE = re.compile(r"[\s#*]+")
_PREFIXES = ("ORDER", "RECEIPT", "NO.", "NR.")


def receipt_key(text: str) -> str:
    """'#1042', '1042', 'Order #1042 ', '*1042*' (a scanned Code 39) -> '1042'; '2-1015' stays."""
    key = text.strip().upper()
    for p in _PREFIXES:
        if key.startswith(p) and len(key) > len(p):
            key = key[len(p) :]
            break
    return _NOISE.sub("", key)[:64]
