"""The printer set-up keys and the voucher commands as the README's command table gives them are
the ones the command line takes: every option of `printer add` (and each printer kind), and
`voucher show|redeem|expire`."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from posassist.cli.main import build_parser
from posassist.domain.receipt import PRINTER_KINDS

README = Path(__file__).resolve().parents[2] / "README.md"


def _sub(parser: argparse.ArgumentParser, *names: str) -> argparse.ArgumentParser:
    for name in names:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[name]
    return parser


def _row(text: str, start: str) -> str:
    """The command cell of the table row that starts with ``start`` (its description left out)."""
    line = next(line for line in text.splitlines() if line.startswith(start))
    return line.split(" | ")[0]


def test_every_printer_key_and_kind_is_in_the_readme_and_the_parser_takes_them() -> None:
    parser = build_parser(["printer"])
    add = _sub(parser, "printer", "add")
    options = {o for a in add._actions for o in a.option_strings if o.startswith("--") and o != "--help"}
    row = _row(README.read_text(encoding="utf-8"), "| `posassist printer add")
    documented = set(re.findall(r"--[a-z][a-z-]*", row))
    assert options == documented, options ^ documented
    kind = next(a for a in add._actions if "--kind" in a.option_strings)
    assert tuple(kind.choices) == PRINTER_KINDS
    assert all(k in row for k in PRINTER_KINDS)
    assert {"add", "list", "remove", "test"} <= set(
        next(a for a in _sub(parser, "printer")._actions if isinstance(a, argparse._SubParsersAction)).choices
    )


def test_the_voucher_commands_in_the_readme_are_the_parser_s() -> None:
    parser = build_parser(["voucher"])
    commands = set(
        next(a for a in _sub(parser, "voucher")._actions if isinstance(a, argparse._SubParsersAction)).choices
    )
    row = _row(README.read_text(encoding="utf-8"), "| `posassist voucher show")
    documented = set(re.findall(r"voucher ([a-z]+)", row))
    assert commands == documented == {"show", "redeem", "expire"}
