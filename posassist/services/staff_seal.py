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
from posassist.db.tables.people import Staff
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
