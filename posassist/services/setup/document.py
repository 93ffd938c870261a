"""The store configuration as one TOML document: read, checked key by key, and written back.

A problem names the key and the line of the file ("stores[2].timezone (line 14): …"), so the
person editing it can go straight there. Nothing here touches the database."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from posassist.domain.money import Money, is_currency
from posassist.domain.permissions import ROLES
from posassist.domain.policy import CONDITIONS as CONDITION_MEANINGS
from posassist.domain.tax import PRESETS, ROUNDING, ROUNDING_MODES, TAX_CLASSES, UNTAXED_CLASSES, TaxError, parse_rate
from posassist.errors import InvalidInput
from posassist.i18n import tr

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


class _Lines:
    """Where a key sits in the file: the line of ``key =`` inside the n-th ``[[table]]``."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def of(self, table: str, index: int | None, key: str | None) -> int | None:
        header = re.compile(r"^\s*\[\[\s*" + re.escape(table) + r"\s*\]\]") if index is not None else None
        plain = re.compile(r"^\s*\[\s*" + re.escape(table) + r"(\.[^\]]*)?\s*\]")
        seen, start = -1, None
        for n, line in enumerate(self.lines, 1):
            if header is not None and header.match(line):
                seen += 1
                if seen == index:
                    start = n
            elif header is None and plain.match(line) and start is None:
                start = n
            elif start is not None and re.match(r"^\s*\[", line):
                break
            elif start is not None and key and re.match(r"^\s*" + re.escape(key) + r"\s*=", line):
                return n
        return start


class _Reader:
    def __init__(self, text: str) -> None:
        self.where = _Lines(text)

    def fail(self, path: str, message: str, table: str, index: int | None = None, key: str | None = None) -> NoReturn:
        line = self.where.of(table, index, key)
        at = tr("{path} (line {line})", path=path, line=line) if line else path
        raise InvalidInput(tr("{at}: {message}", at=at, message=message), field=path, row=line)

    def check_keys(self, item: Any, allowed: set[str], path: str, table: str, index: int | None) -> dict[str, Any]:
        if not isinstance(item, dict):
            self.fail(path, tr("expected a table of settings"), table, index)
        for key in item:
            if key not in allowed:
                self.fail(
                    f"{path}.{key}",
                    tr("unknown setting; the settings here are: {keys}.", keys=", ".join(sorted(allowed))),
                    table,
                    index,
                    key,
                )
        return dict(item)

    def text(
        self,
        item: dict[str, Any],
        key: str,
        path: str,
        table: str,
        index: int | None,
        *,
        required: bool = True,
        default: str = "",
    ) -> str:
        value = item.get(key, None if required else default)
        if value is None:
            self.fail(f"{path}.{key}", tr("this setting is required"), table, index)
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", tr("expected text in quotes"), table, index, key)
        return str(value).strip()

    def number(
        self,
        item: dict[str, Any],
        key: str,
        path: str,
        table: str,
        index: int | None,
        *,
        default: int = 0,
        low: int = 0,
        high: int = 10**9,
    ) -> int:
        value = item.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(
                f"{path}.{key}",
                tr("expected a whole number from {low} to {high}", low=low, high=high),
                table,
                index,
                key,
            )
        return int(value)

    def flag(self, item: dict[str, Any], key: str, path: str, table: str, index: int | None, default: bool) -> bool:
        value = item.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{path}.{key}", tr("expected true or false"), table, index, key)
        return bool(value)

    def money(self, item: dict[str, Any], key: str, path: str, table: str, currency: str) -> int:
        value = item.get(key, "0")
        try:
            if isinstance(value, bool) or isinstance(value, float):
                raise InvalidOperation
            amount = Decimal(str(value))
            if not amount.is_finite() or amount < 0:
                raise InvalidOperation
        except InvalidOperation:
            self.fail(f"{path}.{key}", tr('expected an amount in quotes, e.g. "250.00"'), table, None, key)
        return Money.of(amount, currency).minor


