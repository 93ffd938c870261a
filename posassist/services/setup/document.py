"""The store configuration as one TOML document: read, checked key by key, and written back.

A problem names the key and the line of the file ("stores[2].timezone (line 14): …"), so the
person editing it can go straight there. Nothing here touches the database. What the checked
document holds is in ``model``, the key-by-key reader in ``reader``, the tax sections in
``tax_sections``."""

from __future__ import annotations

import re
import tomllib
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from posassist.domain.money import is_currency
from posassist.domain.permissions import ROLES
from posassist.domain.policy import CONDITIONS as CONDITION_MEANINGS
from posassist.domain.tax import ROUNDING, ROUNDING_MODES
from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.setup.model import (
    APPROVAL_KINDS,
    CONDITION_KEYS,
    DISTANCE_KEYS,
    LIMIT_KEYS,
    LOGO_TYPES,
    REASON_KEYS,
    REGION,
    STAFF_KEYS,
    STORE_KEYS,
    TOP_KEYS,
    ConditionDoc,
    LimitDoc,
    ReasonDoc,
    SetupDoc,
    StaffDoc,
    StoreDoc,
)
from posassist.services.setup.reader import Reader
from posassist.services.setup.tax_sections import _regions, _tax, _tax_classes


def parse(text: str) -> SetupDoc:
    """The document, checked; raises InvalidInput naming the key and line of the first problem."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InvalidInput(tr("The file is not valid TOML: {err}", err=err), field="file") from err
    r = Reader(text)
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


def _stores(r: Reader, items: Any) -> list[StoreDoc]:
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


def _distances(r: Reader, items: Any, codes: set[str]) -> list[tuple[str, str, int, int]]:
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


def _limits(r: Reader, table: Any, currency: str) -> list[LimitDoc]:
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


def _staff(r: Reader, items: Any, stores: set[str]) -> list[StaffDoc]:
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


def _reasons(r: Reader, items: Any) -> list[ReasonDoc]:
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


def _conditions(r: Reader, items: Any) -> list[ConditionDoc]:
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


def _delivery(
    r: Reader, items: Any, stores: list[StoreDoc], distances: Any
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
