import sqlite3

import pytest

from posassist.db.engine import build_engine, parse_url
from posassist.db.session import Database
from posassist.errors import StorageError


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'p.db'}")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


def test_write_transactions_take_the_write_lock_at_begin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """BEGIN IMMEDIATE: while one unit of work is open, another writer cannot start."""
    path = tmp_path / "w.db"
    db = Database(f"sqlite:///{path}")
    with db.engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with db.transaction() as s:
        s.connection()  # nothing written yet, only begun
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    # readers are not blocked by a writer
    with db.transaction() as s:
        s.connection()
        assert other.execute("SELECT count(*) FROM t").fetchone() == (0,)
    with db.read() as s:
        s.connection()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()
    db.dispose()


@pytest.mark.parametrize("url", ["mysql://x/y", "oracle://u@h/db", "nonsense", "http://example.com/db"])
def test_unsupported_urls_are_refused_clearly(url: str) -> None:
    with pytest.raises(StorageError, match="not supported|not a database URL"):
        parse_url(url)


def test_postgresql_urls_use_psycopg3() -> None:
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert build_engine("postgresql://u@127.0.0.1:1/db").dialect.driver == "psycopg"


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_postgresql_scans_do_not_synchronize_and_the_urls_options_stay(fresh_url: str) -> None:
    """A scan of a large table must start at its beginning each time (the same type-ahead query,
    the same page); options the URL gives are kept beside ours."""
    from sqlalchemy import text

    from posassist.db.engine import build_engine

    with_options = fresh_url + ("&" if "?" in fresh_url else "?") + "options=-c%20work_mem%3D7MB"
    for url, work_mem in ((fresh_url, None), (with_options, "7MB")):
        engine = build_engine(url)
        try:
            with engine.connect() as c:
                assert c.execute(text("SHOW synchronize_seqscans")).scalar() == "off"
                if work_mem:
                    assert c.execute(text("SHOW work_mem")).scalar() == work_mem
        finally:
            engine.dispose()


def test_a_time_handed_to_sqlite3_directly_is_stored_as_the_orm_stores_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta, timezone

    engine = build_engine(f"sqlite:///{tmp_path / 't.db'}")
    raw = engine.raw_connection()
    try:
        raw.execute("CREATE TABLE t (at TEXT)")
        toronto = datetime(2026, 3, 4, 10, 11, 12, tzinfo=timezone(timedelta(hours=-5)))
        raw.executemany("INSERT INTO t VALUES (?)", [(toronto,), (datetime(2026, 3, 4, 15, 11, 12),)])
        got = [r[0] for r in raw.execute("SELECT at FROM t")]
    finally:
        raw.close()
        engine.dispose()
    # UTC, without its offset, always with microseconds (sqlite3's own adapter kept -05:00 and
    # dropped the zero microseconds); a naive time is taken to be UTC already
    assert got == ["2026-03-04 15:11:12.000000", "2026-03-04 15:11:12.000000"]
    assert datetime(2026, 3, 4, 15, 11, 12, tzinfo=UTC).replace(tzinfo=None).isoformat(" ", "microseconds") == got[0]
