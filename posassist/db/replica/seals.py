"""The seal entries of the server's audit log, copied into the counter's local copy.

Sign-in trusts an account only when the audit chain holds a seal of it as posassist last wrote
it (services/staff_seal.py); the copy holds no audit log of the server's, so without these a
staff member's first sign-in while the server is away was refused. The catch-up copies the latest
seal of every account and every role's limits (``replica_seals``; all of them after a snapshot,
then those written since), read in the catch-up's own server snapshot, so a copied account and
its seal are of the same moment. Each is copied verbatim (content, chain hash, the server's
signature) and countersigned with this counter's own audit key, which lives in its configuration
folder, not in the copy: offline, the seal's hash must match its content and the countersignature
must be the counter key's (Ed25519 signs deterministically: the check signs again and compares).
A PIN hash or a seal edited in the copy file is refused. A counter with no key of its own checks
the server's signature the way the server does (weaker: whoever can write the copy file can also
remove the keys from it).

Audit entries are appended under one lock held to the commit (services/audit.py), so they commit
in sequence order: the entries a server snapshot sees are all those up to its highest ``seq``,
and the catch-up continues from there (``seals_to`` in the copy's state).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.replica import ReplicaSeal

Signer = Callable[[str], tuple[str, str]]  # an audit signer: chain hash -> (key id, signature)

# the actions whose payload carries a digest sign-in checks (services/staff_seal.py SEALING and
# LIMITS_SEALED; a test keeps the lists the same)
STAFF_SEALS = ("staff.added", "staff.pin_set", "staff.activated", "staff.deactivated", "staff.sealed")
LIMITS_SEALS = ("role_limits.sealed",)
SEALS = cast(Table, ReplicaSeal.__table__)
LOG = cast(Table, AuditEntry.__table__)
COLUMNS = ("seq", "at", "actor_id", "action", "entity", "entity_id", "payload", "prev_hash", "hash", "key_id", "sig")
_PROBE = "0" * 64


def countersigned(entity: str, entity_id: str, entry_hash: str) -> str:
    """What the counter signs for a copied seal (never an audit entry's own hash, so the
    countersignature cannot pass for a signature of an entry)."""
    doc = f"posassist-copy-seal-v1:{entity}:{entity_id}:{entry_hash}"
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


def key_id(signer: Signer | None) -> str | None:
    return None if signer is None else signer(_PROBE)[0]


def _entries(server: Connection, after: int, upto: int) -> list[dict[str, Any]]:
    """The seal entries after ``after`` up to ``upto``, the latest per account or role."""
    stmt = (
        select(*[LOG.c[c] for c in COLUMNS])
        .where(
            LOG.c.seq > after,
            LOG.c.seq <= upto,
            ((LOG.c.entity == "staff") & LOG.c.action.in_(STAFF_SEALS))
            | ((LOG.c.entity == "role_limits") & LOG.c.action.in_(LIMITS_SEALS)),
        )
        .order_by(LOG.c.seq)
    )
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for row in server.execute(stmt):
        doc = dict(row._mapping)
        if doc["entity_id"] is not None:
            latest[(doc["entity"], doc["entity_id"])] = doc
    return list(latest.values())


def top(server: Connection) -> int:
    return int(server.execute(select(func.coalesce(func.max(LOG.c.seq), 0))).scalar_one())


def copy(server: Connection, local: Connection, after: int = 0, signer: Signer | None = None) -> int:
    """Bring the copy's seals up to the server's (from ``after``; 0: all of them, replacing what
    the copy held), countersigned by ``signer``; the server's highest audit ``seq`` seen, to
    continue from next time."""
    upto = top(server)
    if after <= 0:
        local.execute(delete(SEALS))
    if upto <= after:
        return after
    rows = _entries(server, after, upto)
    for row in rows:
        kid, sig = (None, None)
        if signer is not None:
            kid, sig = signer(countersigned(row["entity"], row["entity_id"], row["hash"]))
        row["local_key_id"], row["local_sig"] = kid, sig
    if rows:
        stmt = sqlite_insert(SEALS)
        newer = stmt.excluded.seq > SEALS.c.seq
        set_ = {c.name: stmt.excluded[c.name] for c in SEALS.columns if c.name not in ("entity", "entity_id")}
        local.execute(stmt.on_conflict_do_update(index_elements=["entity", "entity_id"], set_=set_, where=newer), rows)
    return upto
