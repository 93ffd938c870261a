"""SQLite: a large first import writes its sales and customers without their secondary indexes,
which are built again, each in one sorted pass, before the transaction commits. Kept up row by
row they cost more than the rows themselves (a new sale touches six b-trees, a line three). The
unique indexes stay (the import reads by receipt number and by source id, and they keep their
promise); so do the indexes of a table the import adds little to compared with what it holds.
The indexes are dropped and created inside the import's transaction: a rollback (an error, a
cancel, a crash) brings them back as they were, and other connections never see them missing."""

from __future__ import annotations

import os

from sqlalchemy import Connection

# each table whose rows an import writes, and the tables whose indexes go aside with it
GROUPS = {"sales": ("sales", "sale_lines", "tenders"), "customers": ("customers",)}
FROM_ROWS = 20_000  # rows of a group's first table written before its indexes are set aside
SORT_THREADS = max(1, min(4, (os.cpu_count() or 1) - 1))  # helper threads for building an index


class SetAside:
    """The secondary indexes of GROUPS' tables while a large import runs (SQLite only). A new
    customer is matched from the keys held in memory (people.People), never through these
    indexes, and a sale by its receipt or source id through the unique ones, which stay."""

    def __init__(self, conn: Connection) -> None:
        self.sqlite = conn.dialect.name == "sqlite"
        # what each group's first table held before the import (ids only grow): setting the
        # indexes aside pays once the import has written at least as much again
        self.before = {first: self._top(conn, first) if self.sqlite else 0 for first in GROUPS}
        self.saved: list[tuple[str, str]] = []  # (name, CREATE INDEX statement)
        self.pending = set(GROUPS) if self.sqlite else set()

    @staticmethod
    def _top(conn: Connection, table: str) -> int:
        return int(conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0)

    def consider(self, conn: Connection) -> None:
        """After a chunk: set a group's indexes aside once the rows written make it pay."""
        for first in sorted(self.pending):
            before = self.before[first]
            if self._top(conn, first) - before < max(FROM_ROWS, before):
                continue
            self.pending.discard(first)
            names = []
            for table in GROUPS[first]:
                rows = conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
                    " AND sql NOT LIKE 'CREATE UNIQUE%'",
                    (table,),
                ).all()
                names += [(str(name), str(sql)) for name, sql in rows]
            for name, _ in names:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
            self.saved += names

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