def parse(text: str) -> SetupDoc:
    """The document, checked; raises InvalidInput naming the key and line of the first problem."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InvalidInput(tr("The file is not valid TOML: {err}", err=err), field="file") from err
    r = _Reader(text)
    for key in raw:
        if key not in TOP_KEYS:
            r.fail(key, tr("unknown section; the sections are: {keys}.", keys=", ".join(sorted(TOP_KEYS))), key, None)
    doc = SetupDoc()
    doc.stores = _stores(r, raw.get("stores", []))
    doc.distances = _distances(r, raw.get("distances", []), {st.code for st in doc.stores})
    doc.limits = _limits(r, raw.get("role_limits", {}), doc.currency)
    doc.staff = _staff(r, raw.get("staff", []), {st.code for st in doc.stores})
    doc.tax = _tax(r, raw.get("tax", []), {st.code for st in doc.stores})
    doc.stores, doc.tax = _regions(r, raw.get("stores", []), doc.stores, doc.tax)
    doc.stores, doc.transit_hours = _delivery(r, raw.get("stores", []), doc.stores, raw.get("distances", []))
    if "tax_classes" in raw:
        doc.tax_classes = _tax_classes(r, raw["tax_classes"])
    if "reason_codes" in raw:
        doc.reasons = _reasons(r, raw["reason_codes"])
    if "condition_codes" in raw:
        doc.conditions = _conditions(r, raw["condition_codes"])
    if "policy" in raw:
        if not isinstance(raw["policy"], dict):
            r.fail("policy", tr("expected a table of policy settings"), "policy", None)
        doc.policy = dict(raw["policy"])
    return doc


def _stores(r: _Reader, items: Any) -> list[StoreDoc]:
    if not isinstance(items, list):
        r.fail("stores", tr("write each store as a [[stores]] table"), "stores", None)
    out: list[StoreDoc] = []
    codes: set[str] = set()
    for i, item in enumerate(items):
        path = f"stores[{i + 1}]"
        item = r.check_keys(item, STORE_KEYS, path, "stores", i)
        code = r.text(item, "code", path, "stores", i)
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,20}", code):
            r.fail(f"{path}.code", tr("letters, digits, - and _ only (at most 20)"), "stores", i, "code")
        if code in codes:
            r.fail(f"{path}.code", tr("store code {code} is used twice", code=code), "stores", i, "code")
        codes.add(code)
        tz = r.text(item, "timezone", path, "stores", i)
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            r.fail(
                f"{path}.timezone", tr("{tz} is not a time zone (e.g. America/Toronto)", tz=tz), "stores", i, "timezone"
            )
        currency = r.text(item, "currency", path, "stores", i).upper()
        if not is_currency(currency):
            r.fail(
                f"{path}.currency",
                tr("{currency} is not an ISO 4217 currency code (e.g. CAD, EUR)", currency=currency),
                "stores",
                i,
                "currency",
            )
        units = r.text(item, "units", path, "stores", i, required=False, default="metric")
        if units not in ("metric", "imperial"):
            r.fail(f"{path}.units", tr("metric or imperial"), "stores", i, "units")
        rounding = r.text(item, "tax_rounding", path, "stores", i, required=False, default="line")
        if rounding not in ROUNDING:
            r.fail(f"{path}.tax_rounding", tr("line or receipt"), "stores", i, "tax_rounding")
        rounding_mode = r.text(item, "tax_rounding_mode", path, "stores", i, required=False, default="half_up")
        if rounding_mode not in ROUNDING_MODES:
            r.fail(f"{path}.tax_rounding_mode", tr("half_up or half_even"), "stores", i, "tax_rounding_mode")
        region = item.get("region")
        if region is not None and (not isinstance(region, str) or not REGION.fullmatch(region.strip().upper())):
            r.fail(
                f"{path}.region",
                tr(
                    "{value} is not a region: write the country, or country-subdivision (DE, CA-QC, US-OH)",
                    value=region,
                ),
                "stores",
                i,
                "region",
            )
        logo = item.get("receipt_logo")
        if logo is not None and (not isinstance(logo, str) or not logo.strip().lower().endswith(LOGO_TYPES)):
            r.fail(
                f"{path}.receipt_logo",
                tr("the path of an image file ({types})", types=", ".join(LOGO_TYPES)),
                "stores",
                i,
                "receipt_logo",
            )
        lat, lon = item.get("latitude"), item.get("longitude")
        for key, value, bound in (("latitude", lat, 90), ("longitude", lon, 180)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, (int, float)) or not -bound <= value <= bound
            ):
                r.fail(f"{path}.{key}", tr("expected degrees from -{b} to {b}", b=bound), "stores", i, key)
        out.append(
            StoreDoc(
                code,
                r.text(item, "name", path, "stores", i),
                r.text(item, "address", path, "stores", i, required=False),
                tz,
                currency,
                r.text(item, "language", path, "stores", i, required=False, default="en_US"),
                units,
                r.flag(item, "offers_delivery", path, "stores", i, False),
                None if lat is None else float(lat),
                None if lon is None else float(lon),
                r.flag(item, "prices_include_tax", path, "stores", i, False),
                rounding,
                rounding_mode,
                region.strip().upper() if isinstance(region, str) else None,
                logo.strip() if isinstance(logo, str) else None,
            )
        )
    return out


def _distances(r: _Reader, items: Any, codes: set[str]) -> list[tuple[str, str, int, int]]:
    if not isinstance(items, list):
        r.fail("distances", tr("write each distance as a [[distances]] table"), "distances", None)
    out = []
    for i, item in enumerate(items):
        path = f"distances[{i + 1}]"
        item = r.check_keys(item, DISTANCE_KEYS, path, "distances", i)
        a, b = r.text(item, "from", path, "distances", i), r.text(item, "to", path, "distances", i)
        for key, code in (("from", a), ("to", b)):
            if code not in codes:
                r.fail(f"{path}.{key}", tr("there is no store {code} in this file", code=code), "distances", i, key)
        out.append(
            (
                a,
                b,
                r.number(item, "km", path, "distances", i, high=20_000),
                r.number(item, "transit_days", path, "distances", i, default=1, high=60),
            )
        )
    return out


def _limits(r: _Reader, table: Any, currency: str) -> list[LimitDoc]:
    if not isinstance(table, dict):
        r.fail("role_limits", tr("write each role as a [role_limits.ROLE] table"), "role_limits", None)
    out = []
    for role, item in table.items():
        path = f"role_limits.{role}"
        if role not in ROLES:
            r.fail(
                path,
                tr("{role} is not a role; the roles are: {roles}.", role=role, roles=", ".join(ROLES)),
                f"role_limits.{role}",
                None,
            )
        item = r.check_keys(item, LIMIT_KEYS, path, f"role_limits.{role}", None)
        t = f"role_limits.{role}"
        kinds = item.get("approves", [])
        if not isinstance(kinds, list) or any(k not in APPROVAL_KINDS for k in kinds):
            r.fail(f"{path}.approves", tr("a list of: {kinds}", kinds=", ".join(APPROVAL_KINDS)), t, None, "approves")
        shift = r.money(item, "goodwill_per_shift", path, t, currency)
        month = r.money(item, "goodwill_per_month", path, t, currency)
        # a week's budget left out is the month's (no tighter limit than the file asks for)
        week = r.money(item, "goodwill_per_week", path, t, currency) if "goodwill_per_week" in item else month
        for key, low, high in (
            ("goodwill_per_shift", shift, week),
            ("goodwill_per_week", week, month),
        ):
            if key in item and low > high:
                r.fail(
                    f"{path}.{key}",
                    tr(
                        "goodwill_per_shift ≤ goodwill_per_week ≤ goodwill_per_month: a shorter budget cannot be "
                        "larger than a longer one"
                    ),
                    t,
                    None,
                    key,
                )
        out.append(
            LimitDoc(
                role,
                r.flag(item, "may_approve", path, t, None, False),
                r.money(item, "max_refund", path, t, currency),
                r.number(item, "max_days_past_window", path, t, None, high=3650),
                shift,
                month,
                r.number(item, "max_discount_percent", path, t, None, high=100),
                tuple(kinds),
                r.number(item, "min_pin_length", path, t, None, default=4, low=4, high=64),
                week,
            )
        )
    return out


def _staff(r: _Reader, items: Any, stores: set[str]) -> list[StaffDoc]:
    if not isinstance(items, list):
        r.fail("staff", tr("write each person as a [[staff]] table"), "staff", None)
    out, codes = [], set()
    for i, item in enumerate(items):
        path = f"staff[{i + 1}]"
        item = r.check_keys(item, STAFF_KEYS, path, "staff", i)
        code = r.text(item, "code", path, "staff", i)
        if not code.isalnum():
            r.fail(f"{path}.code", tr("letters and digits only"), "staff", i, "code")
        if code in codes:
            r.fail(f"{path}.code", tr("staff code {code} is used twice", code=code), "staff", i, "code")
        codes.add(code)
        role = r.text(item, "role", path, "staff", i)
        if role not in ROLES:
            r.fail(f"{path}.role", tr("one of: {roles}", roles=", ".join(ROLES)), "staff", i, "role")
        store = item.get("store")
        if store is not None and store not in stores:
            r.fail(f"{path}.store", tr("there is no store {code} in this file", code=store), "staff", i, "store")
        pin_hash = item.get("pin_hash")
        if pin_hash is not None and not str(pin_hash).startswith("$argon2id$"):
            r.fail(f"{path}.pin_hash", tr("an argon2id hash as written by --export"), "staff", i, "pin_hash")
        out.append(
            StaffDoc(
                code,
                r.text(item, "name", path, "staff", i),
                role,
                store,
                item.get("badge"),
                item.get("pin"),
                pin_hash,
                r.flag(item, "active", path, "staff", i, True),
            )
        )
    return out


def _tax(r: _Reader, items: Any, stores: set[str]) -> list[TaxDoc]:
    """[[tax]] rows: one component of one class in one store."""
    if not isinstance(items, list):
        r.fail("tax", tr("write each tax rate as a [[tax]] table"), "tax", None)
    out: list[TaxDoc] = []
    seen: set[tuple[str, str, str]] = set()
    for i, item in enumerate(items):
        path = f"tax[{i + 1}]"
        item = r.check_keys(item, TAX_KEYS, path, "tax", i)
        store = r.text(item, "store", path, "tax", i)
        if store not in stores:
            r.fail(f"{path}.store", tr("there is no store {code} in this file", code=store), "tax", i, "store")
        tax_class = r.text(item, "class", path, "tax", i, required=False, default="standard")
        if tax_class not in TAX_CLASSES:
            r.fail(
                f"{path}.class",
                tr(
                    "{value} is not a tax class; the classes are: {classes}.",
                    value=tax_class,
                    classes=", ".join(TAX_CLASSES),
                ),
                "tax",
                i,
                "class",
            )
        component = r.text(item, "component", path, "tax", i)
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", component):
            r.fail(f"{path}.component", tr("a short name such as GST, QST or VAT"), "tax", i, "component")
        if "rate" not in item:
            r.fail(f"{path}.rate", tr("this setting is required"), "tax", i)
        try:
            rate = parse_rate(item["rate"])
        except TaxError:
            r.fail(
                f"{path}.rate",
                tr(
                    '{value} is not a tax rate: give a percent from 0 to 100 with at most 4 decimals (e.g. "9.975").',
                    value=item["rate"],
                ),
                "tax",
                i,
                "rate",
            )
        if tax_class in UNTAXED_CLASSES and rate:
            r.fail(
                f"{path}.rate",
                tr("the {tax_class} class charges no tax; give 0 or leave it out.", tax_class=tax_class),
                "tax",
                i,
                "rate",
            )
        if (store, tax_class, component) in seen:
            r.fail(
                f"{path}.component",
                tr("{component} is given twice for store {store}", component=component, store=store),
                "tax",
                i,
                "component",
            )
        seen.add((store, tax_class, component))
        out.append(TaxDoc(store, tax_class, component, rate, r.flag(item, "compound", path, "tax", i, False)))
    return out


def _regions(r: _Reader, items: Any, stores: list[StoreDoc], tax: list[TaxDoc]) -> tuple[list[StoreDoc], list[TaxDoc]]:
    """A store's ``tax_region`` (CA-QC, DE, US-OR…) gives its rates and settings unless the file
    has [[tax]] rows for it; settings the store gives itself win over the region's."""
    from dataclasses import replace

    out = []
    for i, sd in enumerate(stores):
        item = items[i]
        region = item.get("tax_region")
        if region is None:
            out.append(sd)
            continue
        path = f"stores[{i + 1}].tax_region"
        if not isinstance(region, str) or region.upper() not in PRESETS:
            r.fail(
                path,
                tr(
                    "{value} is not a tax region; the regions are: {regions}.", value=region, regions=", ".join(PRESETS)
                ),
                "stores",
                i,
                "tax_region",
            )
        preset = PRESETS[str(region).upper()]
        where = sd.region or (None if str(region).upper() in ("NONE", "US-NONE") else str(region).upper())
        sd = replace(
            sd,
            region=where,  # the tax region is where the store is, unless the file says otherwise
            prices_include_tax=bool(item.get("prices_include_tax", preset.included)),
            tax_rounding=str(item.get("tax_rounding", preset.rounding)),
            tax_rounding_mode=str(item.get("tax_rounding_mode", preset.mode)),
        )
        if not any(t.store == sd.code for t in tax):
            for tax_class, comps in preset.rates.items():
                tax = tax + [TaxDoc(sd.code, tax_class, c.code, c.rate, c.compound) for c in comps]
        out.append(sd)
    return out, tax


