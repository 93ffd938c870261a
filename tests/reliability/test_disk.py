"""Damage to the data directory: a full disk and a folder that turns read-only mid-session.

The full disk is a real one where the test may mount a small tmpfs (root, as in CI); elsewhere
SQLite's max_page_count makes the database "full" in the same way. Either way: a clear message,
nothing half-written, and the counter carries on once space is freed — without a restart."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from posassist.db.session import Database
from posassist.db.tables.customers import Interaction
from posassist.errors import StorageError
from posassist.services import auth, notes
from posassist.services.demo.stories import STAFF
from tests.reliability._runtime import Runtime


@contextlib.contextmanager
def small_disk(where: Path, size_mb: int, mount: bool) -> Iterator[bool]:
    """A tmpfs of ``size_mb`` at ``where``; yields False (plain folder) where mounting is not allowed."""
    where.mkdir()
    mounted = (
        mount
        and os.geteuid() == 0
        and shutil.which("mount") is not None
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(where)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the disk, then give back ``leave`` bytes."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as fh:  # unbuffered: nothing left to flush (and fail) on close
        chunk = b"\0" * 65536
        try:
            while True:
                fh.write(chunk)
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def _notes(db: Database) -> int:
    with db.read() as s:
        return s.execute(
            select(func.count()).select_from(Interaction).where(Interaction.body.like("disk %"))
        ).scalar_one()


@pytest.mark.parametrize("how", ["tmpfs", "page_cap"])
def test_full_disk_clear_message_nothing_lost_and_recovery(how: str, tmp_path: Path, demo_sqlite: str) -> None:
    src = Path(demo_sqlite) / "posassist.db"
    with small_disk(tmp_path / "disk", size_mb=src.stat().st_size // 2**20 + 4, mount=how == "tmpfs") as real:
        if how == "tmpfs" and not real:
            pytest.skip("mounting a tmpfs is not allowed here; the page_cap variant covers the full disk")
        path = tmp_path / "disk" / "posassist.db"
        shutil.copyfile(src, path)
        db = Database(f"sqlite:///{path}")
        alex = auth.sign_in(db, STAFF[0].code, STAFF[0].pin)
        limit: list[int] = []
        if real:
            filler = _fill(path.parent, leave=256 * 1024)
        else:  # no mount allowed: cap the database at its current size instead

            @event.listens_for(db.engine, "connect")
            def _cap(dbapi_con, _rec):  # type: ignore[no-untyped-def]
                if limit:
                    dbapi_con.execute(f"PRAGMA max_page_count = {limit[0]}")

            with db.engine.connect() as c:
                limit.append(c.exec_driver_sql("PRAGMA page_count").scalar_one() + 64)
            db.engine.dispose()
        saved, message = 0, ""
        for i in range(2000):  # write until the disk refuses (the WAL may have a little room left)
            try:
                notes.add(
                    db,
                    customer_id=None,
                    staff=alex,
                    store_id=1,
                    channel="phone",
                    topic="other",
                    body=f"disk {i} " + "x" * 4000,
                )
                saved += 1
            except StorageError as err:
                message = str(err)
                break
        assert "full" in message and "free some space" in message, message
        assert _notes(db) == saved  # every confirmed note is there, the refused one is not half there
        if real:
            filler.unlink()
        else:
            limit[0] += 10_000
            db.engine.dispose()
        notes.add(db, customer_id=None, staff=alex, store_id=1, channel="phone", topic="other", body="disk after")
        assert _notes(db) == saved + 1
        db.dispose()
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    print(f"\nfull disk ({'tmpfs' if real else 'max_page_count'}): {saved} notes saved before the refusal")


COUNTER = r"""
import json, sys
from posassist.db.session import Database
from posassist.errors import StorageError
from posassist.services import auth, notes
db = Database(sys.argv[1])
alex = auth.sign_in(db, "101", "4826")
for line in sys.stdin:  # one note per line from the test; answers ok or the message shown
    try:
        notes.add(db, customer_id=None, staff=alex, store_id=1, channel="phone", topic="other", body=f"disk {line.strip()}")
        print(json.dumps({"ok": True}), flush=True)
    except StorageError as err:
        print(json.dumps({"ok": False, "message": str(err)}), flush=True)
"""


def test_data_dir_turns_read_only_mid_session(tmp_path: Path, demo_sqlite: str, user_runtime: Runtime) -> None:
    """A counter running as an ordinary user: its folder made read-only while it works, then
    writable again. Writes that can go on do; new starts and file-creating work say clearly what is
    wrong; nothing is lost; everything works again once the folder is writable."""
    import tempfile

    rt = user_runtime  # nobody, with a Python it can read, when the test runs as root
    top = Path(tempfile.mkdtemp(prefix="posassist-ro-"))  # outside pytest's root-only folder
    data = top / "ro"
    data.mkdir()
    shutil.copyfile(Path(demo_sqlite) / "posassist.db", data / "posassist.db")
    if rt.user:
        for p in [top, data, *data.iterdir()]:
            os.chown(p, *rt.user)
    url = f"sqlite:///{data / 'posassist.db'}"
    env = {**rt.env, "HOME": str(top)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        """posassist's command line, run as the ordinary user."""
        return subprocess.run(
            [rt.python, "-m", "posassist", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=top,
            timeout=120,
            **rt.popen,
        )

    counter = subprocess.Popen(
        [rt.python, "-c", COUNTER, url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=top,
        **rt.popen,
    )
    assert counter.stdin and counter.stdout

    def note(n: int) -> dict[str, object]:
        counter.stdin.write(f"{n}\n")  # type: ignore[union-attr]
        counter.stdin.flush()  # type: ignore[union-attr]
        line = counter.stdout.readline()  # type: ignore[union-attr]
        assert line, counter.stderr.read()  # type: ignore[union-attr]
        return json.loads(line)  # type: ignore[no-any-return]

    try:
        assert note(1)["ok"]
        for p in [*data.iterdir(), data]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        during = note(2)  # the open connection may still write, or it says read-only: never a crash
        assert during["ok"] or "read-only" in str(during["message"]), during
        # a counter starting now, and work that creates files, say plainly what is wrong
        start = cli("--data-dir", str(data), "db", "check")
        assert start.returncode == 1 and "read-only" in start.stderr and "Traceback" not in start.stderr, start.stderr
        backup = cli("--database-url", url, "--data-dir", str(top / "elsewhere"), "db", "backup", str(data / "copy.db"))
        assert backup.returncode == 1 and "Traceback" not in backup.stderr, backup.stderr
        assert "permission" in backup.stderr.lower() or "read-only" in backup.stderr.lower(), backup.stderr
        for p in [data, *data.iterdir()]:
            p.chmod(0o755 if p.is_dir() else 0o644)
        assert note(3)["ok"]  # the same counter carries on, no restart
    finally:
        counter.stdin.close()  # type: ignore[union-attr]
        counter.wait(30)
    db = Database(url)
    with db.read() as s:
        bodies = set(s.execute(select(Interaction.body).where(Interaction.body.like("disk %"))).scalars())
    db.dispose()
    shutil.rmtree(top, ignore_errors=True)
    assert {"disk 1", "disk 3"} <= bodies and bodies <= {"disk 1", "disk 2", "disk 3"}
    print(
        f"\nread-only mid-session: the open counter {'kept writing' if during['ok'] else 'said: ' + str(during['message'])}"
    )
