"""One journaled call applied on the server: in one server transaction, as the recorded staff
member (a session issued for this replay only), at the recorded time, together with its
``offline_applied`` key; a key already there is not applied again. A call the server refuses
(a PosassistError: the line was returned at another counter, the voucher is spent, the customer
was edited there) changes nothing and lands in ``offline_review`` with the server's message."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, exc, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from posassist.db.offline_hooks import LOCAL_ID_FLOOR
from posassist.db.session import Database
from posassist.db.tables.base import as_of
from posassist.db.tables.offline import OfflineApplied, OfflineReview
from posassist.db.tables.people import Staff, StaffSessionRow
from posassist.errors import Conflict, PosassistError
from posassist.i18n import tr
from posassist.services import auth, sessions
from posassist.services.offline.calls import SPECS, arguments
from posassist.services.offline.codec import unstructure

NOT_MAPPED = frozenset({"audit_log", "staff_sessions", "offline_applied", "offline_review", "offline_audit"})
REPLAY_VIA = "offline-replay"


@dataclass(frozen=True)
class Entry:
    """A journal row as the uploader sends it."""

    seq: int
    key: str
    call: str
    payload: dict[str, Any]
    staff_id: int | None
    counter: str
    created_at: datetime
    new_ids: list[list[Any]]
    audit_seq: int | None


@dataclass(frozen=True)
class Applied:
    key: str
    ok: bool  # False: refused by the server, in the review queue
    skipped: bool  # already applied by an earlier upload
    ids: dict[str, int]  # local id (as text) -> the server's id
    problem: str | None = None


class ReplayDatabase(Database):
    """The server, as one open transaction: every unit of work a replayed call opens is a
    savepoint in it, so the call and its ``offline_applied`` key commit together."""

    def __init__(self, server: Database, session: Session) -> None:
        super().__init__(server.url, server.engine)
        self.audit_signer = server.audit_signer
        self._session = session
        self.offline_replay_counter: str | None = None  # the counter whose journal is replayed

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        nested = self._session.begin_nested()
        try:
            yield self._session
            self._session.flush()
            nested.commit()
        except exc.IntegrityError as err:
            if nested.is_active:
                nested.rollback()
            raise Conflict(
                tr("Someone else changed the same record at the same moment; nothing was saved. Look again and retry.")
            ) from err
        except BaseException:
            if nested.is_active:
                nested.rollback()
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session


def translate(doc: Any, ids: dict[str, int]) -> Any:
    """``doc`` with the ids of rows created offline replaced by the server's; KeyError names a
    local id the server never got (the call that created it was refused)."""
    if isinstance(doc, bool):
        return doc
    if isinstance(doc, int) and doc >= LOCAL_ID_FLOOR:
        return ids[str(doc)]
    if isinstance(doc, dict):
        return {k: translate(v, ids) for k, v in doc.items()}
    if isinstance(doc, list):
        return [translate(v, ids) for v in doc]
    return doc


def _tracker(session: Session) -> list[tuple[str, int]]:
    created: list[tuple[str, int]] = []

    def after_flush(s: Session, _ctx: Any) -> None:
        for obj in sorted(s.new, key=lambda o: sa_inspect(o).insert_order):
            mapper = sa_inspect(obj).mapper
            table = mapper.local_table.name
            pk = mapper.primary_key
            if table in NOT_MAPPED or len(pk) != 1:
                continue
            value = getattr(obj, mapper.get_property_by_column(pk[0]).key, None)
            if isinstance(value, int):
                created.append((table, value))

    event.listen(session, "after_flush", after_flush)
    return created


def id_map(local: list[list[Any]], server: list[tuple[str, int]]) -> dict[str, int]:
    """Pair the rows the call created at the counter with those it created on the server: by
    table, in the order they were made (the same code made both)."""
    by_table: dict[str, list[int]] = {}
    for table, sid in server:
        by_table.setdefault(table, []).append(sid)
    taken: dict[str, int] = {}
    out: dict[str, int] = {}
    for table, lid in local:
        n = taken.get(table, 0)
        row = by_table.get(table, [])
        if n < len(row):
            out[str(lid)] = row[n]
        taken[table] = n + 1
    return out


ServicesFor = Callable[[Database, Callable[[], datetime]], Any]


def apply(server: Database, services_for: ServicesFor, entry: Entry, ids: dict[str, int]) -> Applied:
    """Send one entry; ``ids`` maps the local ids of earlier entries to the server's."""
    s = Session(server.engine, expire_on_commit=False, autoflush=True)
    replay_db = ReplayDatabase(server, s)
    replay_db.offline_replay_counter = entry.counter
    s.info["database"] = replay_db
    s.info["offline_replay"] = {"counter": entry.counter, "key": entry.key, "local_audit_seq": entry.audit_seq}
    try:
        done = s.get(OfflineApplied, entry.key)
        if done is not None:
            r = done.result or {}
            return Applied(entry.key, bool(r.get("ok")), True, dict(r.get("ids", {})), r.get("problem"))
        with as_of(entry.created_at):
            result, problem, mapped = _call(s, replay_db, services_for, entry, ids)
        outcome = {"ok": problem is None, "ids": mapped, "problem": problem}
        s.add(OfflineApplied(key=entry.key, counter=entry.counter, result=outcome))
        s.add(
            OfflineReview(
                key=entry.key,
                counter=entry.counter,
                call=entry.call,
                payload=entry.payload,
                staff_id=entry.staff_id if entry.staff_id and s.get(Staff, entry.staff_id) else None,
                recorded_at=entry.created_at,
                problem=problem,
                local_outcome={"created": entry.new_ids, "server": result},
            )
        )
        s.commit()
        return Applied(entry.key, problem is None, False, mapped, problem)
    except exc.IntegrityError:  # another upload of the same key got there first
        s.rollback()
        done = s.get(OfflineApplied, entry.key)
        if done is None:
            raise
        r = done.result or {}
        return Applied(entry.key, bool(r.get("ok")), True, dict(r.get("ids", {})), r.get("problem"))
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()


