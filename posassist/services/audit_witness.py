"""Checkpoints of the audit chain kept outside the database (see audit_keys for the whole design):
this counter's signed record of the chain's head, compared at sign-in, verify and the day's close."""

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

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry, AuditKey
from posassist.db.tables.base import utcnow
from posassist.i18n import tr
from posassist.private_files import private_dir, private_file
from posassist.services import audit
from posassist.services.audit import AuditCheck
from posassist.services.audit_sign import (
    SigningKey,
    checkpoint_message,
    load_or_create,
    signature_ok,
)

log = logging.getLogger(__name__)

RESTORED = "db.restored"
MISMATCH = "audit.checkpoint_mismatch"
KEEP = 500  # checkpoints kept per database (the oldest are dropped)

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
