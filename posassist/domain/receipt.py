"""A receipt as data: what a printed slip or page says, before any words or printer.

Amounts are integer minor units in the receipt's currency; codes (reasons, resolutions, tenders,
roles) stay codes until the edge words them in the reader's language. A gift receipt is the same
document with every price taken out (:func:`as_gift`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

KINDS = ("sale", "exchange", "order", "return", "voucher", "hold", "goodwill", "test")
SYMBOLOGIES = ("code128", "qr")
# what Code 128 (set B) carries: printable ASCII; receipt numbers are kept to that
_CODE128 = re.compile(r"^[\x20-\x7e]{1,64}$")


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # associate/shift_lead/store_manager/admin


@dataclass(frozen=True)
class ItemLine:
    """An item on the receipt: going back to the store (``direction`` "in") or to the customer."""

    description: str
    quantity: int
    amount_minor: int | None  # None on a gift receipt
    direction: str = "out"  # out (sold, replacement) / in (returned)
    reason: str | None = None  # return reason code
    condition: str | None = None
    resolution: str | None = None  # refund/store_credit/exchange_now/…
    sku: str | None = None


@dataclass(frozen=True)
class TenderLine:
    kind: str  # card/cash/gift_card/store_credit/original_tender
    amount_minor: int
    reference: str | None = None  # last four digits of a card, a voucher number
    refund: bool = False  # money going back to the customer


@dataclass(frozen=True)
class Credit:
    """Store credit on the receipt: the voucher, what this receipt moved and what is left."""

    voucher: str
    amount_minor: int  # issued (+) or spent (-) here
    balance_minor: int
    expires_at: datetime | None = None


@dataclass(frozen=True)
class TaxPart:
    """One tax component of the receipt's tax: GST 5 %, QST 9.975 %, VAT 19 %."""

    component: str
    rate: str  # percent as written: "9.975"
    amount_minor: int


@dataclass(frozen=True)
class Totals:
    subtotal_minor: int | None = None
    tax_minor: int = 0
    fee_minor: int = 0
    total_minor: int | None = None
    refund_minor: int = 0
    customer_pays_minor: int = 0
    tax_included: bool = True
    tax_parts: tuple[TaxPart, ...] = ()  # the tax by component (they add up to tax_minor); none: one line


@dataclass(frozen=True)
class ReceiptDoc:
    kind: str
    number: str
    issued_at: datetime  # aware
    timezone: str
    currency: str
    store_name: str
    store_code: str
    store_address: str = ""
    counter: str = ""
    associate: Person | None = None
    approver: Person | None = None
    customer: str | None = None
    original_number: str | None = None
    original_date: datetime | None = None
    lines: tuple[ItemLine, ...] = ()
    tenders: tuple[TenderLine, ...] = ()
    totals: Totals = field(default_factory=Totals)
    credits: tuple[Credit, ...] = ()
    policy_version: int | None = None
    rule: str | None = None  # the policy rule the verdict rested on
    new_sale: str | None = None  # the exchange or order opened by a return
    barcode: str = ""
    symbology: str = "code128"
    gift: bool = False
    copy: bool = False
    note: str = ""
    logo: str | None = None  # the store's logo: an image file printed at the top

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown receipt kind {self.kind!r}")
        if self.issued_at.tzinfo is None:
            raise ValueError("a receipt's time must be timezone-aware")
        if self.symbology not in SYMBOLOGIES:
            raise ValueError(f"unknown symbology {self.symbology!r}")
        if self.barcode and not barcode_ok(self.barcode):
            raise ValueError(f"{self.barcode!r} cannot be carried by a receipt barcode")

    @property
    def lines_in(self) -> tuple[ItemLine, ...]:
        return tuple(ln for ln in self.lines if ln.direction == "in")

    @property
    def lines_out(self) -> tuple[ItemLine, ...]:
        return tuple(ln for ln in self.lines if ln.direction == "out")


def barcode_ok(payload: str) -> bool:
    return bool(_CODE128.match(payload))


def barcode_payload(number: str) -> str:
    """What the barcode carries: the receipt number itself, so a scan is the same as typing it."""
    payload = number.strip()
    if not barcode_ok(payload):
        raise ValueError(f"{number!r} cannot be carried by a receipt barcode")
    return payload


def as_gift(doc: ReceiptDoc) -> ReceiptDoc:
    """The gift receipt: the items and quantities, the number and barcode (so the recipient can
    return or exchange), no prices, tenders, tax, fees or credit balances."""
    lines = tuple(replace(ln, amount_minor=None) for ln in doc.lines if ln.direction == "out" or doc.kind == "return")
    return replace(doc, lines=lines, tenders=(), totals=Totals(), credits=(), gift=True, customer=None)


def as_copy(doc: ReceiptDoc) -> ReceiptDoc:
    return replace(doc, copy=True)


def columns(width_mm: int) -> int:
    """Characters per line in the printer's standard font: 58 mm rolls print 32, 80 mm print 42
    (a 512-dot head at 12 dots a character; 576-dot heads fit 48 but 42 is safe on both)."""
    if width_mm not in (58, 80):
        raise ValueError("thermal rolls are 58 or 80 mm wide")
    return 32 if width_mm == 58 else 42


def two_columns(left: str, right: str, width: int) -> list[str]:
    """``left`` and ``right`` on one line of ``width`` characters, ``left`` wrapped when long;
    the right part ends at the right margin of the last line."""
    right = right.strip()
    room = width - len(right) - 1
    if room < 8:  # the amount alone takes the line: put it under the text
        return [*wrap(left, width), right.rjust(width)]
    words = wrap(left, room)
    if not words:
        words = [""]
    head, last = words[:-1], words[-1]
    return [*head, last.ljust(room) + " " + right]


def wrap(text: str, width: int) -> list[str]:
    """Words to lines of at most ``width`` characters (a word longer than that is cut)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        while len(word) > width:
            if line:
                out.append(line)
                line = ""
            out.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out


PRINTER_KINDS = ("usb", "network", "serial", "file", "system", "pdf")


@dataclass(frozen=True)
class Printer:
    """Where a counter's receipts go: an ESC/POS thermal printer (usb "04b8:0202", network
    "host:9100", serial "/dev/ttyUSB0@9600", file: a device or file the raw bytes are written
    to), the system printer (address: its name, empty for the default) or a PDF folder or file."""

    name: str
    kind: str
    address: str = ""
    width_mm: int = 80
    profile: str = ""
    code_page: str = "auto"
    barcode: str = "code128"
    is_default: bool = False

    def __post_init__(self) -> None:
        if self.kind not in PRINTER_KINDS:
            raise ValueError(f"unknown printer kind {self.kind!r}")
        if self.width_mm not in (58, 80):
            raise ValueError("thermal rolls are 58 or 80 mm wide")
        if self.barcode not in SYMBOLOGIES:
            raise ValueError(f"unknown symbology {self.barcode!r}")

    @property
    def thermal(self) -> bool:
        return self.kind in ("usb", "network", "serial", "file")

    @property
    def label(self) -> str:
        return f"{self.name} ({self.kind}{': ' + self.address if self.address else ''})"
