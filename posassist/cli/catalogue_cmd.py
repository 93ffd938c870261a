"""posassist catalogue import SOURCE … | catalogue history | catalogue rollback [VERSION]"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext
from pathlib import Path

from posassist.cli.common import app_for, print_json, printable, signed_in
from posassist.config import Settings
from posassist.domain.money import is_currency
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services import catalogue_sync
from posassist.services.catalogue_sync.diff_words import change_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("catalogue", help="import, history and rollback of the product catalogue")
    cmds = p.add_subparsers(dest="catalogue_command", required=True)
    i = cmds.add_parser("import", help="import a catalogue file or URL (dry run with --dry-run)")
    i.add_argument("source", help="a file path or an http(s) URL")
    i.add_argument("--format", default="auto", choices=["auto", "csv", "json", "shopify", "google", "woocommerce"])
    i.add_argument("--currency", help="currency of prices without one (default: the store's)")
    i.add_argument("--full", action="store_true", help="deactivate what the file no longer lists")
    i.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    i.add_argument("--skip-invalid", action="store_true", help="apply the valid rows and skip rows with errors")
    i.add_argument("--report", type=Path, help="write the JSON report to this file")
    i.add_argument("--json", action="store_true", help="print the JSON report")
    i.add_argument("--diff", action="store_true", help="show every change field by field (in the JSON: 'changes')")
    i.add_argument("--yes", action="store_true", help="confirm a full sync that deactivates most of the catalogue")
    i.set_defaults(handler=do_import)
    cmds.add_parser("history", help="imported versions").set_defaults(handler=do_history)
    r = cmds.add_parser("rollback", help="restore the catalogue as it was before a version (default: the latest)")
    r.add_argument("version", nargs="?", type=int)
    r.set_defaults(handler=do_rollback)


def do_import(args: argparse.Namespace, settings: Settings) -> int:
    with (
        app_for(settings) as app,
        nullcontext(None) if args.dry_run else signed_in(app, args, "catalogue import") as me,
    ):
        currency = (args.currency or (app.store.currency if app.store else "USD")).upper()
        if not is_currency(currency):
            raise UsageError(
                tr("--currency {currency} is not a currency code (e.g. CAD, EUR).", currency=args.currency)
            )
        interactive = sys.stderr.isatty() and not args.json

        def progress(stage: str, done: int, total: int) -> None:
            if interactive:
                print(
                    f"\r  {stage}: {done:,}" + (f" of {total:,}" if total else ""), end="", file=sys.stderr, flush=True
                )

        opts = catalogue_sync.Options(
            format=args.format,
            currency=currency,
            full=args.full,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            confirm_full=args.yes,
            store_id=app.store.id if app.store else None,
            mapping=app.svc.catalogue.saved_mapping(args.source),
        )  # saved in the import window
        report = app.svc.catalogue.apply(
            me,
            args.source,
            opts,
            backup_dir=settings.backup_dir,
            progress=progress,
            holder=f"command line on {settings.counter}",
        )
        if interactive:
            print(file=sys.stderr)
    doc = report.as_dict(diff=args.diff)
    if args.report:
        args.report.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.json:
        print_json(doc)
    else:
        c = report.counts
        state = "dry run" if report.dry_run else ("applied" if report.applied else "NOT applied")
        print(
            f"{report.format} · {state}{f' as version {report.version}' if report.version else ''}: {c.rows:,} rows, "
            f"{c.products:,} products, {c.variants:,} variants; {c.created:,} new, {c.updated:,} changed, "
            f"{c.unchanged:,} unchanged, {c.deactivated:,} deactivated, {c.skipped:,} skipped; "
            f"{report.errors} errors, {report.warnings} warnings"
        )
        if args.diff:
            _print_diff(report)
        for p in report.problems[:30]:
            where = f"row {p.row}" + (f" (line {p.line})" if p.line else "") if p.row else "file"
            print(f"  {p.severity}: {where} {p.field or ''}: {p.message}")
        if len(report.problems) > 30:
            print(f"  … {len(report.problems) - 30} more (use --report FILE)")
    if report.errors and not report.applied:
        return 1
    if report.applied and (report.warnings or report.counts.skipped):
        return 3
    return 0


def _print_diff(report: catalogue_sync.Report) -> None:
    """Each change in the associate's words: 'updated  TR-40  Trail Runner: price: 119.00 → 129.00'."""
    words = {"created": tr("new"), "updated": tr("changed"), "deactivated": tr("deactivated")}
    for c in report.changes:
        what = change_text(c)
        print(
            printable(
                f"  {words.get(c.action, c.action):12} {c.sku or '—':20} {c.title}" + (f": {what}" if what else "")
            )
        )
    shown = report.counts.created + report.counts.updated + report.counts.deactivated
    if shown > len(report.changes):
        print(tr("  … {more:,} more changes (the counts above cover them all)", more=shown - len(report.changes)))


def do_history(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        rows = app.svc.catalogue.history()
    if not rows:
        print("No catalogue imports yet.")
    for r in rows:
        c = r.counts or {}
        print(
            f"{r.id:5} {r.started_at:%Y-%m-%d %H:%M} {r.status:12} {r.format:8} +{c.get('created', 0)} "
            f"~{c.get('updated', 0)} -{c.get('deactivated', 0)}  {r.source}"
        )
    return 0


def do_rollback(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "catalogue rollback") as me:
        undone = app.svc.catalogue.rollback(me, args.version)
    print(f"Rolled back version(s) {', '.join(map(str, undone))}; the catalogue is as it was before.")
    return 0
