"""posassist audit verify [--json] | checkpoint [--json] | key show|list|add|rotate|revoke"""

from __future__ import annotations

import argparse

from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.services import audit_keys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="the tamper-evident audit log")
    cmds = p.add_subparsers(dest="audit_command", required=True)
    v = cmds.add_parser(
        "verify", help="check the hash chain, the signatures and this counter's checkpoints; names the first bad entry"
    )
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=verify)
    c = cmds.add_parser("checkpoint", help="write the log's head, signed, to this counter's checkpoint file")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=checkpoint)
    k = cmds.add_parser("key", help="audit signing keys")
    keys = k.add_subparsers(dest="key_command", required=True)
    keys.add_parser("show", help="this counter's public key (to register it)").set_defaults(handler=key_show)
    ls = keys.add_parser("list", help="the registered public keys")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=key_list)
    a = keys.add_parser("add", help="register a counter's public key (admin; this counter's own when none is given)")
    a.add_argument("public_key", nargs="?")
    a.add_argument("--name", default="", help="which counter it is (default: this counter's name)")
    a.set_defaults(handler=key_add)
    r = keys.add_parser("rotate", help="give this counter a new key, registered with the old one's signature (admin)")
    r.add_argument("--name", default="", help="the counter's name for the new key (default: as before)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=key_rotate)
    rv = keys.add_parser("revoke", help="a lost or stolen key: what it signs from now on is refused by verify (admin)")
    rv.add_argument("key_id")
    rv.add_argument("--reason", required=True, help="why, in a few words (kept in the audit log)")
    rv.add_argument("--json", action="store_true")
    rv.set_defaults(handler=key_revoke)


def verify(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        result = app.svc.audit.verify()
    if args.json:
        print_json(result.as_dict())
    elif result.ok:
        how = f", {result.signed} signed" if result.keys else " (unsigned: no signing key is registered)"
        seen = f"; {result.checkpoints} checkpoints of this counter agree" if result.checkpoints else ""
        print(f"Audit log intact: {result.entries} entries{how}{seen}.")
    else:
        print(f"Audit log BROKEN at entry {result.first_bad_seq} (id {result.first_bad_id}): {result.problem}")
    for w in result.warnings:
        print(f"also: {w}")
    return 0 if result.ok else 1


def _witness(app: object) -> audit_keys.AuditWitness:
    witness = getattr(app, "witness", None)
    if witness is None:
        raise PosassistError(
            tr(
                "This counter has no audit signing key (see the log file); check POSASSIST_CONFIG_DIR or POSASSIST_AUDIT_KEY."
            )
        )
    return witness  # type: ignore[no-any-return]


def checkpoint(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        cp = _witness(app).checkpoint(app.db, "command")
        path = _witness(app).file.path
    if args.json:
        print_json({**cp.as_dict(), "file": str(path)})
    else:
        print(f"Checkpoint: entry {cp.seq}, head {cp.hash}, signed by {cp.key_id} at {cp.at} ({path}).")
    return 0


def key_show(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        w = _witness(app)
    print(f"{w.key.public_hex}  key {w.key.key_id} ({w.key.where})")
    return 0


def key_list(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        rows = audit_keys.list_keys(app.db)
    if args.json:
        print_json([_key_json(r) for r in rows])
    else:
        for r in rows:
            state = (
                f"; revoked at entry {r.revoked_seq} ({r.reason})"
                if r.revoked_seq is not None
                else (f"; replaced by {r.replaced_by}" if r.replaced_by else "")
            )
            print(f"{r.key_id}  {r.name:24} added at entry {r.added_seq}{state}")
    return 0


def _key_json(r: audit_keys.KeyRow) -> dict[str, object]:
    return {
        "key_id": r.key_id,
        "public_key": r.public_key,
        "name": r.name,
        "added_seq": r.added_seq,
        "revoked_seq": r.revoked_seq,
        "reason": r.reason or None,
        "replaced_by": r.replaced_by,
    }


def key_rotate(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "audit key rotate") as me:
        old, new = audit_keys.rotate_key(app.db, me, _witness(app), name=args.name)
    if args.json:
        print_json({"old": _key_json(old), "new": _key_json(new)})
    else:
        print(
            f"This counter now signs with key {new.key_id} (registered at entry {new.added_seq}); "
            f"key {old.key_id} stays valid for what it signed. Revoke it if it may have been copied: "
            f"posassist audit key revoke {old.key_id} --reason ..."
        )
    return 0


def key_revoke(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "audit key revoke") as me:
        row = audit_keys.revoke_key(app.db, me, key_id=args.key_id, reason=args.reason, own=_witness(app).key)
    if args.json:
        print_json(_key_json(row))
    else:
        print(f"Revoked audit key {row.key_id} ({row.name}) at entry {row.revoked_seq}: {row.reason}.")
    return 0


def key_add(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app, signed_in(app, args, "audit key add") as me:
        w = _witness(app)
        public = args.public_key or w.key.public_hex
        name = args.name or (settings.counter if not args.public_key else "")
        row = audit_keys.add_key(app.db, me, public_hex=public, name=name, own=w.key)
    print(f"Registered audit key {row.key_id} ({row.name}) at entry {row.added_seq}.")
    return 0