def _call(
    s: Session, replay_db: ReplayDatabase, services_for: ServicesFor, entry: Entry, ids: dict[str, int]
) -> tuple[Any, str | None, dict[str, int]]:
    spec = SPECS.get(entry.call)
    if spec is None:
        return None, tr("This counter sent a change this server does not know ({call}).", call=entry.call), {}
    try:
        payload = translate(entry.payload, ids)
    except KeyError:
        return None, tr("It depends on another offline change that the server refused (see that one first)."), {}
    staff = s.get(Staff, entry.staff_id) if entry.staff_id is not None else None
    replay = sessions.issue(s, staff, counter=entry.counter, via=REPLAY_VIA) if staff is not None else None
    cap, _, name = spec.name.partition(".")
    method = getattr(getattr(services_for(replay_db, lambda: entry.created_at), cap), name)
    created = _tracker(s)
    point = s.begin_nested()
    approver = auth.replayed_approver.set(payload.get("approver_code") if spec.name == "approvals.decide" else None)
    try:
        result = method(**arguments(spec, method, payload, replay))
        point.commit()
        problem = None
    except PosassistError as err:
        if point.is_active:
            point.rollback()
        result, problem = None, str(err)
        created.clear()
    finally:
        auth.replayed_approver.reset(approver)
        if replay is not None:  # the replay's session ends with it
            s.execute(
                update(StaffSessionRow)
                .where(StaffSessionRow.staff_id == replay.id, StaffSessionRow.via == REPLAY_VIA)
                .where(StaffSessionRow.ended_at.is_(None))
                .values(ended_at=entry.created_at)
            )
    try:
        shown = unstructure(result)
    except TypeError:
        shown = repr(result)
    return shown, problem, id_map(entry.new_ids, created)
