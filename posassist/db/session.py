"""One Database per process: the engine, the session factory and units of work."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, TypeVar

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from posassist.db import one_trip
from posassist.db.engine import build_engine, describe, storage_error
from posassist.errors import Conflict
from posassist.i18n import tr

T = TypeVar("T")
log = logging.getLogger("posassist")
REWRITE_LIMIT_BYTES = 64 * 1024 * 1024  # reclaim: tables up to this size are rewritten, larger ones vacuumed


@contextmanager
def unit_of_work(
    session: Session, url: str, *, commit: bool = True, before_commit: Callable[[Session], None] | None = None
) -> Iterator[Session]:
    """``session`` as one unit of work: committed when the block ends (``before_commit`` first),
    rolled back on any error, closed; driver errors become the typed errors people read."""
    try:
        yield session
        if commit:
            if before_commit is not None:
                before_commit(session)
            session.commit()
    except exc.IntegrityError as err:
        session.rollback()
        raise Conflict(
            tr("Someone else changed the same record at the same moment; nothing was saved. Look again and retry.")
        ) from err
    except exc.DBAPIError as err:
        session.rollback()
        raise storage_error(err, url) from err
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


class Database:
    # Called before every unit of work opens, in the calling thread; it may raise to refuse.
    # None in the program. The tests install a check that no session opens on the Qt GUI thread
    # (tests/conftest.py); db/ itself knows nothing of Qt.
    on_open: ClassVar[Callable[[], None] | None] = None

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or build_engine(url)
        # signs each audit entry's hash with a key the database does not hold (set by bootstrap;
        # None: entries are chained but unsigned). Every session reaches it through ``info``.
        self.audit_signer: Callable[[str], tuple[str, str]] | None = None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True, info={"database": self})
        self._cache: dict[str, tuple[float, Any]] = {}
        self._cache_lock = threading.Lock()

    def cached(self, key: str, ttl_s: float, load: Callable[[], T]) -> T:
        """Reference data that changes rarely (stores, promotions, the policy) for ``ttl_s``."""
        now = time.monotonic()
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit and now - hit[0] < ttl_s:
                return hit[1]  # type: ignore[no-any-return]
        value = load()
        with self._cache_lock:
            self._cache[key] = (now, value)
        return value

    def forget(self, *keys: str) -> None:
        """Drop cached reference data after a change (all of it when no key is given)."""
        with self._cache_lock:
            if keys:
                for k in keys:
                    self._cache.pop(k, None)
            else:
                self._cache.clear()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def where(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls everything back on any error."""
        if Database.on_open is not None:
            Database.on_open()
        with unit_of_work(self._sessions(), self.url) as session:
            yield session

    def one_statement(self, sql: str, params: dict[str, Any]) -> Any:
        """The first row of one read-only statement, run outside a transaction (autocommit: one
        statement is one snapshot), so it costs a single round trip to the server: no BEGIN and
        no ROLLBACK around it. For the look-up's scan -> card on PostgreSQL."""
        if Database.on_open is not None:
            Database.on_open()
        try:  # without the pool's ping: one round trip (db/one_trip.py)
            return one_trip.first_row(self.engine, sql, params)
        except exc.DBAPIError as err:
            raise storage_error(err, self.url) from err

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Read-only work: on SQLite a plain BEGIN, so readers never wait for the write lock."""
        if Database.on_open is not None:
            Database.on_open()
        session = self._sessions()
        try:
            session.connection(execution_options={"posassist_readonly": True})
            yield session
        except exc.DBAPIError as err:
            raise storage_error(err, self.url) from err
        finally:
            session.close()  # ends the read transaction; loaded objects stay readable (detached)

    def reclaim(self, tables: Iterable[str]) -> list[str]:
        """Make rows that were just overwritten or deleted unreadable in the files too: on
        PostgreSQL the old row versions stay in the table's and its indexes' pages until VACUUM
        removes them (SQLite zeroes freed pages itself: secure_delete). After the commit, best
        effort: the tables this connection's role owns are vacuumed now; the others (a counter's
        role owns none) by autovacuum, which migration 0023 sets to run after any change to
        them. Returns the tables vacuumed now."""
        names = sorted({t for t in tables if t.replace("_", "").isalnum()})
        if self.dialect != "postgresql" or not names:
            return []
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                rows = conn.exec_driver_sql(
                    "SELECT relname, pg_total_relation_size(oid) FROM pg_class WHERE relname = ANY(%(names)s)"
                    " AND relkind = 'r' AND relnamespace = current_schema()::regnamespace"
                    " AND pg_has_role(relowner, 'USAGE') ORDER BY relname",
                    {"names": names},
                ).all()
                # VACUUM frees the old versions but leaves their bytes in the page's free space
                # until reused; VACUUM FULL writes the table and its indexes anew. A small table is
                # rewritten (its lock lasts milliseconds); a large one only vacuumed.
                small = [r[0] for r in rows if r[1] <= REWRITE_LIMIT_BYTES]
                large = [r[0] for r in rows if r[1] > REWRITE_LIMIT_BYTES]
                if small:
                    conn.exec_driver_sql(f"VACUUM (FULL) {', '.join(small)}")
                if large:
                    conn.exec_driver_sql(f"VACUUM (INDEX_CLEANUP ON) {', '.join(large)}")
                return [r[0] for r in rows]
        except exc.DBAPIError as err:  # the erasure itself has committed: say so in the log only
            log.warning("could not vacuum %s after an erasure: %s", ", ".join(names), err)
            return []

    def dispose(self) -> None:
        self.engine.dispose()
