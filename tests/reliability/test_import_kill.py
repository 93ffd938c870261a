"""SIGKILL an import at random points of its work: the catalogue is the old one or the new one, never
a mix, and the database checks clean afterwards.

Each kill lands at a random statement of the import (see tests/reliability/_kill.py), chosen over
the statements a whole import sends; an import that got to its end before the kill is not counted:
the old catalogue is put back and that attempt is made again."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import _kill

ROWS = 20_000
KILLS = 8


def _snapshot(db: Path, to: Path) -> None:
    src, dst = sqlite3.connect(db), sqlite3.connect(to)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _put_back(snapshot: Path, env: dict[str, str], admin_pin: Path) -> None:
    """The catalogue as it was before the imports, restored as an admin does it (db restore: the
    audit chain and this counter's checkpoints record it, so db check stays clean)."""
    done = subprocess.run(
        [sys.executable, "-m", "posassist", "--as", "901", "--pin-file", str(admin_pin), "db", "restore"]
        + [str(snapshot), "--yes"],
        env={k: v for k, v in env.items() if k != "POSASSIST_AS"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM variants WHERE sku LIKE 'K-%'").fetchone()[0])
    finally:
        con.close()


@pytest.mark.slow
def test_killed_imports_leave_old_or_new(tmp_path: Path, demo_sqlite: str) -> None:
    src = tmp_path / "kill.csv"
    with src.open("w") as fh:
        fh.write("sku,title,price,colour,size,stock\n")
        for i in range(ROWS):
            fh.write(f"K-{i},Kill Test Item {i % 300},{i % 50 + 1}.50,Blue,{i % 7},{i % 5}\n")
    data = Path(demo_sqlite)
    pin = tmp_path / "manager.pin"  # the import runs as the store manager, as a nightly job would
    pin.write_text("864209\n")
    pin.chmod(0o600)
    admin_pin = tmp_path / "admin.pin"
    admin_pin.write_text("admin-7391\n")
    admin_pin.chmod(0o600)
    env = {**os.environ, "POSASSIST_DATA_DIR": str(data), "POSASSIST_AS": "301"}
    env.pop("POSASSIST_DATABASE_URL", None)
    old = tmp_path / "old.db"
    _snapshot(data / "posassist.db", old)
    # one whole import, into a copy: how many statements it sends, to spread the kills over its work
    calibration = tmp_path / "whole"
    calibration.mkdir()
    shutil.copyfile(old, calibration / "posassist.db")
    whole = _kill.Watched(
        _kill.cli("--pin-file", str(pin), "catalogue", "import", str(src)),
        env={**env, "POSASSIST_DATA_DIR": str(calibration)},
    )
    try:
        assert whole.wait() in (0, 3), whole.stderr()
        statements = whole.seen["sql"]
    finally:
        whole.close()
    assert _count(calibration / "posassist.db") == ROWS
    rng = random.Random(11)
    outcomes = []
    kills = finished = 0
    for attempt in range(KILLS * 3):  # an import that finished before its kill is tried again
        if kills == KILLS:
            break
        child = _kill.Watched(_kill.cli("--pin-file", str(pin), "catalogue", "import", str(src)), env=env)
        try:
            killed = child.until_count("sql", rng.randint(1, statements)) and child.kill(rng)
            if not killed:
                assert child.wait() in (0, 3), child.stderr()
        finally:
            child.close()
        n = _count(data / "posassist.db")
        assert n in (0, ROWS), f"attempt {attempt}: {n} of {ROWS} items — a half-applied import"
        outcomes.append(n)
        check = subprocess.run(
            [sys.executable, "-m", "posassist", "db", "check"], env=env, capture_output=True, text=True, timeout=120
        )
        assert check.returncode == 0, check.stdout + check.stderr
        if n == ROWS:  # it got to its end: the old catalogue back, and try again
            finished += 1
            _put_back(old, env, admin_pin)
        elif killed:
            kills += 1
    assert kills == KILLS, f"{kills} of {KILLS} imports killed mid-work ({finished} finished first)"
    # the killed imports' lock is recognised as stale: a last import runs to the end
    done = subprocess.run(
        [sys.executable, "-m", "posassist", "--pin-file", str(pin), "catalogue", "import", str(src)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 3), done.stderr
    assert _count(data / "posassist.db") == ROWS
    print(
        f"\n{kills} imports killed mid-work, {finished} finished first; variants present after each attempt: {outcomes}"
    )
