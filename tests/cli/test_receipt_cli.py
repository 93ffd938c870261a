"""`posassist receipt print`, `printer …` and `voucher …` as a script would run them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import zxingcpp
from PIL import Image

from posassist.printing import preview

ALEX_PIN, MANAGER_PIN = "4826\n", "864209\n"


def run(data: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSASSIST_COUNTER": "till-1"}
    env.pop("POSASSIST_DATABASE_URL", None)
    env.pop("POSASSIST_AS", None)
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", data, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        input=stdin,
    )


def _credit_return(data: str) -> tuple[str, str]:
    with sqlite3.connect(Path(data) / "posassist.db") as c:
        row = c.execute(
            "SELECT r.return_no, s.receipt_no FROM returns r JOIN sales s ON s.id = r.sale_id "
            "JOIN vouchers v ON v.return_id = r.id ORDER BY r.id LIMIT 1"
        ).fetchone()
    return row[0], row[1]


def test_print_a_return_to_escpos_and_pdf_then_a_copy(demo_sqlite: str, tmp_path: Path) -> None:
    number, sale = _credit_return(demo_sqlite)
    raw = tmp_path / "slip.bin"
    done = run(demo_sqlite, "--as", "101", "receipt", "print", number, "--to", f"escpos-file:{raw}", stdin=ALEX_PIN)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Printed receipt {number} to escpos-file:{raw}"
    slip = preview.read(raw.read_bytes())
    assert number in slip.text and "Store credit voucher SC-" in slip.text and slip.cuts == 1
    assert "COPY" not in slip.text
    # the second print is a copy, here as a PDF in a folder
    done = run(demo_sqlite, "--as", "101", "receipt", "print", number, "--to", f"pdf:{tmp_path}", stdin=ALEX_PIN)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / f"{number}-copy.pdf"
    assert done.stdout.strip() == f"Printed receipt {number} (copy) to {pdf}"
    assert pdf.read_bytes().startswith(b"%PDF")
    # a gift receipt of the original sale
    done = run(
        demo_sqlite, "--as", "101", "receipt", "print", sale, "--gift", "--to", f"escpos-file:{raw}", stdin=ALEX_PIN
    )
    assert done.returncode == 0, done.stderr
    gift = preview.read(raw.read_bytes()).text
    assert "Gift receipt" in gift and "$" not in gift


def test_pdf_page_shows_the_receipt_and_its_barcode_scans(demo_sqlite: str, tmp_path: Path) -> None:
    number, sale = _credit_return(demo_sqlite)
    out = tmp_path / "r.pdf"
    done = run(demo_sqlite, "--as", "101", "receipt", "print", number, "--to", f"pdf:{out}", stdin=ALEX_PIN)
    assert done.returncode == 0, done.stderr
    png = tmp_path / "r.png"
    script = (
        "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]);"
        "from posassist.printing.pdf import page_png; from pathlib import Path;"
        "page_png(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", script, str(out), str(png)], check=True, env=env, timeout=120)
    found = zxingcpp.read_barcodes(Image.open(png))
    assert [r.text for r in found] == [number]
    # the scan is what `sale show` takes: the sale the return came from
    shown = run(demo_sqlite, "sale", "show", found[0].text, "--json")
    if shown.returncode == 0:  # `sale show` arrives with the sale import work
        assert json.loads(shown.stdout)["receipt"] == sale


def test_printers_of_a_counter_and_a_test_page(demo_sqlite: str, tmp_path: Path) -> None:
    raw = tmp_path / "till.bin"
    refused = run(
        demo_sqlite, "--as", "101", "printer", "add", "Till", "--kind", "file", "--address", str(raw), stdin=ALEX_PIN
    )
    assert refused.returncode == 1 and "store manager" in refused.stderr and "Traceback" not in refused.stderr
    done = run(
        demo_sqlite,
        "--as",
        "301",
        "printer",
        "add",
        "Till",
        "--kind",
        "file",
        "--address",
        str(raw),
        "--width",
        "58",
        "--barcode",
        "qr",
        stdin=MANAGER_PIN,
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(run(demo_sqlite, "printer", "list", "--json").stdout)
    assert [(p["name"], p["kind"], p["width_mm"], p["is_default"]) for p in listed] == [("Till", "file", 58, True)]
    test = run(demo_sqlite, "printer", "test")
    assert test.returncode == 0, test.stderr
    slip = preview.read(raw.read_bytes(), "RP-F10-58mm")
    flat = " ".join(slip.text.split())
    assert "Printer test page" in flat and "ÄÖÜ äöüß · éèêàçù œ · ÅÄÖ åäö · €" in flat
    assert [c.symbology for c in slip.codes] == ["qr"]
    # receipt print without --to goes to the default printer
    number, _ = _credit_return(demo_sqlite)
    done = run(demo_sqlite, "--as", "101", "receipt", "print", number, stdin=ALEX_PIN)
    assert done.returncode == 0 and str(raw) in done.stdout
    unknown = run(demo_sqlite, "--as", "101", "receipt", "print", number, "--to", "Back office", stdin=ALEX_PIN)
    assert unknown.returncode == 1 and "no printer called Back office" in unknown.stderr


def test_voucher_balance_and_a_missing_receipt(demo_sqlite: str) -> None:
    with sqlite3.connect(Path(demo_sqlite) / "posassist.db") as c:
        number, balance = c.execute("SELECT number, balance_minor FROM vouchers ORDER BY id LIMIT 1").fetchone()
    shown = run(demo_sqlite, "voucher", "show", number, "--json")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert (
        doc["number"] == number and doc["balance"] == f"{balance / 100:.2f}" and doc["movements"][0]["kind"] == "issue"
    )
    missing = run(demo_sqlite, "--as", "101", "receipt", "print", "RT-NOPE-1", "--to", "pdf:/tmp/x.pdf", stdin=ALEX_PIN)
    lines = [x for x in missing.stderr.splitlines() if x.strip()]
    assert missing.returncode == 1 and len(lines) == 1 and "No sale, return or store credit voucher" in lines[0]
