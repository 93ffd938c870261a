"""Audit entries signed while a counter is offline keep their signatures when they reach the
server, and the server's entries for the replayed calls are signed with the same counter key:
``audit verify`` is clean afterwards.

The counter is set up as bootstrap does it: the witness attached to the FailoverDatabase
(``AuditWitness.attach``), the journal wired on it. On PostgreSQL the local copy is the real
``db.replica.LocalCopy`` (snapshot, offline writes, upload, catch-up bringing the server's rows
back); on an SQLite server (no local copy there in production) the stand-in copy of the journal
tests is used, so the audit merge is checked on both engines."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.db.failover import OFFLINE_UPLOAD, FailoverDatabase
from posassist.db.offline_hooks import LOCAL_ID_FLOOR
from posassist.db.replica import LocalCopy
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Interaction
from posassist.db.tables.offline import OfflineApplied, OfflineAudit
from posassist.services import audit, audit_keys
from posassist.services.audit_keys import AuditWitness
from posassist.services.audit_sign import load_or_create
from posassist.services.dto import StaffSession
from posassist.services.offline import journal, wire
from tests.services import failover_support
from tests.services.failover_support import Outage, StandInCopy
from tests.services.offline_support import COUNTER, Caps, services_for, store_of
from tests.signin import admin, as_role

outage = failover_support.outage  # the fixture


def _register_key(server: Database, tmp_path: Path) -> AuditWitness:
    """The counter's key, registered on the server (audit key add) before the outage."""
    key = load_or_create(tmp_path / "config" / "audit-signing.key")
    w = AuditWitness(key, tmp_path / "config" / "checkpoints", server.url, COUNTER)
    w.attach(server)
    audit_keys.add_key(server, admin(server), public_hex=key.public_hex, name=COUNTER, own=key)
    server.audit_signer = None  # from here on only the counter signs
    return w


def _journaled(fdb: FailoverDatabase) -> Caps:
    store = store_of(fdb)
    caps = Caps(fdb, store)
    for name in ("notes", "customers"):
        journal.journaling(getattr(caps, name), name, fdb, COUNTER)
    return caps


def _customer(db: Database) -> int:
    with db.read() as s:
        found = s.execute(select(Interaction.customer_id).where(Interaction.customer_id.is_not(None))).scalar()
        assert found is not None
        return int(found)


def _offline_work(
    fdb: FailoverDatabase, caps: Caps, body: str, alex: StaffSession | None = None
) -> list[tuple[int, str, str | None, str | None]]:
    """(Sign in and) write a note and a customer edit on the local copy; the local entries."""
    alex = alex or fdb.run(as_role, fdb, "associate")
    cid = _customer(fdb)
    note = caps.notes.add(alex, customer_id=cid, store_id=caps.store.id, channel="counter", topic="other", body=body)
    assert not fdb.online and note.id >= LOCAL_ID_FLOOR
    caps.customers.update(alex, cid, {"preferred_name": "Signed offline"})
    with fdb.local_copy.local.read() as s:
        return [
            (e.seq, e.hash, e.key_id, e.sig) for e in s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
        ]


def _check_server(
    server: Database, w: AuditWitness, local: list[tuple[int, str, str | None, str | None]], body: str
) -> None:
    offline = [row for row in local if row[3] is not None]
    assert offline and all(kid == w.key.key_id for _seq, _h, kid, _sig in offline)
    with server.read() as s:
        merged = [
            (e.seq, e.hash, e.key_id, e.sig)
            for e in s.execute(select(OfflineAudit).order_by(OfflineAudit.seq)).scalars()
        ]
        assert s.execute(select(func.count()).where(Interaction.body == body)).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(OfflineApplied)).scalar_one() == 2
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
        replayed = [e for e in entries if "offline" in (e.payload or {})]
    assert [m for m in merged if m[0] >= offline[0][0]] == offline  # verbatim, signatures and all
    assert replayed and all(e.sig and e.key_id == w.key.key_id for e in replayed)  # the server's entries too
    result = audit.verify(server)
    assert result.ok, result.problem


