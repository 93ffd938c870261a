"""What the command line prints never drives the terminal: escape sequences and control
characters that come from a file (a header name in an import problem) are stripped; JSON stays JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from posassist.cli.common import printable

HOSTILE = "\x1b[2J"  # clear the screen


def run(data: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", data, "--store", "DT", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _no_controls(text: str) -> None:
    bad = [ch for ch in text if (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F]
    assert not bad, repr(text)


@pytest.mark.parametrize(
    "raw,shown",
    [
        (f"{HOSTILE}Price", "Price"),
        ("\x1b]0;owned\x07title", "title"),  # set the window title
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x9b2Jc1", "c1"),  # the 8-bit CSI
        ("a\x00b\x07c\x08d\x7fe\x85f", "abcdef"),
        ("line one\nline two\tcol", "line one\nline two\tcol"),
        ("\r  12 of 40 variants", "\r  12 of 40 variants"),  # the progress line's own return
        ("hidden\rshown", "hiddenshown"),
    ],
)
def test_printable_strips_escapes_and_control_characters(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_an_escape_sequence_in_a_csv_header_is_not_echoed(demo_sqlite: str, tmp_path: Path) -> None:
    src = tmp_path / "hostile.csv"
    src.write_text(f"{HOSTILE}Name\x1b]0;owned\x07,Cost\x9b31m\nHat,10.00\n", encoding="utf-8")
    done = run(demo_sqlite, "catalogue", "import", str(src), "--dry-run")
    assert done.returncode != 0
    shown = done.stdout + done.stderr
    assert "Name" in shown and "Cost" in shown, shown  # the header is named, without its escapes
    assert "\x1b" not in shown and HOSTILE not in shown
    _no_controls(shown)


def test_an_escape_sequence_in_an_unused_column_is_not_echoed(demo_sqlite: str, tmp_path: Path) -> None:
    src = tmp_path / "extra.csv"
    src.write_text(f"sku,title,price,{HOSTILE}extra\x1b[31m\nX-1,Hat,10.00,a\n", encoding="utf-8")
    done = run(demo_sqlite, "catalogue", "import", str(src), "--dry-run")
    assert "Column 'extra' is not used" in done.stdout, done.stdout
    _no_controls(done.stdout + done.stderr)


def test_json_output_stays_json_and_keeps_the_value(demo_sqlite: str, tmp_path: Path) -> None:
    src = tmp_path / "extra.csv"
    src.write_text(f"sku,title,price,{HOSTILE}extra\u009b1m\nX-1,Hat,10.00,a\n", encoding="utf-8")
    done = run(demo_sqlite, "catalogue", "import", str(src), "--dry-run", "--json")
    _no_controls(done.stdout)
    doc = json.loads(done.stdout)
    assert f"{HOSTILE}extra\u009b1m" in [p["field"] for p in doc["problems"]]  # the data itself, escaped
