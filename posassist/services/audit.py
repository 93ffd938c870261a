"""The tamper-evident audit log: every entry's hash covers the previous hash and its content."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry, AuditKey
from posassist.db.tables.base import utcnow
from posassist.i18n import tr
from posassist.services.audit_sign import entry_message, key_id_of, signature_ok

GENESIS = "0" * 64
KEY_ADDED = "audit.key_added"
KEY_REVOKED = "audit.key_revoked"  # payload: key_id, reason; signed by another valid key


def canonical(
    seq: int,
    at: datetime,
    actor_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    payload: dict[str, Any],
) -> str:
    doc = {
        "seq": seq,
        "at": at.isoformat(timespec="microseconds"),
        "actor": actor_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "payload": payload,
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def chain_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + "\n" + content).encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    actor_id: int | None,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    payload: dict[str, Any] | None = None,
    where: str | None = None,
    signer: Callable[[str], tuple[str, str]] | None = None,
) -> AuditEntry:
    """Append an entry inside the caller's transaction (IDs only, never personal data).

    ``where``: the counter or machine the signed-in person acted from (kept in the payload).
    ``signer``: sign with this key instead of the process's (a key rotation signs its last step
    with the new key)."""
    if session.get_bind().dialect.name == "postgresql":
        # serialise appenders so two counters never link to the same previous entry
        session.execute(text("SELECT pg_advisory_xact_lock(7301)"))
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = utcnow()
    # round-trip the payload through JSON so what is hashed is exactly what is stored
    replayed = session.info.get("offline_replay")  # a call made offline, sent by services/offline
    extra = {"where": where} if where else {}
    if replayed:
        extra["offline"] = replayed  # names the counter's journal key and its local audit entry
    clean = json.loads(json.dumps({**(payload or {}), **extra}, default=str))
    eid = None if entity_id is None else str(entity_id)
    digest = chain_hash(prev, canonical(seq, at, actor_id, action, entity, eid, clean))
    signer = signer or getattr(session.info.get("database"), "audit_signer", None)
    key_id, sig = signer(digest) if signer is not None else (None, None)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=eid,
        payload=clean,
        prev_hash=prev,
        hash=digest,
        key_id=key_id,
        sig=sig,
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    first_bad_id: int | None = None
    problem: str | None = None
    signed: int = 0  # entries carrying a valid signature by a registered key
    unsigned: int = 0  # entries before signing began (or on a store with no key yet)
    keys: int = 0  # registered signing keys
    head_seq: int = 0
    head_hash: str = GENESIS
    checkpoints: int = 0  # this counter's checkpoints compared (outside the database)
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "first_bad": None
            if self.ok
            else {"seq": self.first_bad_seq, "id": self.first_bad_id, "problem": self.problem},
            "signed": self.signed,
            "unsigned": self.unsigned,
            "keys": self.keys,
            "head": {"seq": self.head_seq, "hash": self.head_hash},
            "checkpoints": self.checkpoints,
            "warnings": list(self.warnings),
        }


class _Keys:
    """The registered public keys as the chain itself vouches for them, walked in order."""

    def __init__(self, rows: list[AuditKey]) -> None:
        self.rows = {k.key_id: k for k in rows}
        self.valid: dict[str, str] = {}  # key id -> public key, from the entry after its registration
        self.revoked: dict[str, int] = {}  # key id -> the entry that revoked it
        self.first_seq: int | None = None  # signing is required from here on

    def sig_ok(self, e: AuditEntry, key: str | None) -> bool:
        return key is not None and signature_ok(key, entry_message(e.hash), e.sig)


def _key_problem(keys: _Keys, e: AuditEntry) -> str | None:
    """An entry that adds a key: it must match the key's row, and be signed by a key already
    registered (the first key signs its own registration)."""
    p = e.payload or {}
    kid, pub = str(p.get("key_id", "")), str(p.get("public_key", ""))
    row = keys.rows.get(kid)
    try:
        matches = key_id_of(pub) == kid
    except ValueError:
        matches = False
    if row is None or not matches or row.public_key != pub or row.added_seq != e.seq:
        return tr("entry {seq} adds signing key {key} that does not match the registered keys", seq=e.seq, key=kid)
    signer = keys.valid.get(e.key_id or "") if keys.valid else (pub if e.key_id == kid else None)
    if not keys.sig_ok(e, signer):
        return tr(
            "entry {seq} adds signing key {key} without the signature of a key registered before it",
            seq=e.seq,
            key=kid,
        )
    return None


def _signature_problem(keys: _Keys, e: AuditEntry) -> str | None:
    if not keys.valid and not keys.revoked:
        return None
    if not e.sig:
        return tr(
            "entry {seq} is not signed, though every entry since {first} must be (signature removed?)",
            seq=e.seq,
            first=keys.first_seq,
        )
    pub = keys.valid.get(e.key_id or "")
    if pub is None and (e.key_id or "") in keys.revoked:
        return tr(
            "entry {seq} is signed by key {key}, which was revoked at entry {revoked} (a lost or stolen key?)",
            seq=e.seq,
            key=e.key_id,
            revoked=keys.revoked[e.key_id or ""],
        )
    if pub is None:
        return tr(
            "entry {seq} is signed by key {key}, which is not registered (posassist audit key add)",
            seq=e.seq,
            key=e.key_id,
        )
    if not keys.sig_ok(e, pub):
        return tr("entry {seq} was edited after it was signed (its signature does not match)", seq=e.seq)
    return None


def _revocation(keys: _Keys, e: AuditEntry) -> str | None:
    """A (validly signed) revocation: by another key, of a key that is valid; from here on the
    revoked key's signatures are refused."""
    target = str((e.payload or {}).get("key_id", ""))
    if target not in keys.valid:
        return tr("entry {seq} revokes signing key {key}, which is not a valid registered key", seq=e.seq, key=target)
    if target == e.key_id:
        return tr("entry {seq} revokes signing key {key} with its own signature", seq=e.seq, key=target)
    del keys.valid[target]
    keys.revoked[target] = e.seq
    return None


