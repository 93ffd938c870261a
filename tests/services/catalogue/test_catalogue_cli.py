"""`posassist catalogue import` on the command line: --diff in words and in the JSON, --yes for a
full sync that deactivates most of the catalogue, the WooCommerce format, rollback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "catalogue"


def run(data: str, pin: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSASSIST_DATA_DIR": data, "POSASSIST_AS": "301"}  # the store manager
    env.pop("POSASSIST_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--store", "DT", "--pin-file", str(pin), "catalogue", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


def _pin(tmp_path: Path) -> Path:
    pin = tmp_path / "manager.pin"
    pin.write_text("864209\n")
    pin.chmod(0o600)
    return pin


def test_diff_in_words_and_in_the_json(demo_sqlite: str, tmp_path: Path) -> None:
    pin = _pin(tmp_path)
    f = tmp_path / "chairs.csv"
    f.write_text("sku,title,price,colour\nCL-1,Chair,129.00,Red\n")
    assert run(demo_sqlite, pin, "import", str(f)).returncode == 0
    f.write_text("sku,title,price,colour\nCL-1,Chair,139.00,Red\n")
    dry = run(demo_sqlite, pin, "import", str(f), "--dry-run", "--diff")
    assert dry.returncode == 0, dry.stderr
    assert "CL-1" in dry.stdout and "price: 129.00 → 139.00" in dry.stdout
    doc = json.loads(run(demo_sqlite, pin, "import", str(f), "--dry-run", "--diff", "--json").stdout)
    assert doc["changes"][0]["fields"] == {"price": {"before": "129.00", "after": "139.00"}}
    assert set(doc) >= {"source", "format", "dry_run", "applied", "version", "counts", "problems"}
    plain = json.loads(run(demo_sqlite, pin, "import", str(f), "--dry-run", "--json").stdout)
    assert "changes" not in plain


def test_full_sync_deactivating_most_needs_yes(demo_sqlite: str, tmp_path: Path) -> None:
    pin = _pin(tmp_path)
    f = tmp_path / "one.csv"
    f.write_text("sku,title,price\nFY-1,Only Item,5.00\n")
    refused = run(demo_sqlite, pin, "import", str(f), "--full")
    assert refused.returncode == 1 and "NOT applied" in refused.stdout
    assert "deactivates" in refused.stdout and "--yes" in refused.stdout
    done = run(demo_sqlite, pin, "import", str(f), "--full", "--yes", "--json")
    doc = json.loads(done.stdout)
    assert done.returncode in (0, 3) and doc["applied"] and doc["counts"]["deactivated"] > 1000
    back = run(demo_sqlite, pin, "rollback")
    assert back.returncode == 0 and "Rolled back" in back.stdout


def test_woocommerce_on_the_command_line(demo_sqlite: str, tmp_path: Path) -> None:
    pin = _pin(tmp_path)
    done = run(demo_sqlite, pin, "import", str(DATA / "woocommerce.csv"), "--format", "woocommerce", "--json")
    doc = json.loads(done.stdout)
    assert done.returncode == 3 and doc["applied"] and doc["format"] == "woocommerce"  # applied with warnings
    assert doc["counts"]["variants"] == 4
