"""`audit key rotate` and `audit key revoke` from the command line: an admin only, the JSON shapes
scripts read, and `audit verify` still intact afterwards."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_bad_input import run

FILE = Path(__file__).parent.parent / "data" / "setup" / "two_stores.toml"


def test_rotate_list_and_revoke(tmp_path: Path) -> None:
    env = {"POSASSIST_CONFIG_DIR": str(tmp_path / "config")}
    base = ["--data-dir", str(tmp_path / "data")]
    assert run(*base, "setup", str(FILE), env=env).returncode == 0
    assert run(*base, "--as", "1", "audit", "key", "add", env=env, stdin="camille-admin-1\n").returncode == 0
    refused = run(*base, "--as", "20", "audit", "key", "rotate", env=env, stdin="820463\n")  # a shift lead
    assert refused.returncode == 1 and "only an admin" in refused.stderr
    rotated = run(*base, "--as", "1", "audit", "key", "rotate", "--json", env=env, stdin="camille-admin-1\n")
    assert rotated.returncode == 0, rotated.stderr
    got = json.loads(rotated.stdout)
    assert got["old"]["replaced_by"] == got["new"]["key_id"]
    shown = run(*base, "audit", "key", "show", env=env).stdout
    assert got["new"]["public_key"] in shown  # this counter now signs with the new key
    no_reason = run(
        *base, "--as", "1", "audit", "key", "revoke", got["old"]["key_id"], env=env, stdin="camille-admin-1\n"
    )
    assert no_reason.returncode == 2  # --reason is required
    revoked = run(
        *base, "--as", "1", "audit", "key", "revoke", got["old"]["key_id"], "--reason", "old laptop sold", "--json",
        env=env, stdin="camille-admin-1\n",
    )  # fmt: skip
    assert revoked.returncode == 0, revoked.stderr
    assert json.loads(revoked.stdout)["reason"] == "old laptop sold"
    keys = {k["key_id"]: k for k in json.loads(run(*base, "audit", "key", "list", "--json", env=env).stdout)}
    assert keys[got["old"]["key_id"]]["revoked_seq"] is not None and keys[got["new"]["key_id"]]["revoked_seq"] is None
    listed = run(*base, "audit", "key", "list", env=env).stdout
    assert "revoked at entry" in listed and "old laptop sold" in listed
    ok = json.loads(run(*base, "audit", "verify", "--json", env=env).stdout)
    assert ok["ok"], ok
