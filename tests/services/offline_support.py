"""A counter that works offline in tests: a server database, a local copy of it (a file copy of
the same demo, standing in for db/replica's snapshot), a FailoverDatabase over both, forced
offline, journaled capabilities on it, and the uploader that sends the journal back."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from posassist.db import offline_hooks
from posassist.db.failover import FailoverDatabase
from posassist.db.session import Database
from posassist.db.tables.people import Store
from posassist.services.approvals import Approvals
from posassist.services.customers import Customers
from posassist.services.dto import StoreInfo
from posassist.services.followups import FollowUps
from posassist.services.holds import Holds
from posassist.services.notes import Notes
from posassist.services.offline import journal
from posassist.services.offline.upload import Uploader
from posassist.services.returns_service import Returns
from tests.services.failover_support import StandInCopy

COUNTER = "till-7"


def store_of(db: Database) -> StoreInfo:
    with db.read() as s:
        st = s.execute(select(Store).order_by(Store.id).limit(1)).scalar_one()
        return StoreInfo(st.id, st.code, st.name, st.currency, st.locale, st.units, st.timezone)


@dataclass
class Caps:
    """The capabilities the journal covers, over one Database."""

    db: Database
    store: StoreInfo
    clock: Any = None

    def __post_init__(self) -> None:
        kw = {"clock": self.clock} if self.clock else {}
        self.notes = Notes(self.db)
        self.follow_ups = FollowUps(self.db, self.store, **kw)
        self.holds = Holds(self.db, **kw)
        self.returns = Returns(self.db, **kw)
        self.approvals = Approvals(self.db, **kw)
        self.customers = Customers(self.db)


def services_for(store: StoreInfo):  # type: ignore[no-untyped-def]
    def build(db: Database, clock: Any) -> Caps:
        return Caps(db, store, clock)

    return build


@dataclass
class Counter:
    server: Database
    local: Database
    fdb: FailoverDatabase
    caps: Caps
    uploader: Uploader
    extra: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        self.fdb.dispose()


def local_copy_of(server_sqlite: Path, dest: Path) -> Path:
    shutil.copyfile(server_sqlite, dest)
    return dest


def counter(server_url: str, local_path: Path, *, counter_name: str = COUNTER) -> Counter:
    journal.install()
    server = Database(server_url)
    local = Database(f"sqlite:///{local_path}")
    offline_hooks.use_local_ids(local)
    fdb = FailoverDatabase(server, StandInCopy(local), probe_interval_s=3600.0)
    store = store_of(server)
    caps = Caps(fdb, store)
    for name in ("notes", "follow_ups", "holds", "returns", "approvals", "customers"):
        journal.journaling(getattr(caps, name), name, fdb, counter_name)
    up = Uploader(local, server, services_for(store), counter_name)
    return Counter(server, local, fdb, caps, up)


def now() -> datetime:
    from posassist.db.tables.base import utcnow

    return utcnow()
