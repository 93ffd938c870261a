"""One search interface, two engines: FTS5 on SQLite, tsvector on PostgreSQL.

The index holds one document per variant: its style's title and brand, colour, size, SKU and
department. Catalogue writers call ``reindex_products`` (or ``rebuild``) in their transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from posassist.db import search_postgres, search_sqlite


@dataclass(frozen=True)
class Filters:
    store_id: int | None = None
    department: str | None = None  # code or name
    in_stock_only: bool = False
    active_only: bool = True


class _Engine(Protocol):
    """What each engine's module provides (``search_sqlite``, ``search_postgres``)."""

    def rebuild(self, conn: Connection) -> None: ...

    def reindex_products(self, conn: Connection, product_ids: list[int]) -> None: ...

    def index_new_variants(self, conn: Connection, first_id: int, last_id: int) -> None: ...

    def candidate_sql(self, words: list[list[str]], where: str) -> tuple[str, dict[str, object]]: ...

    def vocabulary_near(self, session: Session, word: str) -> list[str]: ...


def _impl(bind: Connection | Engine) -> _Engine:
    return search_sqlite if bind.dialect.name == "sqlite" else search_postgres


def rebuild(conn: Connection) -> None:
    _impl(conn).rebuild(conn)


def reindex_products(conn: Connection, product_ids: Sequence[int]) -> None:
    if product_ids:
        _impl(conn).reindex_products(conn, list(product_ids))


def index_new_variants(conn: Connection, first_id: int, last_id: int) -> None:
    """Index variants just inserted with ids first_id..last_id (none of them indexed yet): one
    statement for a bulk import, instead of product by product."""
    if last_id >= first_id:
        _impl(conn).index_new_variants(conn, first_id, last_id)


def ranked_page(
    session: Session, words: list[list[str]], filters: Filters, *, folded_query: str, cap: int, limit: int, offset: int
) -> tuple[list[int], bool]:
    """One page of variant ids for word groups (each group: alternatives, matched as prefixes).

    The first ``cap`` matches (in id order) are ranked: exact title first, then the most relevant (the
    title weighs more than the brand), then in stock at this store, then by title; further
    matches follow in id order. Returns the page and whether more follow. Ranking and paging run
    in SQL, so only the page's ids come back to Python.
    """
    impl = _impl(session.get_bind())
    where, params = filter_sql(filters)
    cand, extra = impl.candidate_sql(words, where)
    params.update(extra)
    params.update(
        {
            "after": 0,
            "cap": cap,
            "store": filters.store_id if filters.store_id is not None else -1,
            "exact": folded_query,
            "lim": limit + 1,
            "off": offset,
        }
    )
    ranked = (
        f"WITH c AS ({cand} LIMIT :cap) "
        "SELECT c.id, count(*) OVER () AS n, max(c.id) OVER () AS mx FROM c "
        "JOIN variants v ON v.id = c.id JOIN products p ON p.id = v.product_id "
        "LEFT JOIN stock s ON s.variant_id = v.id AND s.store_id = :store "
        "ORDER BY CASE WHEN lower(p.title) = :exact THEN 0 ELSE 1 END, "
        # as relevant as the best match (within 15 %: a longer colour name is not less relevant)
        "CASE WHEN c.score <= (SELECT min(score) FROM c) * 0.85 THEN 0 ELSE 1 END, "
        "CASE WHEN s.on_hand > 0 THEN 0 ELSE 1 END, lower(p.title), v.product_id, v.position, v.id "
        "LIMIT :lim OFFSET :off"
    )
    rows = session.execute(text(ranked), params).all() if offset < cap else []
    page = [r[0] for r in rows]
    if offset < cap and not rows and offset > 0:
        return [], False
    n, mx = (rows[0][1], rows[0][2]) if rows else (None, None)
    if offset >= cap or (n == cap and len(page) <= limit):
        if mx is None:  # offset beyond the ranked window: find where the window ends
            edge = session.execute(text(f"SELECT max(id), count(*) FROM ({cand} LIMIT :cap) w"), params).first()
            if edge is None or edge[1] < cap:
                return [], False
            mx = edge[0]
        skip = max(0, offset - cap)
        params.update({"after": mx, "lim": limit + 1 - len(page), "off": skip})
        page += list(session.execute(text(f"{cand} LIMIT :lim OFFSET :off"), params).scalars())
    return page[:limit], len(page) > limit


def vocabulary_near(session: Session, word: str) -> list[str]:
    """Indexed words that could be what a typo'd ``word`` meant (a superset; the caller ranks)."""
    return _impl(session.get_bind()).vocabulary_near(session, word)


def has_prefix(session: Session, word: str) -> bool:
    return bool(
        session.execute(
            text("SELECT 1 FROM search_terms WHERE term >= :w AND term < :w2 LIMIT 1"),
            {"w": word, "w2": word + "\uffff"},
        ).first()
    )


def filter_sql(filters: Filters) -> tuple[str, dict[str, object]]:
    """SQL conditions on v (variants), p (products), s (stock here) shared by both engines."""
    conds: list[str] = []
    params: dict[str, object] = {}
    if filters.active_only:
        conds.append("v.active = :true AND p.active = :true")
        params["true"] = True
    if filters.department:
        conds.append("p.department_id IN (SELECT id FROM departments WHERE code = :dept OR lower(name) = lower(:dept))")
        params["dept"] = filters.department
    if filters.in_stock_only and filters.store_id is not None:
        conds.append(
            "EXISTS (SELECT 1 FROM stock s WHERE s.variant_id = v.id AND s.store_id = :store AND s.on_hand > 0)"
        )
        params["store"] = filters.store_id
    return (" AND ".join(conds) or "1 = 1"), params
