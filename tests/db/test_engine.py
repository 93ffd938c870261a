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
