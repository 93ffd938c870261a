"""A FailoverDatabase's switching between the server and its local copy (db/failover.py): going
offline, the probe thread that asks the server every few seconds, the upload hooks that run
before the counter goes back online, and the listeners told of each switch."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, exc, text

log = logging.getLogger("posassist.db.failover")

# Hooks run (in the probe thread, with the FailoverDatabase) when the server answers again, before
# the counter goes back online; one that raises keeps the counter offline until the next probe.
OFFLINE_UPLOAD: list[Callable[[Any], None]] = []  # each called with the FailoverDatabase


class Switching:
    """The switching half of FailoverDatabase (which sets these attributes)."""

    online: bool
    offline_since: datetime | None
    last_error: str | None
    on_change: list[Callable[[bool], None]]
    probe_interval_s: float
    where: str
    _server_engine: Engine
    _clock: Callable[[], datetime]
    _state_lock: threading.Lock
    _stop: threading.Event
    _probe: threading.Thread | None

    # -- switching -----------------------------------------------------------------------------
    def go_offline(self, err: BaseException | str = "") -> None:
        with self._state_lock:
            if not self.online:
                return
            self.online = False
            self.offline_since = self._clock()
            self.last_error = str(getattr(err, "orig", None) or err).splitlines()[0] if str(err) else None
            log.warning("server %s not answering (%s): working from the local copy", self.where, self.last_error)
            self._start_probe()
        self._tell(False)

    def _go_online(self) -> None:
        with self._state_lock:
            if self.online:
                return
            self.online = True
            self.offline_since = None
        log.warning("server %s answers again: back online", self.where)
        self._tell(True)

    def _tell(self, online: bool) -> None:
        for listener in list(self.on_change):
            try:
                listener(online)
            except Exception:
                log.exception("an on_change listener failed")

    def _start_probe(self) -> None:
        if self._probe is not None and self._probe.is_alive():
            return
        self._stop.clear()
        self._probe = threading.Thread(target=self._probing, name="posassist-server-probe", daemon=True)
        self._probe.start()

    def server_answers(self) -> bool:
        try:
            with self._server_engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except exc.DBAPIError:
            return False

    def check_now(self) -> bool:
        """Ask the server once (the probe's step); True when the counter is online afterwards."""
        if self.online:
            return True
        if not self.server_answers():
            return False
        for hook in list(OFFLINE_UPLOAD):
            try:
                hook(self)
            except Exception:
                log.exception("upload after the outage failed; staying offline and trying again")
                return False
        self._go_online()
        return True

    def _probing(self) -> None:
        while not self._stop.wait(self.probe_interval_s):
            if self.check_now():
                return
