"""Bulk loading for generated catalogues: COPY on PostgreSQL, executemany on SQLite."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    import psycopg


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], chunk: int = 50_000
) -> int:
    """Insert plain tuples (no ORM) in large chunks; returns how many rows were written."""
    total = 0
    if conn.dialect.name == "postgresql":
        pg = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)  # the psycopg 3 driver
        with pg.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    total += 1
        return total
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    it = iter(rows)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    while batch := list(islice(it, chunk)):
        raw.executemany(sql, batch)
        total += len(batch)
    return total


def next_id(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")).scalar_one())


def reset_sequences(conn: Connection, tables: Sequence[str]) -> None:
    """After inserting explicit ids on PostgreSQL, move each identity sequence past them."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
