"""SIGKILL a counter while it works offline and while it uploads its journal: every note it saved
offline has its journal row (and no row lacks its note), and after the upload every journal entry
is on the server exactly once; `db check` and `audit verify` are clean.

The kills land at observed points (tests/reliability/_kill.py): after a few saved notes, at a
random statement of the next one; during the upload, at a random statement of it."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.db.offline_hooks import LOCAL_ID_FLOOR
from posassist.db.session import Database
from posassist.db.tables.customers import Interaction
from posassist.db.tables.offline import OfflineApplied, OfflineJournal
from posassist.services import audit
from tests.reliability import _kill

ROOT = Path(__file__).resolve().parents[2]

COUNTER = r"""
import sys, itertools
from tests.services.offline_support import counter
from posassist.services import auth
c = counter(sys.argv[1], __import__("pathlib").Path(sys.argv[2]))
c.fdb.go_offline("test: server unplugged")
mark("offline")
if sys.argv[3] == "work":
    staff = auth.sign_in(c.fdb, "101", "4826", counter="till-7")
    for n in itertools.count(int(sys.argv[4])):
        c.caps.notes.add(staff, customer_id=1, store_id=c.caps.store.id, channel="counter", topic="other",
                         body=f"kill note {n}")
        mark("noted")
else:
    report = c.uploader.upload()
    mark("uploaded")
    print(report.as_dict(), file=sys.stderr)
"""


def _run(args: list[str]) -> _kill.Watched:
    return _kill.Watched([*_kill.script(COUNTER), *args], cwd=str(ROOT))


def _local_state(local: Database) -> tuple[int, int, set[str]]:
    with local.read() as s:
        journal = int(s.execute(select(func.count()).select_from(OfflineJournal)).scalar_one())
        notes = set(
            s.execute(
                select(Interaction.body).where(Interaction.id >= LOCAL_ID_FLOOR, Interaction.body.like("kill note %"))
            ).scalars()
        )
    return journal, len(notes), notes


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a dozen child processes, each importing posassist, on a busy machine
def test_killed_offline_and_while_uploading_nothing_lost_nothing_twice(tmp_path: Path, _demo_templates) -> None:  # type: ignore[no-untyped-def]
    server_dir = tmp_path / "server"
    server_dir.mkdir()
    server_file, local_file = server_dir / "posassist.db", tmp_path / "local-copy.db"
    shutil.copyfile(_demo_templates["sqlite"], server_file)
    shutil.copyfile(_demo_templates["sqlite"], local_file)
    server_url = f"sqlite:///{server_file}"
    rng = random.Random(21)
    local = Database(f"sqlite:///{local_file}")
    next_n = 0
    # offline: killed in the middle of saving a note, three times
    for _ in range(3):
        child = _run([server_url, str(local_file), "work", str(next_n)])
        try:
            assert child.until_count("noted", rng.randint(1, 3)), child.stderr()
            assert child.until_count("sql", child.seen["sql"] + rng.randint(1, 12)), child.stderr()
            assert child.kill(rng), child.stderr()
        finally:
            child.close()
        journal, notes, _bodies = _local_state(local)
        assert journal == notes  # both or neither: no note without its journal row, no row without its note
        next_n += 100
    journal_rows, _, bodies = _local_state(local)
    assert journal_rows >= 3
    # the server is back: the upload killed at a random statement, until one runs to its end
    uploads = 0
    for _ in range(5):
        child = _run([server_url, str(local_file), "upload"])
        try:
            assert child.until_count("offline", 1), child.stderr()
            stop = child.seen.get("sql", 0) + rng.randint(5, 60)
            if child.until_count("sql", stop):
                child.kill(rng)
            else:
                assert child.proc.wait() == 0, child.stderr()
                uploads += 1
                break
        finally:
            child.close()
    else:
        child = _run([server_url, str(local_file), "upload"])
        try:
            assert child.wait() == 0, child.stderr()
        finally:
            child.close()
    server = Database(server_url)
    try:
        with server.read() as s:
            sent = list(s.execute(select(Interaction.body).where(Interaction.body.like("kill note %"))).scalars())
            applied = int(s.execute(select(func.count()).select_from(OfflineApplied)).scalar_one())
        assert sorted(sent) == sorted(bodies)  # every offline note once, none twice
        assert applied == journal_rows
        with local.read() as s:
            assert not s.execute(select(OfflineJournal).where(OfflineJournal.state == "pending")).first()
        assert audit.verify(server).ok
    finally:
        server.dispose()
        local.dispose()
    check = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(server_dir), "db", "check"],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
        timeout=600,
    )
    assert check.returncode == 0, check.stdout + check.stderr
