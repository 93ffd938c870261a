"""Cells of real exports into values: money (symbols, decimal commas, refunds written negative),
dates with their offset (or cut by a spreadsheet), e-mails (case-folded, relay addresses known),
phone numbers (phonenumbers, E.164), free text that must not carry a card number."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import phonenumbers

from posassist.domain.catalogue import parse_money
from posassist.domain.money import exponent, is_currency
from posassist.domain.privacy import card_numbers
from posassist.services.catalogue_sync.model import Problem

_PLAIN = re.compile(r"^-?\d{1,12}\.\d\d$")
_SCI = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+]?\d+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
# marketplaces that hide the buyer's address behind one that relays to them
RELAY_DOMAINS = (
    "scs.tiktokw.us",
    "tiktokshop.com",
    "marketplace.amazon.com",
    "marketplace.amazon.ca",
    "members.ebay.com",
    "relay.walmart.com",
    "etsy.com",
    "privaterelay.appleid.com",
)
_RELAY = frozenset(RELAY_DOMAINS)


def problem(
    row: int | None, line: int | None, fld: str | None, value: str | None, severity: str, code: str, msg: str
) -> Problem:
    """A problem for the report; a card number in the cell or the message never reaches it."""
    v = None if value is None else (value if len(value) <= 200 else value[:197] + "...")
    if v and card_numbers(v):
        v = None
    if card_numbers(msg):
        msg = "This cell contains what looks like a payment card number; it is not kept, not even in this report."
    return Problem(row, line, fld, v, severity, code, msg)


class Bad(ValueError):
    """A cell that cannot be read: the code and the words for the report."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


# an export's orders name the same customers again and again: a cell read once per customer
# (a store of 100,000 customers: some 30 MB at most, in the process that parses)
CUSTOMERS_CACHED = 131072


@lru_cache(maxsize=16384)
def money(raw: str, currency: str) -> int | None:
    """'12.50', '$1,299.99', '1.299,99 €', '-$3.00' -> minor units (None for a blank cell)."""
    text = raw.strip()
    if not text:
        return None
    if _PLAIN.match(text) and _digits(currency) == 2:
        return int(text.replace(".", ""))
    if _SCI.match(text):
        raise Bad("invalid_price", f"'{raw}' is in scientific notation (a spreadsheet changed it); export again.")
    negative = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
    text = text.strip("-()").replace("-", "")
    value, _cur, bad = parse_money(text, currency)
    if bad is not None or value is None:
        raise Bad("invalid_price", f"'{raw}' is not an amount; write it like 12.50.")
    digits = _digits(currency)
    minor = int((value.scaleb(digits)).to_integral_value())
    return -minor if negative else minor


@lru_cache(maxsize=64)
def _digits(currency: str) -> int:
    return exponent(currency)


def currency_code(raw: str, default: str) -> str:
    code = raw.strip().upper()
    if not code:
        return default
    if not is_currency(code):
        raise Bad("unknown_currency", f"'{raw}' is not a currency code; use one like CAD or EUR.")
    return code


def integer(raw: str) -> int | None:
    text = raw.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if text.endswith(".0") and text[:-2].isdigit():
        return int(text[:-2])
    raise Bad("parse_error", f"'{raw}' is not a whole number.")


# -- dates ---------------------------------------------------------------------------------------

