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

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

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
