"""Entry point: global options, one sub-command module per group, one clear line per failure."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from posassist import __version__
from posassist.cli import (
    audit_cmd,
    catalogue_cmd,
    customer_cmd,
    db_cmd,
    demo_cmd,
    lookup_cmd,
    policy_cmd,
    receipt_cmd,
    report_cmd,
    return_cmd,
    sale_cmd,
    setup_cmd,
    staff_cmd,
)
from posassist.cli.common import printable_output
from posassist.config import Settings, resolve
from posassist.errors import PosassistError, UsageError
from posassist.i18n import tr

log = logging.getLogger("posassist.cli")

GROUPS = (
    db_cmd,
    demo_cmd,
    setup_cmd,
    lookup_cmd,
    catalogue_cmd,
    sale_cmd,
    staff_cmd,
    customer_cmd,
    audit_cmd,
    report_cmd,
    receipt_cmd,
    policy_cmd,
    return_cmd,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, as the contract says
        raise UsageError(tr("{message} (see '{prog} --help')", message=message, prog=self.prog))


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="posassist", description="Point-of-service assistant for store associates.")
    p.add_argument("--version", action="version", version=f"posassist {__version__}")
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
    for group in GROUPS:
        group.register(sub)
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
    parser = build_parser()
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
        log.exception("unexpected error")
        where = settings.log_path if settings else "the log file"
        print(f"posassist: something went wrong ({type(err).__name__}: {err}); details in {where}", file=sys.stderr)
        return 1


def run() -> None:
    sys.exit(main())


def run_gui() -> None:
    """The gui-script entry point (posassist-gui): the window unless a command is given."""
    sys.exit(main(sys.argv[1:] if len(sys.argv) > 1 else ["gui"]))
