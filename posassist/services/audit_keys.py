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
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry, AuditKey
from posassist.db.tables.base import utcnow
from posassist.domain.permissions import Action
from posassist.errors import Conflict, InvalidInput
from posassist.i18n import tr
from posassist.private_files import private_dir, private_file
from posassist.services import audit, sessions
from posassist.services.audit import KEY_ADDED, KEY_REVOKED, AuditCheck
from posassist.services.audit_sign import (
    SigningKey,
    checkpoint_message,
    discard_pending,
    key_id_of,
    load_or_create,
    replace_key,
    signature_ok,
)
from posassist.services.dto import StaffSession

log = logging.getLogger(__name__)

RESTORED = "db.restored"
MISMATCH = "audit.checkpoint_mismatch"
KEEP = 500  # checkpoints kept per database (the oldest are dropped)


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


# -- checkpoints -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str
    at: str
    key_id: str
    sig: str
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def ledger_id(url: str) -> str:
    """Which database a checkpoint file belongs to (the URL without its password)."""
    shown = make_url(url).render_as_string(hide_password=True)
    return hashlib.sha256(shown.encode("utf-8")).hexdigest()[:24]


class CheckpointFile:
    """One JSON object a line, appended; 0600 in a 0700 folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[Checkpoint]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            try:
                d = json.loads(line)
                out.append(
                    Checkpoint(
                        int(d["seq"]),
                        str(d["hash"]),
                        str(d["at"]),
                        str(d["key_id"]),
                        str(d["sig"]),
                        str(d.get("reason", "")),
                    )
                )
            except (ValueError, KeyError, TypeError):
                out.append(Checkpoint(-1, "", "", "", "", "unreadable"))
        return out

    def append(self, cp: Checkpoint) -> None:
        private_dir(self.path.parent)
        old = self.read()
        line = json.dumps(cp.as_dict(), sort_keys=True) + "\n"
        if len(old) >= KEEP:  # rewrite with the newest only (atomically)
            tmp = self.path.with_name(self.path.name + ".new")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for c in old[-(KEEP - 1) :]:
                    fh.write(json.dumps(c.as_dict(), sort_keys=True) + "\n")
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
            tmp.replace(self.path)
            return
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        private_file(self.path)


@dataclass(frozen=True)
class Finding:
    seq: int
    problem: str


class AuditWitness:
    """This counter's key and its checkpoints for one database."""

    def __init__(self, key: SigningKey, folder: Path, url: str, counter: str = "") -> None:
        self.key = key
        self.ledger = ledger_id(url)
        self.file = CheckpointFile(folder / f"{self.ledger}.jsonl")
        self.counter = counter
        self._stamp: tuple[int, int] | None = None  # the key file as it was read
        self._follow_rotation()

    def attach(self, db: Database) -> None:
        """Every audit entry this process writes is signed with this counter's key; a key file
        replaced by a rotation (from the command line, while the window runs) is read again."""
        db.audit_signer = self.sign_entry

    def sign_entry(self, entry_hash: str) -> tuple[str, str]:
        self._follow_rotation()
        return self.key.sign_entry(entry_hash)

    def _follow_rotation(self) -> None:
        if self.key.where.startswith("keyring:"):
            return
        try:
            st = os.stat(self.key.where)
        except OSError:
            return
        stamp = (st.st_ino, st.st_mtime_ns)
        if self._stamp is None:
            self._stamp = stamp
        elif stamp != self._stamp:
            self.key, self._stamp = load_or_create(Path(self.key.where)), stamp

    # -- writing ---------------------------------------------------------------------------

    def checkpoint(self, db: Database, reason: str) -> Checkpoint:
        """The chain's head now, signed, into this counter's file (once per head)."""
        with db.read() as s:
            seq, head = audit.head(s)
        kept = self.file.read()
        if kept and kept[-1].seq == seq and kept[-1].hash == head:
            return kept[-1]
        at = utcnow().isoformat(timespec="seconds")
        cp = Checkpoint(
            seq, head, at, self.key.key_id, self.key.sign(checkpoint_message(self.ledger, seq, head, at)), reason
        )
        self.file.append(cp)
        return cp

    # -- checking --------------------------------------------------------------------------

    def findings(self, db: Database) -> tuple[list[Finding], int]:
        """What the database says against each checkpoint kept here; and how many were compared."""
        kept = self.file.read()
        if not kept:
            return [], 0
        out: list[Finding] = []
        good = []
        # this counter's key, and the keys it had before a rotation (registered, so in the chain)
        with db.read() as s:
            signers = {k.key_id: k.public_key for k in s.execute(select(AuditKey)).scalars()}
        signers[self.key.key_id] = self.key.public_hex
        for cp in kept:
            if cp.key_id not in signers or not signature_ok(
                signers[cp.key_id], checkpoint_message(self.ledger, cp.seq, cp.hash, cp.at), cp.sig
            ):
                out.append(
                    Finding(
                        max(cp.seq, 0),
                        tr(
                            "a checkpoint in {path} is not signed by this counter (the file was edited)",
                            path=self.file.path,
                        ),
                    )
                )
            else:
                good.append(cp)
        with db.read() as s:
            top, _ = audit.head(s)
            wanted = sorted({cp.seq for cp in good if cp.seq > 0})
            have: dict[int, str] = {}
            for i in range(0, len(wanted), 500):
                part = wanted[i : i + 500]
                for seq, h in s.execute(select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.seq.in_(part))):
                    have[int(seq)] = str(h)
            restores = [
                (e.at.isoformat(timespec="seconds"), e.payload or {})
                for e in s.execute(
                    select(AuditEntry).where(AuditEntry.action == RESTORED).order_by(AuditEntry.seq)
                ).scalars()
            ]
        for cp in good:
            if cp.seq <= 0 or have.get(cp.seq) == cp.hash or _explained(cp, restores):
                continue
            if cp.seq > top:
                out.append(
                    Finding(
                        top + 1,
                        tr(
                            "the log ends at entry {top}, but this counter saw entry {seq} on {at}: entries were deleted, or an older copy was restored",
                            top=top,
                            seq=cp.seq,
                            at=cp.at,
                        ),
                    )
                )
            else:
                out.append(
                    Finding(
                        cp.seq,
                        tr(
                            "entry {seq} is not the one this counter saw on {at}: the log was rewritten from there on (or another copy restored)",
                            seq=cp.seq,
                            at=cp.at,
                        ),
                    )
                )
        out.sort(key=lambda f: f.seq)
        return _unique(out), len(kept)

    def check(self, db: Database, chain: AuditCheck) -> AuditCheck:
        """``chain`` (audit.verify) with this counter's checkpoints compared, and a new one written
        when everything agrees."""
        found, compared = self.findings(db)
        warnings = tuple(f.problem for f in found[1:])
        if found and (chain.ok or found[0].seq < (chain.first_bad_seq or 0)):
            first = found[0]
            return dataclasses.replace(
                chain,
                ok=False,
                first_bad_seq=first.seq,
                first_bad_id=None,
                problem=first.problem,
                checkpoints=compared,
                warnings=warnings,
            )
        if chain.ok:
            self.checkpoint(db, "verify")
        return dataclasses.replace(chain, checkpoints=compared, warnings=warnings)

    def on_sign_in(self, db: Database, staff_id: int | None, counter: str) -> tuple[str, ...]:
        """At every sign-in: compare the checkpoints; a finding is audited and shown to the person
        signing in. Then the current head becomes a checkpoint."""
        try:
            found, _ = self.findings(db)
        except OSError as exc:
            log.warning("audit checkpoints unreadable: %s", exc)
            return (tr("This counter cannot read its audit checkpoints ({exc}).", exc=exc),)
        if found:
            _record_mismatch(db, staff_id, counter, found)
        try:
            self.checkpoint(db, "sign-in")
        except OSError as exc:
            log.warning("audit checkpoint not written: %s", exc)
        if not found:
            return ()
        return (
            tr(
                "The audit log does not match what this counter saw before: {problem}. The finding was recorded; tell the store manager (posassist audit verify).",
                problem=found[0].problem,
            ),
        )


