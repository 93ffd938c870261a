"""Who vouches for the audit log: registered signing keys, and checkpoints kept outside the database.

- **Keys.** Each counter signs every audit entry it writes with its own Ed25519 key (audit_sign).
  The public keys are in ``audit_keys``, each added by an audited admin action (``audit key
  add``) whose entry is signed by a key registered before it (the first key signs its own), so a
  key inserted with SQL, or an entry signed by a key nobody registered, is named by ``verify``.
- **Checkpoints** (a Certificate Transparency witness; the closing records of NF525 and
  KassenSichV journals): at every sign-in, every verify, every command that signed in, and the
  end-of-day report, the counter writes the chain's head (sequence number and hash), signed with
  its key, to a file in its configuration folder, one file per database. A later check compares
  the database with every checkpoint kept: entries deleted from the end, an older copy restored,
  or the chain recomputed after an edit are found there, by ``audit verify`` and by the next
  sign-in at any counter (the person signing in is warned, and the finding is audited). A
  restore made with ``db restore`` is recorded in the chain with the head it replaced, so the
  checkpoints it explains are not reported.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry, AuditKey
from posassist.db.tables.base import utcnow
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.audit import KEY_ADDED, KEY_REVOKED
from posassist.services.audit_sign import (
    SigningKey,
    discard_pending,
    key_id_of,
    replace_key,
)
from posassist.services.audit_witness import (
    KEEP,
    MISMATCH,
    RESTORED,
    AuditWitness,
    Checkpoint,
    CheckpointFile,
    Finding,
    ledger_id,
)
from posassist.services.day_close import CLOSED, Closing, close_day
from posassist.services.dto import StaffSession

__all__ = [
    "CLOSED",
    "KEEP",
    "MISMATCH",
    "RESTORED",
    "AuditWitness",
    "Checkpoint",
    "CheckpointFile",
    "Closing",
    "Finding",
    "KeyRow",
    "add_key",
    "close_day",
    "ledger_id",
    "list_keys",
    "revoke_key",
    "rotate_key",
]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyRow:
    key_id: str
    public_key: str
    name: str
    added_seq: int
    revoked_seq: int | None = None  # the audit entry that revoked it (lost or stolen)
    reason: str = ""
    replaced_by: str | None = None  # the key a rotation gave its counter instead


@retrying
def add_key(db: Database, actor: StaffSession, *, public_hex: str, name: str, own: SigningKey | None) -> KeyRow:
    """Register a counter's public key (an admin, audited). ``own``: this counter's key, which
    signs the entry; the first key registered must be this counter's own."""
    public_hex = public_hex.strip().lower()
    try:
        if len(bytes.fromhex(public_hex)) != 32:
            raise ValueError
    except ValueError as exc:
        raise InvalidInput(
            tr("A public key is 64 hexadecimal digits (posassist audit key show prints it)."), field="public_key"
        ) from exc
    name = " ".join(name.split())[:100] or public_hex[:8]
    kid = key_id_of(public_hex)
    with db.transaction() as s:
        who = sessions.verify(s, actor, Action.AUDIT_KEY_ADD)
        rows = {k.key_id: k for k in s.execute(select(AuditKey)).scalars()}
        if kid in rows:
            raise Conflict(tr("Key {key} is already registered (as {name}).", key=kid, name=rows[kid].name))
        if own is None or getattr(db, "audit_signer", None) is None:
            raise InvalidInput(tr("This counter has no signing key; check POSASSIST_AUDIT_KEY."))
        if not rows and own.key_id != kid:
            raise InvalidInput(tr("Register this counter's own key first (posassist audit key add, no key given)."))
        if rows and own.key_id not in rows:
            raise InvalidInput(
                tr(
                    "This counter's key is not registered, so it cannot vouch for another: add this key from a counter whose key is (posassist audit key add {key})",
                    key=public_hex,
                )
            )
        entry = audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action=KEY_ADDED,
            entity="audit_key",
            entity_id=kid,
            payload={"key_id": kid, "public_key": public_hex, "name": name},
        )
        s.add(AuditKey(key_id=kid, public_key=public_hex, name=name, added_at=utcnow(), added_seq=entry.seq))
        s.flush()
        return KeyRow(kid, public_hex, name, entry.seq)


def _revocations(s: Session) -> dict[str, tuple[int, str]]:
    """key id -> (entry that revoked it, why), as the chain records it."""
    out: dict[str, tuple[int, str]] = {}
    for seq, payload in s.execute(
        select(AuditEntry.seq, AuditEntry.payload).where(AuditEntry.action == KEY_REVOKED).order_by(AuditEntry.seq)
    ):
        p = payload or {}
        out.setdefault(str(p.get("key_id", "")), (int(seq), str(p.get("reason", ""))))
    return out


