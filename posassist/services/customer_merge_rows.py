"""The rows a merge moves, found through the schema's foreign keys: their keys, the duplicates a move would make, and values kept as JSON in the merge record and read back in the column's type."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, and_, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import Date, DateTime

from posassist.db.tables import Base

NOT_MOVED = {"customer_merges"}


def refs() -> list[tuple[Table, Column[Any]]]:
    """Every column that points at a customer, by the schema's foreign keys."""
    out = []
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_MOVED:
            continue
        for col in table.columns:
            if any(fk.column.table.name == "customers" and fk.column.name == "id" for fk in col.foreign_keys):
                out.append((table, col))
    return out


def unique_sets(table: Table, col: Column[Any]) -> list[list[Column[Any]]]:
    """The keys (primary, unique constraints and indexes) that hold ``col``, without it."""
    sets: list[list[Column[Any]]] = []
    keys = [list(table.primary_key.columns)]
    keys += [list(c.columns) for c in table.constraints if c.__class__.__name__ == "UniqueConstraint"]  # type: ignore[attr-defined]
    keys += [list(i.columns) for i in table.indexes if i.unique]
    for cols in keys:
        if any(c is col for c in cols):
            sets.append([c for c in cols if c is not col])
    return sets


def as_json(v: Any) -> Any:
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return str(v)
    return v


def is_datetime(col: Column[Any]) -> bool:
    return isinstance(getattr(col.type, "impl", col.type), DateTime)


def read_back(col: Column[Any], v: Any) -> Any:
    """A value read back from the merge record, in the column's own type."""
    if v is None:
        return None
    if is_datetime(col):
        return datetime.fromisoformat(v)
    if isinstance(col.type, Date):
        return date.fromisoformat(v)
    return v


def restore_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {name: read_back(table.columns[name], v) for name, v in row.items()}


def pk_of(table: Table, row: Any, moved: Column[Any] | None = None, to: int | None = None) -> list[Any]:
    """The row's key (as it will be once ``moved`` is set to ``to``, when that column is in it)."""
    return [to if c is moved else as_json(row._mapping[c.name]) for c in table.primary_key.columns]


def pk_where(table: Table, pks: list[list[Any]]) -> Any:
    cols = list(table.primary_key.columns)
    if len(cols) == 1:
        return cols[0].in_([read_back(cols[0], p[0]) for p in pks])
    return tuple_(*cols).in_([tuple(read_back(c, v) for c, v in zip(cols, p, strict=True)) for p in pks])


def conflicting(s: Session, table: Table, col: Column[Any], row: Any, keep_id: int) -> Any:
    """The kept record's row that this one would duplicate (same key), or None."""
    if table.name == "customer_links":  # a link between the two, or one the kept record has already
        other_col = table.c.related_id if col is table.c.customer_id else table.c.customer_id
        peer = row._mapping[other_col.name]
        if peer == keep_id:
            return row
        return s.execute(
            select(table).where(
                or_(
                    and_(table.c.customer_id == keep_id, table.c.related_id == peer),
                    and_(table.c.customer_id == peer, table.c.related_id == keep_id),
                )
            )
        ).first()
    for others in unique_sets(table, col):
        if not others:
            continue
        found = s.execute(select(table).where(col == keep_id, *[c == row._mapping[c.name] for c in others])).first()
        if found is not None:
            return found
    return None
