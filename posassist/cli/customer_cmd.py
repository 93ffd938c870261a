"""posassist customer export ID | customer erase ID --yes | customer import SOURCE …"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext

from posassist.cli import sale_cmd
from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services.sales_import.model import CUSTOMER_FORMATS


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
    i = cmds.add_parser("import", help="customer records from Shopify's customers export or a CSV")
    sale_cmd.add_import_options(i, ("auto", *CUSTOMER_FORMATS))
    i.set_defaults(handler=do_import)


def do_import(args: argparse.Namespace, settings: Settings) -> int:
    with (
        app_for(settings) as app,
        nullcontext(None) if args.dry_run else signed_in(app, args, "customer import") as me,
    ):
        opts = sale_cmd.options(app, args)
        progress, interactive = sale_cmd.progress_printer(args)
        report = app.svc.sales.import_customers(
            me, args.source, opts, progress=progress, holder=f"command line on {settings.counter}"
        )
        if interactive:
            print(file=sys.stderr)
    return sale_cmd.finish_report(args, report, "customer import")


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
