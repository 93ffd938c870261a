"""posassist sale import SOURCE … | sale show RECEIPT | sale history"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from posassist.bootstrap import App
from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.domain.money import exponent, is_currency
from posassist.errors import NotFound, UsageError
from posassist.i18n import tr
from posassist.services import sales_import
from posassist.services.sales_import.model import SALE_FORMATS


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sale", help="sales from the till and the web shop: import, show one, import history")
    cmds = p.add_subparsers(dest="sale_command", required=True)
    i = cmds.add_parser("import", help="import orders (Shopify, Square, WooCommerce or a CSV) from a file or URL")
    add_import_options(i, ("auto", *SALE_FORMATS))
    i.add_argument(
        "--store", dest="import_store", metavar="CODE", help="store of orders that name none (default: this counter's)"
    )
    i.set_defaults(handler=do_import)
    s = cmds.add_parser("show", help="one sale as the return wizard sees it")
    s.add_argument("receipt", help="the receipt or order number as the customer has it (#1042, 2-1015, R-DT-…)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=do_show)
    cmds.add_parser("history", help="applied sale and customer imports").set_defaults(handler=do_history)


def add_import_options(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    p.add_argument("source", help="a file path or an http(s) URL")
    p.add_argument("--format", default="auto", choices=list(formats))
    p.add_argument("--currency", help="currency of amounts without one (default: the store's)")
    p.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid records and skip those with errors")
    p.add_argument("--report", type=Path, help="write the JSON report to this file")
    p.add_argument("--json", action="store_true", help="print the JSON report")


def options(app: App, args: argparse.Namespace, store_code: str | None = None) -> sales_import.Options:
    store = app.store
    if store_code:
        from posassist.bootstrap import current_store

        store = current_store(app.db, store_code)
    currency = (args.currency or (store.currency if store else "USD")).upper()
    if not is_currency(currency):
        raise UsageError(tr("--currency {currency} is not a currency code (e.g. CAD, EUR).", currency=args.currency))
    region = (store.locale.split("_")[-1] if store and "_" in store.locale else "CA").upper()
    return sales_import.Options(
        format=args.format,
        currency=currency,
        store_id=store.id if store else None,
        region=region,
        timezone=store.timezone if store else "UTC",
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
    )


def progress_printer(args: argparse.Namespace) -> tuple[Callable[[str, int, int], None], bool]:
    interactive = sys.stderr.isatty() and not args.json

    def progress(stage: str, done: int, total: int) -> None:
        if interactive:
            print(f"\r  {stage}: {done:,}" + (f" of {total:,}" if total else ""), end="", file=sys.stderr, flush=True)

    return progress, interactive


def finish_report(args: argparse.Namespace, report: sales_import.Report, what: str) -> int:
    doc = report.as_dict()
    if args.report:
        args.report.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.json:
        print_json(doc)
    else:
        state = "dry run" if report.dry_run else ("applied" if report.applied else "NOT applied")
        counts = ", ".join(f"{v:,} {k}" for k, v in report.counts.as_dict().items())
        version = f" as import {report.version}" if report.version else ""
        print(
            f"{what} · {report.format} · {state}{version}: {counts}; {report.errors} errors, {report.warnings} warnings"
        )
        problems = report.problems.listed()
        for p in problems[:30]:
            where = (f"row {p.row}" + (f" (line {p.line})" if p.line else "")) if p.row else "file"
            print(f"  {p.severity}: {where} {p.field or ''}: {p.message}")
        if len(problems) > 30:
            print(f"  … {len(problems) - 30} more (use --report FILE)")
    if report.errors and not report.applied:
        return 1
    if report.applied and (report.warnings or report.counts.skipped):
        return 3
    return 0


def do_import(args: argparse.Namespace, settings: Settings) -> int:
    with (
        app_for(settings) as app,
        nullcontext(None) if args.dry_run else signed_in(app, args, "sale import") as me,
    ):
        opts = options(app, args, args.import_store)
        progress, interactive = progress_printer(args)
        report = app.svc.sales.import_sales(
            me, args.source, opts, progress=progress, holder=f"command line on {settings.counter}"
        )
        if interactive:
            print(file=sys.stderr)
    return finish_report(args, report, "sale import")


def _amount(minor: int, currency: str) -> str:
    digits = exponent(currency)
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    return f"{sign}{minor // 10**digits}.{minor % 10**digits:0{digits}d}" if digits else f"{sign}{minor}"


def sale_doc(shown: sales_import.SaleShown, tz: str) -> dict[str, Any]:
    v = shown.view
    cur = v.currency
    doc: dict[str, Any] = {
        "receipt": v.receipt_no,
        "store": v.store_code,
        "channel": v.channel,
        "sold_at": v.sold_at.astimezone(ZoneInfo(tz)).isoformat(),
        "customer": {"id": v.customer_id, "name": v.customer_name} if v.customer_id else None,
        "currency": cur,
        "total": _amount(v.total_minor, cur),
        "tax_included": shown.tax_included,
        "lines": [
            {
                "line": ln.line_no,
                "sku": ln.sku or shown.sku_text.get(ln.id),
                "gtin": shown.gtins.get(ln.id),
                "title": ln.description,
                "qty": ln.quantity,
                "unit_price": _amount(shown.unit_prices.get(ln.id, ln.unit_paid_minor), cur),
                "paid": _amount(ln.line_total_minor, cur),
                "returned": ln.returned,
                "available": ln.available,
            }
            for ln in v.lines
        ],
        "source": shown.source,
        "tenders": [{"kind": k, "amount": _amount(a, cur), "reference": r} for k, a, r in v.tenders],
        "payment_method": shown.payment_method,
        "financial_status": shown.financial_status,
        "fulfilment_status": shown.fulfilment_status,
        "refunded": _amount(v.refunded_minor, cur),
        "refunded_elsewhere": _amount(shown.refunded_elsewhere_minor, cur),
    }
    if shown.refunded_elsewhere_minor and any(ln.unavailable for ln in v.lines):
        doc["note"] = (
            f"{_amount(shown.refunded_elsewhere_minor, cur)} {cur} was refunded in {shown.source or 'the source'} for the "
            "order as a whole; which line came back is not known, so what is left to return is capped by the money left."
        )
    return doc


def do_show(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        try:
            shown = app.svc.sales.show(args.receipt)
        except NotFound as err:
            print(f"posassist: {err}", file=sys.stderr)
            return 1
        tz = shown.timezone or (app.store.timezone if app.store else "UTC")
    doc = sale_doc(shown, tz)
    if args.json:
        print_json(doc)
        return 0
    print(
        f"{doc['receipt']} · {doc['store']} · {doc['channel']} · {doc['sold_at']} · {doc['total']} {doc['currency']}"
        + (" (tax included)" if doc["tax_included"] else "")
    )
    if doc["customer"]:
        print(f"  customer {doc['customer']['id']}: {doc['customer']['name'] or ''}")
    for t in doc["tenders"]:
        print(f"  paid {t['amount']} by {t['kind']}" + (f" ({t['reference']})" if t["reference"] else ""))
    for ln in doc["lines"]:
        print(
            f"  {ln['line']:>3}. {ln['title']} ×{ln['qty']} @ {ln['unit_price']}, paid {ln['paid']}; "
            f"returned {ln['returned']}, available {ln['available']}"
        )
    if "note" in doc:
        print(f"  note: {doc['note']}")
    return 0


def do_history(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        rows = app.svc.sales.history()
    if not rows:
        print("No sale or customer imports yet.")
    for r in rows:
        c = r.counts or {}
        print(
            f"{r.id:5} {r.started_at:%Y-%m-%d %H:%M} {r.kind:9} {r.format:11} +{c.get('created', 0)} "
            f"~{c.get('updated', 0)} ={c.get('unchanged', 0)}  {r.source}"
        )
    return 0
