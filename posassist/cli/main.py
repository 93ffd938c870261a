"""Entry point: global options, one sub-command module per group, one clear line per failure."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from posassist.cli.common import printable_output
from posassist.config import Settings, resolve
from posassist.errors import PosassistError, UsageError
from posassist.i18n import tr

# sub-command -> the module that registers it (posassist/cli/<module>.py, with register(sub)).
# Only the module of the command being run is imported: a look-up does not load the printers.
COMMANDS: dict[str, str] = {
    "db": "db_cmd",
    "demo": "demo_cmd",
    "setup": "setup_cmd",
    "lookup": "lookup_cmd",
    "catalogue": "catalogue_cmd",
    "sale": "sale_cmd",
    "staff": "staff_cmd",
    "customer": "customer_cmd",
    "audit": "audit_cmd",
    "report": "report_cmd",
    "receipt": "receipt_cmd",
    "printer": "receipt_cmd",
    "voucher": "receipt_cmd",
    "policy": "policy_cmd",
    "return": "return_cmd",
    "hold": "hold_cmd",
    "offline": "offline_cmd",
}
# options of the top-level parser that take a value (to find the sub-command without parsing)
_VALUED = {"--data-dir", "--database-url", "--store", "--counter", "--as", "--pin-file", "--lang"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, as the contract says
        raise UsageError(tr("{message} (see '{prog} --help')", message=message, prog=self.prog))


class _Version(argparse.Action):
    """--version: the installed version, read only when asked for (not on every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        import posassist

        print(f"posassist {posassist.__version__}")
        parser.exit()


def command_of(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (the first word that is not a global option), if any."""
    args = iter(argv)
    for arg in args:
        if arg == "--":
            return next(args, None)
        if arg in _VALUED:
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def _modules(argv: Sequence[str] | None) -> list[str]:
    """The command modules to register: the one the command line names, else all (help, errors)."""
    args = sys.argv[1:] if argv is None else argv
    command = command_of(args)
    if command in COMMANDS:
        return [COMMANDS[command]]
    if command == "gui" or (command is None and not {"-h", "--help"} & set(args)):
        return []  # the window: no command module (they load printers, Alembic, the importers)
    return list(dict.fromkeys(COMMANDS.values()))


def build_parser(argv: Sequence[str] | None = None, *, every_command: bool = True) -> argparse.ArgumentParser:
    """The parser; with ``every_command=False`` only the command named in ``argv`` is registered."""
    p = _Parser(prog="posassist", description="Point-of-service assistant for store associates.")
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    p.add_argument("--data-dir", help="folder for the SQLite file, backups and logs (env POSASSIST_DATA_DIR)")
    p.add_argument("--database-url", help="SQLAlchemy URL, e.g. postgresql+psycopg://… (env POSASSIST_DATABASE_URL)")
    p.add_argument("--store", help="store code of this counter (env POSASSIST_STORE)")
    p.add_argument("--counter", help="name of this counter (env POSASSIST_COUNTER; default: host name)")
    p.add_argument(
        "--as",
        dest="as_code",
        default=os.environ.get("POSASSIST_AS") or None,
        metavar="CODE",
        help="the staff member running a command that changes data (env POSASSIST_AS); the PIN is asked",
    )
    p.add_argument(
        "--pin-file",
        metavar="PATH",
        help="read the PIN of --as from this file (only its owner may read it; for scheduled jobs)",
    )
    p.add_argument(
        "--lang",
        help="language of the window: en, de or fr (env POSASSIST_LANG; default: as chosen in the app, else the system's)",
    )
    p.add_argument("--demo", action="store_true", help="load the demo store first if the database is empty")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    gui = sub.add_parser("gui", help="start the counter window (the default)")
    gui.add_argument("--demo", action="store_true", dest="gui_demo", help="load the demo store first if empty")
    for name in list(dict.fromkeys(COMMANDS.values())) if every_command else _modules(argv):
        importlib.import_module(f"posassist.cli.{name}").register(sub)
    return p


def settings_from(args: argparse.Namespace) -> Settings:
    return resolve(
        data_dir=args.data_dir,
        database_url=args.database_url,
        store=args.store,
        counter=args.counter,
        language=args.lang,
    )


@printable_output  # nothing from a file or a typed value drives the terminal
def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv, every_command=False)
    settings: Settings | None = None
    try:
        args = parser.parse_args(argv)
        settings = settings_from(args)
        if args.command in (None, "gui"):
            from posassist.app import start_gui

            return start_gui(settings, demo=bool(args.demo or getattr(args, "gui_demo", False)))
        return int(args.handler(args, settings) or 0)
    except PosassistError as err:
        print(f"posassist: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("posassist: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`posassist report … | head`): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as err:  # a bug: full details to the log file, one line to the user
        import logging  # only now: a start does not pay for it

        logging.getLogger("posassist.cli").exception("unexpected error")
        where = settings.log_path if settings else "the log file"
        print(f"posassist: something went wrong ({type(err).__name__}: {err}); details in {where}", file=sys.stderr)
        return 1


def run() -> None:
    sys.exit(main())


def run_gui() -> None:
    """The gui-script entry point (posassist-gui): the window unless a command is given."""
    sys.exit(main(sys.argv[1:] if len(sys.argv) > 1 else ["gui"]))
