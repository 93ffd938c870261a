"""posassist policy import FILE | policy export [FILE] [--format toml|json] | policy show [--json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services import policy_admin


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("policy", help="the return policy as a document (TOML or JSON): import, export, show")
    cmds = p.add_subparsers(dest="policy", required=True)
    imp = cmds.add_parser("import", help="make a policy document the new version (checked first; needs --as)")
    imp.add_argument("file", type=Path, help="a .toml or .json policy document")
    imp.add_argument("--json", action="store_true", help="the new version as JSON")
    imp.set_defaults(handler=do_import)
    exp = cmds.add_parser("export", help="write the policy in force as a document (to FILE or standard output)")
    exp.add_argument("file", nargs="?", type=Path)
    exp.add_argument("--format", choices=("toml", "json"), help="default: from FILE's name, else toml")
    exp.set_defaults(handler=do_export)
    show = cmds.add_parser("show", help="the policy in force and its version")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=do_show)


def do_import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(tr("Cannot read {file}: {err}", file=args.file, err=err)) from err
    with app_for(settings) as app:
        app.svc.policy.read_document(text, args.file.name)  # a mistake is named before the PIN is asked
        with signed_in(app, args, "policy import") as me:
            v = app.svc.policy.import_document(me, text, args.file.name)
    if args.json:
        print_json(policy_admin.as_json(v))
    else:
        print(f"Policy version {v.version} in force from {v.effective_from.isoformat()} ({args.file})")
    return 0


def do_export(args: argparse.Namespace, settings: Settings) -> int:
    fmt = args.format or ("json" if args.file and args.file.suffix.lower() == ".json" else "toml")
    with app_for(settings) as app:
        text = app.svc.policy.export(fmt)
    if args.file:
        args.file.write_text(text, encoding="utf-8")
        print(f"Wrote the return policy to {args.file}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def do_show(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        v = app.svc.policy.in_force()
        count = len(app.svc.policy.versions())
    if args.json:
        print_json(policy_admin.as_json(v))
        return 0
    print(f"Return policy version {v.version} (of {count}), in force from {v.effective_from.isoformat()}")
    if v.note:
        print(f"  note: {v.note}")
    from posassist.domain.policy.offline import OfflineLimits
    from posassist.words.policy import offline_limits

    print("  " + offline_limits(OfflineLimits.from_rules(v.rules.get("offline")), v.rules.get("currency", "USD")))
    sys.stdout.write(policy_admin.write_document(v, "toml"))
    return 0
