"""Helpers shared by the command modules."""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from posassist.bootstrap import App, build_app
from posassist.config import Settings
from posassist.errors import PosassistError, StorageError, UsageError
from posassist.i18n import tr
from posassist.services import sessions
from posassist.services.auth import Auth
from posassist.services.dto import StaffSession


@contextmanager
def app_for(settings: Settings, *, migrate_to_head: bool = True) -> Iterator[App]:
    app = build_app(settings, migrate_to_head=migrate_to_head)
    try:
        yield app
    finally:
        app.close()


def print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _read_pin(args: Any) -> str:
    """The PIN of the person named by --as: from --pin-file (owner-only), else asked without echo
    on a terminal, else the first line of standard input."""
    path = getattr(args, "pin_file", None)
    if path:
        p = Path(path)
        try:
            mode = p.stat().st_mode
            if mode & 0o077:
                raise UsageError(
                    tr(
                        "{path} can be read by others; make it private first (chmod 600 {path}).",
                        path=p,
                    )
                )
            lines = p.read_text(encoding="utf-8").splitlines()
            return lines[0] if lines else ""
        except OSError as err:
            raise UsageError(tr("Cannot read the PIN file {path}: {err}", path=p, err=err.strerror)) from err
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(tr("PIN for {code}: ", code=args.as_code))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _has_staff(app: App) -> bool:
    try:
        return bool(app.svc.staff.list())
    except StorageError:  # no schema yet (a database being restored or set up)
        return False


@contextmanager
def signed_in(app: App, args: Any, what: str) -> Iterator[StaffSession]:
    """The session of the person named by ``--as`` (PIN checked, lockout applies, the same
    permission table as the window); on a database with no staff yet, the set-up session.
    The session ends when the command does."""
    code = getattr(args, "as_code", None)
    if not code:
        if not _has_staff(app):
            yield sessions.setup_session(counter=_machine())
            return
        raise PosassistError(
            tr(
                "{what} changes data: say who you are with --as CODE (or POSASSIST_AS); the PIN is asked, read from standard input or from --pin-file.",
                what=what,
            )
        )
    pin = _read_pin(args)
    auth = Auth(app.db, counter=_machine(), tz_name=app.store.timezone if app.store else None)
    session = auth.sign_in(code, pin, via="cli")
    try:
        yield session
    finally:
        auth.sign_out(session)


def _machine() -> str:
    """The machine (and the user on it) that ran the command, for the audit log."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return f"cli:{user}@{socket.gethostname()}"[:100]
