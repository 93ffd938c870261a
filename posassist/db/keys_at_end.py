"""SQLite: a bulk write that checks its foreign keys once, set-based, before it commits.

SQLite checks a foreign key for every row a statement inserts, one parent look-up (and cursor)
per key per row: at a million sale lines that was a third of the time of writing the sales. A
unit of work that only adds rows — a first import of sales — may instead run with the checks off
(``PRAGMA foreign_keys`` can only change between transactions: db.engine turns it off at the
BEGIN of a transaction that asks for it, and on again at the next BEGIN and when the connection
is next taken from the pool) and check, before it commits, every row added since it began in one
statement per key, each over the new rows only. A row that points at nothing fails the unit of
work, which rolls back: nothing is half-written, as with SQLite's own check.

Only rows added are checked (rowid above what the table held when the work began): a unit of work
that changes the keys of rows already there must keep SQLite's own checks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from posassist.errors import StorageError
from posassist.i18n import tr

OPTION = "posassist_keys_at_end"  # the execution option db.engine reads at BEGIN


@dataclass(frozen=True)
class _Key:
    table: str
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class KeysAtEnd:
    """The foreign keys of the database and what each table held when the unit of work began."""

    def __init__(self, conn: Connection) -> None:
        self.keys: list[_Key] = []
        self.before: dict[str, int] = {}
        names = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' AND upper(sql) NOT LIKE '%WITHOUT ROWID%'"
        ).scalars()
        for table in [str(n) for n in names]:
            found: dict[int, list[tuple[str, str, str | None]]] = {}
            for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list({_quoted(table)})"):
                found.setdefault(int(row[0]), []).append((str(row[2]), str(row[3]), row[4]))
            if not found:
                continue
            for parts in found.values():
                parent = parts[0][0]
                to = tuple(str(p[2]) if p[2] is not None else "" for p in parts)
                if not all(to):  # the parent's primary key, as SQLite reads a key that names no column
                    to = self._primary_key(conn, parent)
                self.keys.append(_Key(table, tuple(p[1] for p in parts), parent, to))
            top = conn.exec_driver_sql(f"SELECT max(rowid) FROM {_quoted(table)}").scalar()
            self.before[table] = int(top or 0)

    @staticmethod
    def _primary_key(conn: Connection, table: str) -> tuple[str, ...]:
        cols = [(int(r[5]), str(r[1])) for r in conn.exec_driver_sql(f"PRAGMA table_info({_quoted(table)})") if r[5]]
        return tuple(name for _, name in sorted(cols)) or ("rowid",)

    def verify(self, conn: Connection) -> None:
        """Every row added since the unit of work began points at a row that is there; else the
        unit of work fails (and rolls back)."""
        for k in self.keys:
            child = ", ".join(f"c.{_quoted(c)}" for c in k.columns)
            present = " AND ".join(f"c.{_quoted(c)} IS NOT NULL" for c in k.columns)
            match = " AND ".join(
                f"p.{_quoted(pc)} = c.{_quoted(c)}" for c, pc in zip(k.columns, k.parent_columns, strict=True)
            )
            bad = conn.exec_driver_sql(
                f"SELECT c.rowid, {child} FROM {_quoted(k.table)} AS c WHERE c.rowid > ? AND {present}"
                f" AND NOT EXISTS (SELECT 1 FROM {_quoted(k.parent)} AS p WHERE {match}) LIMIT 1",
                (self.before.get(k.table, 0),),
            ).first()
            if bad is not None:
                raise StorageError(
                    tr(
                        "Nothing was saved: a new row of {table} (row {row}) names {column} {value}, which is not "
                        "in {parent}. This is a fault in posassist; report it with the file you imported.",
                        table=k.table,
                        row=bad[0],
                        column=", ".join(k.columns),
                        value=", ".join(str(v) for v in bad[1:]),
                        parent=k.parent,
                    )
                )
