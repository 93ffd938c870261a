"""A short deadline on every call a counter makes to the PostgreSQL server.

A server that is gone answers at once (connection refused) or never (a cable pulled, a host
frozen); a server that is overloaded, or a network that crawls, answers late. The counter must
notice all three within ``POSASSIST_SERVER_TIMEOUT_MS`` (default 1500 ms) and take over from its
local copy, so each call carries a deadline on both sides:

- the server's own ``statement_timeout`` (a query that runs too long there is cancelled there);
- a client-side watchdog per statement, commit, rollback and pool ping: when the answer has not
  arrived in time the connection's socket is shut down, so the waiting call fails at once with a
  connection error (the server's own timer cannot see time lost on the network);
- connecting runs in a helper thread and is given up after the deadline (libpq's connect_timeout
  has a floor of 2 s and counts each address separately).

A connection whose socket was shut down is invalidated by SQLAlchemy (a disconnect) and never
reused. Nothing here knows about the local copy: db/failover.py decides what happens next.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
import os
import socket
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # db/lean.py uses the watchdog without SQLAlchemy
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

SERVER_TIMEOUT_MS = 1500


def server_timeout_ms() -> int:
    """POSASSIST_SERVER_TIMEOUT_MS, default 1500; at least 100."""
    try:
        return max(100, int(os.environ.get("POSASSIST_SERVER_TIMEOUT_MS", SERVER_TIMEOUT_MS)))
    except ValueError:
        return SERVER_TIMEOUT_MS


class Watchdog:
    """One thread for every deadline of the process: ``arm(conn, s)`` before a round trip,
    ``disarm(conn)`` after it; a deadline that passes shuts the connection's socket down."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, int]] = []  # (when, ticket, id(conn))
        self._armed: dict[int, tuple[int, Any, Any]] = {}  # id(conn) -> (ticket, conn, on_fire)
        self._tickets = itertools.count()
        self._thread: threading.Thread | None = None
        self.fired = 0  # deadlines that passed (for the tests and the benchmark)

    def arm(self, conn: Any, seconds: float, on_fire: Any = None) -> None:
        """``on_fire()`` (from the watchdog's thread) when this deadline passes."""
        with self._cond:
            ticket = next(self._tickets)
            self._armed[id(conn)] = (ticket, conn, on_fire)
            heapq.heappush(self._heap, (time.monotonic() + seconds, ticket, id(conn)))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="posassist-server-deadline", daemon=True)
                self._thread.start()
            self._cond.notify()

    def disarm(self, conn: Any) -> None:
        with self._cond:
            self._armed.pop(id(conn), None)

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._armed.get(self._heap[0][2], (None,))[0] != self._heap[0][1]:
                        heapq.heappop(self._heap)  # disarmed or re-armed since
                    if not self._heap:
                        self._cond.wait(30.0)
                        if not self._heap:
                            self._thread = None
                            return
                        continue
                    wait = self._heap[0][0] - time.monotonic()
                    if wait <= 0:
                        _when, _ticket, key = heapq.heappop(self._heap)
                        _t, conn, on_fire = self._armed.pop(key)
                        self.fired += 1
                        break
                    self._cond.wait(wait)
            if on_fire is not None:
                on_fire()
            _cut(conn)


WATCHDOG = Watchdog()


def _cut(conn: Any) -> None:
    """Shut the socket of a psycopg connection down: the call blocked on it fails at once."""
    try:
        fd = conn.pgconn.socket
    except Exception:  # already closed
        return
    try:
        sock = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
        log.warning("the server did not answer in time: connection cut")
    except OSError:
        pass
    finally:
        sock.close()


def _dbapi(conn: Any) -> Any:
    """The psycopg connection under a SQLAlchemy Connection."""
    try:
        return conn.connection.dbapi_connection
    except Exception:
        return None


