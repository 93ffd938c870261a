"""Live updates for the window: new and decided approvals, stock changes at other counters.

PostgreSQL pushes them (LISTEN/NOTIFY on a connection of the listener's own); on SQLite there is
nothing to listen to and the window polls instead (``live`` is False)."""

from __future__ import annotations

from collections.abc import Callable

from posassist.db.events import Listener
from posassist.db.session import Database


class Events:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def live(self) -> bool:
        """True where changes are pushed (PostgreSQL); False: poll."""
        return self._db.dialect == "postgresql"

    def listen(self, on_event: Callable[[str], None]) -> Listener | None:
        """Start a listener calling ``on_event(channel)`` from its own thread; None on SQLite."""
        listener = Listener(self._db.url, on_event)
        return listener if listener.start() else None
