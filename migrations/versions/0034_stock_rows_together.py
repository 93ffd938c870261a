"""stock: a style's stock read from its key alone (issue #22)

The card's grid reads the stock of every variant of a style, one probe of stock's key per
variant. Each probe then went to the row itself: on PostgreSQL a heap page, on SQLite the key's
index and then the table's own pages (a table with rowids keeps its rows in rowid order, its key
in a separate b-tree). A first scan, its pages not yet in memory, read those pages from the disk.

PostgreSQL: the key's index carries on_hand and reserved (INCLUDE), so the grid is an index-only
scan (the heap is read only for a page changed since the last vacuum). A first scan read 6.7
pages with the scan's statement of before, 5.8 now (with the statement's change in
services/lookup.py).
SQLite: the table is WITHOUT ROWID, its rows stored in the key's order (variant_id, store_id),
so a style's stock is one or two pages of one b-tree. The table is built again (the same
definition with WITHOUT ROWID, the rows copied in the key's order, its index made again).

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-08 00:40:00
"""

from __future__ import annotations

import re

from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None

_WITHOUT = " WITHOUT ROWID"


def _sqlite_rebuild(without_rowid: bool) -> None:
    bind = op.get_bind()
    table_sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'stock'"
    ).scalar_one()
    indexes = [
        r[0]
        for r in bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stock' AND sql IS NOT NULL"
        )
    ]
    body = table_sql.rstrip()
    if body.upper().endswith(_WITHOUT):
        body = body[: -len(_WITHOUT)].rstrip()
    new_sql, n = re.subn(r'^CREATE TABLE\s+"?stock"?', "CREATE TABLE stock_rebuilt", body, count=1, flags=re.I)
    if n != 1:
        raise RuntimeError(f"stock's definition is not as expected: {table_sql[:80]!r}")
    op.execute(new_sql + (_WITHOUT if without_rowid else ""))
    op.execute("INSERT INTO stock_rebuilt SELECT * FROM stock ORDER BY variant_id, store_id")
    op.execute("DROP TABLE stock")
    op.execute("ALTER TABLE stock_rebuilt RENAME TO stock")
    for sql in indexes:
        op.execute(sql)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE stock DROP CONSTRAINT pk_stock,"
            " ADD CONSTRAINT pk_stock PRIMARY KEY (variant_id, store_id) INCLUDE (on_hand, reserved)"
        )
    else:
        _sqlite_rebuild(without_rowid=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE stock DROP CONSTRAINT pk_stock, ADD CONSTRAINT pk_stock PRIMARY KEY (variant_id, store_id)"
        )
    else:
        _sqlite_rebuild(without_rowid=False)
