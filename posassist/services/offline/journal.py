"""The counter's journal: every change made on the local copy is one journaled service call,
written in the same local transaction as the change (both or neither).

``journaling(capability, "notes", db, counter)`` wraps the offline-capable methods of a capability
(``calls.SPECS``) so each call runs inside ``offline_hooks.journaled(call)``; ``install()``
registers the commit hook that FailoverDatabase runs before a local commit: it writes (or, for a
call that commits more than once, extends) the call's journal row, and refuses a local write
that no journaled call explains with ``NotAvailableOffline``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db import offline_hooks
from posassist.db.offline_hooks import NEW_IDS, TOUCHED, Call, current_call, journaled
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.customers import Customer
from posassist.db.tables.offline import OfflineJournal
from posassist.i18n import tr
from posassist.services.offline.calls import SPECS, build_call
from posassist.services.offline.errors import NotAvailableOffline

T = TypeVar("T")

# written at the counter without a journaled call, and never sent: signing in (its session, the
# failed-attempt count) and the audit entries of that; the journal's own tables
LOCAL_ONLY = frozenset(
    {"staff_sessions", "staff", "audit_log", "offline_journal", "offline_local_ids", "replica_state"}
)
NOT_MAPPED = frozenset({"audit_log", "staff_sessions", "offline_journal", "offline_local_ids"})


def journaling(capability: T, prefix: str, db: Any, counter: str) -> T:
    """``capability`` with its offline-capable methods journaled (wrapped in place)."""
    for spec in SPECS.values():
        cap, _, method_name = spec.name.partition(".")
        if cap != prefix or not hasattr(capability, method_name):
            continue
        method = getattr(capability, method_name)
        setattr(capability, method_name, _wrap(spec, method, db, counter))
    return capability


def _wrap(spec: Any, method: Callable[..., Any], db: Any, counter: str) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        if current_call() is not None:  # inside another journaled call: part of it
            return method(*args, **kwargs)
        if spec.name == "customers.update" and "unchanged_since" not in kwargs and _offline(db):
            customer_id = kwargs.get("customer_id", args[1] if len(args) > 1 else None)
            kwargs["unchanged_since"] = _customer_version(db, customer_id)
        c = build_call(spec, method, args, kwargs, counter)
        with journaled(c):
            return method(*args, **kwargs)

    vars(call)["__offline_spec__"] = spec
    return call


def _offline(db: Any) -> bool:
    return getattr(db, "online", True) is False


def _customer_version(db: Any, customer_id: Any) -> datetime | None:
    """The record as this counter last saw it: the server refuses the edit if it changed since."""
    if not isinstance(customer_id, int):
        return None
    with db.read() as s:
        at: datetime | None = s.execute(
            select(Customer.updated_at).where(Customer.id == customer_id)
        ).scalar_one_or_none()
        return at


def journal_hook(session: Session, call: Call | None) -> None:
    """Runs before a unit of work on the local copy commits (offline_hooks.OFFLINE_COMMIT_HOOKS)."""
    session.flush()  # what is still pending counts too
    touched: set[str] = set(session.info.get(TOUCHED, ()))
    if not touched - LOCAL_ONLY:
        return  # read only, or signing in at the counter
    if call is None:
        raise NotAvailableOffline(
            tr(
                "This is not available while the server is unreachable; nothing was saved. "
                "Notes, follow-ups, ratings, holds, returns and customer edits still work."
            )
        )
    ids = [[t, i] for t, i in session.info.get(NEW_IDS, ()) if t not in NOT_MAPPED]
    head = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    row = session.execute(select(OfflineJournal).where(OfflineJournal.key == call.key)).scalar_one_or_none()
    if row is None:
        row = OfflineJournal(
            key=call.key,
            call=call.name,
            payload=call.payload,
            staff_id=call.staff_id,
            counter=str(call.extra.get("counter", "")),
            created_at=datetime.fromisoformat(call.extra["at"]),
            new_ids={"ids": ids},
            state="pending",
        )
        session.add(row)
    else:  # a call that commits more than once: its later rows follow its first
        row.new_ids = {"ids": [*row.new_ids.get("ids", []), *ids]}
    if head is not None:
        row.audit_seq, row.audit_hash = int(head[0]), str(head[1])
    session.flush()


def install() -> None:
    """Register the journal's commit hook (once)."""
    if journal_hook not in offline_hooks.OFFLINE_COMMIT_HOOKS:
        offline_hooks.OFFLINE_COMMIT_HOOKS.append(journal_hook)
