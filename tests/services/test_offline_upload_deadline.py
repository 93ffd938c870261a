"""The journal's upload does not carry the counter's short deadline: a server that takes longer
than the counter's deadline over one of the upload's statements (a busy server, a table locked
for a moment) still takes the journal, and the counter goes back online. The counter's deadline
is for the associate waiting; the upload runs while the counter still works from its copy."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from posassist.db.failover import OFFLINE_UPLOAD, FailoverDatabase
from posassist.db.session import Database
from posassist.db.tables.customers import Customer, Interaction
from posassist.services.offline import journal, wire
from tests.services import failover_support
from tests.services.failover_support import Outage, StandInCopy
from tests.services.offline_support import Caps, services_for, store_of
from tests.signin import as_role

outage = failover_support.outage  # the fixture

DEADLINE_MS = 300
HELD_S = 1.5  # five times the counter's deadline


def test_a_statement_slower_than_the_counters_deadline_does_not_keep_the_journal_back(
    outage: Outage, tmp_path: Path
) -> None:
    hooks = list(OFFLINE_UPLOAD)
    path = tmp_path / "till.db"
    shutil.copyfile(outage.local_path, path)
    fdb = FailoverDatabase(
        Database(outage.url),
        StandInCopy(Database(f"sqlite:///{path}")),
        timeout_ms=DEADLINE_MS,
        probe_interval_s=3600.0,
    )
    server = Database(outage.server_url)
    locker = create_engine(outage.server_url)
    try:
        store = store_of(fdb)
        wire(fdb, services_for(store), "till-1")
        caps = Caps(fdb, store)
        journal.journaling(caps.notes, "notes", fdb, "till-1")
        with server.read() as s:
            cid = s.execute(select(Customer.id).order_by(Customer.id).limit(1)).scalar_one()
        outage.proxy.down()
        staff = fdb.run(as_role, fdb, "associate")
        caps.notes.add(staff, customer_id=cid, store_id=store.id, channel="counter", topic="other", body="late note")
        assert not fdb.online
        outage.proxy.up()

        # another connection holds the tables the upload writes for longer than the counter's deadline
        locked, release = threading.Event(), threading.Event()

        def hold() -> None:
            with locker.connect() as conn:
                conn.execute(text("LOCK TABLE offline_audit, interactions IN EXCLUSIVE MODE"))
                locked.set()
                release.wait(HELD_S)
                conn.rollback()

        holder = threading.Thread(target=hold)
        holder.start()
        assert locked.wait(30)
        try:
            assert fdb.check_now(), fdb.last_error
        finally:
            release.set()
            holder.join()
        assert fdb.online
        with server.read() as s:
            assert s.execute(select(func.count()).where(Interaction.body == "late note")).scalar_one() == 1
        assert fdb.upload_server is not fdb.server  # its own pool: the counter's stays short
    finally:
        for hook in [h for h in OFFLINE_UPLOAD if h not in hooks]:
            OFFLINE_UPLOAD.remove(hook)
        locker.dispose()
        server.dispose()
        fdb.dispose()
