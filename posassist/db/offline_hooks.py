"""The seam between a counter's failover (db/failover.py) and its offline journal
(services/offline/): what a unit of work written to the local copy must carry with it.

While the server does not answer, a PostgreSQL counter writes to its local SQLite copy. A write
there is only allowed for a service call that can be sent to the server later: such a call runs
inside ``journaled(call)`` (set by services/offline), and every local unit of work that commits
while it runs passes its session to the hooks in ``OFFLINE_COMMIT_HOOKS`` (registered by
services/offline) before the commit, so the journal row is written in the same transaction as the
change itself: both or neither. A local write with no call in progress is refused (the feature is
not available offline). db/ knows nothing of the services: it only carries the call.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Call:
    """One service call that changes data: enough to send it to the server exactly once."""

    name: str  # "capability.method", e.g. "notes.add"
    payload: dict[str, Any]  # JSON-able arguments (the staff session as its staff id, never a token)
    key: str  # idempotency key (uuid4 hex): the server applies a key once
    staff_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# Rows created offline in a counter's local copy get ids from here up, so the server's rows that
# catch-up copies in (always far below) never collide with them; catch-up leaves them alone and
# they are deleted once uploaded (the server's own versions then arrive by catch-up).
LOCAL_ID_FLOOR = 2**40


_current: ContextVar[Call | None] = ContextVar("posassist_offline_call", default=None)

# Each is called with the local session before a unit of work on the local copy commits.
OFFLINE_COMMIT_HOOKS: list[Callable[[Session, Call | None], None]] = []


def current_call() -> Call | None:
    return _current.get()


@contextmanager
def journaled(call: Call) -> Iterator[Call]:
    """Run a service call as ``call``: a local write it makes is journaled as this call."""
    token = _current.set(call)
    try:
        yield call
    finally:
        _current.reset(token)


def before_local_commit(session: Session) -> None:
    """What FailoverDatabase calls before committing a unit of work on the local copy."""
    call = _current.get()
    for hook in OFFLINE_COMMIT_HOOKS:
        hook(session, call)


# --- ids of rows created offline --------------------------------------------------------------

_LOCAL_ENGINES: weakref.WeakSet[Any] = weakref.WeakSet()  # the engines of local copies
TOUCHED = "offline_touched"  # session.info: the tables a local unit of work wrote
NEW_IDS = "offline_new_ids"  # session.info: [(table, id), ...] the ids handed out, in order


def use_local_ids(db: Any) -> None:
    """Mark ``db`` (a counter's local copy) so every row created in it without an id gets one
    from ``LOCAL_ID_FLOOR`` up (one counter for all tables, kept in ``offline_local_ids``), and
    its units of work note which tables they wrote (the journal hook refuses a local write that
    no journaled call explains). Call once when the local copy is opened."""
    _LOCAL_ENGINES.add(db.engine)
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "do_orm_execute", _on_execute)


def is_local(session: Session) -> bool:
    """The session writes to a local copy (whatever Database opened it: FailoverDatabase opens
    the local copy's sessions as itself)."""
    try:
        return session.get_bind() in _LOCAL_ENGINES
    except Exception:  # an unbound session
        return False


def _touch(session: Session, table: str) -> None:
    session.info.setdefault(TOUCHED, set()).add(table)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if not is_local(session):
        return
    for obj in list(session.dirty) + list(session.deleted):
        _touch(session, sa_inspect(obj).mapper.local_table.name)
    wanting: list[tuple[Any, str, str]] = []
    for obj in sorted(session.new, key=lambda o: sa_inspect(o).insert_order):  # as the server will
        mapper = sa_inspect(obj).mapper
        table = mapper.local_table.name
        _touch(session, table)
        pk = mapper.primary_key
        if len(pk) == 1 and pk[0].autoincrement in (True, "auto") and _is_int(pk[0]):
            attr = mapper.get_property_by_column(pk[0]).key
            if getattr(obj, attr, None) is None:
                wanting.append((obj, attr, table))
    if not wanting:
        return
    first = _take_ids(session, len(wanting))
    new_ids = session.info.setdefault(NEW_IDS, [])
    for n, (obj, attr, table) in enumerate(wanting):
        setattr(obj, attr, first + n)
        new_ids.append((table, first + n))


def _is_int(col: Any) -> bool:
    try:
        return col.type.python_type is int
    except NotImplementedError:
        return False


def _take_ids(session: Session, n: int) -> int:
    conn = session.connection()
    row = conn.execute(text("SELECT next_id FROM offline_local_ids WHERE name = 'all'")).first()
    if row is None:
        first = LOCAL_ID_FLOOR
        conn.execute(text("INSERT INTO offline_local_ids (name, next_id) VALUES ('all', :n)"), {"n": first + n})
    else:
        first = int(row[0])
        conn.execute(text("UPDATE offline_local_ids SET next_id = :n WHERE name = 'all'"), {"n": first + n})
    return first


def _on_execute(state: Any) -> None:
    session = state.session
    if (state.is_insert or state.is_update or state.is_delete) and is_local(session):
        table = getattr(state.statement, "table", None)
        if table is not None and getattr(table, "name", None):
            _touch(session, table.name)
