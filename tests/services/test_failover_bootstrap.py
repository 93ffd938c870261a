"""A PostgreSQL counter built by bootstrap works through its local copy (db/replica's LocalCopy)
when the server goes away; the command line answers from the copy and says so on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from posassist.bootstrap import build_app
from posassist.config import resolve
from posassist.db.failover import FailoverDatabase
from posassist.db.session import Database
from posassist.db.tables.sales import Sale
from tests.services import failover_support
from tests.services.failover_support import Outage

outage = failover_support.outage  # the fixture


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"POSASSIST_CONFIG_DIR": str(tmp_path / "config"), **extra}


def _settings(tmp_path: Path, url: str, **extra: str):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    return resolve(data_dir=data, database_url=url, counter="C1", environ=_env(tmp_path, **extra))


def test_sqlite_and_switched_off_counters_are_unchanged(outage: Outage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("POSASSIST_LOCAL_COPY", "0")
    app = build_app(_settings(tmp_path, outage.url))
    try:
        assert not isinstance(app.db, FailoverDatabase)
    finally:
        app.close()
    monkeypatch.delenv("POSASSIST_LOCAL_COPY")
    app = build_app(_settings(tmp_path, f"sqlite:///{outage.local_path}"))
    try:
        assert type(app.db) is Database
    finally:
        app.close()


def _ready_counter(outage: Outage, tmp_path: Path):  # type: ignore[no-untyped-def]
    app = build_app(_settings(tmp_path, outage.url))
    assert isinstance(app.db, FailoverDatabase)
    app.db.local_copy.ensure()  # type: ignore[attr-defined]
    assert app.db.local_copy.ready
    return app


def test_the_window_services_answer_from_the_copy_when_the_server_goes(outage: Outage, tmp_path: Path) -> None:
    app = _ready_counter(outage, tmp_path)
    try:
        assert app.svc.lookup.search("boots").hits and app.db.online
        outage.proxy.down()
        assert app.svc.lookup.search("boots").hits
        st = app.svc.connection.status()
        assert st.has_local_copy and not st.online and st.offline_since is not None and st.copy_ready
    finally:
        app.close()


def _cli(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **_env(tmp_path), "POSASSIST_TEST_NO_KEYRING": "1"}
    env.pop("POSASSIST_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(tmp_path / "data"), "--database-url", url, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_the_command_line_answers_from_the_copy_and_says_so(outage: Outage, tmp_path: Path) -> None:
    app = _ready_counter(outage, tmp_path)
    try:
        with app.db.local_copy.local.read() as s:
            receipt = s.execute(select(Sale.receipt_no).order_by(Sale.id.desc()).limit(1)).scalar_one()
    finally:
        app.close()
    online = _cli(tmp_path, outage.url, "lookup", "boots")
    assert online.returncode == 0 and "local copy" not in online.stderr
    outage.proxy.down()
    for args in (
        ["lookup", "boots"],
        ["sale", "show", receipt],
        ["customer", "show", "1"],
        ["return", "check", receipt],
    ):
        done = _cli(tmp_path, outage.url, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert "local copy" in done.stderr and "old" in done.stderr, (args, done.stderr)


@pytest.mark.parametrize("value", ["0", "off"])
def test_local_copy_switch(value: str) -> None:
    from posassist.db import failover_setup

    assert not failover_setup.enabled("postgresql+psycopg://u@h/db", {"POSASSIST_LOCAL_COPY": value})
    assert failover_setup.enabled("postgresql+psycopg://u@h/db", {})
    assert not failover_setup.enabled("sqlite:///x.db", {})
