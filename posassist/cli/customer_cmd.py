"""posassist customer export ID | customer erase ID --yes"""

from __future__ import annotations

import argparse

from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.errors import UsageError
from posassist.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("customer", help="data-subject requests: export or erase a customer")
    cmds = p.add_subparsers(dest="customer_command", required=True)
    e = cmds.add_parser("export", help="everything held about the customer, as JSON")
    e.add_argument("id", type=int)
    e.set_defaults(handler=do_export)
    r = cmds.add_parser("erase", help="remove personal data and notes; sales and returns stay, pseudonymised")
    r.add_argument("id", type=int)
    r.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    r.set_defaults(handler=do_erase)


def do_export(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "customer export") as me:
        print_json(app.svc.customers.export(me, args.id))
    return 0


def do_erase(args: argparse.Namespace, settings: Settings) -> int:
    if not args.yes:
        raise UsageError(tr("Erasing cannot be undone; run again with --yes to confirm."))
    with app_for(settings) as app, signed_in(app, args, "customer erase") as me:
        pid = app.svc.customers.erase(me, args.id)
    print(f"Customer {args.id} erased; sales and returns are kept under the pseudonymous id {pid}.")
    return 0
