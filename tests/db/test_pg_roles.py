"""Issue 17: on PostgreSQL the counters' role cannot switch the audit log's triggers off, rewrite
or empty it, or change the schema; `db upgrade` runs as the owner and grants only the rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, exc, make_url, text

from posassist.db.session import Database
from posassist.services import audit, auth, sessions
from posassist.services.setup import Setup

SETUP = Path(__file__).parent.parent / "data" / "setup" / "two_stores.toml"
COUNTER_ROLE = "posassist_counter"


@pytest.fixture
def two_roles(pg_server, tmp_path: Path):  # type: ignore[no-untyped-def]
    if pg_server is None:
        pytest.skip("PostgreSQL not available on this machine")
    with pg_server.admin.connect() as c:
        if not c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": COUNTER_ROLE}).first():
            c.execute(text(f"CREATE ROLE {COUNTER_ROLE} LOGIN PASSWORD 'counter-secret' NOSUPERUSER NOCREATEDB"))
    name = f"posassist_roles{os.getpid()}"
    pg_server.drop(name)
    owner_url = pg_server.create(name)  # owned by the app's owner role
    counter_url = (
        make_url(owner_url).set(username=COUNTER_ROLE, password="counter-secret").render_as_string(hide_password=False)
    )
    yield owner_url, counter_url
    pg_server.drop(name)


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSASSIST_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("POSASSIST_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


ATTACKS = [
    "UPDATE audit_log SET action = 'x'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
    "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    "DROP TRIGGER audit_log_append_only ON audit_log",
    "DROP TABLE audit_log CASCADE",
    "DROP FUNCTION posassist_audit_append_only() CASCADE",
    "UPDATE audit_keys SET public_key = 'x'",
    "UPDATE alembic_version SET version_num = '0001'",
    "CREATE TABLE mallory (i int)",
    "ALTER TABLE staff ADD COLUMN mallory int",
    "CREATE OR REPLACE FUNCTION posassist_audit_append_only() RETURNS trigger AS $$ BEGIN RETURN NULL; END $$ LANGUAGE plpgsql",
]


def test_the_counters_role_gets_rows_only(two_roles, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    owner_url, counter_url = two_roles
    done = _cli("--database-url", counter_url, "db", "upgrade", "--owner-url", owner_url, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Counters' role posassist_counter" in done.stdout

    # a counter works: the store set up, a sign-in, audit entries appended and verified
    db = Database(counter_url)
    try:
        Setup(db).apply(sessions.setup_session("counter"), SETUP.read_text(encoding="utf-8"))
        admin = auth.sign_in(db, "1", "camille-admin-1", counter="counter")
        with db.transaction() as s:
            audit.record(s, actor_id=admin.id, action="test.by_counter", entity="thing")
        assert audit.verify(db).ok
    finally:
        db.dispose()

    engine = create_engine(counter_url)
    try:
        for sql in ATTACKS:
            with pytest.raises(exc.ProgrammingError, match="permission denied|must be owner"), engine.begin() as c:
                c.exec_driver_sql(sql)
    finally:
        engine.dispose()
    db = Database(counter_url)
    try:
        assert audit.verify(db).ok
    finally:
        db.dispose()


def test_upgrading_again_keeps_the_grants_and_a_counter_cannot_upgrade(two_roles, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    owner_url, counter_url = two_roles
    assert (
        _cli("--database-url", counter_url, "db", "upgrade", "--owner-url", owner_url, tmp_path=tmp_path).returncode
        == 0
    )
    again = _cli("--database-url", counter_url, "db", "upgrade", "--owner-url", owner_url, tmp_path=tmp_path)
    assert again.returncode == 0 and "Already at schema" in again.stdout
    engine = create_engine(counter_url)
    try:
        with pytest.raises(exc.ProgrammingError, match="must be owner"), engine.begin() as c:
            c.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    finally:
        engine.dispose()
    same = _cli("--database-url", owner_url, "db", "upgrade", "--grant-to", "posassist_app", tmp_path=tmp_path)
    assert same.returncode != 0 and "is the owner" in same.stderr
