"""FailoverDatabase against a real PostgreSQL demo store behind a proxy that makes it gone or slow."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from posassist.db import offline_hooks
from posassist.db.failover import OFFLINE_UPLOAD, FailoverDatabase, ServerUnavailable, failover_calls, is_offline
from posassist.db.tables.catalogue import Product
from posassist.db.tables.people import Store
from posassist.errors import StorageError
from posassist.services.lookup import Lookup
from tests.services import failover_support
from tests.services.failover_support import Outage

outage = failover_support.outage  # the fixture


def _where(db: FailoverDatabase) -> str:
    with db.read() as s:
        return str(s.execute(text("SELECT sqlite_version()" if is_offline(db) else "SELECT version()")).scalar())


def _stores(db: FailoverDatabase) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(Store)).scalar_one())


@pytest.fixture
def fdb(outage: Outage):  # type: ignore[no-untyped-def]
    db = outage.failover()
    changes: list[bool] = []
    db.on_change.append(changes.append)
    db.changes = changes  # type: ignore[attr-defined]
    yield db
    db.dispose()


def test_the_server_answers_while_it_is_there(fdb: FailoverDatabase) -> None:
    assert "PostgreSQL" in _where(fdb)
    assert fdb.online and fdb.dialect == "postgresql" and fdb.answered_locally == 0


def test_server_gone_the_next_unit_of_work_runs_on_the_local_copy(outage: Outage, fdb: FailoverDatabase) -> None:
    before = _stores(fdb)
    outage.proxy.down()
    assert _stores(fdb) == before  # the same demo in the copy
    assert not fdb.online and fdb.offline_since is not None
    assert fdb.dialect == "sqlite" and fdb.changes == [False]  # type: ignore[attr-defined]
    assert "." in _where(fdb) and fdb.answered_locally >= 1


def test_server_slow_a_read_is_cut_at_the_deadline_and_answered_locally(outage: Outage, fdb: FailoverDatabase) -> None:
    assert fdb.online and _stores(fdb)  # a pooled connection exists
    outage.proxy.slow(30.0)
    lookup = failover_calls(Lookup(fdb, None), fdb)
    found = lookup.search("boots")
    assert found.hits and not fdb.online


def test_server_gone_in_the_middle_of_a_call_the_call_runs_again_locally(outage: Outage, fdb: FailoverDatabase) -> None:
    places: list[bool] = []

    def action() -> int:
        with fdb.read() as s:
            places.append(is_offline(fdb))
            s.execute(text("SELECT 1"))
            if not places[-1]:
                outage.proxy.down()
            return int(s.execute(select(func.count()).select_from(Product)).scalar_one())

    assert fdb.run(action) > 0
    assert places == [False, True]


def test_a_call_that_already_committed_on_the_server_is_not_repeated_locally(
    outage: Outage, fdb: FailoverDatabase
) -> None:
    calls = 0

    def action() -> None:
        nonlocal calls
        calls += 1
        with fdb.transaction() as s:
            s.execute(text("UPDATE stores SET name = name"))
        outage.proxy.down()
        with fdb.transaction() as s:
            s.execute(text("UPDATE stores SET name = name"))

    with pytest.raises(ServerUnavailable) as err:
        fdb.run(action)
    assert err.value.ambiguous and calls == 1
    assert "Nothing is lost" in err.value.message


def test_a_local_write_passes_through_the_offline_commit_hooks(outage: Outage, fdb: FailoverDatabase) -> None:
    seen: list[tuple[bool, str | None]] = []

    def hook(session, call):  # type: ignore[no-untyped-def]
        seen.append((is_offline(fdb), call.name if call else None))

    offline_hooks.OFFLINE_COMMIT_HOOKS.append(hook)
    try:
        outage.proxy.down()
        call = offline_hooks.Call("notes.add", {}, "k1")
        with offline_hooks.journaled(call), fdb.transaction() as s:
            s.execute(text("UPDATE stores SET name = name"))
        with fdb.read() as s:  # a read commits nothing: no hook
            s.execute(text("SELECT 1"))
    finally:
        offline_hooks.OFFLINE_COMMIT_HOOKS.remove(hook)
    assert seen == [(True, "notes.add")]


def test_back_online_after_the_upload_hooks(outage: Outage, fdb: FailoverDatabase) -> None:
    outage.proxy.down()
    _stores(fdb)
    assert not fdb.check_now()  # still gone
    uploads: list[bool] = []
    OFFLINE_UPLOAD.append(lambda db: uploads.append(db.online))
    try:
        outage.proxy.up()
        assert fdb.check_now()
    finally:
        OFFLINE_UPLOAD.pop()
    assert uploads == [False] and fdb.online and fdb.changes == [False, True]  # type: ignore[attr-defined]
    assert "PostgreSQL" in _where(fdb)


def test_a_failing_upload_keeps_the_counter_offline(outage: Outage, fdb: FailoverDatabase) -> None:
    outage.proxy.down()
    _stores(fdb)
    outage.proxy.up()

    def broken(db: FailoverDatabase) -> None:
        raise RuntimeError("upload failed")

    OFFLINE_UPLOAD.append(broken)
    try:
        assert not fdb.check_now()
    finally:
        OFFLINE_UPLOAD.remove(broken)
    assert not fdb.online


def test_the_probe_thread_brings_the_counter_back(outage: Outage) -> None:
    db = outage.failover(probe_interval_s=0.2)
    back = threading.Event()
    db.on_change.append(lambda online: back.set() if online else None)
    try:
        outage.proxy.down()
        _stores(db)
        assert not db.online
        outage.proxy.up()
        assert back.wait(30) and db.online
    finally:
        db.dispose()


def test_no_local_copy_yet_the_server_error_stays(outage: Outage) -> None:
    db = outage.failover()
    db.local_copy.is_ready = False  # type: ignore[attr-defined]
    try:
        outage.proxy.down()
        with pytest.raises(StorageError) as err:
            _stores(db)
        assert not isinstance(err.value, ServerUnavailable) and db.online
    finally:
        db.dispose()


def test_is_offline_is_false_for_a_plain_database(outage: Outage) -> None:
    from posassist.db.session import Database

    plain = Database(outage.server_url)
    try:
        assert not is_offline(plain)
    finally:
        plain.dispose()
