"""What a store set-up file holds once checked: the stores, staff, limits, tax, reasons and
conditions, and the keys each table may have."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

STORE_KEYS = {
    "code",
    "name",
    "address",
    "timezone",
    "currency",
    "language",
    "units",
    "offers_delivery",
    "latitude",
    "longitude",
    "prices_include_tax",
    "tax_rounding",
    "tax_rounding_mode",
    "tax_region",
    "carrier_days",
    "closed_on",
    "closed_dates",
    "hold_days",
    "region",
    "receipt_logo",
}
DISTANCE_KEYS = {"from", "to", "km", "transit_days", "transit_hours"}
LIMIT_KEYS = {
    "may_approve",
    "max_refund",
    "max_days_past_window",
    "goodwill_per_shift",
    "goodwill_per_week",
    "goodwill_per_month",
    "max_discount_percent",
    "approves",
    "min_pin_length",
}
STAFF_KEYS = {"code", "name", "role", "store", "badge", "pin", "pin_hash", "active"}
TAX_KEYS = {"store", "class", "component", "rate", "compound"}
REASON_KEYS = {"code", "label", "active"}
CONDITION_KEYS = {"code", "label", "means", "active"}
TOP_KEYS = {
    "stores",
    "distances",
    "role_limits",
    "staff",
    "policy",
    "tax",
    "tax_classes",
    "reason_codes",
    "condition_codes",
}
# a region as ISO 3166 writes it: a country (DE), or a country and its subdivision (CA-QC, US-OH)
REGION = re.compile(r"[A-Z]{2}(-[A-Z0-9]{1,3}){0,2}")
LOGO_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".bmp")
APPROVAL_KINDS = ("return", "goodwill", "price_override", "service", "discount")


@dataclass(frozen=True)
class StoreDoc:
    code: str
    name: str
    address: str
    timezone: str
    currency: str
    language: str
    units: str
    offers_delivery: bool
    latitude: float | None = None
    longitude: float | None = None
    prices_include_tax: bool = False
    tax_rounding: str = "line"
    tax_rounding_mode: str = "half_up"
    region: str | None = None  # where the store is (CA-QC, US-OH, DE): policy rules by jurisdiction read it
    receipt_logo: str | None = None  # an image file printed at the top of its receipts
    carrier_days: int = 2  # the carrier's working days from this store to a customer's door
    closed_weekdays: str = ""  # "6": closed on Sundays (0 = Monday)
    closed_dates: str = ""  # "2026-12-25 2027-01-01"
    hold_days: int = 7  # a hold waits this many days for the customer, then goes back to stock


@dataclass(frozen=True)
class TaxDoc:
    store: str
    tax_class: str
    component: str
    rate: Decimal  # percent
    compound: bool = False


@dataclass(frozen=True)
class ReasonDoc:
    code: str
    label: str
    active: bool = True


@dataclass(frozen=True)
class ConditionDoc:
    code: str
    label: str
    means: str  # the condition the policy knows it as (its fee, window, warranty and waivers)
    active: bool = True


@dataclass(frozen=True)
class LimitDoc:
    role: str
    may_approve: bool
    max_refund_minor: int
    max_days_past_window: int
    goodwill_per_shift_minor: int
    goodwill_per_month_minor: int
    max_discount_percent: int
    approves: tuple[str, ...]
    min_pin_length: int
    goodwill_per_week_minor: int = 0


@dataclass(frozen=True)
class StaffDoc:
    code: str
    name: str
    role: str
    store: str | None
    badge: str | None
    pin: str | None
    pin_hash: str | None
    active: bool


@dataclass
class SetupDoc:
    stores: list[StoreDoc] = field(default_factory=list)
    distances: list[tuple[str, str, int, int]] = field(default_factory=list)
    limits: list[LimitDoc] = field(default_factory=list)
    staff: list[StaffDoc] = field(default_factory=list)
    policy: dict[str, Any] | None = None
    tax: list[TaxDoc] = field(default_factory=list)  # every store in the file has exactly these rates
    tax_classes: dict[tuple[str, str], str] | None = None  # (department|product, code) -> class
    reasons: list[ReasonDoc] | None = None
    transit_hours: dict[tuple[str, str], int] = field(default_factory=dict)  # a same-day van, both ways
    conditions: list[ConditionDoc] | None = None

    @property
    def currency(self) -> str:
        return self.stores[0].currency if self.stores else "USD"
