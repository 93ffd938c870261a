"""Reading what real catalogue files contain: money with symbols and decimal commas, barcodes
damaged by spreadsheets, weights in any unit, rows that are services rather than shelf goods."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from posassist.domain.gtin import normalise
from posassist.domain.words import QT_TR_NOOP, Text

_SCI = re.compile(r"^\d+(?:[.,]\d+)?[eE][+]?\d+$")
_CURRENCY_SIGNS = {"$": None, "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "CHF": "CHF", "kr": None}
_CODE = re.compile(r"\b([A-Z]{3})\b")
NOT_MERCH_WORDS = (
    "shipping insurance",
    "shipping protection",
    "gift wrap",
    "gift wrapping",
    "appointment",
    "booking",
    "installation service",
    "assembly service",
    "consultation",
    "warranty plan",
    "service fee",
    "deposit",
    "route package protection",
)


@dataclass(frozen=True)
class Parsed:
    value: object | None
    code: str | None = None  # problem code for the report
    why: Text | None = None  # the problem as data; ``message`` is the sentence
    severity: str = "error"

    @property
    def message(self) -> str | None:
        """The problem in the reader's language."""
        return None if self.why is None else str(self.why)


def parse_money(raw: str | None, default_currency: str | None) -> tuple[Decimal | None, str | None, Parsed | None]:
    """'15.00 USD', '$1,299.99', '1.299,99 €', '12,50' -> (Decimal, currency, problem)."""
    if raw is None or not str(raw).strip():
        return None, default_currency, None
    text = str(raw).replace("\xa0", " ").strip()
    currency = default_currency
    m = _CODE.search(text.upper())
    if m:  # "15.00 USD"
        currency = m.group(1)
        text = _CODE.sub("", text.upper())
    for sign, code in _CURRENCY_SIGNS.items():
        if sign in text:
            text = text.replace(sign, "")
            if code and not m:
                currency = code
    text = text.replace(" ", "").replace("'", "")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 or not head else text.replace(",", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return (
            None,
            currency,
            Parsed(None, "invalid_price", Text(QT_TR_NOOP("'{raw}' is not a price; write it like 12.50."), raw=raw)),
        )
    if not value.is_finite() or value < 0:
        return (
            None,
            currency,
            Parsed(
                None, "invalid_price", Text(QT_TR_NOOP("'{raw}' is not a price (negative or not a number)."), raw=raw)
            ),
        )
    return value, currency, None


def parse_barcode(raw: str | None) -> Parsed:
    """A barcode cell as spreadsheets leave it. Returns the GTIN-14 or the problem: scientific
    notation and suffixes are 'malformed' (the digits are lost; re-export as text), a leading
    apostrophe is removed, and a code that lost its leading zero is restored when the check
    digit proves it."""
    if raw is None:
        return Parsed(None)
    text = str(raw).replace("\xa0", "").strip()
    if not text:
        return Parsed(None)
    if _SCI.match(text):
        return Parsed(
            None,
            "malformed_barcode",
            Text(
                QT_TR_NOOP(
                    "'{text}' is a barcode a spreadsheet turned into scientific notation: the digits are lost. Format the column as text and export again."
                ),
                text=text,
            ),
        )
    note = None
    if text.startswith("'"):
        text = text[1:]
        note = Text(QT_TR_NOOP("a leading apostrophe was removed"))
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
        note = Text(QT_TR_NOOP("a trailing '.0' was removed"))
    if not text.isdigit():
        return Parsed(
            None, "malformed_barcode", Text(QT_TR_NOOP("'{raw}' is not a barcode: it must be digits only."), raw=raw)
        )
    res = normalise(text)
    if res.gtin14 is None and len(text) in (7, 11, 12):
        padded = normalise(text.zfill(len(text) + 1))
        if padded.gtin14 is not None:
            return Parsed(
                padded.gtin14,
                "leading_zero_restored",
                Text(
                    QT_TR_NOOP("'{raw}' had lost its leading zero (a spreadsheet); restored as {restored}."),
                    raw=raw,
                    restored=text.zfill(len(text) + 1),
                ),
                "warning",
            )
    if res.gtin14 is None:
        return Parsed(
            None,
            res.code or "invalid_barcode",
            res.why or Text(QT_TR_NOOP("'{raw}' is not a valid barcode."), raw=raw),
        )
    if note:  # not a sentence of its own: the cell as typed, then what was done to it
        return Parsed(res.gtin14, "barcode_cleaned", Text("'{raw}': {note}.", raw=raw, note=note), "warning")
    return Parsed(res.gtin14)


_UNITS = {
    "g": Decimal(1),
    "kg": Decimal(1000),
    "lb": Decimal("453.59237"),
    "lbs": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
    "mg": Decimal("0.001"),
}


def parse_weight_g(raw: str | None, unit: str | None = None) -> Parsed:
    """'1.2 kg', '450 g', '2 lb', or a bare number in the given unit (grams by default)."""
    if raw is None or not str(raw).strip():
        return Parsed(None)
    text = str(raw).strip().lower().replace(",", ".")
    m = re.match(r"^([0-9]*\.?[0-9]+)\s*([a-z]*)$", text)
    if not m:
        return Parsed(
            None, "invalid_weight", Text(QT_TR_NOOP("'{raw}' is not a weight like '1.2 kg'."), raw=raw), "warning"
        )
    u = m.group(2) or (unit or "g").lower()
    if u not in _UNITS:
        return Parsed(
            None, "invalid_weight", Text(QT_TR_NOOP("'{raw}': unknown weight unit '{u}'."), raw=raw, u=u), "warning"
        )
    return Parsed(int((Decimal(m.group(1)) * _UNITS[u]).to_integral_value()))


def parse_length_mm(raw: str | None) -> int | None:
    """'80 cm', '31.5 in', '1200 mm', '2 m' -> millimetres (None when not a length)."""
    if raw is None or not str(raw).strip():
        return None
    m = re.match(r"^\s*([0-9]*[.,]?[0-9]+)\s*(mm|cm|m|in|inch|inches|\")?\s*$", str(raw).strip().lower())
    if not m:
        return None
    value = Decimal(m.group(1).replace(",", "."))
    factors: dict[str | None, int | Decimal] = {
        "mm": 1,
        "cm": 10,
        "m": 1000,
        "in": Decimal("25.4"),
        "inch": Decimal("25.4"),
        "inches": Decimal("25.4"),
        '"': Decimal("25.4"),
        None: 1,
    }
    return int((value * factors[m.group(2)]).to_integral_value())


def not_merchandise(title: str, product_type: str | None = None, requires_shipping: str | None = None) -> bool:
    """Services, insurance, bookings: rows that must not become shelf products."""
    text = f"{title} {product_type or ''}".lower()
    if any(w in text for w in NOT_MERCH_WORDS):
        return True
    return (product_type or "").strip().lower() in ("service", "services", "insurance", "fee")
