"""`posassist hold create|list|release|collect|expire` and the hold slip, as a script runs them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from posassist.printing import preview
from tests.cli.test_receipt_cli import ALEX_PIN, run


def _chef(data: str) -> int:
    with sqlite3.connect(Path(data) / "posassist.db") as c:
        return int(c.execute("SELECT id FROM customers WHERE full_name = 'Daniel Moreau'").fetchone()[0])


def _stock(data: str, code: str) -> tuple[int, int]:
    with sqlite3.connect(Path(data) / "posassist.db") as c:
        row = c.execute(
            "SELECT k.on_hand, k.reserved FROM stock k JOIN stores s ON s.id = k.store_id "
            "JOIN variants v ON v.id = k.variant_id WHERE v.sku = 'DEMO-OATBARISTA' AND s.code = ?",
            (code,),
        ).fetchone()
    return int(row[0]), int(row[1])


def test_hold_from_a_chosen_store_print_its_slip_collect_release_expire(demo_sqlite: str, tmp_path: Path) -> None:
    chef = str(_chef(demo_sqlite))
    make = ("--as", "101", "hold", "create", "DEMO-OATBARISTA", "--customer", chef, "--qty", "2", "--from", "MALL")
    done = run(demo_sqlite, *make, "--json", stdin=ALEX_PIN)
    assert done.returncode == 0, done.stderr
    held = json.loads(done.stdout)
    number = held["hold"]
    assert number.startswith("H-DT-") and held["from"] == "MALL" and held["pickup"] == "DT" and held["quantity"] == 2
    assert held["expires_on"] and held["customer"]["name"] and held["follow_up"]
    assert _stock(demo_sqlite, "MALL") == (24, 2)
    listed = run(demo_sqlite, "hold", "list", "--json")
    assert listed.returncode == 0 and [h["hold"] for h in json.loads(listed.stdout)] == [number]
    # the slip: its number and barcode, the item, where to collect it and until when
    raw = tmp_path / "hold.bin"
    printed = run(demo_sqlite, "--as", "101", "receipt", "print", number, "--to", f"escpos-file:{raw}", stdin=ALEX_PIN)
    assert printed.returncode == 0, printed.stderr
    slip = preview.read(raw.read_bytes())
    text = " ".join(slip.text.split())  # the slip wraps at its width
    assert "Hold receipt" in text and number in text and "Oat Drink" in text and slip.cuts == 1
    assert "Collect at Downtown from" in text and "Sent from Riverside Mall" in text and "Kept until" in text
    done = run(demo_sqlite, "--as", "101", "hold", "collect", number, stdin=ALEX_PIN)
    assert done.returncode == 0, done.stderr
    assert "collected" in done.stdout and _stock(demo_sqlite, "MALL") == (22, 0)
    again = run(demo_sqlite, "--as", "101", "hold", "release", number, stdin=ALEX_PIN)
    assert again.returncode == 1 and "already collected" in again.stderr and len(again.stderr.strip().splitlines()) == 1
    second = json.loads(run(demo_sqlite, *make, "--json", stdin=ALEX_PIN).stdout)["hold"]
    done = run(demo_sqlite, "--as", "101", "hold", "release", second, stdin=ALEX_PIN)
    assert done.returncode == 0 and "released" in done.stdout and _stock(demo_sqlite, "MALL") == (22, 0)
    # nothing is past its last day yet: expire releases nothing, and says so
    done = run(demo_sqlite, "--as", "101", "hold", "expire", "--json", stdin=ALEX_PIN)
    assert done.returncode == 0 and json.loads(done.stdout) == []
    everything = json.loads(run(demo_sqlite, "hold", "list", "--status", "all", "--json").stdout)
    assert sorted(h["status"] for h in everything) == ["collected", "released"]


def test_hold_mistakes_are_one_line(demo_sqlite: str) -> None:
    chef = str(_chef(demo_sqlite))
    no_one = run(demo_sqlite, "hold", "create", "DEMO-OATBARISTA", "--customer", chef)
    assert no_one.returncode == 1 and "--as" in no_one.stderr
    unknown = run(demo_sqlite, "--as", "101", "hold", "create", "NO-SUCH", "--customer", chef, stdin=ALEX_PIN)
    assert unknown.returncode == 1 and "No item has the SKU or barcode NO-SUCH" in unknown.stderr
    late = run(
        demo_sqlite,
        "--as",
        "101",
        "hold",
        "create",
        "DEMO-OATBARISTA",
        "--customer",
        chef,
        "--qty",
        "10",
        "--needed-by",
        "2020-01-01",
        stdin=ALEX_PIN,
    )
    assert late.returncode == 1 and "cannot get it here by" in late.stderr
    assert "Traceback" not in late.stderr and len(late.stderr.strip().splitlines()) == 1
    bad = run(demo_sqlite, "hold", "create", "X", "--customer", chef, "--needed-by", "Friday")
    assert bad.returncode == 2 and "not a date" in bad.stderr
