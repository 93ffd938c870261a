"""Card numbers are never stored: find anything in free text that is a payment card number.

The text is normalised first, so a number cannot slip through by the way it is written: NFKC
(full-width digits become ASCII), digits of any script (Arabic-Indic, Devanagari, …) read as
ASCII digits, and every separator and invisible character between digits ignored (spaces of any
width or count, no-break spaces, line breaks, dots, slashes, dashes of every kind, zero-width and
other format characters, combining marks). A letter (an ordinary word) ends a run of digits, so
digits are never joined across words. Within a run, every stretch of whole digit groups that is
13-19 digits long, passes the Luhn check and starts with an issuer prefix that is issued at that
length is a card number. Requiring both Luhn and a plausible issuer prefix and length keeps prices,
dates, phone numbers and SKUs from being mistaken for cards.
"""

from __future__ import annotations

import re
import unicodedata

# characters that may stand between the digits of a card number without ending it
_SEPARATOR_PUNCTUATION = frozenset(".,/\\_:;'*·•‧∙⋅|~()[]{}#−⁄∕")
_SEPARATOR_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Pd", "Mn", "Me", "Cs", "Co", "Cn"})
_FEW_DIGITS = re.compile(r"[0-9]")
_MIN, _MAX = 13, 19
_E164_MAX = 15  # a run written after "+" is a phone number when it is no longer than this

# (first digits low, high, lengths): issuer prefixes and the lengths cards are issued at
_IIN: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # American Express
    (37, 37, frozenset({15})),
    (300, 305, frozenset(range(14, 20))),  # Diners Club
    (3095, 3095, frozenset(range(14, 20))),
    (36, 36, frozenset(range(14, 20))),
    (38, 39, frozenset(range(14, 20))),
    (3528, 3589, frozenset(range(16, 20))),  # JCB
    (6011, 6011, frozenset(range(16, 20))),  # Discover
    (644, 649, frozenset(range(16, 20))),
    (65, 65, frozenset(range(16, 20))),
    (62, 62, frozenset(range(16, 20))),  # UnionPay
    (2200, 2204, frozenset(range(16, 20))),  # Mir
    (50, 50, frozenset(range(13, 20))),  # Maestro
    (56, 69, frozenset(range(13, 20))),
    (60, 60, frozenset({16})),  # RuPay
    (81, 82, frozenset({16})),
    (1, 1, frozenset({15})),  # UATP
    (9792, 9792, frozenset({16})),  # Troy
)


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def plausible_issuer(digits: str) -> bool:
    """Whether a card with these digits could be issued: a known prefix at one of its lengths."""
    n = len(digits)
    for low, high, lengths in _IIN:
        if n in lengths and low <= int(digits[: len(str(low))]) <= high:
            return True
    return False


def is_card_number(digits: str) -> bool:
    return _MIN <= len(digits) <= _MAX and digits.isascii() and plausible_issuer(digits) and luhn_valid(digits)


def _digit(ch: str) -> str | None:
    if "0" <= ch <= "9":
        return ch
    value = unicodedata.decimal(ch, None)
    return None if value is None else str(value)


def _is_separator(ch: str) -> bool:
    return ch in _SEPARATOR_PUNCTUATION or unicodedata.category(ch) in _SEPARATOR_CATEGORIES


def _runs(text: str) -> list[tuple[list[str], bool]]:
    """Runs of digit groups (groups split by separators, runs ended by anything else), each with
    whether it was written right after a "+" (a phone number's international prefix)."""
    runs: list[tuple[list[str], bool]] = []
    groups: list[str] = []
    digits: list[str] = []
    plus = False
    after_plus = False  # a "+" seen since the last digit, with only separators after it
    for ch in text:
        d = _digit(ch)
        if d is not None:
            if not groups and not digits:
                plus = after_plus
            digits.append(d)
            continue
        if digits:
            groups.append("".join(digits))
            digits = []
        if _is_separator(ch):
            continue
        else:  # a letter, a currency sign, "+", "=", …: the run ends here
            if groups:
                runs.append((groups, plus))
            groups = []
            after_plus = ch == "+"
    if digits:
        groups.append("".join(digits))
    if groups:
        runs.append((groups, plus))
    return runs


def _mask(digits: str) -> str:
    return f"{digits[:2]}{'•' * (len(digits) - 6)}{digits[-4:]}"


def card_numbers(text: str) -> list[str]:
    """The payment card numbers written anywhere in ``text`` (masked for messages: first two and
    last four digits)."""
    if not text or (text.isascii() and len(_FEW_DIGITS.findall(text)) < _MIN):
        return []
    found: list[str] = []
    for groups, plus in _runs(unicodedata.normalize("NFKC", text)):
        total = sum(map(len, groups))
        if total < _MIN or (plus and total <= _E164_MAX):
            continue
        for start in range(len(groups)):
            digits = ""
            for group in groups[start:]:
                digits += group
                if len(digits) > _MAX:
                    break
                if len(digits) >= _MIN and is_card_number(digits):
                    masked = _mask(digits)
                    if masked not in found:
                        found.append(masked)
    return found
