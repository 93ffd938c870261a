"""Live updates between counters: PostgreSQL LISTEN/NOTIFY (SQLite counters poll instead).

``notify`` is called inside the writer's transaction, so listeners hear of a change only once it
is committed. ``Listener`` holds its own connection on a background thread and calls back (from
that thread) with the channel that fired."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from posassist.db.engine import parse_url

log = logging.getLogger(__name__)
CHANNELS = ("approvals", "stock")


def notify(session: Session, channel: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:c, '')"), {"c": f"posassist_{channel}"})


class Listener:
    """Calls ``on_event(channel)`` for every NOTIFY on the posassist channels (PostgreSQL only)."""

    def __init__(self, url: str, on_event: Callable[[str], None]) -> None:
        self.url, self.on_event = url, on_event
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.supported = parse_url(url).get_backend_name() == "postgresql"

    def start(self) -> bool:
        if not self.supported:
            return False
        self._thread = threading.Thread(target=self._run, name="posassist-listen", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(3)

    def _run(self) -> None:
        import psycopg

        u = parse_url(self.url)
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    host=u.host,
                    port=u.port,
                    user=u.username,
                    password=u.password,
                    dbname=u.database,
                    autocommit=True,
                    connect_timeout=5,
                ) as conn:
                    for ch in CHANNELS:
                        conn.execute(f"LISTEN posassist_{ch}")
                    while not self._stop.is_set():
                        for n in conn.notifies(timeout=0.5):
                            self.on_event(n.channel.removeprefix("posassist_"))
            except Exception:  # the server went away: wait, then listen again (counters still poll)
                log.warning("listening for live updates failed; retrying", exc_info=True)
                self._stop.wait(5)
