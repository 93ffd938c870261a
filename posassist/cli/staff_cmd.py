"""posassist staff add|list|set-pin|unlock|deactivate|activate"""

from __future__ import annotations

import argparse
import getpass
import sys

from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.domain.permissions import ROLES
from posassist.errors import InvalidInput
from posassist.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="staff accounts (admin)")
    cmds = p.add_subparsers(dest="staff_command", required=True)
    a = cmds.add_parser("add", help="add a staff member (asks for the PIN without echo)")
    a.add_argument("code")
    a.add_argument("name")
    a.add_argument("--role", choices=ROLES, default="associate")
    a.add_argument("--badge")
    a.add_argument("--store", dest="home_store")
    a.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (scripts)")
    a.set_defaults(handler=do_add)
    ls = cmds.add_parser("list", help="list staff")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=do_list)
    sp = cmds.add_parser("set-pin", help="set a new PIN (asks without echo)")
    sp.add_argument("code")
    sp.add_argument("--pin-stdin", action="store_true")
    sp.set_defaults(handler=do_set_pin)
    u = cmds.add_parser("unlock", help="lift a lockout after too many wrong PINs")
    u.add_argument("code")
    u.set_defaults(handler=do_unlock)
    for verb, active in (("deactivate", False), ("activate", True)):
        d = cmds.add_parser(verb, help=f"{verb} an account")
        d.add_argument("code")
        d.set_defaults(handler=lambda args, settings, active=active: do_active(args, settings, active))


def _read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("PIN: ")
    if getpass.getpass("PIN again: ") != first:
        raise InvalidInput(tr("The two PINs differ; nothing was changed."))
    return first


def do_add(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "staff add") as me:
        pin = _read_pin(args.pin_stdin)
        row = app.svc.staff.add(
            me,
            code=args.code,
            name=args.name,
            role=args.role,
            pin=pin,
            badge=args.badge,
            store_code=args.home_store,
        )
    print(f"Added {row.name} ({row.role}) as staff code {row.code}.")
    return 0


def do_list(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        rows = app.svc.staff.list()
    if args.json:
        print_json(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "role": r.role,
                    "active": r.active,
                    "locked_until": r.locked_until.isoformat() if r.locked_until else None,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            state = (
                "inactive"
                if not r.active
                else (f"locked until {r.locked_until:%H:%M} UTC" if r.locked_until else "active")
            )
            print(f"{r.code:8} {r.name:28} {r.role:14} {state}")
    return 0


def do_set_pin(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "staff set-pin") as me:
        pin = _read_pin(args.pin_stdin)
        app.svc.staff.set_pin(me, args.code, pin)
    print(f"New PIN set for {args.code}.")
    return 0


def do_unlock(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "staff unlock") as me:
        app.svc.staff.unlock(me, args.code)
    print(f"{args.code} is unlocked.")
    return 0


def do_active(args: argparse.Namespace, settings: Settings, active: bool) -> int:
    with app_for(settings) as app, signed_in(app, args, "staff " + ("activate" if active else "deactivate")) as me:
        app.svc.staff.set_active(me, args.code, active)
    print(f"{args.code} is now {'active' if active else 'inactive'}.")
    return 0
