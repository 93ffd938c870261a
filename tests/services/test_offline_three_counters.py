"""Three PostgreSQL counters lose their server mid-shift and keep working on their local copies
(notes, returns); when it is back each sends its journal: every offline write arrives once, the
totals add up, the line two counters both took back is in the review queue, and `audit verify`
is clean (the "server back" half of the outage story; the switch itself: tests/reliability)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from posassist.db.failover import OFFLINE_UPLOAD, FailoverDatabase
from posassist.db.session import Database
from posassist.db.tables.customers import Customer, Interaction
from posassist.db.tables.offline import OfflineApplied, OfflineReview
from posassist.db.tables.sales import Return
from posassist.services import audit
from posassist.services.offline import journal, wire
from tests.services import failover_support
from tests.services.failover_support import Outage, StandInCopy
from tests.services.offline_support import Caps, services_for, store_of
from tests.services.test_offline_journal import _cheap_sales, _return_first_line
from tests.signin import as_role

outage = failover_support.outage  # the fixture


def _counter(outage: Outage, tmp: Path, name: str) -> tuple[FailoverDatabase, Caps]:
    path = tmp / f"{name}.db"
    shutil.copyfile(outage.local_path, path)
    fdb = FailoverDatabase(
        Database(outage.url), StandInCopy(Database(f"sqlite:///{path}")), timeout_ms=800, probe_interval_s=3600.0
    )
    store = store_of(fdb)
    wire(fdb, services_for(store), name)
    caps = Caps(fdb, store)
    for cap in ("notes", "returns"):
        journal.journaling(getattr(caps, cap), cap, fdb, name)
    return fdb, caps


def test_three_counters_offline_then_back(outage: Outage, tmp_path: Path) -> None:
    hooks = list(OFFLINE_UPLOAD)
    counters = [_counter(outage, tmp_path, f"till-{n}") for n in (1, 2, 3)]
    server = Database(outage.server_url)
    try:
        receipts = _cheap_sales(server, 3)
        with server.read() as s:
            cid = s.execute(select(Customer.id).order_by(Customer.id).limit(1)).scalar_one()
            notes_before = s.execute(select(func.count()).select_from(Interaction)).scalar_one()
            returns_before = s.execute(select(func.count()).select_from(Return)).scalar_one()
        outage.proxy.down()
        for n, (fdb, caps) in enumerate(counters):
            staff = fdb.run(as_role, fdb, "associate", n % 2)
            for k in range(4):
                caps.notes.add(
                    staff,
                    customer_id=cid,
                    store_id=caps.store.id,
                    channel="counter",
                    topic="other",
                    body=f"outage note {n}.{k}",
                )
            _return_first_line(caps.returns, caps.store.id, staff, receipts[n])
            assert not fdb.online
        # counter 3 also takes back counter 1's line: both did it offline, only the first to arrive stands
        fdb3, caps3 = counters[2]
        _return_first_line(caps3.returns, caps3.store.id, fdb3.run(as_role, fdb3, "associate"), receipts[0])
        outage.proxy.up()
        for fdb, _caps in counters:
            assert fdb.check_now() and fdb.online
        with server.read() as s:
            notes = s.execute(select(Interaction.body).where(Interaction.body.like("outage note %"))).scalars().all()
            assert sorted(notes) == sorted(f"outage note {n}.{k}" for n in range(3) for k in range(4))
            assert s.execute(select(func.count()).select_from(Interaction)).scalar_one() == notes_before + 12
            assert s.execute(select(func.count()).select_from(Return)).scalar_one() == returns_before + 3
            assert s.execute(select(func.count()).select_from(OfflineApplied)).scalar_one() == 16
            conflicts = s.execute(select(OfflineReview).where(OfflineReview.problem.is_not(None))).scalars().all()
            assert [(c.counter, c.call) for c in conflicts] == [("till-3", "returns.commit")]
        assert audit.verify(server).ok
    finally:
        for hook in [h for h in OFFLINE_UPLOAD if h not in hooks]:
            OFFLINE_UPLOAD.remove(hook)
        server.dispose()
        for fdb, _ in counters:
            fdb.dispose()