def _tax_classes(r: _Reader, table: Any) -> dict[tuple[str, str], str]:
    """[tax_classes] departments = {GROC = "zero"}, products = {"BOOK-1" = "zero"}."""
    if not isinstance(table, dict):
        r.fail("tax_classes", tr("write departments = {...} and products = {...} under [tax_classes]"), "tax_classes")
    r.check_keys(table, {"departments", "products"}, "tax_classes", "tax_classes", None)
    out: dict[tuple[str, str], str] = {}
    for kind_key, kind in (("departments", "department"), ("products", "product")):
        entries = table.get(kind_key, {})
        where = f"tax_classes.{kind_key}"
        if not isinstance(entries, dict):
            r.fail(where, tr("a table of code = class"), "tax_classes", None, kind_key)
        for code, tax_class in entries.items():
            if tax_class not in TAX_CLASSES:
                line = r.where.of(where, None, code) or r.where.of("tax_classes", None, kind_key)
                at = tr("{path} (line {line})", path=f"{where}.{code}", line=line) if line else f"{where}.{code}"
                raise InvalidInput(
                    tr(
                        "{at}: {message}",
                        at=at,
                        message=tr(
                            "{value} is not a tax class; the classes are: {classes}.",
                            value=tax_class,
                            classes=", ".join(TAX_CLASSES),
                        ),
                    ),
                    field=f"{where}.{code}",
                    row=line,
                )
            if tax_class != "standard":
                out[(kind, str(code))] = str(tax_class)
    return out


