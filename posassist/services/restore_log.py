"""A restore is an audited admin action: the restored database's chain records who put which
backup back, and the head of the history it replaced (so the counters' checkpoints of that
history are explained, not reported as a rewrite)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.people import Staff
from posassist.services import audit
from posassist.services.audit_keys import RESTORED
from posassist.services.dto import StaffSession


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@retrying
def record_restore(db: Database, me: StaffSession, source: Path, discarded: tuple[int, str]) -> int:
    """The restore into the restored database's chain; returns the entry's sequence number.
    ``me``: the admin who signed in (and was checked) against the database before the restore."""
    digest = _sha256(source) if source.is_file() else None
    with db.transaction() as s:
        restored = audit.head(s)
        staff = s.execute(select(Staff.id).where(Staff.id == me.id, Staff.code == me.code)).scalar_one_or_none()
        entry = audit.record(
            s,
            actor_id=staff,
            where=me.counter,
            action=RESTORED,
            entity="database",
            payload={
                "by": me.code,
                "backup": source.name,
                "backup_sha256": digest,
                "discarded_head": {"seq": discarded[0], "hash": discarded[1]},
                "restored_head": {"seq": restored[0], "hash": restored[1]},
            },
        )
        return entry.seq
