"""Ids for rows inserted in bulk, safe while other counters insert too."""

from __future__ import annotations

from sqlalchemy import Connection, text


def reserve_ids(conn: Connection, table: str, n: int) -> list[int]:
    """``n`` new ids for ``table``. PostgreSQL: drawn from the identity sequence in one statement
    (other counters' inserts draw others); SQLite: the write transaction holds the database, so
    the next free ids are ours."""
    if n <= 0:
        return []
    if conn.dialect.name == "postgresql":
        seq = conn.execute(text(f"SELECT pg_get_serial_sequence('{table}', 'id')")).scalar_one()
        return [
            int(i)
            for i in conn.execute(
                text("SELECT nextval(:seq) FROM generate_series(1, :n)"), {"seq": seq, "n": n}
            ).scalars()
        ]
    start = int(conn.execute(text(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")).scalar_one())
    return list(range(start, start + n))
