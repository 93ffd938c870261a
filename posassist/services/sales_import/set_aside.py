"""SQLite: a large first import writes its sales without their secondary indexes, which are built
again, each in one sorted pass, before the transaction commits. Kept up row by row they cost
more than the rows themselves (a new sale touches six b-trees, a line three). The unique
indexes stay (the import reads by receipt number and by source id, and they keep their
promise); so do the indexes of a table the import adds little to compared with what it holds.
The indexes are dropped and created inside the import's transaction: a rollback (an error, a
cancel, a crash) brings them back as they were, and other connections never see them missing."""

from __future__ import annotations

import os

from sqlalchemy import Connection

TABLES = ("sales", "sale_lines", "tenders")
FROM_ROWS = 20_000  # sales written before the indexes are set aside (a small import keeps them)
SORT_THREADS = max(1, min(4, (os.cpu_count() or 1) - 1))  # helper threads for building an index


class SetAside:
    """The secondary indexes of TABLES while a large import runs (SQLite only)."""

    def __init__(self, conn: Connection) -> None:
        self.sqlite = conn.dialect.name == "sqlite"
        # what the table held before the import (ids only grow): setting the indexes aside pays
        # once the import has written at least as much again
        self.before = int(conn.exec_driver_sql("SELECT max(id) FROM sales").scalar() or 0) if self.sqlite else 0
        self.saved: list[tuple[str, str]] = []  # (name, CREATE INDEX statement)
        self.done = False

    def consider(self, conn: Connection, written: int) -> None:
        """After a chunk: set the indexes aside once ``written`` sales make it pay."""
        if self.done or not self.sqlite or written < max(FROM_ROWS, self.before):
            return
        self.done = True
        for table in TABLES:
            rows = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
                " AND sql NOT LIKE 'CREATE UNIQUE%'",
                (table,),
            ).all()
            for name, sql in rows:
                self.saved.append((str(name), str(sql)))
        for name, _ in self.saved:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')

    def restore(self, conn: Connection) -> None:
        """Every index set aside, built again from the rows now there. SQLite sorts an index's
        entries with helper threads when it may (``PRAGMA threads``; none by default): at the
        end of an import the other core is free (the parsing process is done)."""
        if not self.saved:
            return
        before = conn.exec_driver_sql("PRAGMA threads").scalar()
        conn.exec_driver_sql(f"PRAGMA threads = {SORT_THREADS}")
        try:
            for _, sql in self.saved:
                conn.exec_driver_sql(sql)
        finally:
            conn.exec_driver_sql(f"PRAGMA threads = {int(before or 0)}")
        self.saved = []