def install(engine: Engine, timeout_ms: int | None = None, watchdog: Watchdog = WATCHDOG) -> None:
    """Put the deadlines on a PostgreSQL engine (idempotent)."""
    from sqlalchemy import event

    if engine.dialect.name != "postgresql" or getattr(engine, "_posassist_deadline", None):
        return
    ms = timeout_ms or server_timeout_ms()
    seconds = ms / 1000
    vars(engine)["_posassist_deadline"] = ms
    dbapi = engine.dialect.loaded_dbapi

    late = _Late(seconds)

    @event.listens_for(engine, "do_connect")
    def connect(dialect: Any, _rec: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        if late.just_now():  # the server just missed a deadline: no second wait for a new connection
            raise dbapi.OperationalError("the server did not answer in time (no new connection tried)")
        cparams = dict(cparams)
        cparams["connect_timeout"] = max(2, math.ceil(seconds))
        opts = cparams.get("options", "")
        cparams["options"] = f"{opts} -c statement_timeout={ms}".strip()
        return _connect_within(seconds, lambda: dbapi.connect(*cargs, **cparams), dbapi)

    _watch_statements(engine, watchdog, seconds, late)
    ping = engine.dialect.do_ping

    def do_ping(dbapi_conn: Any) -> bool:
        watchdog.arm(dbapi_conn, seconds, late.fired)
        try:
            return bool(ping(dbapi_conn))
        finally:
            watchdog.disarm(dbapi_conn)

    engine.dialect.do_ping = do_ping  # type: ignore[method-assign,assignment]


class _Late:
    """When a deadline of one engine last passed: the pool's reconnect right after a cut ping
    (or statement) fails at once instead of waiting out a second deadline."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = -1e9

    def fired(self) -> None:
        self.at = time.monotonic()

    def just_now(self) -> bool:
        return time.monotonic() - self.at < self.seconds


def _watch_statements(engine: Engine, watchdog: Watchdog, seconds: float, late: _Late) -> None:
    """Arm before each round trip (statement, commit, rollback, the pool's reset); disarm after
    a statement, on its error and when the connection goes back to the pool."""
    from sqlalchemy import event

    def arm(conn: Any, *_a: Any) -> None:
        raw = _dbapi(conn)
        if raw is not None:
            watchdog.arm(raw, seconds, late.fired)

    def disarm(conn: Any, *_a: Any) -> None:
        raw = _dbapi(conn)
        if raw is not None:
            watchdog.disarm(raw)

    def failed(ctx: Any) -> None:
        if ctx.connection is not None:
            disarm(ctx.connection)

    def pool_arm(dbapi_conn: Any, *_a: Any) -> None:
        if dbapi_conn is not None:
            watchdog.arm(dbapi_conn, seconds, late.fired)

    def pool_disarm(dbapi_conn: Any, *_a: Any) -> None:
        if dbapi_conn is not None:
            watchdog.disarm(dbapi_conn)

    for name in ("before_cursor_execute", "commit", "rollback"):
        event.listen(engine, name, arm)
    event.listen(engine, "after_cursor_execute", disarm)
    event.listen(engine, "handle_error", failed)
    event.listen(engine.pool, "reset", pool_arm)
    event.listen(engine.pool, "checkin", pool_disarm)


def _connect_within(seconds: float, connect: Any, dbapi: Any) -> Any:
    """``connect()`` in a helper thread; an OperationalError when it takes longer than ``seconds``
    (the late connection, if it ever comes, is closed by the helper)."""
    box: dict[str, Any] = {}
    done = threading.Event()
    lock = threading.Lock()

    def work() -> None:
        try:
            conn = connect()
        except BaseException as err:  # handed to the caller
            box["err"] = err
            done.set()
            return
        with lock:
            if box.get("late"):
                conn.close()
                return
            box["conn"] = conn
        done.set()

    threading.Thread(target=work, name="posassist-connect", daemon=True).start()
    if not done.wait(seconds):
        with lock:
            if "conn" not in box and "err" not in box:
                box["late"] = True
                raise dbapi.OperationalError(f"connection timeout: the server did not answer within {seconds:g} s")
    if "err" in box:
        raise box["err"]
    return box["conn"]
