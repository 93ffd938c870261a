"""Damage: the PostgreSQL server vanishes mid-session — a clear message, nothing half-written, and
the counter carries on by itself once the server is back."""

from __future__ import annotations

import pytest

from posassist.db import migrate
from posassist.db.session import Database
from posassist.errors import StorageError
from posassist.services import auth, lookup
from posassist.services.demo import load_demo
from posassist.services.demo.stories import STAFF
from tests.pgcluster import Cluster, find_bindir


@pytest.mark.slow
def test_postgres_vanishes_and_comes_back() -> None:
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL not installed")
    cluster = Cluster(bindir)
    cluster.start()
    try:
        db = Database(cluster.url())
        migrate.upgrade(db.engine, where="t")
        load_demo(db, variants=300)
        assert lookup.search(db, "DEMO-OATBARISTA", store=None).hits
        # the test cluster runs with fsync off, so it is stopped "fast" (as on a reboot), not killed
        cluster._run(str(bindir / "pg_ctl"), "-D", str(cluster.data), "-m", "fast", "-w", "stop")
        with pytest.raises(StorageError, match="Cannot reach the database server"):
            auth.sign_in(db, STAFF[0].code, STAFF[0].pin)
        with pytest.raises(StorageError):
            lookup.search(db, "oat", store=None)
        cluster._run(
            str(bindir / "pg_ctl"),
            "-D",
            str(cluster.data),
            "-o",
            f"-p {cluster.port} -k {cluster.root} -c listen_addresses=127.0.0.1",
            "-l",
            str(cluster.root / "log"),
            "-w",
            "start",
        )
        assert auth.sign_in(db, STAFF[0].code, STAFF[0].pin).code == STAFF[0].code  # recovered by itself
        assert lookup.search(db, "DEMO-OATBARISTA", store=None).hits
        db.dispose()
    finally:
        cluster.stop()