def _forge_unsigned_offline_entry(server: Database) -> None:
    """An entry added to the counter's merged chain with SQL: hash right, neither signature nor key."""
    with server.transaction() as s:
        last = s.execute(
            select(OfflineAudit).where(OfflineAudit.counter == COUNTER).order_by(OfflineAudit.seq.desc()).limit(1)
        ).scalar_one()
        at, payload = utcnow(), {"where": COUNTER}
        content = audit.canonical(last.seq + 1, at, None, "note.added", "interaction", "1", payload)
        s.add(
            OfflineAudit(
                counter=COUNTER,
                seq=last.seq + 1,
                at=at,
                action="note.added",
                entity="interaction",
                entity_id="1",
                payload=payload,
                prev_hash=last.hash,
                hash=audit.chain_hash(last.hash, content),
            )
        )


def test_offline_signatures_survive_the_upload_sqlite(tmp_path: Path, _demo_templates: dict[str, str]) -> None:
    server_path, local_path = tmp_path / "server.db", tmp_path / "local-copy.db"
    shutil.copyfile(_demo_templates["sqlite"], server_path)
    server = Database(f"sqlite:///{server_path}")
    w = _register_key(server, tmp_path)
    shutil.copyfile(server_path, local_path)  # the copy taken before the outage
    fdb = FailoverDatabase(
        Database(server.url), StandInCopy(Database(f"sqlite:///{local_path}")), probe_interval_s=3600
    )
    w.attach(fdb)  # as bootstrap's counter_witness does
    hook = wire(fdb, services_for(store_of(server)), COUNTER)
    assert hook is not None
    try:
        caps = _journaled(fdb)
        fdb.go_offline("test: server unplugged")
        local = _offline_work(fdb, caps, "signed offline (sqlite)")
        assert fdb.check_now() and fdb.online  # the upload ran first
        _check_server(server, w, local, "signed offline (sqlite)")
        _forge_unsigned_offline_entry(server)
        result = audit.verify(server)
        assert not result.ok and result.problem and "is not signed" in result.problem, result.problem
    finally:
        OFFLINE_UPLOAD.remove(hook)
        fdb.dispose()
        server.dispose()


@pytest.fixture
def real_copy(outage: Outage, tmp_path: Path) -> Iterator[tuple[FailoverDatabase, LocalCopy]]:
    primary = Database(outage.url)
    lc = LocalCopy(primary, tmp_path / "real-local-copy.db", store_id=None, counter=COUNTER)
    fdb = FailoverDatabase(primary, lc, timeout_ms=800, probe_interval_s=3600)
    yield fdb, lc
    fdb.dispose()


def test_offline_signatures_survive_the_upload_through_the_real_local_copy(  # PostgreSQL
    outage: Outage, real_copy: tuple[FailoverDatabase, LocalCopy], tmp_path: Path
) -> None:
    fdb, lc = real_copy
    server = Database(outage.server_url)
    try:
        w = _register_key(server, tmp_path)
        lc.ensure()  # the first snapshot: the registered key comes with it
        assert lc.ready
        w.attach(fdb)
        hook = wire(fdb, services_for(store_of(server)), COUNTER)
        assert hook is not None
        try:
            caps = _journaled(fdb)
            lc.catch_up()
            outage.proxy.down()
            # the first sign-in of the shift is offline: the account's seal came with the copy
            local = _offline_work(fdb, caps, "signed offline (pg)")
            with lc.local.read() as s:
                assert (
                    s.execute(select(func.count()).where(Interaction.body == "signed offline (pg)")).scalar_one() == 1
                )
            outage.proxy.up()
            assert fdb.check_now() and fdb.online  # the upload ran first
            lc.catch_up()  # the server's version of the note arrives; the offline row is gone
            with lc.local.read() as s:
                ids = list(s.execute(select(Interaction.id).where(Interaction.body == "signed offline (pg)")).scalars())
            assert len(ids) == 1 and ids[0] < LOCAL_ID_FLOOR
            _check_server(server, w, local, "signed offline (pg)")
        finally:
            OFFLINE_UPLOAD.remove(hook)
    finally:
        server.dispose()
