"""The return policy as data an admin edits: every save is a new version (returns keep the version
they were judged by), checked before it is accepted, and audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.sales import ReturnPolicy
from posassist.domain.money import is_currency
from posassist.domain.permissions import Action
from posassist.domain.policy import CONDITIONS, ROLE_RANK, Policy
from posassist.domain.typed import field
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.dto import StaffSession


@dataclass(frozen=True)
class PolicyVersion:
    id: int
    version: int
    effective_from: datetime
    rules: dict[str, Any]
    note: str


def versions(db: Database) -> list[PolicyVersion]:
    with db.read() as s:
        return [
            PolicyVersion(p.id, p.version, p.effective_from, dict(p.rules), p.note)
            for p in s.execute(select(ReturnPolicy).order_by(ReturnPolicy.version.desc())).scalars()
        ]


def in_force(db: Database, at: datetime | None = None) -> PolicyVersion:
    at = at or utcnow()
    for v in versions(db):
        if v.effective_from <= at:
            return v
    raise NotFound(tr("No return policy is in force yet."))


def _whole(v: Any, low: int = 0, high: int = 10**12) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _bad(message: str, field: str) -> InvalidInput:
    return InvalidInput(message, field=field)


def _check_conditions(conditions: Any) -> None:
    if not isinstance(conditions, dict):
        raise _bad(tr("'conditions' must be an object: condition name → its rule."), "conditions")
    for name, cond in conditions.items():
        if name not in CONDITIONS:
            raise _bad(
                tr("Unknown condition '{name}'; use {CONDITIONS}.", name=name, CONDITIONS=", ".join(CONDITIONS)),
                "conditions",
            )
        if cond is None:
            continue
        if not isinstance(cond, dict):
            raise _bad(tr('conditions.{name} must be an object such as {{"allowed": true}}.', name=name), "conditions")
        if not isinstance(cond.get("allowed", True), bool):
            raise _bad(tr("conditions.{name}.allowed must be true or false.", name=name), "conditions")
        role = cond.get("approval_role")
        if role is not None and (not isinstance(role, str) or role not in ROLE_RANK):
            raise _bad(
                tr(
                    "conditions.{name}.approval_role {role!r} is not a role ({ROLE_RANK}).",
                    name=name,
                    role=role,
                    ROLE_RANK=", ".join(ROLE_RANK),
                ),
                "conditions",
            )
        fees = cond.get("restocking_fee_percent", {})
        if not isinstance(fees, dict) or not all(_whole(v, 0, 100) for v in fees.values()):
            raise _bad(
                tr("conditions.{name}.restocking_fee_percent maps departments to 0–100 %.", name=name), "conditions"
            )
        if cond.get("restock_to", "sellable") not in ("sellable", "damaged"):
            raise _bad(tr("conditions.{name}.restock_to is sellable or damaged.", name=name), "conditions")


def _check_no_receipt(nr: Any) -> None:
    if not isinstance(nr, dict):
        raise _bad(tr("'no_receipt' must be an object."), "no_receipt")
    if nr.get("refund_as", "store_credit") not in ("store_credit", "refund"):
        raise _bad(tr("no_receipt.refund_as is store_credit or refund."), "no_receipt")
    for key in ("lowest_price_days", "cap_per_customer_12m", "cap_amount_minor"):
        if key in nr and not _whole(nr[key]):
            raise _bad(tr("no_receipt.{key} must be a whole number (0 or more).", key=key), "no_receipt")
    if not isinstance(nr.get("unverified_needs_approval", True), bool):
        raise _bad(tr("no_receipt.unverified_needs_approval must be true or false."), "no_receipt")


KNOWN_KEYS = (
    "currency",
    "default_window_days",
    "windows",
    "receipt_required",
    "final_sale_departments",
    "non_returnable_departments",
    "conditions",
    "no_receipt",
    "other_store_receipts",
    "approval_tiers",
)


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


def validate(rules: Any) -> Policy:
    """Say exactly what is wrong with a policy document before it can judge a return."""
    if not isinstance(rules, dict):
        raise _bad(tr("The policy must be a JSON object."), "rules")
    unknown = sorted(str(k) for k in rules if k not in KNOWN_KEYS)
    if unknown:
        raise _bad(
            tr(
                "Unknown setting {unknown!r} (a typo?); the settings are {KNOWN_KEYS}.",
                unknown=unknown[0],
                KNOWN_KEYS=", ".join(KNOWN_KEYS),
            ),
            "rules",
        )
    bad_text = _control_characters(rules)
    if bad_text is not None:
        raise _bad(tr("{value} contains a control character; retype it.", value=bad_text or "A name"), "rules")
    if not is_currency(str(rules.get("currency", ""))):
        raise _bad(tr("'currency' must be a currency code such as CAD."), "currency")
    if not _whole(rules.get("default_window_days", 30), 0, 3650):
        raise _bad(tr("'default_window_days' must be a whole number of days (0 to 3650)."), "default_window_days")
    windows = rules.get("windows", {})
    if not isinstance(windows, dict):
        raise _bad(tr("'windows' must be an object: department code → days."), "windows")
    for dept, days in windows.items():
        if not _whole(days, 0, 3650):
            raise _bad(
                tr("windows.{dept} must be a whole number of days (0 to 3650), not {days!r}.", dept=dept, days=days),
                "windows",
            )
    if not isinstance(rules.get("receipt_required", False), bool):
        raise _bad(tr("'receipt_required' must be true or false."), "receipt_required")
    for key in ("final_sale_departments", "non_returnable_departments"):
        value = rules.get(key, [])
        if not isinstance(value, list) or not all(isinstance(d, str) for d in value):
            raise _bad(tr("'{key}' must be a list of department codes.", key=key), key)
    _check_conditions(rules.get("conditions", {}))
    _check_no_receipt(rules.get("no_receipt", {}))
    tiers = rules.get("approval_tiers", [])
    if not isinstance(tiers, list) or not all(
        isinstance(t, dict)
        and t.get("role") in ROLE_RANK
        and _whole(t.get("max_amount_minor"))
        and _whole(t.get("max_days_past_window"), 0, 3650)
        for t in tiers
    ):
        raise _bad(
            tr("'approval_tiers' is a list; each tier needs a role, max_amount_minor and max_days_past_window."),
            "approval_tiers",
        )
    if rules.get("other_store_receipts", "allowed") not in ("allowed", "approval", "denied"):
        raise _bad(tr("'other_store_receipts' is allowed, approval or denied."), "other_store_receipts")
    try:
        return Policy.from_rules(0, rules)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise _bad(tr("The policy is not complete: {err}.", err=err), "rules") from err


@retrying
def save(
    db: Database, rules: dict[str, Any], *, staff: StaffSession, effective_from: datetime | None = None, note: str = ""
) -> PolicyVersion:
    validate(rules)
    note = field(note, "note", name="note", max_len=2000, multiline=True)
    when = effective_from or utcnow()
    if when.tzinfo is None:
        raise InvalidInput(tr("The start date needs a time zone."), field="effective_from")
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.POLICY_EDIT)
        n = (s.execute(select(func.max(ReturnPolicy.version))).scalar_one() or 0) + 1
        p = ReturnPolicy(version=n, effective_from=when, rules=rules, note=note.strip(), created_by=who.id)
        s.add(p)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="policy.changed",
            entity="return_policy",
            entity_id=p.id,
            payload={"version": n, "effective_from": when.isoformat()},
        )
        result = PolicyVersion(p.id, n, when, rules, p.note)
    db.forget("policy")
    return result


class PolicyAdmin:
    """The return policy as versioned data: read, validate, save a new version (managers)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    validate = staticmethod(validate)

    def versions(self) -> list[PolicyVersion]:
        return versions(self._db)

    def in_force(self, at: datetime | None = None) -> PolicyVersion:
        return in_force(self._db, at)

    def save(self, session: StaffSession, rules: dict[str, Any], **kw: Any) -> PolicyVersion:
        return save(self._db, rules, staff=session, **kw)
