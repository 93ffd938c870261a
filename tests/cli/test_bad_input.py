"""Every way the database can be wrong: one clear line, non-zero exit, nothing overwritten."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(
    *args: str, env: dict[str, str] | None = None, timeout: int = 60, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **(env or {})}
    full.pop("POSASSIST_DATABASE_URL", None)
    full.pop("POSASSIST_AS", None)
    return subprocess.run(
        [sys.executable, "-m", "posassist", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=timeout,
        check=False,
        input=stdin,
    )


def one_clear_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0
    lines = [x for x in done.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert lines[0].startswith("posassist: ")
    return lines[0]


def digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_unknown_url_scheme(tmp_path: Path) -> None:
    line = one_clear_line(run("--data-dir", str(tmp_path), "--database-url", "mysql://u@h/db", "db", "current"))
    assert "not supported" in line


def test_unreachable_postgres(tmp_path: Path) -> None:
    line = one_clear_line(
        run(
            "--data-dir",
            str(tmp_path),
            "--database-url",
            "postgresql+psycopg://u:secret@127.0.0.1:9/none",
            "db",
            "current",
        )
    )
    assert "Cannot reach" in line and "secret" not in line


def test_unusable_data_dir() -> None:
    line = one_clear_line(run("--data-dir", "/proc/self/posassist", "db", "current"))
    assert "data directory" in line


def test_data_dir_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    line = one_clear_line(run("--data-dir", str(f), "db", "current"))
    assert "is a file" in line


def test_not_a_database_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "posassist.db"
    db.write_text("these are my tax notes, not a database\n" * 10)
    before = digest(db)
    line = one_clear_line(run("--data-dir", str(tmp_path), "db", "upgrade"))
    assert "not a posassist database" in line
    assert digest(db) == before


def test_corrupted_database(tmp_path: Path) -> None:
    db = tmp_path / "posassist.db"
    assert run("--data-dir", str(tmp_path), "db", "upgrade").returncode == 0
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page, keep the header
    db.write_bytes(bytes(data))
    for wal in tmp_path.glob("posassist.db-*"):
        wal.unlink()
    before = digest(db)
    done = run("--data-dir", str(tmp_path), "db", "check")
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert ("problem" in done.stdout) or ("damaged" in done.stderr)
    assert digest(db) == before


def test_newer_database_is_refused(tmp_path: Path) -> None:
    assert run("--data-dir", str(tmp_path), "db", "upgrade").returncode == 0
    con = sqlite3.connect(tmp_path / "posassist.db")
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    line = one_clear_line(run("--data-dir", str(tmp_path), "demo"))
    assert "newer posassist" in line


def test_locked_database(tmp_path: Path) -> None:
    assert run("--data-dir", str(tmp_path), "db", "upgrade").returncode == 0
    holder = sqlite3.connect(tmp_path / "posassist.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        line = one_clear_line(
            run("--data-dir", str(tmp_path), "demo", env={"POSASSIST_BUSY_TIMEOUT_MS": "300"}, timeout=120)
        )
        assert "busy" in line or "locked" in line
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    done = run("--data-dir", str(tmp_path), "db", "frobnicate")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_demo_refuses_a_second_time_without_reset(tmp_path: Path) -> None:
    assert run("--data-dir", str(tmp_path), "demo", "--products", "500").returncode == 0
    done = run("--data-dir", str(tmp_path), "demo", "--products", "500")
    assert done.returncode == 1 and "--reset" in done.stderr
    assert run("--data-dir", str(tmp_path), "demo", "--products", "500", "--reset").returncode == 0
    ok = run("--data-dir", str(tmp_path), "audit", "verify")
    assert ok.returncode == 0, ok.stderr


def test_no_screen_is_a_clear_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    if sys.platform != "linux":
        pytest.skip("only Linux tells by DISPLAY")
    assert done.returncode == 1 and "No screen found" in done.stderr


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("--data-dir", str(data), "demo", "--products", "500").returncode == 0
    bk = tmp_path / "b.db"
    assert run("--data-dir", str(data), "db", "backup", str(bk)).returncode == 0

    def count(path: Path) -> int:
        con = sqlite3.connect(path)
        try:
            return int(con.execute("SELECT count(*) FROM variants").fetchone()[0])
        finally:
            con.close()

    assert count(bk) == count(data / "posassist.db") >= 500
    assert run("--data-dir", str(data), "db", "restore", str(bk)).returncode == 2  # needs --yes
    refused = run("--data-dir", str(data), "db", "restore", str(bk), "--yes")
    assert refused.returncode == 1 and "--as CODE" in one_clear_line(refused)  # the store has staff
    as_lead = run("--data-dir", str(data), "--as", "201", "db", "restore", str(bk), "--yes", stdin="739164\n")
    assert as_lead.returncode == 1 and "only an admin may restore the database" in one_clear_line(as_lead)
    done = run("--data-dir", str(data), "--as", "901", "db", "restore", str(bk), "--yes", stdin="admin-7391\n")
    assert done.returncode == 0, done.stderr
    assert run("--data-dir", str(data), "db", "check").returncode == 0
    assert count(data / "posassist.db") == count(bk)
