"""What a sale or customer import reads, what it finds wrong, and what it changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from posassist.services.catalogue_sync.model import Problem

Progress = Callable[[str, int, int], None]  # (stage, done, total)
SALE_FORMATS = ("shopify", "square", "woocommerce", "csv")
CUSTOMER_FORMATS = ("shopify", "csv")
LISTED_PER_CODE = 1000  # problems of one code a report lists; the rest are counted in one more entry

__all__ = ["Problem"]


@dataclass(frozen=True)
class Options:
    format: str = "auto"
    currency: str = "CAD"  # for amounts the file gives without a currency
    store_id: int | None = None  # orders that name no store (web orders) belong to this one
    region: str = "CA"  # phone numbers written without a country code are read as this country's
    timezone: str = "UTC"  # local times without an offset are read in this zone
    dry_run: bool = False
    skip_invalid: bool = False
    mapping: dict[str, str] | None = None  # generic CSV: our field -> the file's column


@dataclass
class SaleCounts:
    rows: int = 0
    orders: int = 0
    lines: int = 0
    customers: int = 0
    refunds: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class CustomerCounts:
    rows: int = 0
    customers: int = 0
    created: int = 0
    updated: int = 0
    merged: int = 0
    unchanged: int = 0
    skipped: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


class Problems:
    """The report's problems, at most LISTED_PER_CODE per code (a million-line file with one
    problem per line must not fill the memory); how many more there were is listed once per code."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.per_code: dict[tuple[str, str], int] = {}
        self.errors = 0
        self.warnings = 0

    def add(self, p: Problem) -> None:
        if p.severity == "error":
            self.errors += 1
        else:
            self.warnings += 1
        key = (p.code, p.severity)
        n = self.per_code.get(key, 0) + 1
        self.per_code[key] = n
        if n <= LISTED_PER_CODE:
            self.items.append(p)

    def listed(self) -> list[Problem]:
        more = [
            Problem(
                None,
                None,
                None,
                None,
                sev,
                code,
                f"… and {n - LISTED_PER_CODE:,} more '{code}' problems like the ones above.",
            )
            for (code, sev), n in self.per_code.items()
            if n > LISTED_PER_CODE
        ]
        return self.items + more


@dataclass
class Report:
    source: str
    format: str
    dry_run: bool
    counts: SaleCounts | CustomerCounts
    problems: Problems = field(default_factory=Problems)
    applied: bool = False
    version: int | None = None  # the import's entry in the history

    @property
    def errors(self) -> int:
        return self.problems.errors

    @property
    def warnings(self) -> int:
        return self.problems.warnings

    def add(
        self, row: int | None, line: int | None, fld: str | None, value: str | None, severity: str, code: str, msg: str
    ) -> None:
        from posassist.services.sales_import.cells import problem

        self.problems.add(problem(row, line, fld, value, severity, code, msg))

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "dry_run": self.dry_run,
            "applied": self.applied,
            "version": self.version,
            "counts": self.counts.as_dict(),
            "problems": [p.as_dict() for p in self.problems.listed()],
        }


@dataclass
class Person:
    """Who an order or a customer record names, as read (nothing matched yet)."""

    source_id: str | None = None  # the customer's id in the source system
    email: str | None = None  # case-folded; None when missing, invalid or a relay address
    phone: str | None = None  # E.164
    phone_text: str | None = None  # as written (shown in the pane)
    name: str | None = None
    address: str | None = None
    consent_email: bool | None = None  # None: the source says nothing
    consent_sms: bool | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    tax_exempt: bool | None = None
    total_spent_minor: int | None = None
    total_orders: int | None = None
    currency: str | None = None

    @property
    def identified(self) -> bool:
        return bool(self.source_id or self.email or self.phone)


@dataclass
class Line:
    row: int
    line: int
    title: str
    sku: str | None
    quantity: int
    unit_price_minor: int  # before the line's discount
    discount_minor: int = 0
    tax_minor: int = 0
    fulfilment: str | None = None
    gtin: str | None = None


@dataclass
class Order:
    row: int
    line: int
    key: str  # the order's id in the source (unique per source)
    receipt: str  # the number as the customer has it ("#1042")
    sold_at: datetime | None = None
    currency: str = ""
    channel: str = "web"
    store_id: int | None = None
    pos_receipt: str | None = None
    subtotal_minor: int = 0
    discount_minor: int = 0
    shipping_minor: int = 0
    tax_minor: int = 0
    extra_minor: int = 0  # on top of subtotal and shipping: duties, tips
    total_minor: int = 0
    refunded_minor: int = 0
    tax_included: bool = False
    financial_status: str | None = None
    fulfilment_status: str | None = None
    fulfilled_at: datetime | None = None
    payment_method: str | None = None
    tender_kind: str = "other"
    person: Person = field(default_factory=Person)
    lines: list[Line] = field(default_factory=list)
    line_rows: int = 0  # rows that carried a line item (merchandise or not)
    line_tax_given: bool = False  # the file gives each line's tax: kept, not spread over the lines
    header_only: bool = False  # the file lists no items (a transactions export): lines kept as they are
    errors: int = 0
    skip: bool = False  # a test order, or an error with --skip-invalid
    digest: str = ""  # the fingerprint of its rows (see reading.group)
    legacy_digest: str | None = None  # as earlier versions made it, when the stored one is such
    customer_id: int | None = None


@dataclass
class RawOrder:
    """Consecutive rows of one order, as read (not parsed yet), and their fingerprint."""

    key: str
    row: int
    line: int
    rows: list[tuple[int, int, list[str]]]  # (row, line, values)
    digest: str = ""
    texts: list[Any] = field(default_factory=list)  # its records, when rows are not made yet (reading.Unsplit)
