"""The shift lead's review of what was done offline: every uploaded call (applied or refused by
the server) waits in ``offline_review`` until a shift lead resolves it with a note; the day
cannot be closed before (``require_reviewed``, called by audit_keys.close_day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.offline import OfflineJournal, OfflineReview
from posassist.db.tables.people import Staff
from posassist.domain.permissions import Action
from posassist.domain.typed import tidy
from posassist.errors import Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.dto import StaffSession
from posassist.services.offline.describe import Describer, describe


@dataclass(frozen=True)
class ReviewItem:
    id: int
    key: str
    counter: str
    call: str
    staff: str | None
    recorded_at: datetime
    problem: str | None  # the server's refusal: a conflict to settle by hand
    summary: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    resolution: str | None
    when: str = ""  # recorded_at in the store's zone, as a person reads it

    @property
    def conflict(self) -> bool:
        return self.problem is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "key": self.key,
            "counter": self.counter,
            "call": self.call,
            "staff": self.staff,
            "recorded_at": self.recorded_at.isoformat(),
            "conflict": self.conflict,
            "problem": self.problem,
            "summary": self.summary,
            "reviewed_by": self.reviewed_by,
            "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None,
            "resolution": self.resolution,
        }


def _view(s: Session, r: OfflineReview, d: Describer) -> ReviewItem:
    def name(staff_id: int | None) -> str | None:
        st = s.get(Staff, staff_id) if staff_id else None
        return f"{st.name} ({st.code})" if st else None

    return ReviewItem(
        r.id,
        r.key,
        r.counter,
        r.call,
        name(r.staff_id),
        r.recorded_at,
        r.problem,
        describe(d, r.payload),
        name(r.reviewed_by),
        r.reviewed_at,
        r.resolution,
        d.when(r.recorded_at.isoformat()) or "",
    )


def items(db: Database, *, include_reviewed: bool = False) -> list[ReviewItem]:
    """Conflicts first, then in the order they were done."""
    with db.read() as s:
        q = select(OfflineReview)
        if not include_reviewed:
            q = q.where(OfflineReview.reviewed_at.is_(None))
        q = q.order_by(OfflineReview.problem.is_(None), OfflineReview.recorded_at, OfflineReview.id)
        d = Describer(s)
        return [_view(s, r, d) for r in s.execute(q).scalars()]


def unreviewed(db: Database) -> tuple[int, int]:
    """(waiting, of which conflicts)."""
    with db.read() as s:
        waiting = s.execute(select(func.count()).where(OfflineReview.reviewed_at.is_(None))).scalar_one()
        conflicts = s.execute(
            select(func.count()).where(OfflineReview.reviewed_at.is_(None), OfflineReview.problem.is_not(None))
        ).scalar_one()
        return int(waiting), int(conflicts)


def require_reviewed(db: Database) -> None:
    """Refuse to close the day while offline transactions wait for a shift lead, or this
    counter's journal still holds changes the server has not had (on a FailoverDatabase the
    queue is read on the server itself)."""
    copy = getattr(db, "local_copy", None)
    if copy is not None:
        with copy.local.read() as s:
            pending = int(s.execute(select(func.count()).where(OfflineJournal.state == "pending")).scalar_one())
        if pending:
            raise Conflict(
                tr(
                    "{n} changes made offline at this counter have not reached the server yet: "
                    "send them first (posassist offline upload), then review them.",
                    n=pending,
                )
            )
    waiting, conflicts = unreviewed(getattr(db, "server", None) or db)
    if waiting:
        raise Conflict(
            tr(
                "{n} offline transactions ({c} conflicts) are not reviewed yet: a shift lead reviews them "
                "(posassist offline review) before the day is closed.",
                n=waiting,
                c=conflicts,
            )
        )


@retrying
def resolve(db: Database, staff: StaffSession, review_id: int, note: str) -> ReviewItem:
    note = tidy(note, multiline=True)
    if not note:
        raise InvalidInput(tr("Write what was done about it, in a sentence."), field="note")
    if len(note) > 2000:
        raise InvalidInput(tr("Keep the note under 2,000 characters."), field="note")
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.OFFLINE_REVIEW)
        r = s.get(OfflineReview, review_id)
        if r is None:
            raise NotFound(tr("There is no offline transaction {id} to review.", id=review_id))
        if r.reviewed_at is not None:
            raise Conflict(tr("Offline transaction {id} was already reviewed; nothing was changed.", id=review_id))
        r.reviewed_by, r.reviewed_at, r.resolution = who.staff_id, utcnow(), note
        audit.record(
            s,
            actor_id=who.staff_id,
            where=who.counter,
            action="offline.reviewed",
            entity="offline_review",
            entity_id=r.id,
            payload={"key": r.key, "call": r.call, "conflict": r.problem is not None},
        )
        s.flush()
        return _view(s, r, Describer(s))
