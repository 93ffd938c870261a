"""A PostgreSQL demo store behind a TCP proxy (tests/tcp_proxy.py) and a local copy for it.

Until db/replica's LocalCopy is used here, the local copy is a stand-in with the same interface:
an SQLite file migrated to head and filled with the same demo (the demo loads the same rows on
both engines).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import count
from pathlib import Path

import pytest

from posassist.db.failover import FailoverDatabase
from posassist.db.replica import seals
from posassist.db.session import Database
from tests.tcp_proxy import Proxy

_n = count()


@dataclass
class StandInCopy:
    """db.replica.LocalCopy's interface over a ready-made SQLite demo file."""

    local: Database
    is_ready: bool = True
    started: int = 0
    stopped: int = 0
    behind: timedelta | None = field(default_factory=lambda: timedelta(minutes=3))

    @property
    def ready(self) -> bool:
        return self.is_ready

    def __post_init__(self) -> None:
        self._signer: seals.Signer | None = None
        self._copy_seals()

    def _copy_seals(self) -> None:
        with self.local.engine.begin() as conn:  # the server's seals, as LocalCopy's catch-up copies them
            seals.copy(conn, conn, 0, self._signer)

    @property
    def seal_signer(self) -> seals.Signer | None:
        return self._signer

    @seal_signer.setter
    def seal_signer(self, value: seals.Signer | None) -> None:
        self._signer = value
        self._copy_seals()

    def age(self) -> timedelta | None:
        return self.behind

    def ensure(self) -> None:
        pass

    def catch_up(self) -> int:
        return 0

    def start(self) -> None:
        self.started += 1

    def stop(self) -> None:
        self.stopped += 1

    def close(self) -> None:
        self.stop()
        self.local.dispose()


@dataclass
class Outage:
    proxy: Proxy
    server_url: str  # straight to the server
    url: str  # through the proxy
    local_path: Path

    def stand_in(self) -> StandInCopy:
        return StandInCopy(Database(f"sqlite:///{self.local_path}"))

    def failover(self, timeout_ms: int = 800, probe_interval_s: float = 3600.0) -> FailoverDatabase:
        return FailoverDatabase(
            Database(self.url), self.stand_in(), timeout_ms=timeout_ms, probe_interval_s=probe_interval_s
        )


@pytest.fixture
def outage(tmp_path: Path, pg_server, _demo_templates: dict[str, str]) -> Iterator[Outage]:  # type: ignore[no-untyped-def]
    if pg_server is None:
        pytest.skip("PostgreSQL not available on this machine")
    name = f"posassist_fo{os.getpid()}_{next(_n)}"
    url = pg_server.create(name, template=_demo_templates["postgresql"])
    from sqlalchemy.engine import make_url

    u = make_url(url)
    proxy = Proxy(u.host or "127.0.0.1", int(u.port or 5432))
    local = tmp_path / "local-copy.db"
    shutil.copyfile(_demo_templates["sqlite"], local)
    try:
        yield Outage(proxy, url, proxy.url(url), local)
    finally:
        proxy.close()
        pg_server.drop(name)
