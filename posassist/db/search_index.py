"""One search interface, two engines: FTS5 on SQLite, tsvector on PostgreSQL.

The index holds one document per variant: its style's title and brand, colour, size, SKU and
department. Catalogue writers call ``reindex_products`` (or ``rebuild``) in their transaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from posassist.db import search_postgres, search_sqlite
from posassist.domain.text import fold


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

    def whole_words(self, session: Session, words: list[list[str]]) -> tuple[list[list[str]], frozenset[str]]: ...

    def candidate_sql(
        self, words: list[list[str]], where: str, whole: frozenset[str], columns: str = ..., joins: str = ...
    ) -> tuple[str, dict[str, object]]: ...

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


# relevance: (field, weight), the heavier first: title, colour, SKU, brand, size, department
WEIGHTS = ((0, 10.0), (2, 3.0), (4, 2.0), (1, 1.0), (3, 1.0), (5, 1.0))
NEAR_BEST = 0.85  # as relevant as the best match within 15 %: a longer colour name is not less relevant


_WORD = re.compile(r"\w+", re.UNICODE)  # as posassist.domain.text tokenises


@lru_cache(maxsize=65536)
def _words(value: str | None) -> tuple[str, ...]:
    """A document field's words, folded as the index folds them (every word, no query limits)."""
    if not value:
        return ()
    low = value.lower() if value.isascii() else fold(value)  # ASCII: lower() is the whole fold
    return tuple(w for w in (m.strip("_") for m in _WORD.findall(low)) if w)


class _Relevance:
    """Each word group scores the weight of the heaviest field holding a word it starts (the title
    over the brand and the rest); a document's relevance is their sum. Per document, from its own
    fields: no corpus statistics (BM25 read every match of every word: 140 ms on 1 M variants).
    A page's rows share titles, brands and colours: each value is looked at once per group."""

    def __init__(self, groups: list[list[str]]) -> None:
        self.groups = [tuple(alts) for alts in groups]
        self._seen: dict[tuple[str, tuple[str, ...]], bool] = {}

    def holds(self, value: str | None, alts: tuple[str, ...]) -> bool:
        if not value:
            return False
        key = (value, alts)
        hit = self._seen.get(key)
        if hit is None:
            hit = self._seen[key] = any(w.startswith(alts) for w in _words(value))
        return hit

    def __call__(self, fields: Sequence[str | None]) -> float:
        score = 0.0
        for alts in self.groups:
            for field, weight in WEIGHTS:
                if self.holds(fields[field], alts):
                    score += weight
                    break
        return score


def relevance(groups: list[list[str]], fields: Sequence[str | None]) -> float:
    """One document's relevance (:class:`_Relevance`): fields are title, brand, colour, size, SKU,
    department."""
    return _Relevance(groups)(fields)


# the ranked window's rows: the candidates with what ranking needs, read as the index finds them
DETAIL_COLUMNS = (
    "v.id, p.title, p.brand, v.colour, v.size, v.sku, d.name, d.code, "
    "(SELECT s.on_hand FROM stock s WHERE s.variant_id = v.id AND s.store_id = :store), v.product_id, v.position"
)
DETAIL_JOINS = "LEFT JOIN departments d ON d.id = p.department_id"
# PostgreSQL: the window's rows read with it (unsorted, the scan stops at the window's end)
_DETAIL_PG_COLUMNS = (
    "v.id, p.title, p.brand, v.colour, v.size, v.sku, d.name, d.code, s.on_hand, v.product_id, v.position"
)
_DETAIL_PG_JOINS = (
    "LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN stock s ON s.variant_id = v.id AND s.store_id = :store"
)