def _explained(cp: Checkpoint, restores: Iterable[tuple[str, dict[str, Any]]]) -> bool:
    """A restore recorded by ``db restore`` replaced the history this checkpoint saw."""
    for at, p in restores:
        gone = p.get("discarded_head") or {}
        try:
            if int(gone.get("seq", -1)) >= cp.seq and at >= cp.at:
                return True
        except (TypeError, ValueError):
            continue
    return False


def _unique(found: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for f in found:
        if f.problem not in seen:
            seen.add(f.problem)
            out.append(f)
    return out


@retrying
def _record_mismatch(db: Database, staff_id: int | None, counter: str, found: list[Finding]) -> None:
    with db.transaction() as s:
        audit.record(
            s,
            actor_id=staff_id,
            where=counter,
            action=MISMATCH,
            entity="audit_log",
            entity_id=found[0].seq,
            payload={"first_seq": found[0].seq, "findings": len(found), "problem": found[0].problem[:500]},
        )


# -- the end-of-day closing record -------------------------------------------------------------

CLOSED = "day.closed"


@dataclass(frozen=True)
class Closing:
    day: str
    seq: int  # the closing record's entry
    entries: int  # audit entries written that day (before the closing record)
    by_action: dict[str, int]
    checkpoint: Checkpoint | None
    checkpoint_file: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "closing_seq": self.seq,
            "entries": self.entries,
            "by_action": self.by_action,
            "checkpoint": self.checkpoint.as_dict() if self.checkpoint else None,
            "checkpoint_file": self.checkpoint_file,
        }


@retrying
def _close(db: Database, day: str, start: Any, end: Any, counter: str) -> tuple[int, int, dict[str, int]]:
    from sqlalchemy import func

    with db.transaction() as s:
        rows = s.execute(
            select(AuditEntry.action, func.count())
            .where(AuditEntry.at >= start, AuditEntry.at < end)
            .group_by(AuditEntry.action)
            .order_by(AuditEntry.action)
        ).all()
        by_action = {str(a): int(n) for a, n in rows}
        seq, head = audit.head(s)
        entry = audit.record(
            s,
            actor_id=None,
            where=counter,
            action=CLOSED,
            entity="day",
            entity_id=day,
            payload={"entries": sum(by_action.values()), "by_action": by_action, "head": {"seq": seq, "hash": head}},
        )
        return entry.seq, sum(by_action.values()), by_action


def close_day(db: Database, witness: AuditWitness | None, day: Any, tz_name: str | None = None) -> Closing:
    """The day's closing record (NF525 / KassenSichV style): what the log holds for the day, as a
    signed entry in the chain, then the head as this counter's checkpoint (file and printout)."""
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from posassist.services.offline.review import require_reviewed

    require_reviewed(db)  # what was done offline is reviewed by a shift lead first (issue #21)
    tz = ZoneInfo(tz_name or "UTC")
    start = datetime.combine(day, time(0), tz)
    end = start + timedelta(days=1)
    seq, entries, by_action = _close(db, day.isoformat(), start, end, witness.counter if witness else "")
    cp = witness.checkpoint(db, f"closing {day.isoformat()}") if witness else None
    return Closing(day.isoformat(), seq, entries, by_action, cp, str(witness.file.path) if witness else None)
