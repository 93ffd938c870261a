"""posassist audit verify [--json]"""

from __future__ import annotations

import argparse

from posassist.cli.common import app_for, print_json
from posassist.config import Settings
from posassist.services import audit


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="the tamper-evident audit log")
    cmds = p.add_subparsers(dest="audit_command", required=True)
    v = cmds.add_parser("verify", help="check the hash chain; names the first bad entry")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=verify)


def verify(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        result = audit.verify(app.db)
    if args.json:
        print_json(result.as_dict())
    elif result.ok:
        print(f"Audit log intact: {result.entries} entries.")
    else:
        print(f"Audit log BROKEN at entry {result.first_bad_seq} (id {result.first_bad_id}): {result.problem}")
    return 0 if result.ok else 1