def rank(rows: Sequence[Sequence[Any]], groups: list[list[str]], folded_query: str) -> list[int]:
    """Ids of DETAIL_COLUMNS rows, best first: the exact title, then as relevant as the best match, then in
    stock here, then by title, style and position."""
    score_of = _Relevance(groups)
    scored = []
    for vid, title, brand, colour, size, sku, dname, dcode, on_hand, product_id, position in rows:
        dept = f"{dname} {dcode}" if dname and dcode else dname or dcode
        scored.append(
            (
                score_of((title, brand, colour, size, sku, dept)),
                title or "",
                vid,
                on_hand,
                product_id,
                position,
            )
        )
    best = max((r[0] for r in scored), default=0.0)
    exact: dict[str, bool] = {}

    def key(r: tuple[float, str, int, Any, int, int]) -> tuple[int, int, int, str, int, int, int]:
        score, title, vid, on_hand, product_id, position = r
        return (
            0 if exact.setdefault(title, " ".join(_words(title)) == folded_query) else 1,
            0 if score >= best * NEAR_BEST else 1,
            0 if on_hand is not None and on_hand > 0 else 1,
            title.lower(),
            product_id,
            position or 0,
            vid,
        )

    return [r[2] for r in sorted(scored, key=key)]


def ranked_page(
    session: Session, words: list[list[str]], filters: Filters, *, folded_query: str, cap: int, limit: int, offset: int
) -> tuple[list[int], bool]:
    """One page of variant ids for word groups (each group: alternatives, matched as prefixes).

    The first ``cap`` matches (in id order) are ranked (:func:`rank`); further matches follow in id
    order. Returns the page and whether more follow. The index hands over the candidates in id
    order, so the window is one index read with its rows; beyond it, one more.
    """
    impl = _impl(session.get_bind())
    where, params = filter_sql(filters)
    groups, whole = impl.whole_words(session, words)
    cand, extra = impl.candidate_sql(groups, where, whole)
    params.update(extra)
    params.update({"after": 0, "cap": cap, "store": filters.store_id if filters.store_id is not None else -1, "off": 0})
    if impl is search_postgres:
        return _ranked_page_pg(session, words, where, params, folded_query=folded_query, limit=limit, offset=offset)
    # FTS5 hands over its matches in id order: their rows as they come
    detail = impl.candidate_sql(groups, where, whole, DETAIL_COLUMNS, DETAIL_JOINS)[0] + " LIMIT :cap"
    page: list[int] = []
    if offset < cap:
        rows = session.execute(text(detail), params).all()
        page = rank(rows, words, folded_query)[offset : offset + limit + 1]
        if len(rows) < cap or len(page) > limit:
            return page[:limit], len(page) > limit
        mx = max(r[0] for r in rows)
        skip = 0
    else:  # beyond the ranked window: find where the window ends
        edge = session.execute(text(f"SELECT max(id), count(*) FROM ({cand} LIMIT :cap) w"), params).first()
        if edge is None or edge[1] < cap:
            return [], False
        mx, skip = edge[0], offset - cap
    params.update({"after": mx, "lim": limit + 1 - len(page), "off": skip})
    page += list(session.execute(text(f"{cand} LIMIT :lim OFFSET :off"), params).scalars())
    return page[:limit], len(page) > limit


def _ranked_page_pg(
    session: Session,
    words: list[list[str]],
    where: str,
    params: dict[str, object],
    *,
    folded_query: str,
    limit: int,
    offset: int,
) -> tuple[list[int], bool]:
    """PostgreSQL: the window is the first ``cap`` matches as the index hands them over (unsorted:
    an id order read every match first); beyond it, the other matches in id order."""
    window = search_postgres.window_sql(where)
    cap = int(str(params["cap"]))
    page: list[int] = []
    if offset < cap:
        detail = search_postgres.window_sql(where, _DETAIL_PG_COLUMNS, _DETAIL_PG_JOINS) + " LIMIT :cap"
        rows = session.execute(text(detail), params).all()
        page = rank(rows, words, folded_query)[offset : offset + limit + 1]
        if len(rows) < cap or len(page) > limit:
            return page[:limit], len(page) > limit
        seen = [int(r[0]) for r in rows]
        skip = 0
    else:
        seen = [int(i) for i in session.execute(text(f"{window} LIMIT :cap"), params).scalars()]
        if len(seen) < cap:
            return [], False
        skip = offset - cap
    params.update({"seen": seen, "lim": limit + 1 - len(page), "off": skip})
    page += list(session.execute(text(search_postgres.rest_sql(where) + " LIMIT :lim OFFSET :off"), params).scalars())
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
