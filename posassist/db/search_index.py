"""One search interface, two engines: FTS5 on SQLite, tsvector on PostgreSQL.

The index holds one document per variant: its style's title and brand, colour, size, SKU and
department. Catalogue writers call ``reindex_products`` (or ``rebuild``) in their transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from posassist.db import search_postgres, search_sqlite


@dataclass(frozen=True)
class Filters:
    store_id: int | None = None
    department: str | None = None  # code or name
    in_stock_only: bool = False
    active_only: bool = True


def _impl(bind):  # type: ignore[no-untyped-def]
    return search_sqlite if bind.dialect.name == "sqlite" else search_postgres


def rebuild(conn: Connection) -> None:
    _impl(conn).rebuild(conn)


def reindex_products(conn: Connection, product_ids: Sequence[int]) -> None:
    if product_ids:
        _impl(conn).reindex_products(conn, list(product_ids))


def candidates(session: Session, words: list[list[str]], filters: Filters, cap: int,
               after_id: int = 0, offset: int = 0) -> list[int]:
    """Variant ids matching every word group (each group: alternatives, matched as prefixes),
    in id order, at most ``cap``, starting after ``after_id``."""
    return _impl(session.get_bind()).candidates(session, words, filters, cap, after_id, offset)


def vocabulary_near(session: Session, word: str) -> list[str]:
    """Indexed words that could be what a typo'd ``word`` meant (a superset; the caller ranks)."""
    return _impl(session.get_bind()).vocabulary_near(session, word)


def has_prefix(session: Session, word: str) -> bool:
    return bool(session.execute(
        text("SELECT 1 FROM search_terms WHERE term >= :w AND term < :w2 LIMIT 1"),
        {"w": word, "w2": word + "\uffff"}).first())


def filter_sql(filters: Filters) -> tuple[str, dict[str, object]]:
    """SQL conditions on v (variants), p (products), s (stock here) shared by both engines."""
    conds, params = [], {}
    if filters.active_only:
        conds.append("v.active = :true AND p.active = :true")
        params["true"] = True
    if filters.department:
        conds.append("p.department_id IN (SELECT id FROM departments WHERE code = :dept OR lower(name) = lower(:dept))")
        params["dept"] = filters.department
    if filters.in_stock_only and filters.store_id is not None:
        conds.append("EXISTS (SELECT 1 FROM stock s WHERE s.variant_id = v.id AND s.store_id = :store AND s.on_hand > 0)")
        params["store"] = filters.store_id
    return (" AND ".join(conds) or "1 = 1"), params
