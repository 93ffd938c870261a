"""Plain DB-API reads for the command line's quick answers (a scan looked up per item, by a script
that calls ``posassist lookup CODE`` once for each): no SQLAlchemy, no table classes, no Alembic,
which together cost a start ten times a bare Python's.

A :class:`Reader` opens only an existing database that is exactly at this code's schema head; for
anything else (a new or older database, an unknown URL form, a driver error) :func:`open_reader`
returns None and the caller takes the full path, which migrates, explains and logs as always."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from posassist.db import schema_head
from posassist.private_files import private_sqlite


class Reader:
    """One read-only connection; ``?`` placeholders on both engines."""

    def __init__(self, conn: Any, dialect: str) -> None:
        self._conn, self.dialect = conn, dialect

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if self.dialect == "postgresql":
            sql = sql.replace("?", "%s")
        cur = self._conn.cursor()
        watch = self.dialect == "postgresql"
        if watch:  # a server that answers too late: the connection is cut (db/server_deadline.py)
            from posassist.db.server_deadline import WATCHDOG, server_timeout_ms

            WATCHDOG.arm(self._conn, server_timeout_ms() / 1000)
        try:
            cur.execute(sql, params)
            return list(cur.fetchall())
        finally:
            if watch:
                WATCHDOG.disarm(self._conn)
            cur.close()

    def when(self, value: Any) -> datetime | None:
        """A timestamp column as an aware UTC datetime (SQLite keeps naive UTC text)."""
        if value is None:
            return None
        moment: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

    def close(self) -> None:
        self._conn.close()


def placeholders(n: int) -> str:
    return ", ".join("?" * n)


def _sqlite(path: str) -> Reader | None:
    if not path or path == ":memory:" or "?" in path:
        return None
    try:  # mode=rw: an existing file only, never a new empty one
        conn = sqlite3.connect(f"file:{quote(path)}?mode=rw", uri=True, timeout=10, isolation_level=None)
    except sqlite3.Error:
        return None
    files = [row[2] for row in conn.execute("PRAGMA database_list").fetchall() if row[2]]
    for f in files:  # the file and its -wal/-shm stay private, as the full path keeps them
        private_sqlite(Path(f))
    return Reader(conn, "sqlite")


def _postgresql(url: str) -> Reader | None:
    try:
        import psycopg
    except ImportError:
        return None
    try:
        from posassist.db.server_deadline import server_timeout_ms

        ms = server_timeout_ms()  # a server that is away: the full path answers from the local copy
        conn = psycopg.connect(
            url,
            connect_timeout=2,
            application_name="posassist",
            autocommit=True,
            options=f"-c statement_timeout={ms}",
        )
    except psycopg.Error:
        return None
    conn.read_only = True
    return Reader(conn, "postgresql")


def open_reader(url: str) -> Reader | None:
    """A reader for ``url`` when the database is there and at this code's head, else None."""
    if url.startswith("sqlite:///"):
        reader = _sqlite(url[len("sqlite:///") :])
    elif url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        reader = _postgresql("postgresql://" + url.split("://", 1)[1])
    else:
        return None
    if reader is None:
        return None
    try:
        revisions = reader.rows("SELECT version_num FROM alembic_version")
    except Exception:  # no schema yet, not a database file, no rights: the full path explains
        reader.close()
        return None
    head = schema_head.head_revision()
    if head is None or [r[0] for r in revisions] != [head]:
        reader.close()
        return None
    return reader
