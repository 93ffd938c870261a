"""Every setting of a return policy checked before it can judge a return: the first problem raises
``InvalidInput`` naming the setting's path (``conditions.opened.restocking_fee_percent.ELEC``) and
what to write instead; an unknown setting (a typo) is refused. Nothing here touches the database."""

from __future__ import annotations

from typing import Any

from posassist.domain.money import is_currency
from posassist.domain.policy import CONDITIONS, ROLE_RANK, WINDOW_FROM, Policy, month_day
from posassist.domain.policy.regions import is_region
from posassist.errors import InvalidInput
from posassist.i18n import tr


def _bad(message: str, field: str) -> InvalidInput:
    return InvalidInput(message, field=field)


ROLES = tuple(ROLE_RANK)
APPROVERS = ("shift_lead", "store_manager")
DAYS = (0, 3650)
MONEY = (0, 10**12)

# every setting of a policy: the top level, a condition, the no-receipt table, a tier, a season
KNOWN_KEYS = (
    "currency",
    "default_window_days",
    "windows",
    "window_from",
    "channel_windows",
    "item_windows",
    "tier_windows",
    "seasonal_windows",
    "receipt_required",
    "final_sale_departments",
    "non_returnable_departments",
    "hygiene_departments",
    "perishable_departments",
    "hygiene_unopened_returnable",
    "defective_window_days",
    "conditions",
    "no_receipt",
    "other_store_receipts",
    "approval_tiers",
    "approval_every_refund",
    "no_restocking_fee_in",
    "refund_tenders",
    "store_credit",
    "offline",
)
CONDITION_KEYS = (
    "allowed",
    "approval_role",
    "restocking_fee_percent",
    "restocking_fee_fixed_minor",
    "restocking_fee_min_minor",
    "restock_to",
    "window_days",
)
NO_RECEIPT_KEYS = (
    "refund_as",
    "lowest_price_days",
    "cap_per_customer_12m",
    "cap_amount_minor",
    "unverified_needs_approval",
    "period_days",
    "identity_required",
)
TIER_KEYS = ("role", "max_amount_minor", "max_days_past_window")
SEASON_KEYS = ("from", "to", "until", "except_departments")
TENDER_KEYS = ("cash_max_minor", "cash_over_limit_to")
OFFLINE_KEYS = ("per_return_minor", "per_shift_minor", "no_receipt")


def _control_characters(value: Any, path: str = "") -> str | None:
    """The path of the first key or text holding a control character (NUL cannot even be stored)."""
    if isinstance(value, str):
        return path if any(ord(ch) < 32 or ord(ch) == 127 for ch in value) else None
    if isinstance(value, dict):
        for k, v in value.items():
            found = _control_characters(str(k), f"{path}.{k!r}".lstrip(".")) or _control_characters(
                v, f"{path}.{k}".lstrip(".")
            )
            if found is not None:
                return found
    if isinstance(value, list):
        for i, v in enumerate(value):
            found = _control_characters(v, f"{path}[{i}]")
            if found is not None:
                return found
    return None


