"""posassist report exceptions|returns|service [--from D] [--to D] [--by associate|counter] [--json]"""

from __future__ import annotations

import argparse
from datetime import date

from posassist.cli.common import app_for, print_json
from posassist.config import Settings
from posassist.domain.money import Money
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services import reports


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-23") from err


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="shift-lead reports")
    cmds = p.add_subparsers(dest="report", required=True)
    for name, helptext in (
        ("exceptions", "approved exceptions and goodwill cost by kind, reason and approver"),
        ("returns", "returns by reason and resolution"),
        ("service", "response time, CSAT and first-visit resolution per channel and associate"),
    ):
        r = cmds.add_parser(name, help=helptext)
        r.add_argument("--from", dest="start", type=_date)
        r.add_argument("--to", dest="end", type=_date)
        r.add_argument("--json", action="store_true")
        if name == "service":
            r.add_argument(
                "--by",
                choices=reports.GROUPINGS,
                action="append",
                help="each associate's or counter's figures beside the store's (repeat for both)",
            )
        r.set_defaults(handler=run_report, which=name, by=None)
    d = cmds.add_parser(
        "day", help="end of day: the closing record in the audit log and a signed checkpoint kept by this counter"
    )
    d.add_argument("--date", type=_date, help="the day to close (default: today)")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=run_day)


def run_day(args: argparse.Namespace, settings: Settings) -> int:
    from posassist.services import audit_keys

    with app_for(settings) as app:
        tz = app.store.timezone if app.store else None
        day = args.date or _today(tz)
        closing = audit_keys.close_day(app.db, app.witness, day, tz)
    if args.json:
        print_json(closing.as_dict())
        return 0
    print(f"Day {closing.day} closed: {closing.entries} audit entries; closing record is entry {closing.seq}.")
    for action, n in closing.by_action.items():
        print(f"  {action:32} {n}")
    cp = closing.checkpoint
    if cp is not None:
        print(f"Checkpoint: entry {cp.seq}, head {cp.hash}")
        print(f"  signed by key {cp.key_id} at {cp.at}: {cp.sig}")
        print(f"  kept in {closing.checkpoint_file}")
    else:
        print("No checkpoint: this counter has no audit signing key (see the log file).")
    return 0


def _today(tz: str | None) -> date:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(tz or "UTC")).date()


def _m(minor: int, currency: str) -> str:
    return Money(minor, currency).format("en_CA")


def _after(a: dict[str, object], currency: str) -> str:
    if not a["customers"]:
        return "no customers"
    share = a["bought_again_share"]
    rating = a["later_rating_average"]
    return (
        f"{a['customers']} customer(s): {share:.0%} bought again, {a['purchases_per_customer']} purchases and "
        f"{_m(int(str(a['spend_per_customer_minor'])), currency)} each, {a['return_visits_per_customer']} return visits each, "
        f"later rating {rating if rating is not None else 'none'} ({a['later_ratings']} rating(s))"
    )


def _outcomes(key: str, value: object, currency: str) -> None:
    """Each override rule with its approvers and what its customers did after; then the comparison."""
    if key == "by_rule":
        print("  by rule:" if value else "  by rule: none")
        for r in value if isinstance(value, list) else []:
            print(f"    {r['kind']} / {r['rule']}: {r['count']} for {_m(r['amount_minor'], currency)}")
            for a in r["approvers"]:
                print(f"      approved by {a['approver']}: {a['count']} for {_m(a['amount_minor'], currency)}")
            print(f"      after: {_after(r['after'], currency)}")
    elif isinstance(value, dict):
        print("  outcome:")
        print(f"    with an exception: {_after(value['with_exception'], currency)}")
        print(f"    without (returned, no exception): {_after(value['without_exception'], currency)}")


def _groups(groups: dict[str, list[dict[str, object]]], store: dict[str, object]) -> None:
    """Each associate's or counter's service figures, the store's beside them."""

    def fig(row: dict[str, object]) -> str:
        rate = row["first_visit_rate"]
        return (
            f"first visit {'—' if rate is None else f'{float(str(rate)):.0%}'} of {row['matters']} matter(s), "
            f"CSAT {row['csat_average'] if row['csat_average'] is not None else '—'} ({row['ratings']}), "
            f"first response {row['first_response_avg_minutes'] if row['first_response_avg_minutes'] is not None else '—'} min, "
            f"{row['interactions']} interaction(s)"
        )

    for by, rows in groups.items():
        print(f"  by {by} (store: {fig(store)}):")
        for row in rows:
            print(f"    {row[by]}: {fig(row)}")


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    if args.start and args.end and args.start > args.end:
        raise UsageError(tr("--from is after --to"))
    with app_for(settings) as app:
        fn = {"exceptions": reports.exceptions, "returns": reports.returns_summary, "service": reports.service}[
            args.which
        ]
        doc = (
            reports.service(app.db, args.start, args.end, by=args.by or ())
            if args.which == "service"
            else fn(app.db, args.start, args.end)
        )
        currency = app.store.currency if app.store else "USD"
    if args.json:
        print_json(doc)
        return 0
    print(f"{args.which} from {doc['from']} to {doc['to']}")
    for key, value in doc.items():
        if key in ("from", "to"):
            continue
        if key in ("by_rule", "outcome"):
            _outcomes(key, value, currency)
            continue
        if key == "groups" and isinstance(value, dict):
            _groups(value, doc["store"])
            continue
        if isinstance(value, list):
            print(f"  {key}:")
            for row in value:
                print(
                    "    " + ", ".join(f"{k}={_m(v, currency) if k.endswith('_minor') else v}" for k, v in row.items())
                )
        elif isinstance(value, dict) and not value:
            print(f"  {key}: none")
        elif isinstance(value, dict):
            print(f"  {key}: " + ", ".join(f"{k}={v}" for k, v in value.items()))
        else:
            print(f"  {key}: {_m(value, currency) if key.endswith('_minor') else value}")
    return 0