def _reasons(r: _Reader, items: Any) -> list[ReasonDoc]:
    """[[reason_codes]]: the reasons approvers choose from, in this order; codes left out are retired."""
    if not isinstance(items, list):
        r.fail("reason_codes", tr("write each reason as a [[reason_codes]] table"), "reason_codes", None)
    out: list[ReasonDoc] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        path = f"reason_codes[{i + 1}]"
        item = r.check_keys(item, REASON_KEYS, path, "reason_codes", i)
        code = r.text(item, "code", path, "reason_codes", i)
        if not re.fullmatch(r"[a-z0-9_]{1,32}", code):
            r.fail(f"{path}.code", tr("lower-case letters, digits and _ only (at most 32)"), "reason_codes", i, "code")
        if code in seen:
            r.fail(f"{path}.code", tr("reason code {code} is used twice", code=code), "reason_codes", i, "code")
        seen.add(code)
        label = r.text(item, "label", path, "reason_codes", i, required=False)
        out.append(ReasonDoc(code, label[:200], r.flag(item, "active", path, "reason_codes", i, True)))
    if not any(rd.active for rd in out):
        r.fail("reason_codes", tr("keep at least one active reason, or approvers cannot decide"), "reason_codes", 0)
    return out


def _conditions(r: _Reader, items: Any) -> list[ConditionDoc]:
    """[[condition_codes]]: the conditions associates choose from when an item comes back, in this
    order; each ``means`` one the policy knows (unopened, opened, worn, damaged_by_customer, faulty,
    hygiene), so "used" can be judged as opened. Codes left out are retired."""
    if not isinstance(items, list):
        r.fail("condition_codes", tr("write each condition as a [[condition_codes]] table"), "condition_codes", None)
    out: list[ConditionDoc] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        path = f"condition_codes[{i + 1}]"
        item = r.check_keys(item, CONDITION_KEYS, path, "condition_codes", i)
        code = r.text(item, "code", path, "condition_codes", i)
        if not re.fullmatch(r"[a-z0-9_]{1,32}", code):
            r.fail(
                f"{path}.code", tr("lower-case letters, digits and _ only (at most 32)"), "condition_codes", i, "code"
            )
        if code in seen:
            r.fail(f"{path}.code", tr("condition code {code} is used twice", code=code), "condition_codes", i, "code")
        seen.add(code)
        means = r.text(item, "means", path, "condition_codes", i, required=code not in CONDITION_MEANINGS, default=code)
        if means not in CONDITION_MEANINGS:
            r.fail(
                f"{path}.means",
                tr(
                    "{value} is not a condition the policy knows; write one of: {known}.",
                    value=means,
                    known=", ".join(CONDITION_MEANINGS),
                ),
                "condition_codes",
                i,
                "means",
            )
        label = r.text(item, "label", path, "condition_codes", i, required=False)
        out.append(ConditionDoc(code, label[:200], means, r.flag(item, "active", path, "condition_codes", i, True)))
    if not any(cd.active for cd in out):
        r.fail("condition_codes", tr("keep at least one active condition"), "condition_codes", 0)
    return out


