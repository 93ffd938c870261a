"""posassist offline status|upload|review|resolve: what this counter did while the server was
away (issue #21). ``upload`` sends the journal now (it also goes by itself when the server is
back); a shift lead reviews every offline transaction before the day can be closed."""

from __future__ import annotations

import argparse
import sys

from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("offline", help="what this counter did while the server was away: send it, review it")
    cmds = p.add_subparsers(dest="offline_command", required=True)
    st = cmds.add_parser("status", help="online or not, journal entries not sent yet, transactions to review")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=do_status)
    up = cmds.add_parser("upload", help="send the journal to the server now (each entry once)")
    up.add_argument("--json", action="store_true")
    up.set_defaults(handler=do_upload)
    rv = cmds.add_parser("review", help="the offline transactions waiting for a shift lead (conflicts first)")
    rv.add_argument("--all", action="store_true", help="reviewed ones too")
    rv.add_argument("--json", action="store_true")
    rv.set_defaults(handler=do_review)
    rs = cmds.add_parser("resolve", help="mark one offline transaction reviewed, with what was done about it")
    rs.add_argument("id", type=int, help="the number 'offline review' shows")
    rs.add_argument("--note", required=True, help="what was done (kept with the transaction, audited)")
    rs.add_argument("--json", action="store_true")
    rs.set_defaults(handler=do_resolve)


def do_status(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        st = app.svc.offline.status()
    if args.json:
        print_json(st.as_dict())
        return 0
    if not st.has_local_copy:
        print(tr("This counter has no local copy (it works on its database directly)."))
    else:
        print(tr("Online") if st.online else tr("Offline since {t}", t=st.offline_since))
        print(tr("Journal entries not sent yet: {n}", n=st.pending))
    if st.to_review is None:
        print(tr("Offline transactions to review: unknown (the server does not answer)"))
    else:
        print(tr("Offline transactions to review: {n} ({c} conflicts)", n=st.to_review, c=st.conflicts))
    return 0


def do_upload(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "offline upload") as me:
        report = app.svc.offline.upload(me)
    if args.json:
        print_json(report.as_dict())
    else:
        print(
            tr(
                "Sent {sent}, already there {skipped}, conflicts for review {conflicts}, audit entries merged {audit}, "
                "left {pending} ({seconds:.1f} s)",
                sent=report.sent,
                skipped=report.skipped,
                conflicts=report.conflicts,
                audit=report.audit_merged,
                pending=report.pending,
                seconds=report.seconds,
            )
        )
    return 0 if report.pending == 0 else 1


def do_review(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        rows = app.svc.offline.review(include_reviewed=args.all)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(tr("Nothing to review."))
    for r in rows:
        mark = tr("CONFLICT") if r.conflict else tr("applied")
        print(f"{r.id}  {mark}  {r.recorded_at:%Y-%m-%d %H:%M}  {r.counter}  {r.call}  {r.staff or '-'}  {r.summary}")
        if r.problem:
            print(f"    {r.problem}")
        if r.resolution:
            print(f"    {tr('reviewed')}: {r.reviewed_by} — {r.resolution}")
    return 0


def do_resolve(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "offline resolve") as me:
        item = app.svc.offline.resolve(me, args.id, args.note)
    if args.json:
        print_json(item.as_json())
    else:
        sys.stdout.write(tr("Offline transaction {id} reviewed.", id=item.id) + "\n")
    return 0
