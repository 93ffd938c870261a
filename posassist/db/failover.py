"""A PostgreSQL counter that keeps serving when its server is gone or slow.

``FailoverDatabase`` has the interface of ``Database``; each unit of work goes to the server while
it answers within the deadline (db/server_deadline.py), else to the counter's local copy (an
SQLite file kept current by db/replica). The switch:

- a connection that cannot be made (or not in time) before a unit of work starts: the unit runs
  on the local copy at once;
- a statement that fails or times out in the middle of a unit of work: the server rolled it back,
  the counter goes offline and ``ServerUnavailable`` is raised; ``run`` (the wrapper every service
  call goes through, see ``failover_calls``) runs the SAME call again on the local copy, once;
  but not when anything of the call reached COMMIT on the server (a failure at COMMIT is
  ambiguous: the user is told nothing is lost and to look again and retry);
- while offline a probe thread asks the server every few seconds; when it answers, the hooks in
  ``OFFLINE_UPLOAD`` run first (services/offline sends the journal), then ``online`` is True again.

Listeners in ``on_change`` hear every switch (called from any thread: the window marshals them to
its own). A unit of work on the local copy calls ``offline_hooks.before_local_commit`` before it
commits (the journal row goes in the same transaction). ``is_offline(db)`` tells a service whether
the unit of work it is in runs on the local copy (returns apply the offline limits).

The switching itself (going offline, the probe, the upload hooks) is in db/failover_switch.py;
what counts as the server being gone, and ``ServerUnavailable``, in db/failover_errors.py.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import wraps
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from posassist.db import one_trip, server_deadline
from posassist.db.engine import storage_error
from posassist.db.failover_errors import ServerUnavailable, ambiguous_message, server_gone
from posassist.db.failover_switch import OFFLINE_UPLOAD, Switching
from posassist.db.offline_hooks import before_local_commit
from posassist.db.session import Database, unit_of_work
from posassist.db.tables.base import utcnow
from posassist.errors import Conflict
from posassist.i18n import tr

log = logging.getLogger(__name__)
T = TypeVar("T")
__all__ = [
    "OFFLINE_UPLOAD",
    "FailoverCalls",
    "FailoverDatabase",
    "LocalCopyLike",
    "ServerUnavailable",
    "failover_calls",
    "is_offline",
    "server_gone",
]
PROBE_INTERVAL_S = 3.0
# The journal's upload runs in the background while the counter is still offline: its statements
# get this many times the counter's deadline (at least UPLOAD_TIMEOUT_MIN_MS), so a busy server
# that answers slowly still takes the journal instead of keeping the counter offline for good.
UPLOAD_TIMEOUT_FACTOR = 20
UPLOAD_TIMEOUT_MIN_MS = 30_000


class LocalCopyLike(Protocol):
    """What FailoverDatabase needs of db.replica.LocalCopy."""

    @property
    def local(self) -> Database: ...

    @property
    def ready(self) -> bool: ...

    def age(self) -> timedelta | None: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


@dataclass
class _CallState:
    server_commits: int = 0
    local_units: int = 0


_in_local: ContextVar[object | None] = ContextVar("posassist_in_local", default=None)
_call: ContextVar[_CallState | None] = ContextVar("posassist_failover_call", default=None)


def is_offline(db: Database) -> bool:
    """True inside a unit of work that runs on the local copy (or, outside any, while offline)."""
    if not isinstance(db, FailoverDatabase):
        return False
    inside = _in_local.get()
    return inside is db or (inside is None and not db.online)


class FailoverDatabase(Switching, Database):
    def __init__(
        self,
        primary: Database,
        local_copy: LocalCopyLike,
        *,
        timeout_ms: int | None = None,
        probe_interval_s: float = PROBE_INTERVAL_S,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._primary = primary
        self._upload_server: Database | None = None
        self.local_copy = local_copy
        self.online = True
        self.timeout_ms = timeout_ms or server_deadline.server_timeout_ms()
        server_deadline.install(primary.engine, self.timeout_ms)
        signer = primary.audit_signer
        super().__init__(primary.url, primary.engine)
        self.audit_signer = signer
        self._local_sessions: sessionmaker[Session] | None = None
        self._clock = clock
        self.offline_since: datetime | None = None
        self.last_error: str | None = None
        self.on_change: list[Callable[[bool], None]] = []
        self.answered_locally = 0  # units of work the local copy answered (the CLI says so)
        self.probe_interval_s = probe_interval_s
        self._state_lock = threading.Lock()
        self._stop = threading.Event()
        self._probe: threading.Thread | None = None

    # -- where a unit of work goes -------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if _in_local.get() is self or not self.online:
            return self.local_copy.local.engine
        return self._server_engine

    @engine.setter
    def engine(self, value: Engine) -> None:
        self._server_engine = value

    @property
    def server(self) -> Database:
        return self._primary

    @property
    def upload_server(self) -> Database:
        """The server over a pool of its own with a long deadline, for the journal's upload (the
        counter's short deadline is for the associate waiting; the upload runs while the counter
        still works from its local copy). Signs with the primary's signer."""
        with self._state_lock:
            if self._upload_server is None:
                db = Database(self._primary.url)
                ms = max(UPLOAD_TIMEOUT_MIN_MS, UPLOAD_TIMEOUT_FACTOR * self.timeout_ms)
                server_deadline.install(db.engine, ms)
                db.audit_signer = self._primary.audit_signer
                self._upload_server = db
            return self._upload_server

    @property
    def audit_signer(self) -> Callable[[str], tuple[str, str]] | None:
        return self._primary.audit_signer

    @audit_signer.setter
    def audit_signer(self, value: Callable[[str], tuple[str, str]] | None) -> None:
        # one signer for both sides: witness.attach sets it here, and the journal's upload
        # replays the offline calls on ``server`` (the primary), whose entries must be signed too
        self._primary.audit_signer = value
        if self._upload_server is not None:
            self._upload_server.audit_signer = value
        if hasattr(self.local_copy, "seal_signer"):  # the copy countersigns the seals it copies
            self.local_copy.seal_signer = value

    def _local(self) -> sessionmaker[Session]:
        if self._local_sessions is None:
            self._local_sessions = sessionmaker(
                self.local_copy.local.engine, expire_on_commit=False, autoflush=True, info={"database": self}
            )
        return self._local_sessions

    def _can_take_over(self) -> bool:
        try:
            return bool(self.local_copy.ready)
        except Exception:  # a local copy that cannot even say: not usable
            log.exception("the local copy cannot say whether it is ready")
            return False

    def _server_session(self, readonly: bool) -> Session | None:
        """A session on the server with its connection made, or None when the counter is (now)
        offline. Raises the server's error when there is no local copy to take over."""
        if _in_local.get() is self or not self.online:
            return None
        session = self._sessions()
        try:
            if readonly:
                session.connection(execution_options={"posassist_readonly": True})
            else:
                session.connection()
        except exc.DBAPIError as err:
            session.close()
            if server_gone(err) and self._can_take_over():
                self.go_offline(err)
                return None
            raise storage_error(err, self.url) from err
        return session

    def _failed(self, err: BaseException, at_commit: bool) -> BaseException:
        if isinstance(err, exc.DBAPIError) and server_gone(err) and self._can_take_over():
            self.go_offline(err)
            message = (
                ambiguous_message()
                if at_commit
                else tr("The server did not answer in time; this counter now works from its local copy.")
            )
            return ServerUnavailable(message, ambiguous=at_commit)
        if isinstance(err, exc.IntegrityError):
            return Conflict(
                tr("Someone else changed the same record at the same moment; nothing was saved. Look again and retry.")
            )
        if isinstance(err, exc.DBAPIError):
            return storage_error(err, self.url)
        return err

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        if Database.on_open is not None:
            Database.on_open()
        session = self._server_session(readonly=False)
        if session is None:
            state = _call.get()
            if state is not None and state.server_commits:  # half of this call is on the server
                raise ServerUnavailable(ambiguous_message(), ambiguous=True)
            with self._local_unit(write=True) as local:
                yield local
            return
        at_commit = False
        try:
            yield session
            at_commit = True
            session.commit()
        except exc.DBAPIError as err:
            _quiet_rollback(session)
            raise self._failed(err, at_commit) from err
        except BaseException:
            _quiet_rollback(session)
            raise
        finally:
            session.close()
        state = _call.get()
        if state is not None:
            state.server_commits += 1

    @contextmanager
    def read(self) -> Iterator[Session]:
        if Database.on_open is not None:
            Database.on_open()
        session = self._server_session(readonly=True)
        if session is None:
            with self._local_unit(write=False) as local:
                yield local
            return
        try:
            yield session
        except exc.DBAPIError as err:
            raise self._failed(err, False) from err
        finally:
            session.close()

    def one_statement(self, sql: str, params: dict[str, Any]) -> Any:
        if Database.on_open is not None:
            Database.on_open()
        if _in_local.get() is self or not self.online:
            return self._local_statement(sql, params)
        try:
            return one_trip.first_row(self._server_engine, sql, params)
        except exc.DBAPIError as err:
            failed = self._failed(err, False)
            if isinstance(failed, ServerUnavailable) and _call.get() is None:
                return self._local_statement(sql, params)  # nobody will retry it: answer here
            raise failed from err

    def _local_statement(self, sql: str, params: dict[str, Any]) -> Any:
        token = _in_local.set(self)
        try:
            self._counted()
            with self.local_copy.local.engine.connect() as conn:
                return conn.exec_driver_sql(sql, params).first()
        except exc.DBAPIError as err:
            raise storage_error(err, self.local_copy.local.url) from err
        finally:
            _in_local.reset(token)

    def _counted(self) -> None:
        self.answered_locally += 1
        state = _call.get()
        if state is not None:
            state.local_units += 1

    @contextmanager
    def _local_unit(self, *, write: bool) -> Iterator[Session]:
        token = _in_local.set(self)
        self._counted()
        try:
            unit = unit_of_work(
                self._local()(), self.local_copy.local.url, commit=write, before_commit=before_local_commit
            )
            with unit as session:
                if not write:
                    session.connection(execution_options={"posassist_readonly": True})
                yield session
        finally:
            _in_local.reset(token)

    # -- one service call, retried on the local copy ------------------------------------------
    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call ``fn`` (one user action); when the server goes away during it and nothing of it
        reached COMMIT there, call it once more: now on the local copy."""
        if _call.get() is not None:  # an inner call: the outer one decides
            return fn(*args, **kwargs)
        state = _CallState()
        token = _call.set(state)
        try:
            try:
                return fn(*args, **kwargs)
            except ServerUnavailable as err:
                if err.ambiguous or state.server_commits:
                    if err.ambiguous:
                        raise
                    raise ServerUnavailable(ambiguous_message(), ambiguous=True) from err
                log.warning("the server went away during a call; retrying it on the local copy")
                return fn(*args, **kwargs)
        finally:
            _call.reset(token)

    def dispose(self) -> None:
        self._stop.set()
        if self._probe is not None:
            self._probe.join(timeout=10)
        self._primary.dispose()
        if self._upload_server is not None:
            self._upload_server.dispose()
        try:
            close = getattr(self.local_copy, "close", None)
            if close is not None:
                close()
            else:
                self.local_copy.stop()
        except Exception:
            log.exception("closing the local copy failed")


def _quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except exc.DBAPIError:
        pass  # the connection is gone; the server rolled back when it lost it


class FailoverCalls:
    """A capability whose every public method runs through ``FailoverDatabase.run``."""

    def __init__(self, target: Any, db: FailoverDatabase) -> None:
        self._target, self._db = target, db

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if name.startswith("_") or not callable(value):
            return value
        db = self._db

        @wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            return db.run(value, *args, **kwargs)

        return call


def failover_calls(target: T, db: Database) -> T:
    """``target`` with its calls retried on the local copy (unchanged for any other Database)."""
    if isinstance(db, FailoverDatabase):
        return cast(T, FailoverCalls(target, db))
    return target