def _is_whole(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


class _Check:
    """Each setting checked where it sits; the first problem raises naming its path
    (``conditions.opened.restocking_fee_percent.ELEC``)."""

    def table(self, v: Any, path: str, keys: tuple[str, ...] | None = None) -> dict[str, Any]:
        if not isinstance(v, dict):
            raise _bad(tr("{path} must be a table of settings.", path=path), path)
        for k in v:
            if not isinstance(k, str) or not k.strip():
                raise _bad(tr("{path} has an empty name; give every entry a name.", path=path), path)
            if keys is not None and k not in keys:
                raise _bad(
                    tr(
                        "{path}: unknown setting (a typo?); the settings here are: {keys}.",
                        path=f"{path}.{k}" if path else k,
                        keys=", ".join(keys),
                    ),
                    f"{path}.{k}" if path else k,
                )
        return v

    def whole(self, v: Any, path: str, bounds: tuple[int, int]) -> int:
        low, high = bounds
        if (not _is_whole(v) or not low <= v <= high) and bounds == MONEY:
            raise _bad(
                tr("{path} must be a whole amount in cents (0 or more), not {value}.", path=path, value=_shown(v)), path
            )
        if not _is_whole(v) or not low <= v <= high:
            raise _bad(
                tr(
                    "{path} must be a whole number from {low} to {high}, not {value}.",
                    path=path,
                    low=low,
                    high=high,
                    value=_shown(v),
                ),
                path,
            )
        return int(v)

    def flag(self, v: Any, path: str) -> None:
        if not isinstance(v, bool):
            raise _bad(tr("{path} must be true or false, not {value}.", path=path, value=_shown(v)), path)

    def choice(self, v: Any, path: str, choices: tuple[str, ...]) -> None:
        if not isinstance(v, str) or v not in choices:
            raise _bad(
                tr(
                    "{path} must be one of {choices}, not {value}.",
                    path=path,
                    choices=", ".join(choices),
                    value=_shown(v),
                ),
                path,
            )

    def names(self, v: Any, path: str) -> None:
        if not isinstance(v, list) or not all(isinstance(d, str) and d.strip() for d in v):
            raise _bad(tr('{path} must be a list of codes such as ["CLEAR", "GROC"].', path=path), path)

    def per_department(self, v: Any, path: str, bounds: tuple[int, int]) -> None:
        for k, n in self.table(v, path).items():
            self.whole(n, f"{path}.{k}", bounds)


def _shown(v: Any) -> str:
    text = repr(v) if not isinstance(v, str) else f"'{v}'"
    return text if len(text) <= 40 else text[:37] + "…"


def _check_conditions(c: _Check, conditions: Any) -> None:
    for name, cond in c.table(conditions, "conditions", CONDITIONS).items():
        path = f"conditions.{name}"
        if cond is None:
            continue
        c.table(cond, path, CONDITION_KEYS)
        if "allowed" in cond:
            c.flag(cond["allowed"], f"{path}.allowed")
        if cond.get("approval_role") is not None:
            c.choice(cond["approval_role"], f"{path}.approval_role", APPROVERS)
        if "restocking_fee_percent" in cond:
            c.per_department(cond["restocking_fee_percent"], f"{path}.restocking_fee_percent", (0, 100))
        if "restocking_fee_fixed_minor" in cond:
            c.per_department(cond["restocking_fee_fixed_minor"], f"{path}.restocking_fee_fixed_minor", MONEY)
        if "restocking_fee_min_minor" in cond:
            c.whole(cond["restocking_fee_min_minor"], f"{path}.restocking_fee_min_minor", MONEY)
        if "restock_to" in cond:
            c.choice(cond["restock_to"], f"{path}.restock_to", ("sellable", "damaged"))
        if cond.get("window_days") is not None:
            c.whole(cond["window_days"], f"{path}.window_days", DAYS)


def _check_no_receipt(c: _Check, nr: Any) -> None:
    c.table(nr, "no_receipt", NO_RECEIPT_KEYS)
    if "refund_as" in nr:
        c.choice(nr["refund_as"], "no_receipt.refund_as", ("store_credit", "refund"))
    for key in ("lowest_price_days", "cap_per_customer_12m", "cap_amount_minor"):
        if key in nr:
            c.whole(nr[key], f"no_receipt.{key}", MONEY if key == "cap_amount_minor" else DAYS)
    if "period_days" in nr:
        c.whole(nr["period_days"], "no_receipt.period_days", (1, 3650))
    for key in ("unverified_needs_approval", "identity_required"):
        if key in nr:
            c.flag(nr[key], f"no_receipt.{key}")


def _check_windows(c: _Check, rules: dict[str, Any]) -> None:
    if "default_window_days" in rules:
        c.whole(rules["default_window_days"], "default_window_days", DAYS)
    for key in ("windows", "channel_windows", "item_windows"):
        if key in rules:
            c.per_department(rules[key], key, DAYS)
    if "window_from" in rules:
        c.choice(rules["window_from"], "window_from", WINDOW_FROM)
    if "defective_window_days" in rules:
        c.whole(rules["defective_window_days"], "defective_window_days", DAYS)
    for tier, w in c.table(rules.get("tier_windows", {}), "tier_windows").items():
        if _is_whole(w):
            c.whole(w, f"tier_windows.{tier}", DAYS)
        else:
            c.per_department(w, f"tier_windows.{tier}", DAYS)
    seasons = rules.get("seasonal_windows", [])
    if not isinstance(seasons, list):
        raise _bad(
            tr("{path} must be a list of seasons, each with from, to and until.", path="seasonal_windows"),
            "seasonal_windows",
        )
    for i, season in enumerate(seasons):
        path = f"seasonal_windows[{i + 1}]"
        c.table(season, path, SEASON_KEYS)
        for key in ("from", "to", "until"):
            try:
                month_day(season[key])
            except (KeyError, ValueError, TypeError):
                raise _bad(
                    tr("{path} must be a day of the year as MM-DD, such as 12-24.", path=f"{path}.{key}"),
                    f"{path}.{key}",
                ) from None
        if "except_departments" in season:
            c.names(season["except_departments"], f"{path}.except_departments")


def _check_tiers(c: _Check, tiers: Any) -> None:
    if not isinstance(tiers, list):
        raise _bad(
            tr("'approval_tiers' is a list; each tier needs a role, max_amount_minor and max_days_past_window."),
            "approval_tiers",
        )
    seen: set[str] = set()
    for i, t in enumerate(tiers):
        path = f"approval_tiers[{i + 1}]"
        c.table(t, path, TIER_KEYS)
        for key in TIER_KEYS:
            if key not in t:
                raise _bad(tr("{path} is missing; every tier needs it.", path=f"{path}.{key}"), f"{path}.{key}")
        c.choice(t["role"], f"{path}.role", APPROVERS)
        if t["role"] in seen:
            raise _bad(
                tr("{path}: {role} has two tiers; keep one.", path=f"{path}.role", role=t["role"]), f"{path}.role"
            )
        seen.add(t["role"])
        c.whole(t["max_amount_minor"], f"{path}.max_amount_minor", MONEY)
        c.whole(t["max_days_past_window"], f"{path}.max_days_past_window", DAYS)


def _check_offline(c: _Check, table: Any) -> None:
    """The limits while the server is away (domain/policy/offline.py)."""
    offline = c.table(table, "offline", OFFLINE_KEYS)
    for key in ("per_return_minor", "per_shift_minor"):
        if key in offline:
            c.whole(offline[key], f"offline.{key}", MONEY)
    if "no_receipt" in offline:
        c.flag(offline["no_receipt"], "offline.no_receipt")


def _check_regions(entries: list[str]) -> None:
    """Regions as ISO 3166 writes them, nested (US, US-NY, US-NY-NYC); ``!REGION`` an exception."""
    for entry in entries:
        if not is_region(entry):
            raise _bad(
                tr(
                    "no_restocking_fee_in: {value} is not a region; write a country, a subdivision or a place in it "
                    '(US, US-NY, US-NY-NYC), or "!US-NY-NYC" for an exception.',
                    value=_shown(entry),
                ),
                "no_restocking_fee_in",
            )


def validate(rules: Any) -> Policy:
    """Say exactly what is wrong with a policy document before it can judge a return: every
    setting is checked, and an unknown one (a typo) is refused; ``InvalidInput.field`` is the
    setting's path (``windows.SHOE``, ``approval_tiers[2].role``)."""
    if not isinstance(rules, dict):
        raise _bad(tr("The policy must be a JSON object."), "rules")
    c = _Check()
    c.table(rules, "", KNOWN_KEYS)
    bad_text = _control_characters(rules)
    if bad_text is not None:
        raise _bad(tr("{value} contains a control character; retype it.", value=bad_text or "A name"), "rules")
    if not is_currency(str(rules.get("currency", ""))):
        raise _bad(tr("'currency' must be a currency code such as CAD."), "currency")
    _check_windows(c, rules)
    for key in ("receipt_required", "hygiene_unopened_returnable"):
        if key in rules:
            c.flag(rules[key], key)
    for key in (
        "final_sale_departments",
        "non_returnable_departments",
        "hygiene_departments",
        "perishable_departments",
        "no_restocking_fee_in",
    ):
        if key in rules:
            c.names(rules[key], key)
    _check_regions(rules.get("no_restocking_fee_in", []))
    _check_conditions(c, rules.get("conditions", {}))
    _check_no_receipt(c, rules.get("no_receipt", {}))
    _check_tiers(c, rules.get("approval_tiers", []))
    if "other_store_receipts" in rules:
        c.choice(rules["other_store_receipts"], "other_store_receipts", ("allowed", "approval", "denied"))
    if rules.get("approval_every_refund") is not None:
        c.choice(rules["approval_every_refund"], "approval_every_refund", APPROVERS)
    tenders = c.table(rules.get("refund_tenders", {}), "refund_tenders", TENDER_KEYS)
    if "cash_max_minor" in tenders:
        c.whole(tenders["cash_max_minor"], "refund_tenders.cash_max_minor", MONEY)
    if "cash_over_limit_to" in tenders:
        c.choice(tenders["cash_over_limit_to"], "refund_tenders.cash_over_limit_to", ("cheque", "card", "store_credit"))
    _check_offline(c, rules.get("offline", {}))
    credit = c.table(rules.get("store_credit", {}), "store_credit", ("expiry_days",))
    if credit.get("expiry_days") is not None:  # how long store credit lasts (services.store_credit)
        c.whole(credit["expiry_days"], "store_credit.expiry_days", (1, 3650))
    try:
        return Policy.from_rules(0, rules)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise _bad(tr("The policy is not complete: {err}.", err=err), "rules") from err