def document_line(text: str, table: str, index: int | None, key: str | None) -> int | None:
    """The line of ``key`` in the n-th ``[[table]]`` of a set-up file (for checks made after parsing)."""
    return _Lines(text).of(table, index, key)


def _delivery(
    r: _Reader, items: Any, stores: list[StoreDoc], distances: Any
) -> tuple[list[StoreDoc], dict[tuple[str, str], int]]:
    """What arrival dates are made of: each store's carrier days, closing days and hold days;
    the hours of a same-day van between two stores."""
    from dataclasses import replace

    from posassist.domain import delivery

    out = []
    for i, sd in enumerate(stores):
        item, path = items[i], f"stores[{i + 1}]"
        closed: dict[str, str] = {}
        for key in ("closed_on", "closed_dates"):
            value = item.get(key, [])
            hint = tr('a list such as ["sun"]') if key == "closed_on" else tr('a list of dates such as ["2026-12-25"]')
            if not isinstance(value, list) or any(isinstance(v, bool) for v in value):
                r.fail(f"{path}.{key}", hint, "stores", i, key)
            try:
                if key == "closed_on":
                    closed[key] = delivery.weekdays_text(delivery.parse_weekdays(value))
                else:
                    closed[key] = delivery.dates_text(delivery.parse_dates(value))
            except (delivery.CalendarError, TypeError):
                r.fail(f"{path}.{key}", hint, "stores", i, key)
        try:
            delivery.calendar(closed["closed_on"], closed["closed_dates"])
        except delivery.CalendarError:
            r.fail(f"{path}.closed_on", tr("a store must be open at least one day a week"), "stores", i, "closed_on")
        out.append(
            replace(
                sd,
                carrier_days=r.number(item, "carrier_days", path, "stores", i, default=2, high=30),
                closed_weekdays=closed["closed_on"],
                closed_dates=closed["closed_dates"],
                hold_days=r.number(item, "hold_days", path, "stores", i, default=7, low=1, high=90),
            )
        )
    hours: dict[tuple[str, str], int] = {}
    for i, item in enumerate(distances if isinstance(distances, list) else []):
        if isinstance(item, dict) and "transit_hours" in item:
            n = r.number(item, "transit_hours", f"distances[{i + 1}]", "distances", i, low=1, high=24)
            a, b = str(item.get("from")), str(item.get("to"))
            hours[(a, b)] = hours[(b, a)] = n
    return out, hours