_OFFSET = re.compile(r"^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d:?\d\d)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?:[ T,]+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([AaPp][Mm])?)?$")
_DAY_ONLY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def when(raw: str, tz: str) -> tuple[datetime | None, str | None]:
    """(an aware datetime, a warning) from what exports write: '2024-01-15 10:23:45 -0500' (Shopify),
    ISO 8601, or a local time in ``tz``. A date a spreadsheet cut to DD/MM/YYYY HH:MM is read when
    the day and month cannot be confused, with a warning; otherwise it is refused."""
    text = raw.strip()
    if not text:
        return None, None
    if len(text) == 25 and text[19] == " " and text[20] in "+-" and text[10] == " ":
        try:  # Shopify's '2024-01-15 10:23:45 -0500', the common case
            return datetime.fromisoformat(f"{text[:19]}{text[20:23]}:{text[23:]}"), None
        except ValueError:
            pass
    m = _OFFSET.match(text)
    if m:
        day, clock, off = m.groups()
        try:
            local = datetime.fromisoformat(f"{day}T{clock}")
        except ValueError:
            raise Bad("invalid_date", f"'{raw}' is not a date.") from None
        if off is None:
            return local.replace(tzinfo=zone(tz)), None
        if off == "Z":
            return local.replace(tzinfo=UTC), None
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return local.replace(tzinfo=UTC) - sign * delta, None
    m = _DAY_ONLY.match(text)
    if m:
        y, mo, d = map(int, m.groups())
        try:
            return datetime(y, mo, d, 12, tzinfo=zone(tz)), None
        except ValueError:
            raise Bad("invalid_date", f"'{raw}' is not a date.") from None
    m = _SLASHED.match(text)
    if m:
        a, b, yy, hh, mm, ss, ampm = m.groups()
        first, second, year = int(a), int(b), int(yy)
        if year < 100:
            year += 2000
        if first <= 12 and second <= 12 and first != second:
            raise Bad(
                "invalid_date",
                f"'{raw}' could be day/month or month/day (a spreadsheet rewrote the date); "
                "export the file again, or write dates as YYYY-MM-DD HH:MM:SS with the offset.",
            )
        day, month = (first, second) if first > 12 or first == second else (second, first)
        hour = int(hh or 12)
        if ampm:
            hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
        try:
            value = datetime(year, month, day, hour, int(mm or 0), int(ss or 0), tzinfo=zone(tz))
        except ValueError:
            raise Bad("invalid_date", f"'{raw}' is not a date.") from None
        return value, (
            f"'{raw}' lost its seconds and time zone in a spreadsheet; it was read as {value:%Y-%m-%d %H:%M} {tz}."
        )
    raise Bad("invalid_date", f"'{raw}' is not a date; write it as YYYY-MM-DD HH:MM:SS with the offset (-0500).")


# -- people --------------------------------------------------------------------------------------


@lru_cache(maxsize=CUSTOMERS_CACHED)
def email(raw: str) -> tuple[str | None, str | None]:
    """(the case-folded address or None, a problem code: invalid_email or relay_email)."""
    text = raw.strip().strip("'\"<>").strip()
    if not text:
        return None, None
    folded = text.casefold()
    if not _EMAIL.match(folded):
        return None, "invalid_email"
    domain = folded.rsplit("@", 1)[1]
    while True:  # the domain or one it is under ("x.scs.tiktokw.us")
        if domain in _RELAY:
            return None, "relay_email"
        dot = domain.find(".")
        if dot < 0:
            return folded, None
        domain = domain[dot + 1 :]


@lru_cache(maxsize=CUSTOMERS_CACHED)
def phone(raw: str, region: str) -> tuple[str | None, str | None]:
    """(E.164 or None, why not: a message) using phonenumbers; a number a spreadsheet turned into
    scientific notation (1.41655E+10) has lost digits and is refused."""
    text = raw.strip().lstrip("'")
    if not text:
        return None, None
    if _SCI.match(text):
        return None, f"'{raw}' is in scientific notation (a spreadsheet rounded it); its digits are lost."
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    nanp = _nanp(text, region)
    if nanp:
        return nanp, None
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None, f"'{raw}' is not a phone number."
    if not phonenumbers.is_possible_number(parsed):
        return None, f"'{raw}' is not a phone number (wrong number of digits for its country)."
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), None


_NANP_MARKS = str.maketrans("", "", " -.()/")
_NANP_REGIONS = frozenset(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1])


def _nanp(text: str, region: str) -> str | None:
    """The common case of a North American store, without a full parse: ten digits (or eleven with
    the leading 1 or +1) in the usual punctuation. The result is what phonenumbers gives for them
    (see the tests); anything else goes through phonenumbers."""
    plus = text.startswith("+")
    digits = text[1:].translate(_NANP_MARKS) if plus else text.translate(_NANP_MARKS)
    if not digits.isdigit() or not digits.isascii():
        return None
    if plus:
        if len(digits) != 11 or digits[0] != "1":
            return None
        digits = digits[1:]
    elif region not in _NANP_REGIONS:
        return None
    elif len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    elif len(digits) != 10:
        return None
    if digits[0] in "01" or digits[3] in "01":  # not a NANP area code or exchange: let the library judge
        return None
    return "+1" + digits


def flag(raw: str) -> bool | None:
    text = raw.strip().lower()
    if text in ("yes", "true", "1", "y", "subscribed", "opt-in", "opted_in"):
        return True
    if text in ("no", "false", "0", "n", "not_subscribed", "unsubscribed", "opt-out", "pending", "invalid"):
        return False
    return None


_DIGITS = frozenset("0123456789")


@lru_cache(maxsize=65536)
def has_card_number(text: str) -> bool:
    """True when ``text`` holds what looks like a payment card number (cached: titles, payment
    methods and names repeat from order to order)."""
    if text.isascii() and (len(text) < 13 or not _DIGITS.intersection(text)):
        return False  # a card number has at least 13 digits
    return bool(card_numbers(text))
