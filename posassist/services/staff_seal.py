"""Staff accounts carry a seal in the audit log: every change posassist makes to an account (added,
new PIN, activated, set up) records a digest of what sign-in trusts (code, role, PIN hash, active,
badge, home store). A row inserted or edited with SQL (a new store manager, a copied PIN hash, a
raised role) has no matching seal: its sign-in is refused and the attempt audited.

When the store has registered signing keys, the seal must also carry a valid signature by one
of them, so a seal forged into the chain with SQL does not count either.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.audit import AuditEntry, AuditKey
from posassist.db.tables.people import RoleLimit, Staff
from posassist.services import audit
from posassist.services.audit_sign import entry_message, signature_ok

SEALED = "staff.sealed"


def fields(st: Any) -> dict[str, Any]:
    return {
        "id": st.id,
        "code": st.code,
        "role": st.role,
        "pin_hash": st.pin_hash,
        "active": bool(st.active),
        "badge": st.badge_code,
        "home_store": st.home_store_id,
    }


def digest(st: Any) -> str:
    doc = json.dumps(fields(st), sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


# the audit entries that carry an account's digest: posassist's own changes to it
SEALING = ("staff.added", "staff.pin_set", "staff.activated", "staff.deactivated", SEALED)


def stamp(s: Session, st: Staff) -> dict[str, str]:
    """The digest to put in the payload of the action's own audit entry (one of SEALING)."""
    s.flush()
    return {"digest": digest(st)}


def seal(s: Session, st: Staff, *, actor_id: int | None, where: str | None = None) -> None:
    """Record the account as posassist just wrote it (inside the same unit of work)."""
    s.flush()
    ensure_limits(s, st.role, actor_id=actor_id, where=where)
    audit.record(
        s,
        actor_id=actor_id,
        where=where,
        action=SEALED,
        entity="staff",
        entity_id=st.id,
        payload={"digest": digest(st), "code": st.code, "role": st.role},
    )


def is_sealed(s: Session, st: Staff) -> bool:
    """The account is exactly as posassist last wrote it."""
    e = (
        s.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == "staff", AuditEntry.entity_id == str(st.id), AuditEntry.action.in_(SEALING))
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )
    if e is None or (e.payload or {}).get("digest") != digest(st):
        return False
    keys = {k.key_id: k.public_key for k in s.execute(select(AuditKey)).scalars()}
    if keys and e.seq > min(k.added_seq for k in s.execute(select(AuditKey)).scalars()):
        pub = keys.get(e.key_id or "")
        return pub is not None and signature_ok(pub, entry_message(e.hash), e.sig)
    return True


def reseal(s: Session, codes: list[str], *, actor_id: int | None, where: str | None = None) -> None:
    """After the set-up wrote the accounts it names: seal those that changed."""
    if not codes:
        return
    s.flush()
    for st in s.execute(select(Staff).where(Staff.code.in_(codes)).order_by(Staff.id)).scalars():
        if not is_sealed(s, st):
            seal(s, st, actor_id=actor_id, where=where)


# -- role limits: the same seal for what a role may spend ---------------------------------------

LIMITS_SEALED = "role_limits.sealed"
LIMIT_FIELDS = (
    "may_approve",
    "max_refund_minor",
    "max_days_past_window",
    "goodwill_per_shift_minor",
    "goodwill_per_month_minor",
    "max_discount_percent",
    "approvable_kinds",
    "min_secret_length",
)


def limits_digest(row: Any) -> str:
    doc = {"role": row.role, **{f: getattr(row, f) for f in LIMIT_FIELDS}}
    doc["may_approve"] = bool(doc["may_approve"])
    # the weekly budget (0018) counts only when it differs from the month's, so seals made before it
    # still hold; a row read by an earlier migration has no such column at all
    week = getattr(row, "goodwill_per_week_minor", None)
    if week is not None and week != row.goodwill_per_month_minor:
        doc["goodwill_per_week_minor"] = week
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def seal_limits(s: Session, row: RoleLimit, *, actor_id: int | None, where: str | None = None) -> None:
    s.flush()
    audit.record(
        s,
        actor_id=actor_id,
        where=where,
        action=LIMITS_SEALED,
        entity="role_limits",
        entity_id=row.role,
        payload={"digest": limits_digest(row)},
    )


def limits_sealed(s: Session, role: str) -> bool:
    """The role's limits are as posassist last wrote them (no row: nothing to spend, nothing to check)."""
    row = s.get(RoleLimit, role)
    if row is None:
        return True
    e = (
        s.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == "role_limits", AuditEntry.entity_id == role, AuditEntry.action == LIMITS_SEALED)
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )
    return e is not None and (e.payload or {}).get("digest") == limits_digest(row) and _signed_ok(s, e)


def _signed_ok(s: Session, e: AuditEntry) -> bool:
    keys = list(s.execute(select(AuditKey)).scalars())
    if not keys or e.seq <= min(k.added_seq for k in keys):
        return True
    pub = {k.key_id: k.public_key for k in keys}.get(e.key_id or "")
    return pub is not None and signature_ok(pub, entry_message(e.hash), e.sig)


def reseal_limits(s: Session, roles: list[str], *, actor_id: int | None, where: str | None = None) -> None:
    """After the set-up wrote the limits it names: seal those that changed."""
    s.flush()
    for role in roles:
        row = s.get(RoleLimit, role)
        if row is not None and not limits_sealed(s, role):
            seal_limits(s, row, actor_id=actor_id, where=where)


def ensure_limits(s: Session, role: str, *, actor_id: int | None, where: str | None = None) -> None:
    """The first account of a role seals that role's limits as they are (the defaults a new
    database starts with), if nothing sealed them before."""
    row = s.get(RoleLimit, role)
    if row is None:
        return
    seen = s.execute(
        select(AuditEntry.id)
        .where(AuditEntry.entity == "role_limits", AuditEntry.entity_id == role, AuditEntry.action == LIMITS_SEALED)
        .limit(1)
    ).first()
    if seen is None:
        seal_limits(s, row, actor_id=actor_id, where=where)
