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
from posassist.domain.policy import CONDITIONS, ROLE_RANK, Policy
from posassist.errors import AuthError, InvalidInput, NotFound
from posassist.services import audit
from posassist.services.dto import StaffInfo


@dataclass(frozen=True)
class PolicyVersion:
    id: int
    version: int
    effective_from: datetime
    rules: dict[str, Any]
    note: str


def versions(db: Database) -> list[PolicyVersion]:
    with db.read() as s:
        return [PolicyVersion(p.id, p.version, p.effective_from, dict(p.rules), p.note)
                for p in s.execute(select(ReturnPolicy).order_by(ReturnPolicy.version.desc())).scalars()]


def in_force(db: Database, at: datetime | None = None) -> PolicyVersion:
    at = at or utcnow()
    for v in versions(db):
        if v.effective_from <= at:
            return v
    raise NotFound("No return policy is in force yet.")


def validate(rules: Any) -> Policy:
    """Say exactly what is wrong with a policy document before it can judge a return."""
    if not isinstance(rules, dict):
        raise InvalidInput("The policy must be a JSON object.", field="rules")
    if not is_currency(str(rules.get("currency", ""))):
        raise InvalidInput("'currency' must be a currency code such as CAD.", field="currency")
    for key in ("default_window_days",):
        if not isinstance(rules.get(key, 30), int) or rules.get(key, 30) < 0:
            raise InvalidInput(f"'{key}' must be a whole number of days (0 or more).", field=key)
    for dept, days in (rules.get("windows") or {}).items():
        if not isinstance(days, int) or days < 0:
            raise InvalidInput(f"windows.{dept} must be a whole number of days (0 or more), not {days!r}.", field="windows")
    for name, cond in (rules.get("conditions") or {}).items():
        if name not in CONDITIONS:
            raise InvalidInput(f"Unknown condition '{name}'; use {', '.join(CONDITIONS)}.", field="conditions")
        role = (cond or {}).get("approval_role")
        if role is not None and role not in ROLE_RANK:
            raise InvalidInput(f"conditions.{name}.approval_role '{role}' is not a role.", field="conditions")
    tiers = rules.get("approval_tiers") or []
    for t in tiers:
        if t.get("role") not in ROLE_RANK or not isinstance(t.get("max_amount_minor"), int) \
                or not isinstance(t.get("max_days_past_window"), int):
            raise InvalidInput("Each approval tier needs a role, max_amount_minor and max_days_past_window.",
                               field="approval_tiers")
    if rules.get("other_store_receipts", "allowed") not in ("allowed", "approval", "denied"):
        raise InvalidInput("'other_store_receipts' is allowed, approval or denied.", field="other_store_receipts")
    try:
        return Policy.from_rules(0, rules)
    except (KeyError, TypeError, ValueError) as err:
        raise InvalidInput(f"The policy is not complete: {err}.", field="rules") from err


@retrying
def save(db: Database, rules: dict[str, Any], *, staff: StaffInfo, effective_from: datetime | None = None,
         note: str = "") -> PolicyVersion:
    if staff.role not in ("admin", "store_manager"):
        raise AuthError("Only an admin or a store manager can change the return policy.")
    validate(rules)
    when = effective_from or utcnow()
    if when.tzinfo is None:
        raise InvalidInput("The start date needs a time zone.", field="effective_from")
    with db.transaction() as s:
        n = (s.execute(select(func.max(ReturnPolicy.version))).scalar_one() or 0) + 1
        p = ReturnPolicy(version=n, effective_from=when, rules=rules, note=note.strip(), created_by=staff.id)
        s.add(p)
        s.flush()
        audit.record(s, actor_id=staff.id, action="policy.changed", entity="return_policy", entity_id=p.id,
                     payload={"version": n, "effective_from": when.isoformat()})
        result = PolicyVersion(p.id, n, when, rules, p.note)
    db.forget("policy")
    return result