def _entry_problem(keys: _Keys, e: AuditEntry, expected: int, prev: str, last_id: int) -> str | None:
    """What is wrong with ``e`` where the chain expects entry ``expected`` after ``prev``."""
    if e.seq != expected:
        return (
            tr("entries {expected}–{last} are missing (deleted)", expected=expected, last=e.seq - 1)
            if e.seq > expected
            else tr("entry {seq} appears twice (inserted)", seq=e.seq)
        )
    if e.prev_hash != prev:
        return tr(
            "entry {seq} does not follow entry {previous} (inserted, reordered or deleted)",
            seq=e.seq,
            previous=e.seq - 1,
        )
    content = canonical(e.seq, e.at, e.actor_id, e.action, e.entity, e.entity_id, e.payload)
    if chain_hash(prev, content) != e.hash:
        return tr("entry {seq} was edited after it was written", seq=e.seq)
    if e.id < last_id:
        return tr("entry {seq} was moved (reordered)", seq=e.seq)
    if e.action == KEY_REVOKED:
        return _signature_problem(keys, e) or _revocation(keys, e)
    if e.action != KEY_ADDED:
        return _signature_problem(keys, e)
    problem = _key_problem(keys, e)
    if problem is None:
        if not keys.valid:
            keys.first_seq = e.seq
        keys.valid[str(e.payload["key_id"])] = str(e.payload["public_key"])
    return problem


