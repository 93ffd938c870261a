"""What a counter did while its server was away (issue #21 part 3): the journal, the upload and
the shift lead's review. ``Offline`` is the capability (status, upload, review, resolve);
``wire`` sets a FailoverDatabase up for it (the journal's commit hook, local ids, the upload
that runs when the server answers again)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from posassist.db import offline_hooks
from posassist.db.session import Database
from posassist.domain.permissions import Action
from posassist.services import sessions
from posassist.services.dto import StaffSession
from posassist.services.offline import journal, review
from posassist.services.offline.replay import ServicesFor
from posassist.services.offline.review import ReviewItem
from posassist.services.offline.upload import Uploader, UploadReport

log = logging.getLogger(__name__)
__all__ = ["Offline", "OfflineStatus", "ReviewItem", "UploadReport", "wire"]


@dataclass(frozen=True)
class OfflineStatus:
    has_local_copy: bool
    online: bool
    offline_since: datetime | None
    pending: int  # journal entries not sent yet
    to_review: int | None  # on the server, waiting for a shift lead (None: server unreachable)
    conflicts: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "local_copy": self.has_local_copy,
            "online": self.online,
            "offline_since": self.offline_since.isoformat() if self.offline_since else None,
            "pending": self.pending,
            "to_review": self.to_review,
            "conflicts": self.conflicts,
        }


def _sides(db: Database) -> tuple[Database, Database | None]:
    server = getattr(db, "server", None) or db
    copy = getattr(db, "local_copy", None)
    return server, (copy.local if copy is not None else None)


class Offline:
    def __init__(self, db: Database, services_for: ServicesFor, counter: str) -> None:
        self._db = db
        self.server, self.local = _sides(db)
        shared = getattr(db, "_posassist_uploader", None)  # the one wire() made: one upload at a time
        self.uploader = shared or (
            Uploader(self.local, getattr(db, "upload_server", self.server), services_for, counter)
            if self.local
            else None
        )

    def status(self) -> OfflineStatus:
        pending = self.uploader.pending() if self.uploader is not None else 0
        try:
            waiting, conflicts = review.unreviewed(self.server)
            to_review: int | None = waiting
            n_conflicts: int | None = conflicts
        except Exception:  # the server is away: say so, not fail
            to_review = n_conflicts = None
        return OfflineStatus(
            self.local is not None,
            bool(getattr(self._db, "online", True)),
            getattr(self._db, "offline_since", None),
            pending,
            to_review,
            n_conflicts,
        )

    def upload(self, session: StaffSession) -> UploadReport:
        sessions.check(self.server, session, Action.OFFLINE_UPLOAD)
        if self.uploader is None:
            return UploadReport(0, 0, 0, 0, 0, 0.0, 0)
        return self.uploader.upload()

    def review(self, include_reviewed: bool = False) -> list[ReviewItem]:
        return review.items(self.server, include_reviewed=include_reviewed)

    def resolve(self, session: StaffSession, review_id: int, note: str) -> ReviewItem:
        return review.resolve(self.server, session, review_id, note)


def wire(db: Database, services_for: ServicesFor, counter: str) -> Callable[[Any], None] | None:
    """Set a FailoverDatabase up for the journal (once per database): the commit hook, ids from
    LOCAL_ID_FLOOR in its local copy, and the upload before it goes back online."""
    server, local = _sides(db)
    if local is None or getattr(db, "_posassist_offline_wired", False):
        return None
    journal.install()
    offline_hooks.use_local_ids(local)
    # the upload has a pool of its own with a long deadline (FailoverDatabase.upload_server)
    uploader = Uploader(local, getattr(db, "upload_server", server), services_for, counter)

    def upload_when_back(fdb: Any) -> None:
        if fdb is db:
            report = uploader.upload()
            log.warning("offline journal sent: %s", report.as_dict())

    from posassist.db.failover import OFFLINE_UPLOAD

    OFFLINE_UPLOAD.append(upload_when_back)
    vars(db)["_posassist_offline_wired"] = True  # marks on the Database object itself
    vars(db)["_posassist_uploader"] = uploader
    return upload_when_back
