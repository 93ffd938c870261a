"""posassist setup FILE [--dry-run] [--json] | setup --export [FILE]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.errors import UsageError
from posassist.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "setup",
        help="apply or export the store configuration (stores, distances, tax, role limits, staff, reason codes, policy)",
    )
    p.add_argument("file", nargs="?", type=Path, help="the TOML file to apply (or, with --export, to write)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--export", action="store_true", help="write the current configuration (to FILE or stdout)")
    p.add_argument("--json", action="store_true", help="the changes as JSON")
    p.set_defaults(handler=do_setup)


def do_setup(args: argparse.Namespace, settings: Settings) -> int:
    if args.export:
        with app_for(settings) as app:
            text = app.svc.setup.export()
        if args.file:
            args.file.write_text(text, encoding="utf-8")
            print(f"Wrote the configuration to {args.file}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0
    if args.file is None:
        raise UsageError(tr("Name the configuration file: posassist setup store.toml (or --export)."))
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(tr("Cannot read {file}: {err}", file=args.file, err=err)) from err
    with app_for(settings) as app, signed_in(app, args, "setup") as me:
        result = app.svc.setup.apply(me, text, dry_run=args.dry_run, source=args.file)  # paths beside the file
    if args.json:
        print_json(result.as_dict())
    else:
        verb = "would change" if args.dry_run else "changed"
        print(f"{len(result.changes)} setting(s) {verb}" if result.changes else "Nothing to change.")
        for line in result.changes:
            print(f"  {line}")
    return 0