def verify(db: Database) -> AuditCheck:
    """Walk the chain; name the first entry that was edited, deleted, inserted, moved, or whose
    signature is missing, forged or made by a key nobody registered."""
    prev = GENESIS
    expected = 1
    count = signed = unsigned = 0
    last_id = 0
    with db.read() as session:
        keys = _Keys(list(session.execute(select(AuditKey)).scalars()))
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
        for e in rows:
            count += 1
            problem = _entry_problem(keys, e, expected, prev, last_id)
            if problem:
                return AuditCheck(False, count, e.seq, e.id, problem, signed, unsigned, len(keys.valid))
            if keys.valid or keys.revoked:
                signed += 1
            else:
                unsigned += 1
            last_id = e.id
            prev = e.hash
            expected += 1
        stray = sorted(set(keys.rows) - set(keys.valid) - set(keys.revoked))
        if stray:
            row = keys.rows[stray[0]]
            return AuditCheck(
                False,
                count,
                row.added_seq,
                None,
                tr(
                    "signing key {key} ({name}) is in the database without the audited admin action that adds keys (inserted by SQL?)",
                    key=row.key_id,
                    name=row.name,
                ),
                signed,
                unsigned,
                len(keys.valid),
            )
        offline = _offline_problem(session, keys)
        if offline is not None:
            return AuditCheck(False, count, offline[0], None, offline[1], signed, unsigned, len(keys.valid))
    return AuditCheck(True, count, None, None, None, signed, unsigned, len(keys.valid), expected - 1, prev)


def _offline_problem(session: Session, keys: _Keys) -> tuple[int, str] | None:
    """The counters' local audit chains merged after an outage (offline_audit): each continues
    without a gap, every entry's hash matches its content, every signature is a registered key's;
    an entry must be signed once the store signs (written after the first key's registration, or
    after a signed entry of the same counter)."""
    from posassist.db.tables.offline import OfflineAudit

    signing_from = None
    if keys.first_seq is not None:
        signing_from = session.execute(select(AuditEntry.at).where(AuditEntry.seq == keys.first_seq)).scalar()
    last: dict[str, tuple[int, str]] = {}
    signed: set[str] = set()  # counters whose chain has a signed entry so far
    for e in session.execute(select(OfflineAudit).order_by(OfflineAudit.counter, OfflineAudit.seq)).scalars():
        seq, prev = last.get(e.counter, (e.seq - 1, e.prev_hash))
        where = tr("offline entry {seq} of counter {counter}", seq=e.seq, counter=e.counter)
        if e.seq != seq + 1 or e.prev_hash != prev:
            return e.seq, tr("{where} does not follow the one before it (deleted or inserted)", where=where)
        content = canonical(e.seq, e.at, e.actor_id, e.action, e.entity, e.entity_id, e.payload)
        if chain_hash(e.prev_hash, content) != e.hash:
            return e.seq, tr("{where} was edited after it was written", where=where)
        if e.sig or e.key_id:
            pub = keys.valid.get(e.key_id or "") or (keys.rows[e.key_id].public_key if e.key_id in keys.rows else None)
            if pub is None or not signature_ok(pub, entry_message(e.hash), e.sig):
                return e.seq, tr("{where} is not signed by a registered key (forged or edited)", where=where)
            signed.add(e.counter)
        elif e.counter in signed or (signing_from is not None and e.at >= signing_from):
            return e.seq, tr(
                "{where} is not signed, though the store signs its audit log (signature removed or entry forged?)",
                where=where,
            )
        last[e.counter] = (e.seq, e.hash)
    return None


def head(session: Session) -> tuple[int, str]:
    """The chain's last entry (sequence number and hash): (0, GENESIS) for an empty log."""
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


class Witness(Protocol):
    def check(self, db: Database, chain: AuditCheck) -> AuditCheck: ...


class Audit:
    """``verify``: the chain, its signatures and (with a witness) this counter's checkpoints."""

    def __init__(self, db: Database, witness: Witness | None = None) -> None:
        self._db = db
        self.witness = witness

    def verify(self) -> AuditCheck:
        result = verify(self._db)
        return self.witness.check(self._db, result) if self.witness is not None else result
