"""`receipt print`, `printer add|list|remove|test` and `voucher show|redeem|expire`."""

from __future__ import annotations

import argparse
from typing import Any

from posassist import i18n
from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.domain.money import Money
from posassist.domain.receipt import PRINTER_KINDS, Printer
from posassist.errors import InvalidInput, NotFound, PosassistError
from posassist.i18n import tr
from posassist.printing.deliver import deliver, parse_target


def register(sub: Any) -> None:
    rp = sub.add_parser("receipt", help="print or reprint a sale, return or store-credit receipt")
    rsub = rp.add_subparsers(dest="receipt_command", required=True)
    pr = rsub.add_parser("print", help="print a receipt (a copy once it was printed before)")
    pr.add_argument("number", help="the receipt, return or voucher number (or its scanned barcode)")
    pr.add_argument("--gift", action="store_true", help="a gift receipt: no prices")
    pr.add_argument(
        "--to",
        metavar="TARGET",
        help="a printer configured for this counter, pdf:PATH (a file or folder) or escpos-file:PATH (the raw ESC/POS bytes); default: the counter's default printer",
    )
    pr.set_defaults(handler=_print)

    pp = sub.add_parser("printer", help="the receipt printers of this counter (--counter)")
    psub = pp.add_subparsers(dest="printer_command", required=True)
    add = psub.add_parser("add", help="add or change a printer (store managers and admins)")
    add.add_argument("name")
    add.add_argument("--kind", required=True, choices=PRINTER_KINDS)
    add.add_argument(
        "--address",
        default="",
        help="usb 04b8:0202, network host:9100, serial /dev/ttyUSB0@9600, file /dev/usb/lp0, system: printer name, pdf: folder",
    )
    add.add_argument("--width", type=int, default=80, choices=(58, 80), help="roll width in mm")
    add.add_argument("--profile", default="", help="python-escpos printer profile (default: TM-T88V / RP-F10-58mm)")
    add.add_argument("--code-page", default="auto", help="auto, or a code page such as CP858 or CP1252")
    add.add_argument("--barcode", default="code128", choices=("code128", "qr"))
    add.add_argument("--default", action="store_true", help="print receipts here unless told otherwise")
    add.set_defaults(handler=_printer_add)
    ls = psub.add_parser("list", help="the printers of this counter")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_printer_list)
    rm = psub.add_parser("remove", help="remove a printer (store managers and admins)")
    rm.add_argument("name")
    rm.set_defaults(handler=_printer_remove)
    tp = psub.add_parser("test", help="print a test page (accents, barcode, cut)")
    tp.add_argument(
        "name", nargs="?", help="the printer (default: the counter's default), or pdf:PATH / escpos-file:PATH"
    )
    tp.set_defaults(handler=_printer_test)

    vp = sub.add_parser("voucher", help="store credit vouchers")
    vsub = vp.add_subparsers(dest="voucher_command", required=True)
    show = vsub.add_parser("show", help="a voucher's balance and every movement")
    show.add_argument("number")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_voucher_show)
    red = vsub.add_parser("redeem", help="pay part or all of an exchange or order with a voucher")
    red.add_argument("number")
    red.add_argument("--sale", required=True, metavar="RECEIPT", help="the exchange or order being paid")
    red.add_argument("--amount", required=True, help="how much, e.g. 12.50")
    red.add_argument("--json", action="store_true")
    red.set_defaults(handler=_voucher_redeem)
    exp = vsub.add_parser("expire", help="move out the balance of every voucher past its expiry (audited)")
    exp.add_argument("--json", action="store_true", help="the vouchers expired, as JSON")
    exp.set_defaults(handler=_voucher_expire)


