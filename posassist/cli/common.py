"""Helpers shared by the command modules."""

from __future__ import annotations

import functools
import json
import os
import re
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from posassist.config import Settings
from posassist.errors import PosassistError, StorageError, UsageError
from posassist.i18n import tr

if TYPE_CHECKING:  # imported when a command opens the database: `posassist --help` stays light
    from posassist.bootstrap import App
    from posassist.services.dto import StaffSession


@contextmanager
def app_for(settings: Settings, *, migrate_to_head: bool = True) -> Iterator[App]:
    from posassist.bootstrap import build_app

    app = build_app(settings, migrate_to_head=migrate_to_head)
    try:
        yield app
        local_copy_notice(app)
    finally:
        app.close()


def local_copy_notice(app: App) -> None:
    """On stderr, when the local copy answered because the server did not (CLI.md)."""
    if app.services is None and not getattr(app.db, "local_copy", None):
        return
    conn = app.svc.connection
    if not conn.answered_locally():
        return
    st = conn.status()
    if st.copy_age is None:
        age = tr("of unknown age")
    else:
        minutes = int(st.copy_age.total_seconds() // 60)
        age = (
            tr("{n} s old", n=int(st.copy_age.total_seconds()))
            if minutes < 1
            else tr("{n} min old", n=minutes)
            if minutes < 120
            else tr("{n} h old", n=minutes // 60)
        )
    print(
        tr(
            "posassist: the server at {where} did not answer; answered from this counter's local copy ({age}).",
            where=st.server,
            age=age,
        ),
        file=sys.stderr,
    )


# -- what reaches a terminal: never a control sequence from a file or a typed value -----------

_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, clear screen, colours
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, …
    r"|\x1b[ -/]*[0-~]?"  # any other escape
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and line feed, DEL, C1
_C1 = re.compile(r"[\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` as it may reach a terminal: ANSI escape sequences and C0/C1 control characters
    removed (tab and line feed kept; a carriage return only at the very start, the progress line)."""
    if text.isprintable():
        return text
    lead = "\r" if text.startswith("\r") else ""
    return lead + _CONTROLS.sub("", _ESCAPES.sub("", text[len(lead) :]))


class _Printable:
    """A text stream that writes only what :func:`printable` lets through."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


F = TypeVar("F", bound=Callable[..., Any])


def printable_output(fn: F) -> F:
    """Run ``fn`` with standard output and error passed through :func:`printable`: every print
    path of the command line, whatever it prints (a header name from a file, an error message)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        out, err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = _Printable(out), _Printable(err)
        try:
            return fn(*args, **kwargs)
        finally:
            sys.stdout, sys.stderr = out, err

    return wrapper  # type: ignore[return-value]


def print_json(doc: Any) -> None:
    """JSON stays JSON: json escapes C0 control characters; C1 ones are escaped here too."""
    text = json.dumps(doc, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


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
        import getpass

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
            from posassist.services import sessions

            yield sessions.setup_session(counter=_machine())
            return
        raise PosassistError(
            tr(
                "{what} changes data: say who you are with --as CODE (or POSASSIST_AS); the PIN is asked, read from standard input or from --pin-file.",
                what=what,
            )
        )
    from posassist.services.auth import Auth

    pin = _read_pin(args)
    auth = Auth(app.db, counter=_machine(), tz_name=app.store.timezone if app.store else None, witness=app.witness)
    session = auth.sign_in(code, pin, via="cli")
    for warning in session.warnings:  # the audit checkpoints did not match: say so, then go on
        print(tr("warning: {warning}", warning=warning), file=sys.stderr)
    try:
        yield session
    finally:
        auth.sign_out(session)
        auth.checkpoint("cli")


def _machine() -> str:
    """The machine (and the user on it) that ran the command, for the audit log."""
    try:
        import getpass

        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return f"cli:{user}@{socket.gethostname()}"[:100]
