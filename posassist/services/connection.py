"""Whether this counter works with the store's server or from its local copy (issue #21), for the
window's banner and status bar and the command line's notice. No unit of work here: ``status``
only asks the local copy how old it is (call it off the GUI thread all the same)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from posassist.db.failover import FailoverDatabase
from posassist.db.session import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConnectionStatus:
    has_local_copy: bool  # a PostgreSQL counter with a local copy (False on SQLite: nothing to show)
    online: bool
    offline_since: datetime | None
    copy_age: timedelta | None  # how far behind the copy may be; None: unknown (no copy yet)
    copy_ready: bool
    server: str  # where the server is, without a password


class Connection:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def has_local_copy(self) -> bool:
        return isinstance(self._db, FailoverDatabase)

    def status(self) -> ConnectionStatus:
        db = self._db
        if not isinstance(db, FailoverDatabase):
            return ConnectionStatus(False, True, None, None, False, db.where)
        try:
            age = db.local_copy.age()
            ready = bool(db.local_copy.ready)
        except Exception:
            log.exception("the local copy cannot say how old it is")
            age, ready = None, False
        return ConnectionStatus(True, db.online, db.offline_since, age, ready, db.server.where)

    def on_change(self, listener: Callable[[bool], None]) -> Callable[[], None]:
        """Call ``listener(online)`` (from any thread) at every switch; returns the unsubscribe."""
        db = self._db
        if not isinstance(db, FailoverDatabase):
            return lambda: None
        db.on_change.append(listener)

        def forget() -> None:
            if listener in db.on_change:
                db.on_change.remove(listener)

        return forget

    def answered_locally(self) -> int:
        """Units of work this process had answered by the local copy (the CLI's notice)."""
        return self._db.answered_locally if isinstance(self._db, FailoverDatabase) else 0

    def try_server(self) -> bool:
        """Ask the server now (instead of waiting for the next probe); True when back online."""
        return self._db.check_now() if isinstance(self._db, FailoverDatabase) else True
