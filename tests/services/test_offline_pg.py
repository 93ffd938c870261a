"""A PostgreSQL counter that loses its server: offline notes and customer edits journaled on its
local copy, sent once when the server answers again (the upload runs before the counter goes back
online), a customer edited on both sides in the review queue; the server's audit chain (with the
counter's merged local entries) verifies."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from posassist.db.offline_hooks import LOCAL_ID_FLOOR
from posassist.db.session import Database
from posassist.db.tables.customers import Customer, Interaction
from posassist.db.tables.offline import OfflineApplied, OfflineAudit, OfflineReview
from posassist.services import audit
from posassist.services.customers import Customers
from posassist.services.offline import journal, wire
from tests.services import failover_support
from tests.services.failover_support import Outage
from tests.services.offline_support import COUNTER, Caps, services_for, store_of
from tests.signin import as_role

outage = failover_support.outage  # the fixture


@pytest.fixture
def fdb(outage: Outage):  # type: ignore[no-untyped-def]
    db = outage.failover()
    yield db
    db.dispose()


def test_offline_writes_arrive_once_when_the_server_is_back(outage: Outage, fdb) -> None:  # type: ignore[no-untyped-def]
    store = store_of(fdb)
    build = services_for(store)
    hook = wire(fdb, build, COUNTER)
    assert hook is not None
    caps = Caps(fdb, store)
    for name in ("notes", "customers"):
        journal.journaling(getattr(caps, name), name, fdb, COUNTER)
    with fdb.read() as s:
        seen = dict(s.execute(select(Customer.id, Customer.updated_at).order_by(Customer.id).limit(2)).all())
    ids = list(seen)
    with fdb.local_copy.local.transaction() as s:  # as catch-up leaves them: the server's rows as they are
        for cid, at in seen.items():
            s.execute(update(Customer).where(Customer.id == cid).values(updated_at=at))
    outage.proxy.down()
    alex = fdb.run(as_role, fdb, "associate")  # signs in on the local copy (the server is gone)
    note = caps.notes.add(
        alex, customer_id=ids[0], store_id=store.id, channel="counter", topic="other", body="pg offline"
    )
    assert not fdb.online and note.id >= LOCAL_ID_FLOOR
    caps.customers.update(alex, ids[0], {"preferred_name": "Offline edit"})
    caps.customers.update(alex, ids[1], {"preferred_name": "Offline both"})
    server = Database(outage.server_url)  # another counter, still reaching the server
    try:
        jamie = as_role(server, "associate", 1)
        Customers(server).update(jamie, ids[1], {"preferred_name": "Edited on the server"})
        outage.proxy.up()
        assert fdb.check_now() and fdb.online  # the upload ran first
        with server.read() as s:
            assert s.execute(select(func.count()).where(Interaction.body == "pg offline")).scalar_one() == 1
            assert s.get(Customer, ids[0]).preferred_name == "Offline edit"  # type: ignore[union-attr]
            assert s.get(Customer, ids[1]).preferred_name == "Edited on the server"  # type: ignore[union-attr]
            assert s.execute(select(func.count()).select_from(OfflineApplied)).scalar_one() == 3
            problems = [r.problem for r in s.execute(select(OfflineReview).order_by(OfflineReview.id)).scalars()]
            assert problems[:2] == [None, None] and problems[2] and "changed elsewhere" in problems[2]
            assert s.execute(select(func.count()).select_from(OfflineAudit)).scalar_one() >= 2
        assert audit.verify(server).ok
        hook(fdb)  # once more: nothing is sent twice
        with server.read() as s:
            assert s.execute(select(func.count()).where(Interaction.body == "pg offline")).scalar_one() == 1
    finally:
        server.dispose()
        from posassist.db.failover import OFFLINE_UPLOAD

        OFFLINE_UPLOAD.remove(hook)
