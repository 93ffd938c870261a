"""Rows from the server into the local copy: fetch by key (within the windows), upsert, delete,
and keep the copy's variant search index in step. Never touches a local row made offline (a key
at or above ``LOCAL_ID_FLOOR``)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, UniqueConstraint, and_, delete, exc, not_, or_, select, tuple_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.elements import ColumnElement

from posassist.db import search_index
from posassist.db.offline_hooks import LOCAL_ID_FLOOR
from posassist.db.replica.tables import APPEND_ONLY, Windows, condition, pk_columns, table

log = logging.getLogger(__name__)
Key = tuple[Any, ...]
CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def is_local(key: Key) -> bool:
    """A row made offline at this counter (one of its integer key columns is at the floor)."""
    return any(isinstance(v, int) and not isinstance(v, bool) and v >= LOCAL_ID_FLOOR for v in key)


def _key_clause(name: str, keys: Sequence[Key]) -> ColumnElement[bool]:
    t = table(name)
    cols = [t.c[c] for c in pk_columns(name)]
    if len(cols) == 1:
        return cols[0].in_([k[0] for k in keys])
    return tuple_(*cols).in_(list(keys))


def server_only(name: str) -> ColumnElement[bool] | None:
    """Rows of the copy that came from the server (none of its integer keys at the floor)."""
    t = table(name)
    ints = [t.c[c] for c in pk_columns(name) if t.c[c].type.python_type is int]
    if not ints:
        return None
    return not_(or_(*[c >= LOCAL_ID_FLOOR for c in ints]))


def fetch(server: Connection, name: str, keys: Sequence[Key], windows: Windows) -> list[dict[str, Any]]:
    """The server's current rows for these keys that belong in the copy."""
    t = table(name)
    cond = condition(name, windows)
    rows: list[dict[str, Any]] = []
    for part in chunks(keys, 1000):
        stmt = select(t).where(_key_clause(name, part))
        if cond is not None:
            stmt = stmt.where(cond)
        rows += [dict(r._mapping) for r in server.execute(stmt)]
    return rows


def key_of(name: str, row: dict[str, Any]) -> Key:
    return tuple(row[c] for c in pk_columns(name))


def _upsert_stmt(name: str) -> Any:
    t = table(name)
    pk = pk_columns(name)
    stmt = sqlite_insert(t)
    if name in APPEND_ONLY:
        return stmt.on_conflict_do_nothing(index_elements=pk)
    rest = {c.name: stmt.excluded[c.name] for c in t.columns if c.name not in pk}
    return stmt.on_conflict_do_update(index_elements=pk, set_=rest) if rest else stmt.on_conflict_do_nothing()


def upsert(local: Connection, name: str, rows: list[dict[str, Any]]) -> list[Key]:
    """Write ``rows`` into the copy. A row that collides with another on a unique column (the
    server swapped two codes, say) takes its place: the stale local row is deleted and its key
    returned, to be fetched again."""
    rows = [r for r in rows if not is_local(key_of(name, r))]
    if not rows:
        return []
    stmt = _upsert_stmt(name)
    nested = local.begin_nested()
    try:
        local.execute(stmt, rows)
        nested.commit()
        return []
    except exc.IntegrityError:
        nested.rollback()
    stale: list[Key] = []
    for row in rows:
        stale += _upsert_one(local, name, stmt, row)
    return stale


def _upsert_one(local: Connection, name: str, stmt: Any, row: dict[str, Any]) -> list[Key]:
    t = table(name)
    stale: list[Key] = []
    for attempt in range(2):
        nested = local.begin_nested()
        try:
            local.execute(stmt, [row])
            nested.commit()
            return stale
        except exc.IntegrityError:
            nested.rollback()
            if attempt:
                break
        for cols in _unique_sets(name):
            if any(row.get(c) is None for c in cols):
                continue
            same = and_(*[t.c[c] == row[c] for c in cols])
            mine = _key_clause(name, [key_of(name, row)])
            pkc = [t.c[c] for c in pk_columns(name)]
            for found in local.execute(select(*pkc).where(same, not_(mine))):
                key = tuple(found)
                if not is_local(key):
                    local.execute(delete(t).where(_key_clause(name, [key])))
                    stale.append(key)
    log.warning("local copy: %s row %s still collides with an offline row; left for later", name, key_of(name, row))
    return stale


def _unique_sets(name: str) -> list[list[str]]:
    t = table(name)
    sets = [[c.name for c in con.columns] for con in t.constraints if isinstance(con, UniqueConstraint)]
    sets += [[c.name for c in ix.columns] for ix in t.indexes if ix.unique]
    sets += [[c.name] for c in t.columns if c.unique]
    return sets


def remove(local: Connection, name: str, keys: Sequence[Key]) -> None:
    keys = [k for k in keys if not is_local(k)]
    t = table(name)
    for part in chunks(keys):
        local.execute(delete(t).where(_key_clause(name, part)))


def wipe(local: Connection, name: str) -> None:
    """Everything the server gave the copy of this table (offline rows stay)."""
    if name in APPEND_ONLY:
        return
    keep = server_only(name)
    t = table(name)
    local.execute(delete(t) if keep is None else delete(t).where(keep))


def prune(local: Connection, name: str, windows: Windows) -> int:
    """Drop the copy's rows of a windowed table that fell out of its window (offline rows stay)."""
    outside = condition(name, windows, negate=True)
    if outside is None:
        return 0
    stmt = delete(table(name)).where(outside)
    keep = server_only(name)
    return int(local.execute(stmt if keep is None else stmt.where(keep)).rowcount or 0)


def reindex(local: Connection, touched: dict[str, set[Key]], gone: dict[str, set[Key]]) -> None:
    """Keep the copy's variant search index in step with changed products, variants, departments
    (customers' name index follows by the copy's own triggers)."""
    products = {k[0] for k in touched.get("products", set()) | gone.get("products", set())}
    variants = {k[0] for k in touched.get("variants", set())}
    departments = {k[0] for k in touched.get("departments", set()) | gone.get("departments", set())}
    dropped = sorted(k[0] for k in gone.get("variants", set()))
    for part in chunks(dropped):
        local.exec_driver_sql(f"DELETE FROM variant_fts WHERE rowid IN ({', '.join(str(int(i)) for i in part)})")
    v, p = table("variants"), table("products")
    for part in chunks(sorted(variants)):
        products |= set(local.execute(select(v.c.product_id).where(v.c.id.in_(part))).scalars())
    for part in chunks(sorted(departments)):
        products |= set(local.execute(select(p.c.id).where(p.c.department_id.in_(part))).scalars())
    if products:
        search_index.reindex_products(local, sorted(products))
