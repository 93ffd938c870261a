"""Sending the journal when the server is back: the counter's local audit entries first (copied
verbatim, signatures and all, into ``offline_audit``), then every pending entry in journal order,
each in one server transaction (replay.apply); each entry is marked sent in the journal after
its server transaction commits. A crash between the two is harmless: the next upload finds the
key in ``offline_applied`` and only marks it. When everything is sent, the rows the counter
created offline are deleted from the local copy: the server's versions arrive by catch-up."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.base import utcnow
from posassist.db.tables.offline import OfflineAudit, OfflineJournal
from posassist.services.offline.replay import Applied, Entry, ServicesFor, apply

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UploadReport:
    sent: int  # applied on the server by this upload
    skipped: int  # found already applied (an earlier upload that stopped before marking them)
    conflicts: int  # refused by the server: in the review queue
    audit_merged: int  # local audit entries copied to the server
    cleaned: int  # rows created offline, deleted from the local copy
    seconds: float
    pending: int  # left in the journal (the server went away again)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "skipped": self.skipped,
            "conflicts": self.conflicts,
            "audit_merged": self.audit_merged,
            "cleaned": self.cleaned,
            "seconds": round(self.seconds, 3),
            "pending": self.pending,
        }


class Uploader:
    """One per counter; ``upload`` may be called from any thread (one upload at a time)."""

    def __init__(self, local: Database, server: Database, services_for: ServicesFor, counter: str) -> None:
        self.local, self.server, self.services_for, self.counter = local, server, services_for, counter
        self._lock = threading.Lock()

    def pending(self) -> int:
        with self.local.read() as s:
            return int(s.execute(select(func.count()).where(OfflineJournal.state == "pending")).scalar_one())

    def upload(self, *, stop_after: int | None = None) -> UploadReport:
        """Send what is pending; ``stop_after``: only that many entries (tests: a crash mid-way)."""
        with self._lock:
            started = time.perf_counter()
            merged = self.merge_audit()
            ids = self._known_ids()
            sent = skipped = conflicts = 0
            for entry in self._pending():
                if stop_after is not None and sent + skipped + conflicts >= stop_after:
                    break
                done = apply(self.server, self.services_for, entry, ids)
                self._mark(entry, done)
                ids.update(done.ids)
                if done.skipped:
                    skipped += 1
                elif done.ok:
                    sent += 1
                else:
                    conflicts += 1
            left = self.pending()
            cleaned = self._clean() if left == 0 else 0
            return UploadReport(sent, skipped, conflicts, merged, cleaned, time.perf_counter() - started, left)

    # -- the journal ---------------------------------------------------------------------------
    def _pending(self) -> list[Entry]:
        with self.local.read() as s:
            rows = s.execute(
                select(OfflineJournal).where(OfflineJournal.state == "pending").order_by(OfflineJournal.seq)
            ).scalars()
            return [
                Entry(
                    r.seq,
                    r.key,
                    r.call,
                    dict(r.payload),
                    r.staff_id,
                    r.counter or self.counter,
                    r.created_at,
                    list((r.new_ids or {}).get("ids", [])),
                    r.audit_seq,
                )
                for r in rows
            ]

    def _known_ids(self) -> dict[str, int]:
        out: dict[str, int] = {}
        with self.local.read() as s:
            for (result,) in s.execute(select(OfflineJournal.result).where(OfflineJournal.state != "pending")):
                out.update((result or {}).get("ids", {}))
        return out

    def _mark(self, entry: Entry, done: Applied) -> None:
        with self.local.transaction() as s:
            row = s.get(OfflineJournal, entry.seq)
            if row is not None:
                row.state = "sent" if done.ok else "review"
                row.sent_at = utcnow()
                row.result = {"ok": done.ok, "ids": done.ids, "problem": done.problem, "cleaned": False}

    def _clean(self) -> int:
        """Delete the rows created offline (newest first); the server's arrive by catch-up."""
        n = 0
        with self.local.transaction() as s:
            rows = list(
                s.execute(
                    select(OfflineJournal).where(OfflineJournal.state != "pending").order_by(OfflineJournal.seq.desc())
                ).scalars()
            )
            for row in rows:
                result = dict(row.result or {})
                if result.get("cleaned"):
                    continue
                for table, lid in reversed((row.new_ids or {}).get("ids", [])):
                    n += _delete(s, str(table), int(lid))
                result["cleaned"] = True
                row.result = result
        return n

    # -- the audit chain -----------------------------------------------------------------------
    def merge_audit(self) -> int:
        """Copy the local audit entries the server does not have yet, verbatim."""
        with self.server.read() as s:
            last = s.execute(
                select(func.max(OfflineAudit.seq)).where(OfflineAudit.counter == self.counter)
            ).scalar_one_or_none()
        with self.local.read() as s:
            entries = list(
                s.execute(select(AuditEntry).where(AuditEntry.seq > (last or 0)).order_by(AuditEntry.seq)).scalars()
            )
        if not entries:
            return 0
        with self.server.transaction() as s:
            for e in entries:
                s.add(
                    OfflineAudit(
                        counter=self.counter,
                        seq=e.seq,
                        at=e.at,
                        actor_id=e.actor_id,
                        action=e.action,
                        entity=e.entity,
                        entity_id=e.entity_id,
                        payload=e.payload,
                        prev_hash=e.prev_hash,
                        hash=e.hash,
                        key_id=e.key_id,
                        sig=e.sig,
                    )
                )
        return len(entries)


def _delete(s: Session, table: str, row_id: int) -> int:
    if not table.isidentifier():
        return 0
    point = s.begin_nested()
    try:
        res = s.execute(text(f'DELETE FROM "{table}" WHERE id = :id'), {"id": row_id})
        n = getattr(res, "rowcount", 0)
        point.commit()
        return int(n or 0)
    except Exception:  # still referenced by a row catch-up has not replaced yet: catch-up will
        point.rollback()
        log.info("offline row %s %s kept in the local copy (still referenced)", table, row_id)
        return 0
