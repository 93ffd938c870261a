"""One Database per process: the engine, the session factory and units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from posassist.db.engine import build_engine, describe, storage_error
from posassist.errors import Conflict


class Database:
    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or build_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def where(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls everything back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except exc.IntegrityError as err:
            session.rollback()
            raise Conflict(
                "Someone else changed the same record at the same moment; nothing was saved. "
                "Look again and retry."
            ) from err
        except exc.DBAPIError as err:
            session.rollback()
            raise storage_error(err, self.url) from err
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Read-only work: on SQLite a plain BEGIN, so readers never wait for the write lock."""
        session = self._sessions()
        try:
            session.connection(execution_options={"posassist_readonly": True})
            yield session
        except exc.DBAPIError as err:
            raise storage_error(err, self.url) from err
        finally:
            session.close()  # ends the read transaction; loaded objects stay readable (detached)

    def dispose(self) -> None:
        self.engine.dispose()


