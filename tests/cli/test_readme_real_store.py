"""The README's "A real store, without the demo" section, run as written: its commands on
tests/data/setup/two_stores.toml in a fresh data directory (set-up, catalogue import as the first
admin, a second run that changes nothing, the export that round-trips), and its example mistake is
the line the command prints."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.cli.test_bad_input import one_clear_line, run

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "tests" / "data" / "setup"
ADMIN_PIN = "camille-admin-1"  # staff 1 of two_stores.toml


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("### A real store, without the demo")
    return text[start : text.index("\n### ", start + 10)]


def _commands(section: str) -> list[str]:
    block = section.split("```\n", 2)[1]
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_the_readme_s_real_store_commands_work_as_written(tmp_path: Path) -> None:
    section = _section()
    assert "tests/data/setup/two_stores.toml" in section
    data = tmp_path / "store"
    files = {"store.toml": str(SETUP / "two_stores.toml"), "products.csv": str(SETUP / "products.csv")}
    commands = _commands(section)
    assert len(commands) == 3
    for command in commands:
        stdin = ""
        if command.startswith("printf"):
            pin, command = command.split("|", 1)
            assert shlex.split(pin)[1] == "PIN\\n"
            stdin = ADMIN_PIN + "\n"
        words = [files.get(w, w) for w in shlex.split(command)]
        assert words[:3] == ["posassist", "--data-dir", "~/store"], command
        words[2] = str(data)
        if len(words) == 3:
            continue  # the counter window
        done = run(*words[1:], stdin=stdin)
        assert done.returncode == 0, (command, done.stderr)
    export = run("--data-dir", str(data), "setup", "--export")
    assert "Montréal Centre" in export.stdout and "goodwill_per_week" in export.stdout
    again = run("--data-dir", str(data), "--as", "1", "setup", files["store.toml"], stdin=ADMIN_PIN + "\n")
    assert again.returncode == 0 and "Nothing to change." in again.stdout  # a second run changes nothing
    assert "setup changes data" in one_clear_line(run("--data-dir", str(data), "setup", files["store.toml"]))
    found = run("--data-dir", str(data), "lookup", "JKT-1", "--json")
    assert found.returncode == 0 and "Field jacket" in found.stdout  # the catalogue import was applied


def test_the_readme_s_example_mistake_is_what_the_command_says(tmp_path: Path) -> None:
    example = re.search(r"`(stores\[2\]\.timezone \(line \d+\):\s+Mars/Olympus[^`]*)`", _section())
    assert example is not None
    expected = " ".join(example.group(1).split())
    text = (SETUP / "two_stores.toml").read_text(encoding="utf-8")
    qc = text.index('code = "QC"')
    at = text.index('timezone = "America/Toronto"', qc)
    bad = tmp_path / "store.toml"
    bad.write_text(text[:at] + 'timezone = "Mars/Olympus"' + text[at + len('timezone = "America/Toronto"') :])
    line = one_clear_line(run("--data-dir", str(tmp_path / "d"), "setup", str(bad)))
    assert line == f"posassist: {expected}"
    assert "[[stores]]" not in run("--data-dir", str(tmp_path / "d"), "setup", "--export").stdout
