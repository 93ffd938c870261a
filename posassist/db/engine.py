"""Engine set-up for both engines and translation of driver errors into clear messages."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url

from posassist.db.stored_time import sqlite_text
from posassist.errors import StorageError
from posassist.i18n import tr
from posassist.private_files import private_sqlite

SUPPORTED = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg"}
BUSY_TIMEOUT_MS = 10_000


def busy_timeout_ms() -> int:
    """How long a writer waits for another (POSASSIST_BUSY_TIMEOUT_MS; default 10 s)."""
    try:
        return max(0, int(os.environ.get("POSASSIST_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except exc.ArgumentError as err:
        raise StorageError(
            tr("'{url}' is not a database URL; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB", url=url)
        ) from err
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise StorageError(
            tr(
                "Database URL scheme '{drivername}' is not supported; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB",
                drivername=parsed.drivername,
            )
        )
    if backend == "postgresql" and parsed.drivername != "postgresql+psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself (see _sqlite_begin): pysqlite's own transaction
    # handling would send a deferred BEGIN that fails at once with two writers.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        files = [Path(row[2]) for row in cur.execute("PRAGMA database_list").fetchall() if row[2]]
        for f in files:  # the file and its -wal/-shm (SQLite gives those the file's own mode)
            private_sqlite(f)
        cur.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")  # erased data is overwritten, not left in free pages
        mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and mode[0].lower() not in ("wal", "memory"):
            raise sqlite3.OperationalError(f"cannot switch to WAL (journal mode is {mode[0]})")
        cur.execute("PRAGMA synchronous = FULL")  # money: a committed refund survives power loss
        for f in files:
            private_sqlite(f)
    finally:
        cur.close()


def _sqlite_begin(conn: Any) -> None:
    # Every transaction reserves the write lock up front: BEGIN IMMEDIATE waits (busy timeout)
    # for another writer instead of failing with "database is locked" half-way through.
    # Read-only work passes execution_options(posassist_readonly=True) to take a plain BEGIN.
    if conn.get_execution_options().get("posassist_readonly"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# a time handed to sqlite3 directly (bulk inserts of plain tuples) stored as UTCDateTime stores it
sqlite3.register_adapter(datetime, sqlite_text)


def build_engine(url: str, *, pool_size: int = 5, echo: bool = False) -> Engine:
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, echo=echo, connect_args={"timeout": busy_timeout_ms() / 1000})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(
        parsed,
        echo=echo,
        pool_size=pool_size,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "posassist", "options": _pg_options(parsed)},
    )


def _pg_options(parsed: URL) -> str:
    """The server options of every connection, after any the URL gives. synchronize_seqscans off:
    on a table larger than a quarter of shared_buffers a scan otherwise starts where another one
    (or the last limited one) stopped, so the same type-ahead query would hand over a different
    first window, and so a different page, each time it ran."""
    given = parsed.query.get("options")
    given = given[-1] if isinstance(given, tuple) else given
    return " ".join(filter(None, [given, "-c synchronize_seqscans=off"]))


def describe(url: str) -> str:
    """The URL without its password, for the status bar and messages."""
    try:
        return parse_url(url).render_as_string(hide_password=True)
    except StorageError:
        return url


def storage_error(err: BaseException, url: str) -> StorageError:
    """Translate a driver error into one line that says what and what to do."""
    text = str(getattr(err, "orig", None) or err)
    low = text.lower()
    where = describe(url)
    if "file is not a database" in low:
        return StorageError(
            tr(
                "{where} is not a posassist database (not an SQLite file, or damaged); nothing was changed: move it away or use --data-dir with another folder.",
                where=where,
            )
        )
    if "malformed" in low or "disk image" in low:
        return StorageError(
            tr(
                "The database {where} is damaged ({text}); restore a backup with 'posassist db restore'.",
                where=where,
                text=text,
            )
        )
    if (
        "database is locked" in low
        or "database table is locked" in low
        or "deadlock detected" in low
        or "could not serialize access" in low
        or "lock timeout" in low
    ):
        return StorageError(
            tr(
                "The database {where} is busy (another counter or program holds a lock); wait a moment and try again, or close the other program.",
                where=where,
            ),
            retryable=True,
        )
    if "readonly" in low or "read-only" in low or "attempt to write" in low:
        return StorageError(tr("The database {where} is read-only; give posassist write access to it.", where=where))
    if "unable to open database" in low:
        return StorageError(
            tr("Cannot open the database {where}; check that the folder exists and is writable.", where=where)
        )
    if "disk" in low and "full" in low:
        return StorageError(tr("The disk holding {where} is full; free some space and try again.", where=where))
    if "password authentication failed" in low or ("role" in low and "does not exist" in low):
        return StorageError(
            tr("PostgreSQL refused the login for {where}; check the user and password in the URL.", where=where)
        )
    if "database" in low and "does not exist" in low:
        return StorageError(
            tr("The PostgreSQL database in {where} does not exist; ask the admin to create it.", where=where)
        )
    if "connection" in low or "could not connect" in low or "timeout" in low or "server closed" in low:
        return StorageError(
            tr(
                "Cannot reach the database server at {where}; check that PostgreSQL is running and the URL is right.",
                where=where,
            )
        )
    return StorageError(
        tr(
            "The database {where} could not be used: {splitlines!r}",
            where=where,
            splitlines=text.splitlines()[0] if text else err,
        )
    )
