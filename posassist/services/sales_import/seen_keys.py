"""The orders' keys met so far in a file, to report an order that appears again further down.

A million-line export has hundreds of thousands of orders; their keys as a set of hashes cost
~60 bytes each (29 MB at 460,000 orders). Most keys are an order number — Shopify's ``#1042``,
WooCommerce's and many tills' plain ``1042`` — so a number of up to seven digits, with or
without its ``#``, is kept as one bit of a bitmap (a bitmap each for the two forms; a number with a
leading zero is not the same key as the one without, and is hashed). Any other key is kept as its
hash, as before."""

from __future__ import annotations

BITMAP_DIGITS = 7  # numbers below 10**7: at most 1.25 MB per bitmap


class SeenKeys:
    __slots__ = ("_hashed", "_numbered", "_plain")

    def __init__(self) -> None:
        self._numbered = bytearray()  # "#1042"
        self._plain = bytearray()  # "1042"
        self._hashed: set[int] = set()

    def met(self, key: str) -> bool:
        """Whether ``key`` was met before; it is met from now on."""
        numbered = key[:1] == "#"
        digits = key[1:] if numbered else key
        if 0 < len(digits) <= BITMAP_DIGITS and digits.isdigit() and digits.isascii() and digits[0] != "0":
            n = int(digits)
            bits = self._numbered if numbered else self._plain
            i, mask = n >> 3, 1 << (n & 7)
            if i >= len(bits):
                bits.extend(bytes(max(i + 1 - len(bits), len(bits) // 2)))
            if bits[i] & mask:
                return True
            bits[i] |= mask
            return False
        h = hash(key)
        if h in self._hashed:
            return True
        self._hashed.add(h)
        return False
