"""posassist hold create|list|release|collect|expire: holds for customers from the command line
(the same service as the window's hold dialog; changes run as the person named by --as)."""

from __future__ import annotations

import argparse
from datetime import date

from posassist import i18n
from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services import holds


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-11") from err


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from err
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} must be 1 or more")
    return n


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("hold", help="holds: reserve an item for a customer at a chosen store")
    cmds = p.add_subparsers(dest="hold_command", required=True)
    c = cmds.add_parser("create", help="hold an item for a customer (sent here, or to collect there)")
    c.add_argument("item", help="the SKU or barcode")
    c.add_argument("--customer", type=int, required=True, help="the customer's id (see 'customer show')")
    c.add_argument("--qty", type=_positive, default=1)
    c.add_argument(
        "--from", dest="from_store", metavar="STORE", help="the store whose stock is held (default: nearest)"
    )
    c.add_argument("--needed-by", type=_date, metavar="DATE", help="the day the customer needs it; held to")
    c.add_argument("--pickup-there", action="store_true", help="the customer collects it at that store")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=do_create)
    ls = cmds.add_parser("list", help="holds at this store (open ones unless --status)")
    ls.add_argument("--status", choices=("open", "collected", "released", "expired", "all"), default="open")
    ls.add_argument("--customer", type=int)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=do_list)
    for name, what in (("release", "back to stock"), ("collect", "the customer takes it")):
        r = cmds.add_parser(name, help=f"{name} a hold: {what}")
        r.add_argument("number", help="the hold number on the slip (H-DT-00042)")
        r.add_argument("--json", action="store_true")
        r.set_defaults(handler=do_finish, finish=name)
    e = cmds.add_parser("expire", help="release every hold past its last day (audited)")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=do_expire)


def _line(h: holds.Hold) -> str:
    who = h.customer_name or "-"
    return (
        f"{h.hold_no}  {holds.status_word(h.status)}  {h.quantity} × {h.description}  "
        f"{h.from_store}→{h.to_store}  {tr('ready')} {h.arrives.isoformat()}  "
        f"{tr('until')} {h.expires_on.isoformat() if h.expires_on else '-'}  {who}"
    )


def do_create(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "hold create") as me:
        if app.store is None:
            raise UsageError(tr("No store is set up yet; run 'posassist setup FILE' first."))
        variant = holds.variant_by_code(app.db, args.item)
        from_id = None
        if args.from_store:
            ids = app.svc.setup.store_ids()
            if args.from_store not in ids:
                raise UsageError(
                    tr("There is no store {code}; the stores are: {codes}.", code=args.from_store, codes=", ".join(ids))
                )
            from_id = ids[args.from_store]
        h = app.svc.holds.create(
            me,
            variant_id=variant,
            quantity=args.qty,
            customer_id=args.customer,
            here_id=app.store.id,
            from_store_id=from_id,
            needed_by=args.needed_by,
            pickup_there=args.pickup_there,
        )
    if args.json:
        print_json(h.as_json())
    else:
        print(_line(h))
        if h.needed_by:
            print(tr("Promised for {day}; a follow-up checks it the day before.", day=i18n.day(h.needed_by)))
    return 0


def do_list(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        found = app.svc.holds.list_holds(
            store_id=app.store.id if app.store else None,
            status=None if args.status == "all" else args.status,
            customer_id=args.customer,
        )
    if args.json:
        print_json([h.as_json() for h in found])
    else:
        for h in found:
            print(_line(h))
        if not found:
            print(tr("No holds."))
    return 0


def do_finish(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, f"hold {args.finish}") as me:
        svc = app.svc.holds
        h = svc.collect(me, args.number) if args.finish == "collect" else svc.release(me, args.number)
    if args.json:
        print_json(h.as_json())
    else:
        print(_line(h))
    return 0


def do_expire(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "hold expire") as me:
        gone = app.svc.holds.expire(me)
    if args.json:
        print_json([h.as_json() for h in gone])
    else:
        for h in gone:
            print(_line(h))
        print(tr("{count} hold(s) expired and back to stock.", count=len(gone)))
    return 0