def _print(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        svc = app.svc
        if args.to:
            printer = parse_target(args.to, svc.receipts.printer)
        else:
            found = svc.receipts.printer()
            if found is None:
                raise NotFound(
                    tr(
                        "Counter {counter} has no receipt printer set up: use --to pdf:PATH or escpos-file:PATH, or add one with 'posassist printer add'.",
                        counter=settings.counter,
                    )
                )
            printer = found
        with signed_in(app, args, "receipt print") as session:
            doc = svc.receipts.document(args.number, gift=args.gift, symbology=printer.barcode)
            where = deliver(doc, printer)
            svc.receipts.printed(session, doc, where)
        what = tr("gift receipt") if doc.gift else tr("receipt")
        copy = tr(" (copy)") if doc.copy else ""
        print(tr("Printed {what} {number}{copy} to {where}", what=what, number=doc.number, copy=copy, where=where))
    return 0


def _printer_add(args: argparse.Namespace, settings: Settings) -> int:
    try:
        printer = Printer(
            args.name, args.kind, args.address, args.width, args.profile, args.code_page, args.barcode, args.default
        )
    except ValueError as err:
        raise InvalidInput(str(err)) from err
    with app_for(settings) as app, signed_in(app, args, "printer add") as session:
        saved = app.svc.receipts.save_printer(session, printer)
    print(tr("Printer {label} saved for counter {counter}", label=saved.label, counter=settings.counter))
    return 0


def _printer_list(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        found = app.svc.receipts.printers()
    if args.json:
        print_json([p.__dict__ for p in found])
    else:
        for p in found:
            print(f"{'*' if p.is_default else ' '} {p.label}  {p.width_mm} mm  {p.code_page}  {p.barcode}")
    return 0


def _printer_remove(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "printer remove") as session:
        app.svc.receipts.remove_printer(session, args.name)
    print(tr("Printer {name} removed", name=args.name))
    return 0


def _printer_test(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        svc = app.svc
        printer = parse_target(args.name, svc.receipts.printer) if args.name else svc.receipts.printer()
        if printer is None:
            raise NotFound(tr("Counter {counter} has no receipt printer set up.", counter=settings.counter))
        where = deliver(svc.receipts.test_page(printer), printer)
    print(tr("Test page printed to {where}", where=where))
    return 0


def _voucher_json(v: Any) -> dict[str, Any]:
    return {
        "number": v.number,
        "currency": v.currency,
        "issued": _decimal(v.issued_minor, v.currency),
        "balance": _decimal(v.balance_minor, v.currency),
        "expires_at": v.expires_at.isoformat() if v.expires_at else None,
        "expired": v.expired,
        "movements": [
            {
                "kind": m.kind,
                "amount": _decimal(m.amount_minor, v.currency),
                "balance_after": _decimal(m.balance_after_minor, v.currency),
                "at": m.at.isoformat(),
                "sale": m.sale_receipt,
                "counter": m.counter,
            }
            for m in v.movements
        ],
    }


def _decimal(minor: int, currency: str) -> str:
    return Money(minor, currency).decimal_str()


def _voucher_show(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        v = app.svc.store_credit.look_up(args.number)
    if args.json:
        print_json(_voucher_json(v))
    else:
        until = tr(", valid until {day}", day=i18n.day(v.expires_at)) if v.expires_at else ""
        state = tr(" (expired)") if v.expired else ""
        print(
            tr(
                "{number}: {balance} of {issued} left{until}{state}",
                number=v.number,
                balance=i18n.money(v.balance_minor, v.currency),
                issued=i18n.money(v.issued_minor, v.currency),
                until=until,
                state=state,
            )
        )
    return 0


def _voucher_expire(args: argparse.Namespace, settings: Settings) -> int:
    """For a scheduled job (--pin-file) as well as by hand: 0 whether or not anything expired."""
    with app_for(settings) as app, signed_in(app, args, "voucher expire") as session:
        gone = app.svc.store_credit.expire(session)
    if args.json:
        print_json(
            {
                "expired": [
                    {
                        "number": e.number,
                        "amount": _decimal(e.amount_minor, e.currency),
                        "currency": e.currency,
                        "expires_at": e.expires_at.isoformat(),
                    }
                    for e in gone
                ]
            }
        )
    else:
        print(tr("{count} store credit voucher(s) expired.", count=len(gone)))
        for e in gone:
            print(
                "  "
                + tr(
                    "{number}: {amount} (valid until {day})",
                    number=e.number,
                    amount=i18n.money(e.amount_minor, e.currency),
                    day=i18n.day(e.expires_at),
                )
            )
    return 0


def _voucher_redeem(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        v = app.svc.store_credit.look_up(args.number)
        try:
            amount = Money.of(args.amount.strip(), v.currency).minor
        except (ValueError, PosassistError) as err:
            raise InvalidInput(tr("--amount {amount} is not an amount (e.g. 12.50).", amount=args.amount)) from err
        with signed_in(app, args, "voucher redeem") as session:
            r = app.svc.store_credit.redeem(session, args.number, args.sale, amount)
    if args.json:
        print_json(
            {
                "voucher": r.voucher,
                "sale": r.sale_receipt,
                "amount": _decimal(r.amount_minor, r.currency),
                "balance": _decimal(r.balance_minor, r.currency),
                "left_to_pay": _decimal(r.left_to_pay_minor, r.currency),
            }
        )
    else:
        print(
            tr(
                "{amount} paid on {sale} with {voucher}; {balance} left on the voucher",
                amount=i18n.money(r.amount_minor, r.currency),
                sale=r.sale_receipt,
                voucher=r.voucher,
                balance=i18n.money(r.balance_minor, r.currency),
            )
        )
    return 0
