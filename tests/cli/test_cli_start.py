"""The command line's start: only what the command needs is imported; the schema check does not
import Alembic when the database is at head; the cheap head revision is Alembic's own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from posassist.bootstrap import Services
from posassist.cli import main as cli_main
from posassist.config import resolve
from posassist.db import migrate, schema_head
from posassist.db.session import Database

HEAVY = ("PySide6", "alembic", "escpos")


def _modules_after(code: str) -> list[str]:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            code + f"; import sys; print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return eval(out.stdout.strip())  # a printed list of str


def test_importing_the_command_line_loads_no_qt_alembic_or_printer() -> None:
    assert _modules_after("import posassist.cli.main") == []
    assert _modules_after("import posassist.cli") == []


def test_a_lookup_process_loads_no_qt_alembic_or_printer(demo_sqlite: str) -> None:
    code = (
        "import sys, io, contextlib; from posassist.cli.main import main; buf = io.StringIO()\n"
        f"with contextlib.redirect_stdout(buf): rc = main(['--data-dir', {demo_sqlite!r}, 'lookup', 'sweater', '--json', '--limit', '2'])\n"
        "assert rc == 0, rc; assert json.loads(buf.getvalue())"
    )
    assert _modules_after("import json\n" + code) == []


def test_the_cheap_head_is_alembics_head() -> None:
    schema_head.head_revision.cache_clear()
    assert schema_head.head_revision() == migrate.head()


def test_at_head_reads_alembic_version(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        assert not schema_head.at_head(db.engine)  # no table yet
        migrate.upgrade(db.engine, where="test")
        assert schema_head.at_head(db.engine)
        migrate.downgrade(db.engine, "-1")
        assert not schema_head.at_head(db.engine)
    finally:
        db.dispose()


def test_the_sub_command_is_found_after_global_options() -> None:
    assert cli_main.command_of(["--data-dir", "lookup", "lookup", "x"]) == "lookup"
    assert cli_main.command_of(["--demo", "--as", "A1", "receipt", "print"]) == "receipt"
    assert cli_main.command_of(["--version"]) is None
    assert cli_main.command_of([]) is None


def test_every_command_is_registered_for_help() -> None:
    parser = cli_main.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(cli_main.COMMANDS) | {"gui"} == set(sub.choices)  # type: ignore[arg-type]


def test_only_the_named_command_is_registered() -> None:
    parser = cli_main.build_parser(["lookup", "x"], every_command=False)
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == {"gui", "lookup"}  # type: ignore[arg-type]


def test_a_capability_is_built_on_first_use(tmp_path: Path) -> None:
    settings = resolve(data_dir=str(tmp_path), database_url=None, store=None, counter="c1", language="en")
    db = Database(f"sqlite:///{tmp_path / 'y.db'}")
    try:
        svc = Services(db, None, settings)
        assert "lookup" not in vars(svc) and "receipts" not in vars(svc)
        assert svc.lookup is svc.lookup and svc.lookup.store is None
        assert "receipts" not in vars(svc)
    finally:
        db.dispose()


def test_lookup_json_still_answers(demo_sqlite: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", demo_sqlite, "lookup", "sweater", "--json", "--limit", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "sweater" in json.loads(out.stdout)[0]["title"].lower()


def test_the_window_start_registers_no_command_module() -> None:
    """`posassist` / `posassist gui`: no command module (they import the printers, Alembic and the
    importers, which cost the sign-in window more than a second); help still lists every command."""
    for argv in (["gui"], [], ["--data-dir", "/tmp/x", "gui", "--demo"]):
        parser = cli_main.build_parser(argv, every_command=False)
        sub = next(a for a in parser._actions if a.dest == "command")
        assert set(sub.choices) == {"gui"}, argv  # type: ignore[arg-type]
    assert (
        _modules_after("from posassist.cli.main import build_parser; build_parser(['gui'], every_command=False)") == []
    )
    helped = next(a for a in cli_main.build_parser(["--help"], every_command=False)._actions if a.dest == "command")
    assert set(cli_main.COMMANDS) | {"gui"} == set(helped.choices)  # type: ignore[arg-type]
