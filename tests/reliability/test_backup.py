"""Backups: online while counters write, restorable, automatic before risky work, with retention."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from posassist.db.backup import automatic_backup, backup
from posassist.db.session import Database
from posassist.services import auth, notes
from posassist.services.demo.stories import STAFF


def test_online_backup_while_writing(tmp_path: Path, demo_sqlite: str) -> None:
    url = f"sqlite:///{Path(demo_sqlite) / 'posassist.db'}"
    db = Database(url)
    alex = auth.sign_in(db, STAFF[0].code, STAFF[0].pin)
    stop = threading.Event()
    five_written = threading.Event()
    written = [0]
    failed: list[BaseException] = []

    def writer() -> None:
        try:
            while not stop.is_set():
                notes.add(
                    db, customer_id=None, staff=alex, store_id=1, channel="phone", topic="other", body="busy counter"
                )
                written[0] += 1
                if written[0] >= 5:
                    five_written.set()
        except BaseException as e:  # the test reports it instead of waiting forever
            failed.append(e)
            five_written.set()

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    try:
        # however slow the machine, wait for the writer (or its failure), never spin on a counter
        assert five_written.wait(300), "the writer made no progress in 300 s"
        if failed:
            raise failed[0]
        copy = backup(url, tmp_path / "copy.db")
    finally:
        stop.set()
        t.join(60)
    if failed:
        raise failed[0]
    con = sqlite3.connect(copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_copy = con.execute("SELECT count(*) FROM interactions WHERE body = 'busy counter'").fetchone()[0]
    finally:
        con.close()
    assert 0 < in_copy <= written[0]
    db.dispose()


def test_automatic_backups_keep_the_newest(tmp_path: Path, demo_sqlite: str) -> None:
    url = f"sqlite:///{Path(demo_sqlite) / 'posassist.db'}"
    folder = tmp_path / "backups"
    made = [automatic_backup(url, folder, "pre-import", keep=3) for _ in range(5)]
    kept = sorted(folder.glob("pre-import-*.db"))
    assert len(kept) == 3 and kept[-1] == made[-1]
