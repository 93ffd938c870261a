"""A store for the outage tests: its own PostgreSQL cluster (tests/pgcluster.py) holding the demo,
a delaying TCP proxy in front of it (tests/tcp_proxy.py), and counters built as the program builds
them (bootstrap.build_app: a FailoverDatabase over the server and a real LocalCopy each).

``stop_server``/``start_server`` stop and start the real server (pg_ctl, immediate: as if the
host died); ``proxy.slow(s)`` makes it answer late instead. ``timed(fn)`` measures one action.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select

from posassist.bootstrap import App, build_app
from posassist.config import resolve
from posassist.db import migrate
from posassist.db.failover import FailoverDatabase
from posassist.db.session import Database
from posassist.db.tables.catalogue import Variant
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.services.dto import StaffSession
from tests.pgcluster import Cluster, find_bindir
from tests.tcp_proxy import Proxy

T = TypeVar("T")
LEAD = STAFF[2]  # Sam, a shift lead: returns need no approval at these amounts


class Server:
    """A PostgreSQL cluster the test may stop and start again (tests/pgcluster.Cluster.stop also
    removes it; here it comes back with its data)."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster

    def stop(self) -> None:
        c = self.cluster
        c._run(str(c.bindir / "pg_ctl"), "-D", str(c.data), "-m", "immediate", "-w", "stop")

    def start(self) -> None:
        c = self.cluster
        opts = (
            f"-p {c.port} -k {c.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        c._run(str(c.bindir / "pg_ctl"), "-D", str(c.data), "-o", opts, "-l", str(c.root / "log"), "-w", "start")


@dataclass
class Counter:
    name: str
    app: App
    staff: StaffSession
    receipts: list[str] = field(default_factory=list)  # sales made for it to take back

    @property
    def db(self) -> FailoverDatabase:
        assert isinstance(self.app.db, FailoverDatabase)
        return self.app.db


@contextmanager
def store(tmp_path: Path, counters: int = 3) -> Iterator[tuple[Server, Proxy, list[Counter], str]]:
    bindir = find_bindir()
    if bindir is None:
        import pytest

        pytest.skip("PostgreSQL not available on this machine")
    cluster = Cluster(bindir)
    cluster.start()
    server = Server(cluster)
    proxy = Proxy("127.0.0.1", cluster.port)
    made: list[Counter] = []
    try:
        url = cluster.url()
        db = Database(url)
        migrate.upgrade(db.engine, where="outage test")
        from posassist.services.demo import load_demo

        load_demo(db)
        db.dispose()
        via = proxy.url(url)
        for i in range(counters):
            name = f"C{i + 1}"
            data = tmp_path / name
            data.mkdir()
            settings = resolve(
                data_dir=data,
                database_url=via,
                store="DT",
                counter=name,
                environ={"POSASSIST_CONFIG_DIR": str(tmp_path / f"{name}-config")},
            )
            app = build_app(settings)
            assert isinstance(app.db, FailoverDatabase), "a PostgreSQL counter works through its local copy"
            staff = auth.sign_in(app.db, LEAD.code, LEAD.pin, counter=name)
            made.append(Counter(name, app, staff))
        yield server, proxy, made, url
    finally:
        for c in made:
            c.app.close()
        proxy.close()
        cluster.stop()


def sell(url: str, counter: Counter, n: int, price_minor: int = 4_000) -> None:
    """``n`` one-unit sales on the server for ``counter`` to take back later."""
    from posassist.bootstrap import current_store
    from tests.conftest import sell_one

    db = Database(url)
    try:
        st = current_store(db, "DT")
        assert st is not None
        with db.transaction() as s:
            vid = s.execute(select(Variant.id).where(Variant.sku == "DEMO-FIELDJKT-NAVY-M")).scalar_one()
            for _ in range(n):
                receipt = f"OUT-{counter.name}-{uuid.uuid4().hex[:6]}"
                sell_one(s, receipt=receipt, store_id=st.id, variant_id=vid, price_minor=price_minor)
                counter.receipts.append(receipt)
    finally:
        db.dispose()


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


# -- what an associate does at a counter ---------------------------------------------------------


def look_up(c: Counter) -> int:
    return len(c.app.svc.lookup.search("jacket").hits)


def note(c: Counter, text: str) -> Any:
    st = c.app.store
    return c.app.svc.notes.add(
        c.staff,
        customer_id=1,
        store_id=st.id if st else None,
        channel="counter",
        topic="other",
        body=text,
    )


def take_back(c: Counter) -> Any:
    from posassist.services.returns_dto import DraftLine

    receipt = c.receipts.pop(0)
    svc = c.app.svc.returns
    sale = svc.find_sale(receipt)
    st = c.app.store
    assert st is not None
    line = DraftLine(sale.lines[0].id, 1, reason="changed_mind", condition="unopened", resolution="refund")
    draft = svc.new_draft(st.id, c.staff, sale_id=sale.id, lines=(line,))
    return svc.commit(c.staff, draft)
