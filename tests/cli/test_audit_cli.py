"""Issue 17 from the command line: keys registered by an admin, the end-of-day closing record and
its checkpoint, and `audit verify` finding a truncation and a restored older copy (SQLite here;
both engines in tests/services/test_audit_signed.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.cli.test_bad_input import run

FILE = Path(__file__).parent.parent / "data" / "setup" / "two_stores.toml"


def _store(tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    data = tmp_path / "data"
    env = {"POSASSIST_CONFIG_DIR": str(tmp_path / "config")}
    base = ["--data-dir", str(data)]
    assert run(*base, "setup", str(FILE), env=env).returncode == 0
    return base, env


def test_key_closing_record_and_a_truncation_found(tmp_path: Path) -> None:
    base, env = _store(tmp_path)
    refused = run(*base, "--as", "20", "audit", "key", "add", env=env, stdin="820463\n")  # a shift lead
    assert refused.returncode == 1 and "only an admin" in refused.stderr
    added = run(*base, "--as", "1", "audit", "key", "add", env=env, stdin="camille-admin-1\n")
    assert added.returncode == 0, added.stderr
    keys = json.loads(run(*base, "audit", "key", "list", "--json", env=env).stdout)
    assert len(keys) == 1 and keys[0]["public_key"] in run(*base, "audit", "key", "show", env=env).stdout

    day = run(*base, "report", "day", "--json", env=env)
    assert day.returncode == 0, day.stderr
    closing = json.loads(day.stdout)
    cp = closing["checkpoint"]
    assert cp["seq"] == closing["closing_seq"] and len(cp["sig"]) > 80
    assert Path(closing["checkpoint_file"]).is_relative_to(tmp_path / "config")
    assert Path(closing["checkpoint_file"]).stat().st_mode & 0o777 == 0o600

    ok = json.loads(run(*base, "audit", "verify", "--json", env=env).stdout)
    assert ok["ok"] and ok["keys"] == 1 and ok["signed"] >= 2 and ok["checkpoints"] >= 1
    assert set(ok) >= {"ok", "entries", "first_bad"}  # the shape scripts already read

    # the insider deletes the closing record and the entry before it, with the triggers dropped
    con = sqlite3.connect(tmp_path / "data" / "posassist.db")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log WHERE seq >= ?", (closing["closing_seq"] - 1,))
    con.commit()
    con.close()
    broken = run(*base, "audit", "verify", env=env)
    assert broken.returncode == 1 and "entries were deleted, or an older copy was restored" in broken.stdout
    # …and the next sign-in at this counter is told, and the finding is recorded
    signed = run(*base, "--as", "1", "staff", "unlock", "20", env=env, stdin="camille-admin-1\n")
    assert signed.returncode == 0, signed.stderr
    assert "warning: The audit log does not match what this counter saw before" in signed.stderr
    con = sqlite3.connect(tmp_path / "data" / "posassist.db")
    found = con.execute("SELECT actor_id, payload FROM audit_log WHERE action = 'audit.checkpoint_mismatch'").fetchall()
    con.close()
    assert len(found) == 1 and found[0][0] is not None and "cli:" in json.loads(found[0][1])["where"]


def test_db_restore_is_recorded_and_a_silent_restore_is_found(tmp_path: Path) -> None:
    base, env = _store(tmp_path)
    assert run(*base, "--as", "1", "audit", "key", "add", env=env, stdin="camille-admin-1\n").returncode == 0
    bak = tmp_path / "old.db"
    assert run(*base, "db", "backup", str(bak), env=env).returncode == 0
    assert run(*base, "report", "day", env=env).returncode == 0  # newer entries, and a checkpoint

    # a copy put back behind posassist's back: found
    live = tmp_path / "data" / "posassist.db"
    saved = tmp_path / "saved.db"
    shutil.copy(live, saved)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    shutil.copy(bak, live)
    silent = run(*base, "audit", "verify", env=env)
    assert silent.returncode == 1 and "older copy was restored" in silent.stdout

    # the same restore through `db restore`: an admin's audited action, the chain says so
    shutil.copy(saved, live)
    done = run(*base, "--as", "1", "db", "restore", str(bak), "--yes", env=env, stdin="camille-admin-1\n")
    assert done.returncode == 0, done.stderr
    verified = json.loads(run(*base, "audit", "verify", "--json", env=env).stdout)
    assert verified["ok"], verified
    con = sqlite3.connect(live)
    action, payload = con.execute("SELECT action, payload FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    con.close()
    assert action == "db.restored" and json.loads(payload)["by"] == "1"
