"""One read-only statement in one round trip to the server (the look-up's scan -> card).

The engine's pool pings a connection before handing it out (``pool_pre_ping``): one more round
trip, as long as the statement itself on a local server. Here the statement goes out without
the ping; a connection the server had dropped fails it as a disconnect, SQLAlchemy throws that
connection away, and the statement is sent once more on a pinged connection. A read-only
statement run twice answers the same, so nobody sees the dead connection.

Nothing else changes: the statement still goes through SQLAlchemy's events (the server deadlines
of db/server_deadline.py, statement counters), outside a transaction (autocommit: one statement
is one snapshot, no BEGIN and no ROLLBACK around it)."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from sqlalchemy import Engine, exc

_NO_PING: ContextVar[bool] = ContextVar("posassist_no_ping", default=False)


def _install(engine: Engine) -> None:
    """Let this thread's next checkout skip the pool's ping (idempotent, once per engine)."""
    if getattr(engine, "_posassist_one_trip", False):
        return
    dialect = engine.dialect
    ping = dialect.do_ping

    def do_ping(dbapi_conn: Any) -> bool:
        return True if _NO_PING.get() else bool(ping(dbapi_conn))

    setattr(dialect, "do_ping", do_ping)  # noqa: B010 - replaces a method on this engine's dialect only
    vars(engine)["_posassist_one_trip"] = True


def _run(engine: Engine, sql: str, params: dict[str, Any], *, ping: bool) -> Any:
    token = _NO_PING.set(not ping)
    try:
        conn = engine.connect()
    finally:
        _NO_PING.reset(token)
    with conn.execution_options(isolation_level="AUTOCOMMIT") as c:
        return c.exec_driver_sql(sql, params).first()


def first_row(engine: Engine, sql: str, params: dict[str, Any]) -> Any:
    """The first row of ``sql`` (read-only, DB-API placeholders), or None."""
    _install(engine)
    try:
        return _run(engine, sql, params, ping=False)
    except exc.DBAPIError as err:
        if not err.connection_invalidated:
            raise
    return _run(engine, sql, params, ping=True)  # that connection was dead: once more, pinged
