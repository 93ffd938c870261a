"""When the server is "not there for us" (gone, unreachable, too slow) rather than refusing a
statement, and the error a unit of work raises then (db/failover.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exc

from posassist.errors import StorageError
from posassist.i18n import tr

# SQLSTATEs that say "the server is not there for us" rather than "this statement is wrong"
_GONE_STATES = ("57014", "57P01", "57P02", "57P03", "53300")


class ServerUnavailable(StorageError):
    """The server did not answer (in time). ``ambiguous``: it went away at COMMIT, so what was
    being saved may or may not be there."""

    def __init__(self, message: Any, *, ambiguous: bool = False) -> None:
        super().__init__(message)
        self.ambiguous = ambiguous


def server_gone(err: BaseException) -> bool:
    """A driver error that means the server is unreachable, gone or too slow."""
    if isinstance(err, exc.DBAPIError):
        if err.connection_invalidated:
            return True
        orig = err.orig
        state = getattr(orig, "sqlstate", None) or ""
        if state.startswith("08") or state in _GONE_STATES:
            return True
        if isinstance(err, exc.OperationalError) and state == "":
            return True  # refused, timed out, closed: psycopg gives these no SQLSTATE
    return isinstance(err, exc.TimeoutError | ConnectionError | TimeoutError)


def ambiguous_message() -> Any:
    return tr(
        "The server stopped answering while this was being saved, so it may or may not have been "
        "saved there. Nothing is lost: look again (this counter now works from its local copy) and "
        "do it again if it is not there."
    )
