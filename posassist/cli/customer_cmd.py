"""posassist customer export ID | customer erase ID --yes | customer import SOURCE … |
customer show ID | customer edit ID FIELD=VALUE … | customer history ID |
customer merge KEEP OTHER | customer unmerge ID | customer link ID OTHER --relation R | customer unlink ID OTHER"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from posassist.cli import sale_cmd
from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services.sales_import.model import CUSTOMER_FORMATS

if TYPE_CHECKING:
    from posassist.bootstrap import App


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
    _register_records(cmds)


def _register_records(cmds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from posassist.services.customer_edit import CONSENT_SOURCES, FIELDS, RELATIONS

    sh = cmds.add_parser("show", help="one customer as the pane shows them")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=do_show)
    ed = cmds.add_parser(
        "edit",
        help="change fields of a customer's record (one transaction; the history keeps old and new)",
        description="FIELD is one of: " + ", ".join(FIELDS) + ". An empty VALUE clears the field; "
        "yes/no for consents and lifetime_free_shipping; tags as 'a, b'; preferences as 'fit: slim; sizes: M, L'.",
    )
    ed.add_argument("id", type=int)
    ed.add_argument("changes", nargs="*", metavar="FIELD=VALUE")
    ed.add_argument("--consent-source", choices=CONSENT_SOURCES, default="counter", help="where consents came from")
    ed.add_argument(
        "--add-date",
        action="append",
        default=[],
        metavar="LABEL=MM-DD[:DAYS]",
        help="a yearly gift or occasion date, reminded DAYS before (default 7)",
    )
    ed.add_argument("--remove-date", action="append", type=int, default=[], metavar="DATE_ID")
    ed.add_argument("--json", action="store_true")
    ed.set_defaults(handler=do_edit)
    hi = cmds.add_parser("history", help="every change to the record: who, what, old -> new, when")
    hi.add_argument("id", type=int)
    hi.add_argument("--json", action="store_true")
    hi.set_defaults(handler=do_history)
    me = cmds.add_parser("merge", help="merge the duplicate OTHER into KEEP (undo with unmerge until the day closes)")
    me.add_argument("keep", type=int)
    me.add_argument("other", type=int)
    me.add_argument("--dry-run", action="store_true", help="show what would move; change nothing")
    me.add_argument("--json", action="store_true")
    me.set_defaults(handler=do_merge)
    un = cmds.add_parser("unmerge", help="put the latest merge of customer ID back (before the day's closing)")
    un.add_argument("id", type=int, nargs="?", help="either customer of the merge")
    un.add_argument("--merge", type=int, dest="merge_id", help="a merge by its number instead")
    un.add_argument("--json", action="store_true")
    un.set_defaults(handler=do_unmerge)
    li = cmds.add_parser("link", help="OTHER is RELATION of ID (partner, parent, child, business_account…)")
    li.add_argument("id", type=int)
    li.add_argument("other", type=int)
    li.add_argument("--relation", choices=RELATIONS, required=True)
    li.set_defaults(handler=do_link)
    ul = cmds.add_parser("unlink", help="ID and OTHER are no longer related")
    ul.add_argument("id", type=int)
    ul.add_argument("other", type=int)
    ul.set_defaults(handler=do_unlink)


def _shown(app: App, customer_id: int) -> dict[str, Any]:
    """The record, its alerts and store credit: what the pane shows."""
    doc = app.svc.customers.record(customer_id).as_dict()
    profile = app.svc.customers.profile(customer_id, recent=0)
    doc["alerts"] = [{"kind": a.kind, "severity": a.severity, "text": a.text} for a in profile.alerts]
    amount, currency = app.svc.store_credit.balance(customer_id)
    doc["store_credit"] = {"balance": str(Decimal(amount).scaleb(-2)) if currency else "0.00", "currency": currency}
    return doc


def _print_record(doc: dict[str, Any]) -> None:
    name = doc["full_name"] or tr("(erased)")
    print(f"{name} (#{doc['id']})" + (f" — merged into #{doc['merged_into']}" if doc["merged_into"] else ""))
    for key in (
        "preferred_name",
        "pronunciation",
        "email",
        "phone",
        "loyalty_card",
        "address",
        "birth_year",
        "preferred_channel",
        "preferred_language",
    ):
        if doc.get(key) not in (None, ""):
            print(f"  {key}: {doc[key]}")
    if doc["lifetime_free_shipping"]:
        print("  lifetime_free_shipping: yes")
    for k, v in (doc["preferences"] or {}).items():
        print(f"  preference {k}: {', '.join(v) if isinstance(v, list) else v}")
    if doc["tags"]:
        print(f"  tags: {', '.join(doc['tags'])}")
    for c in doc["consents"]:
        when = f" ({c['source']}, {c['at'][:10]})" if c["source"] else ""
        print(f"  consent {c['channel']}: {'yes' if c['granted'] else 'no'}{when}")
    for d in doc["dates"]:
        print(
            f"  date #{d['id']}: {d['label']} {d['month']:02d}-{d['day']:02d}, reminded {d['remind_days']} days before"
        )
    for x in doc["links"]:
        print(f"  related: {x['other_name']} (#{x['other_id']}), {x['relation']}")
    for m in doc["merges"]:
        what = "merged in" if m["kept"] else "merged into"
        print(
            f"  merge #{m['id']}: {what} #{m['other_id']} {m['other_name']} at {m['at'][:16]}"
            + (" (undone)" if m["undone"] else "")
        )
    for a in doc.get("alerts", []):
        print(f"  ALERT {a['severity']} {a['kind']}: {a['text']}")
    credit = doc.get("store_credit")
    if credit and credit["currency"]:
        print(f"  store credit: {credit['balance']} {credit['currency']}")


def do_show(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        doc = _shown(app, args.id)
    if args.json:
        print_json(doc)
    else:
        _print_record(doc)
    return 0


def _changes(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            raise UsageError(
                tr("Write each change as FIELD=VALUE, e.g. email=nina@example.com (not '{pair}').", pair=pair)
            )
        field = field.strip()
        out[field] = value.replace("; ", "\n").replace(";", "\n") if field == "preferences" else value
    return out


def _date(spec: str) -> dict[str, Any]:
    label, sep, when = spec.rpartition("=")
    when, _c, days = when.partition(":")
    month, _d, day = when.partition("-")
    if not sep or not month.isdigit() or not day.isdigit() or (days and not days.isdigit()):
        raise UsageError(
            tr(
                "Write a date as LABEL=MM-DD or LABEL=MM-DD:DAYS, e.g. \"Wife's birthday=12-11:10\" (not '{spec}').",
                spec=spec,
            )
        )
    return {"label": label, "month": int(month), "day": int(day), "remind_days": int(days) if days else 7}


def do_edit(args: argparse.Namespace, settings: Settings) -> int:
    changes, dates = _changes(args.changes), [_date(d) for d in args.add_date]
    if not (changes or dates or args.remove_date):
        raise UsageError(tr("Nothing to change: give FIELD=VALUE, --add-date or --remove-date."))
    with app_for(settings) as app, signed_in(app, args, "customer edit") as me:
        customers = app.svc.customers
        if changes:
            customers.update(me, args.id, changes, consent_source=args.consent_source)
        for d in dates:
            customers.add_date(me, args.id, **d)
        for date_id in args.remove_date:
            customers.remove_date(me, args.id, date_id)
        doc = _shown(app, args.id)
    if args.json:
        print_json(doc)
    else:
        _print_record(doc)
    return 0


def do_history(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        changes = app.svc.customers.history(args.id)
    if args.json:
        print_json(
            [{"at": c.at.isoformat(), "staff": c.staff, "field": c.field, "old": c.old, "new": c.new} for c in changes]
        )
        return 0
    for c in changes:
        print(f"{c.at:%Y-%m-%d %H:%M} {c.staff or '-'}: {c.field}: {c.old or '—'} -> {c.new or '—'}")
    return 0


def do_merge(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        if args.dry_run:
            plan = app.svc.customers.merge_preview(args.keep, args.other)
            if args.json:
                print_json(plan.as_dict())
                return 0
            print(f"Would merge #{plan.other_id} {plan.other_name} into #{plan.keep_id} {plan.keep_name}:")
            for table, n in plan.moves:
                print(f"  moves {n} {table}")
            for field, value in plan.fills:
                print(f"  #{plan.keep_id} takes {field}: {value}")
            return 0
        with signed_in(app, args, "customer merge") as me:
            result = app.svc.customers.merge(me, args.keep, args.other)
    if args.json:
        print_json(result.as_dict())
        return 0
    moved = ", ".join(f"{n} {table}" for table, n in result.moved) or "no rows"
    print(
        f"Customer {args.other} merged into {args.keep} (merge #{result.merge_id}): moved {moved}. "
        f"Undo with 'customer unmerge {args.keep}' before the day is closed."
    )
    return 0


def do_unmerge(args: argparse.Namespace, settings: Settings) -> int:
    if args.id is None and args.merge_id is None:
        raise UsageError(tr("Say which merge to undo: a customer ID or --merge N."))
    with app_for(settings) as app, signed_in(app, args, "customer unmerge") as me:
        back = app.svc.customers.unmerge(me, args.merge_id, customer_id=args.id)
        doc = _shown(app, back.id)
    if args.json:
        print_json(doc)
    else:
        print(f"Merge undone: customer {back.id} ({back.full_name or ''}) is a record of its own again.")
    return 0


def do_link(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "customer link") as me:
        app.svc.customers.link(me, args.id, args.other, args.relation)
    print(f"Customer {args.other} is now {args.relation} of customer {args.id}.")
    return 0


def do_unlink(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "customer unlink") as me:
        app.svc.customers.unlink(me, args.id, args.other)
    print(f"Customers {args.id} and {args.other} are no longer linked.")
    return 0


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
