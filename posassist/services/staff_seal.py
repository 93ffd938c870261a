"""Staff accounts carry a seal in the audit log: every change posassist makes to an account (added,
new PIN, activated, set up) records a digest of what sign-in trusts (code, role, PIN hash, active,
badge, home store). A row inserted or edited with SQL (a new store manager, a copied PIN hash, a
raised role) has no matching seal: its sign-in is refused and the attempt audited.

When the store has registered signing keys, the seal must also carry a valid signature by one
of them, so a seal forged into the chain with SQL does not count either. The seal's chain hash
must match its content (an edited digest under a kept signature does not count).

On a counter's local copy (the server away) the seals are the server's own entries, copied by
the catch-up into ``replica_seals`` and countersigned there with the counter's own key
(db/replica/seals.py): the same digest and hash checks, and the countersignature instead of the
server's signature (the copy file could be rewritten with its keys; the counter's key is not in
it). The copy's own audit log (its offline entries) never seals an account.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db import offline_hooks
from posassist.db.replica import seals as copied
from posassist.db.tables.audit import AuditEntry, AuditKey
from posassist.db.tables.people import RoleLimit, Staff
from posassist.db.tables.replica import ReplicaSeal
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


def _latest_seal(s: Session, entity: str, entity_id: str, actions: tuple[str, ...]) -> Any:
    """The newest entry sealing this account or role: in the audit log, or on a local copy in
    the server's seals copied there."""
    if offline_hooks.is_local(s):
        e = s.get(ReplicaSeal, (entity, entity_id))
        return e if e is not None and e.action in actions else None
    return (
        s.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id, AuditEntry.action.in_(actions))
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def _seal_holds(s: Session, e: Any, entity: str, expected: str) -> bool:
    """The entry carries the expected digest, its hash is its content's, and it is signed when
    the store signs."""
    if e is None or (e.payload or {}).get("digest") != expected:
        return False
    content = audit.canonical(e.seq, e.at, e.actor_id, e.action, entity, e.entity_id, e.payload)
    if audit.chain_hash(e.prev_hash, content) != e.hash:
        return False
    if isinstance(e, ReplicaSeal):
        return _countersigned_ok(s, e)
    return _signed_ok(s, e)


def _countersigned_ok(s: Session, e: ReplicaSeal) -> bool:
    """A seal in the local copy: countersigned by this counter's key as it came from the server
    (without a key of its own, the counter checks the server's signature as the server does)."""
    signer = getattr(s.info.get("database"), "audit_signer", None)
    if signer is None:
        return _signed_ok(s, e)
    key_id, sig = signer(copied.countersigned(e.entity, e.entity_id, e.hash))
    return bool(e.local_key_id == key_id and e.local_sig == sig)


def is_sealed(s: Session, st: Staff) -> bool:
    """The account is exactly as posassist last wrote it."""
    return _seal_holds(s, _latest_seal(s, "staff", str(st.id), SEALING), "staff", digest(st))


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
    e = _latest_seal(s, "role_limits", role, (LIMITS_SEALED,))
    return _seal_holds(s, e, "role_limits", limits_digest(row))


def _signed_ok(s: Session, e: Any) -> bool:
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
