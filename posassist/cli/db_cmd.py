"""posassist db upgrade | current | check | backup PATH | restore PATH --yes"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from posassist.cli.common import app_for, signed_in
from posassist.config import Settings
from posassist.db import backup, migrate, roles
from posassist.domain.permissions import Action
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services import audit, customer_records, erasure, restore_log, sessions


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database maintenance")
    cmds = p.add_subparsers(dest="db_command", required=True)
    up = cmds.add_parser("upgrade", help="back up, then migrate the database to this version's schema")
    up.add_argument(
        "--owner-url",
        help="PostgreSQL: connect as the schema's owner for the migration (POSASSIST_OWNER_DATABASE_URL); "
        "the counters' role of --database-url then gets only the rows it needs",
    )
    up.add_argument("--grant-to", metavar="ROLE", help="PostgreSQL: the counters' role (POSASSIST_COUNTER_ROLE)")
    up.set_defaults(handler=upgrade)
    cmds.add_parser("current", help="print the schema revision").set_defaults(handler=current)
    cmds.add_parser("check", help="integrity, foreign keys, schema revision and audit chain").set_defaults(
        handler=check
    )
    b = cmds.add_parser("backup", help="online backup (safe while counters are writing)")
    b.add_argument("path", type=Path)
    b.set_defaults(handler=do_backup)
    r = cmds.add_parser("restore", help="replace the database with a backup")
    r.add_argument("path", type=Path)
    r.add_argument("--yes", action="store_true", help="confirm: the current data is replaced")
    r.set_defaults(handler=do_restore)


def upgrade(args: argparse.Namespace, settings: Settings) -> int:
    owner_url = getattr(args, "owner_url", None) or settings.owner_database_url
    grant_to = getattr(args, "grant_to", None) or settings.counter_role
    if owner_url and not grant_to and roles.role_of(owner_url) != roles.role_of(settings.database_url):
        grant_to = roles.role_of(settings.database_url)  # the counters connect as --database-url's user
    if owner_url:
        settings = dataclasses.replace(settings, database_url=owner_url)
    with app_for(settings, migrate_to_head=False) as app:
        before = migrate.state(app.db.engine)
        after = migrate.upgrade(
            app.db.engine, where=app.db.where, backup_dir=settings.backup_dir, backup_keep=settings.backup_keep
        )
        if grant_to:
            if app.db.dialect != "postgresql":
                raise UsageError(tr("--grant-to is for PostgreSQL; an SQLite file has no roles."))
            roles.grant_counters(app.db.engine, grant_to)
    if before.revision == after.revision:
        print(f"Already at schema {after.revision}.")
    else:
        print(f"Migrated from {before.revision or 'an empty database'} to {after.revision}.")
    if grant_to:
        print(f"Counters' role {grant_to}: rows only (no DDL, no triggers); the audit log SELECT and INSERT only.")
    return 0


def current(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings, migrate_to_head=False) as app:
        st = migrate.state(app.db.engine)
    print(f"{st.revision or 'none'} ({st.status}; this posassist needs {st.head})")
    return 0


def check(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings, migrate_to_head=False) as app:
        st = migrate.state(app.db.engine)
        problems = [] if st.ok else [f"schema is {st.revision or 'none'} ({st.status}); expected {st.head}"]
        problems += migrate.integrity_problems(app.db.engine)
        if st.ok:
            result = app.svc.audit.verify() if app.witness is not None else audit.verify(app.db)
            if not result.ok:
                problems.append(f"audit log: {result.problem}")
    for line in problems:
        print(f"problem: {line}")
    if not problems:
        print(f"ok: schema {st.revision}, integrity and audit chain intact")
    return 1 if problems else 0


def do_backup(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings, migrate_to_head=False) as app:
        dest = backup.backup(app.db.url, args.path.resolve())
    print(f"Backed up to {dest}")
    return 0


def do_restore(args: argparse.Namespace, settings: Settings) -> int:
    if not args.yes:
        raise UsageError(tr("Restoring replaces all current data; run again with --yes to confirm."))
    with app_for(settings, migrate_to_head=False) as app, signed_in(app, args, "db restore") as me:
        sessions.check(app.db, me, Action.DB_RESTORE)
        with app.db.read() as s:
            discarded = audit.head(s)
            erased = erasure.erased_ids(s)  # a restore never brings an erased person back
        erased |= erasure.ledger_ids({settings.backup_dir, args.path.resolve().parent})
        app.db.dispose()
        backup.restore(app.db.url, args.path.resolve())
        if app.db.dialect == "sqlite":  # an older backup: bring its schema up before recording
            migrate.upgrade(app.db.engine, where=app.db.where, backup_dir=None, backup_keep=0)
        entry = restore_log.record_restore(app.db, me, args.path.resolve(), discarded)
        again = customer_records.reapply_erasures(app.db, erased, actor_id=None, where=me.counter)
        if app.witness is not None:
            app.witness.checkpoint(app.db, "restore")
    print(f"Restored from {args.path}; recorded as audit entry {entry}.")
    if again:
        print(f"Erased again: {len(again)} customer(s) erased after this backup was taken.")
    return 0
