"""The end-of-day closing record: the day's audit entries counted by action, sealed in the chain and checkpointed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.services import audit
from posassist.services.audit_witness import AuditWitness, Checkpoint

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
