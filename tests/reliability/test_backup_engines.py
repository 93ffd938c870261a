"""`posassist db backup` while a counter writes, and a backup → change → restore round trip that
gives back identical data, on both engines (SQLite's online backup API; pg_dump/pg_restore)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from posassist.db.session import Database
from posassist.db.tables.base import Base
from posassist.db.tables.customers import Interaction
from posassist.services import audit, auth, notes
from posassist.services.demo.stories import STAFF


def _cli(url: str, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--database-url", url, "--data-dir", str(data), *_who(data, args), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _who(data: Path, args: tuple[str, ...]) -> list[str]:
    """A restore is the admin's to run: --as the demo admin, the PIN from an owner-only file."""
    if args[:2] != ("db", "restore"):
        return []
    admin = next(p for p in STAFF if p.role == "admin")
    pin = data / "admin.pin"
    if not pin.exists():
        pin.write_text(admin.pin + "\n")
        pin.chmod(0o600)
    return ["--as", admin.code, "--pin-file", str(pin)]


def _fingerprint(db: Database) -> dict[str, tuple[int, int]]:
    """Rows and the sum of ids of every table: any lost, extra or renumbered row shows."""
    out = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            ids = [c for c in table.primary_key.columns][:1]
            total = func.coalesce(func.sum(ids[0]), 0) if ids and ids[0].type.python_type is int else text("0")
            out[table.name] = tuple(s.execute(select(func.count(), total).select_from(table)).one())
    return out


@pytest.fixture
def need_pg_tools(engine_name: str) -> None:
    if engine_name == "postgresql" and not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump/pg_restore not installed")


@pytest.mark.slow
def test_backup_while_writing_then_restore_round_trip(
    need_pg_tools: None, demo_url: str, engine_name: str, tmp_path: Path
) -> None:
    db = Database(demo_url)
    alex = auth.sign_in(db, STAFF[0].code, STAFF[0].pin)
    stop, written = threading.Event(), [0]

    def writer() -> None:
        while not stop.is_set():
            notes.add(db, customer_id=None, staff=alex, store_id=1, channel="phone", topic="other", body="busy counter")
            written[0] += 1

    t = threading.Thread(target=writer)
    t.start()
    try:
        while written[0] < 5:
            stop.wait(0.01)
        during = _cli(demo_url, tmp_path, "db", "backup", str(tmp_path / "during.bak"))
        written_at_end_of_backup = written[0]
    finally:
        stop.set()
        t.join(30)
    assert during.returncode == 0, during.stderr

    # round trip: a quiet backup, more work, restore: exactly the data of the backup again
    quiet = _cli(demo_url, tmp_path, "db", "backup", str(tmp_path / "quiet.bak"))
    assert quiet.returncode == 0, quiet.stderr
    before = _fingerprint(db)
    for _ in range(3):
        notes.add(db, customer_id=None, staff=alex, store_id=1, channel="email", topic="other", body="after backup")
    assert _fingerprint(db) != before
    db.dispose()
    refused = _cli(demo_url, tmp_path, "db", "restore", str(tmp_path / "quiet.bak"))
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = _cli(demo_url, tmp_path, "db", "restore", str(tmp_path / "quiet.bak"), "--yes")
    assert done.returncode == 0, done.stderr
    db = Database(demo_url)
    after = _fingerprint(db)
    assert after.pop("audit_log")[0] == before["audit_log"][0] + 1  # the restore itself, in the chain
    assert after == {k: v for k, v in before.items() if k != "audit_log"}
    assert audit.verify(db).ok
    # …and it is a working database: a counter writes to it again
    notes.add(db, customer_id=None, staff=alex, store_id=1, channel="phone", topic="other", body="after restore")

    # the backup taken while writing is consistent: restored, it checks clean and holds a prefix
    db.dispose()
    assert _cli(demo_url, tmp_path, "db", "restore", str(tmp_path / "during.bak"), "--yes").returncode == 0
    db = Database(demo_url)
    with db.read() as s:
        in_copy = s.execute(
            select(func.count()).select_from(Interaction).where(Interaction.body == "busy counter")
        ).scalar_one()
    assert 5 <= in_copy <= written_at_end_of_backup
    db.dispose()
    check = _cli(demo_url, tmp_path, "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
