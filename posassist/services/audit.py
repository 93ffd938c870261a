"""The tamper-evident audit log: every entry's hash covers the previous hash and its content."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.base import utcnow
from posassist.i18n import tr

GENESIS = "0" * 64


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
) -> AuditEntry:
    """Append an entry inside the caller's transaction (IDs only, never personal data).

    ``where``: the counter or machine the signed-in person acted from (kept in the payload)."""
    if session.get_bind().dialect.name == "postgresql":
        # serialise appenders so two counters never link to the same previous entry
        session.execute(text("SELECT pg_advisory_xact_lock(7301)"))
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = utcnow()
    # round-trip the payload through JSON so what is hashed is exactly what is stored
    clean = json.loads(json.dumps({**(payload or {}), **({"where": where} if where else {})}, default=str))
    eid = None if entity_id is None else str(entity_id)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=eid,
        payload=clean,
        prev_hash=prev,
        hash=chain_hash(prev, canonical(seq, at, actor_id, action, entity, eid, clean)),
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

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "first_bad": None
            if self.ok
            else {"seq": self.first_bad_seq, "id": self.first_bad_id, "problem": self.problem},
        }


def verify(db: Database) -> AuditCheck:
    """Walk the chain; name the first entry that was edited, deleted, inserted or moved."""
    prev = GENESIS
    expected = 1
    count = 0
    last_id = 0
    with db.read() as session:
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
        for e in rows:
            count += 1
            if e.seq != expected:
                problem = (
                    tr("entries {expected}–{last} are missing (deleted)", expected=expected, last=e.seq - 1)
                    if e.seq > expected
                    else tr("entry {seq} appears twice (inserted)", seq=e.seq)
                )
                return AuditCheck(False, count, e.seq, e.id, problem)
            if e.prev_hash != prev:
                return AuditCheck(
                    False,
                    count,
                    e.seq,
                    e.id,
                    tr(
                        "entry {seq} does not follow entry {previous} (inserted, reordered or deleted)",
                        seq=e.seq,
                        previous=e.seq - 1,
                    ),
                )
            content = canonical(e.seq, e.at, e.actor_id, e.action, e.entity, e.entity_id, e.payload)
            if chain_hash(prev, content) != e.hash:
                return AuditCheck(
                    False, count, e.seq, e.id, tr("entry {seq} was edited after it was written", seq=e.seq)
                )
            if e.id < last_id:
                return AuditCheck(False, count, e.seq, e.id, tr("entry {seq} was moved (reordered)", seq=e.seq))
            last_id = e.id
            prev = e.hash
            expected += 1
    return AuditCheck(True, count)


class Audit:
    def __init__(self, db: Database) -> None:
        self._db = db

    def verify(self) -> AuditCheck:
        return verify(self._db)