def _rows(s: Session) -> list[KeyRow]:
    revoked = _revocations(s)
    replaced: dict[str, str] = {}
    for (payload,) in s.execute(select(AuditEntry.payload).where(AuditEntry.action == KEY_ADDED)):
        p = payload or {}
        if p.get("replaces"):
            replaced[str(p["replaces"])] = str(p.get("key_id", ""))
    return [
        KeyRow(
            k.key_id,
            k.public_key,
            k.name,
            k.added_seq,
            revoked.get(k.key_id, (None, ""))[0],
            revoked.get(k.key_id, (None, ""))[1],
            replaced.get(k.key_id),
        )
        for k in s.execute(select(AuditKey).order_by(AuditKey.added_seq)).scalars()
    ]


def list_keys(db: Database) -> list[KeyRow]:
    with db.read() as s:
        return _rows(s)


@retrying
def revoke_key(db: Database, actor: StaffSession, *, key_id: str, reason: str, own: SigningKey | None) -> KeyRow:
    """A key that was lost or stolen (or a counter taken out of service): entries it signs after
    this are named by ``audit verify``; what it signed before stays valid. An admin, audited, signed
    by this counter's key, which must be another valid key."""
    key_id = key_id.strip().lower()
    reason = " ".join(reason.split())[:200]
    if not reason:
        raise InvalidInput(tr("Say why the key is revoked (--reason), e.g. 'laptop stolen'."), field="reason")
    with db.transaction() as s:
        who = sessions.verify(s, actor, Action.AUDIT_KEY_REVOKE)
        rows = {r.key_id: r for r in _rows(s)}
        row = rows.get(key_id)
        if row is None:
            raise InvalidInput(
                tr("No registered key is {key} (posassist audit key list shows them).", key=key_id), field="key_id"
            )
        if row.revoked_seq is not None:
            raise Conflict(tr("Key {key} was already revoked at entry {seq}.", key=key_id, seq=row.revoked_seq))
        if own is None or own.key_id not in rows or rows[own.key_id].revoked_seq is not None:
            raise InvalidInput(tr("This counter's own key is not a valid registered key, so it cannot revoke one."))
        if own.key_id == key_id:
            raise InvalidInput(
                tr(
                    "That is this counter's own key: give the counter a new one first (posassist audit key rotate), then revoke the old one."
                ),
                field="key_id",
            )
        entry = audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action=KEY_REVOKED,
            entity="audit_key",
            entity_id=key_id,
            payload={"key_id": key_id, "reason": reason},
        )
        return dataclasses.replace(row, revoked_seq=entry.seq, reason=reason)


def rotate_key(db: Database, actor: StaffSession, witness: AuditWitness, *, name: str = "") -> tuple[KeyRow, KeyRow]:
    """A new key for this counter, registered with the old key's signature (the entry names the key
    it replaces); the key file (or keyring entry) is replaced only once that is committed, and every
    process of this counter picks the new key up at its next entry. The old key stays valid for what
    it signed; revoke it (``audit key revoke``) if it may have been copied. Returns (old, new)."""
    old = witness.key
    fresh = replace_key(old, commit=False)
    try:
        with db.transaction() as s:
            who = sessions.verify(s, actor, Action.AUDIT_KEY_ADD)
            rows = {r.key_id: r for r in _rows(s)}
            mine = rows.get(old.key_id)
            if mine is None or mine.revoked_seq is not None:
                raise InvalidInput(
                    tr("This counter's key is not a valid registered key; register it first (posassist audit key add).")
                )
            name = " ".join(name.split())[:100] or mine.name
            added = audit.record(
                s,
                actor_id=who.id,
                where=who.counter,
                action=KEY_ADDED,
                entity="audit_key",
                entity_id=fresh.key_id,
                payload={"key_id": fresh.key_id, "public_key": fresh.public_hex, "name": name, "replaces": old.key_id},
            )
            s.add(
                AuditKey(
                    key_id=fresh.key_id, public_key=fresh.public_hex, name=name, added_at=utcnow(), added_seq=added.seq
                )
            )
            s.flush()
    except BaseException:
        discard_pending(fresh)
        raise
    witness.key = replace_key(fresh, commit=True)
    witness.attach(db)
    log.info("audit key of this counter rotated: %s -> %s", old.key_id, fresh.key_id)
    return (
        dataclasses.replace(mine, replaced_by=fresh.key_id),
        KeyRow(fresh.key_id, fresh.public_hex, name, added.seq),
    )
