"""Product look-up: scan or type; the same search for the GUI and 'posassist lookup'."""

from __future__ import annotations

import time
from functools import lru_cache

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.orm import Session

from posassist.db import search_index
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Department, Product, Stock, Variant
from posassist.domain import glossary
from posassist.domain.scan import classify, clean
from posassist.domain.text import closest, tokens
from posassist.i18n import tr
from posassist.services import product_card, reference
from posassist.services.dto import StoreInfo
from posassist.services.lookup_types import MAX_QUERY, ProductHit, SearchResult, assemble
from posassist.services.product_card import ProductCard

# Statements are built once: building a select() costs more than running it on an index.
_HIT_ROWS = (
    select(
        Variant.id,
        Variant.product_id,
        Variant.sku,
        Variant.gtin,
        Variant.colour,
        Variant.size,
        Variant.price_minor,
        Variant.compare_at_minor,
        Variant.currency,
        Variant.active,
        Product.title,
        Product.brand,
        Product.active.label("p_active"),
        Product.department_id,
        Department.name.label("dept"),
    )
    .join(Product, Product.id == Variant.product_id)
    .outerjoin(Department, Department.id == Product.department_id)
    .where(Variant.id.in_(bindparam("ids", expanding=True)))
)
_HIT_STOCK = select(Stock.variant_id, Stock.store_id, Stock.on_hand, Stock.reserved).where(
    Stock.variant_id.in_(bindparam("ids", expanding=True))
)


# PostgreSQL: the page's items and their stock in one statement, as JSON (_HIT_ROWS' columns)
_HITS_PG = (
    "SELECT (SELECT json_agg(json_build_array(v.id, v.product_id, v.sku, v.gtin, v.colour, v.size, v.price_minor,"
    " v.compare_at_minor, v.currency, v.active, p.title, p.brand, p.active, p.department_id, d.name))"
    " FROM variants v JOIN products p ON p.id = v.product_id LEFT JOIN departments d ON d.id = p.department_id"
    " WHERE v.id = ANY(%(ids)s)),"
    " (SELECT json_agg(json_build_array(st.variant_id, st.store_id, st.on_hand, st.reserved)) FROM stock st"
    " WHERE st.variant_id = ANY(%(ids)s))"
)


def hits_for(db: Database, s: Session, variant_ids: list[int], store: StoreInfo | None) -> list[ProductHit]:
    """Rows for the result list: one statement on PostgreSQL, two on SQLite (items, stock),
    whatever the page size."""
    if not variant_ids:
        return []
    conn = s.connection()
    if db.dialect == "postgresql":
        found = conn.exec_driver_sql(_HITS_PG, {"ids": variant_ids}).first()
        rows, stock_rows = ([tuple(r) for r in found[0] or []], found[1] or []) if found else ([], [])
    else:
        rows = [tuple(r) for r in conn.execute(_HIT_ROWS, {"ids": variant_ids}).all()]
        stock_rows = conn.execute(_HIT_STOCK, {"ids": variant_ids}).all()
    code_of = reference.stores(db).code_of
    stock = [(vid, code_of[sid], qty, held) for vid, sid, qty, held in stock_rows if sid in code_of]
    return assemble(variant_ids, rows, stock, reference.promotions(db).rules, store, utcnow())


@lru_cache(maxsize=4)
def _exact_stmt(with_gtin: bool, active_only: bool) -> Select[int]:
    match = (
        or_(Variant.sku == bindparam("code"), Variant.gtin == bindparam("gtin"))
        if with_gtin
        else Variant.sku == bindparam("code")
    )
    q = select(Variant.id).where(match)
    if active_only:
        q = q.where(Variant.active.is_(True))
    return q.order_by(Variant.product_id, Variant.position, Variant.id)


@lru_cache(maxsize=8)
def _scan_sql_pg(with_gtin: bool, active_only: bool, with_card: bool) -> str:
    """PostgreSQL: a scan's every hit with its stock (and the first hit's card) in one statement,
    as JSON; the hit rows are _HIT_ROWS' columns, in _exact's order."""
    match = "(sku = %(code)s OR gtin = %(gtin)s)" if with_gtin else "sku = %(code)s"
    if active_only:
        match += " AND active"
    sql = (
        f"WITH ids AS MATERIALIZED (SELECT {product_card.VARIANT_COLUMNS_PG} FROM variants WHERE {match}) SELECT"
        " (SELECT json_agg(json_build_array(v.id, v.product_id, v.sku, v.gtin, v.colour, v.size, v.price_minor,"
        " v.compare_at_minor, v.currency, v.active, p.title, p.brand, p.active, p.department_id, d.name)"
        " ORDER BY v.product_id, v.position, v.id) FROM ids v"
        " JOIN products p ON p.id = v.product_id LEFT JOIN departments d ON d.id = p.department_id) AS hits,"
        " (SELECT json_agg(json_build_array(st.variant_id, st.store_id, st.on_hand, st.reserved)) FROM stock st"
        " WHERE st.variant_id IN (SELECT id FROM ids)) AS stock"
    )
    if with_card:
        first = "(SELECT id FROM ids ORDER BY product_id, position, id LIMIT 1)"
        sql += ", " + product_card.card_sql_pg(first, variants="ids")
    return sql


def _scan_pg(
    db: Database, code: str, gtin: str | None, active_only: bool, store: StoreInfo | None, with_card: bool
) -> tuple[list[ProductHit], ProductCard | None]:
    row = db.one_statement(_scan_sql_pg(gtin is not None, active_only, with_card), {"code": code, "gtin": gtin})
    if not row or not row[0]:
        return [], None
    rows = [tuple(r) for r in row[0]]
    code_of = reference.stores(db).code_of
    stock = [(v, code_of[sid], q, held) for v, sid, q, held in row[1] or [] if sid in code_of]
    ids = [r[0] for r in rows]
    hits = assemble(ids, rows, stock, reference.promotions(db).rules, store, utcnow())
    found = None
    if with_card and row[2] is not None:
        item, grid = product_card.from_json(row[2], row[3])
        found = product_card.build(db, item, grid, store)
    return hits, found


def _exact(s: Session, code: str, gtin: str | None, active_only: bool) -> list[int]:
    """Every variant whose SKU is the code or whose barcode is the GTIN: one indexed query."""
    return list(
        s.connection().execute(_exact_stmt(gtin is not None, active_only), {"code": code, "gtin": gtin}).scalars()
    )


CAP = 200  # candidates ranked by exactness and stock here; further matches follow in index order


def _ranked_page(
    s: Session, groups: list[list[str]], folded: str, filters: search_index.Filters, limit: int, offset: int
) -> tuple[list[int], bool]:
    return search_index.ranked_page(s, groups, filters, folded_query=folded, cap=CAP, limit=limit, offset=offset)


def _correct(s: Session, words: list[str]) -> list[list[str]] | None:
    """Replace each word nothing starts with: a plural by its singular, a German or French word
    by the English one, else by the nearest indexed words ("jaket" -> "jacket")."""
    fixed, changed = [], False
    for w in words:
        if len(w) < 3 or search_index.has_prefix(s, w):
            fixed.append([w])
            continue
        stems = [st for st in glossary.singular(w) if search_index.has_prefix(s, st)]
        if stems:  # a plural the catalogue writes in the singular ("dresses" -> "dress")
            fixed.append(stems[:1])
            changed = True
            continue
        english = glossary.english(w)  # a German or French word ("Pullover", "chaussures")
        if english and all(search_index.has_prefix(s, e) for e in english):
            fixed.extend([e] for e in english)
            changed = True
            continue
        near = closest(w, search_index.vocabulary_near(s, w))
        if not near:
            return None
        fixed.append(near)
        changed = True
    return fixed if changed else None


def _word_search(
    s: Session, text: str, *, limit: int, offset: int, filters: search_index.Filters, store: StoreInfo | None
) -> tuple[list[int], bool, str | None]:
    words = tokens(text)
    if not words:
        return [], False, None
    folded = " ".join(words)
    ids, more = _ranked_page(s, [[w] for w in words], folded, filters, limit, offset)
    if ids or offset:
        return ids, more, None
    fixed = _correct(s, words)
    if fixed is None:
        return [], False, None
    ids, more = _ranked_page(s, fixed, folded, filters, limit, offset)
    return ids, more, " ".join(alts[0] for alts in fixed)


def search(
    db: Database,
    query: str,
    *,
    store: StoreInfo | None,
    limit: int = 50,
    offset: int = 0,
    department: str | None = None,
    in_stock_only: bool = False,
    active_only: bool = True,
) -> SearchResult:
    """A scan code or SKU answers exactly (every variant sharing it); words search the catalogue."""
    return _search(db, query, store, limit, offset, department, in_stock_only, active_only, None)


def _search(
    db: Database,
    query: str,
    store: StoreInfo | None,
    limit: int,
    offset: int,
    department: str | None,
    in_stock_only: bool,
    active_only: bool,
    card_out: list[ProductCard] | None,
) -> SearchResult:
    text = query[:MAX_QUERY]
    scan = classify(text)
    if scan.kind == "empty":
        return SearchResult(query, [], False, None)
    if scan.kind in ("gtin", "code") and db.dialect == "postgresql":  # one round trip, the card with it
        gtin = scan.value if scan.kind == "gtin" and scan.problem is None else None
        code = scan.value if scan.kind == "code" else clean(text).strip()
        found, first = _scan_pg(db, code, gtin, active_only, store, card_out is not None)
        if found:
            if first is not None and card_out is not None:
                card_out.append(first)
            return SearchResult(query, found, True)
    with db.read() as s:
        if scan.kind in ("gtin", "code"):
            gtin = scan.value if scan.kind == "gtin" and scan.problem is None else None
            code = scan.value if scan.kind == "code" else clean(text).strip()
            ids = _exact(s, code, gtin, active_only) if db.dialect != "postgresql" else []
            if ids:
                return SearchResult(query, hits_for(db, s, ids, store), True)
            if scan.problem:
                return SearchResult(query, [], True, scan.problem)
            if scan.kind == "gtin":
                return SearchResult(query, [], True, tr("No product has the barcode {text}.", text=text.strip()))
        filters = search_index.Filters(store.id if store else None, department, in_stock_only, active_only)
        ids, more, corrected = _word_search(s, scan.value, limit=limit, offset=offset, filters=filters, store=store)
        hits = hits_for(db, s, ids, store)
    if corrected and hits:
        message: str | None = tr("No exact match; showing results for “{corrected}”.", corrected=corrected)
    else:
        message = None if hits or offset else tr("Nothing found. Check the spelling, or scan the barcode.")
    return SearchResult(query, hits, False, message, more)


def departments(db: Database) -> list[tuple[str, str]]:
    """(code, name) of every department, for the look-up's filter."""
    with db.read() as s:
        return [(c, n) for c, n in s.execute(select(Department.code, Department.name).order_by(Department.name)).all()]


class Lookup:
    """The look-up capability: a scan, a SKU or words, for this counter's store."""

    CARD_FRESH_S = 2.0  # a card read with its scan is shown, not read again, within this time

    def __init__(self, db: Database, store: StoreInfo | None) -> None:
        self._db, self.store = db, store
        self._scanned: tuple[float, ProductCard] | None = None

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        department: str | None = None,
        in_stock_only: bool = False,
        active_only: bool = True,
    ) -> SearchResult:
        """As :func:`search`; a scan's first item's card comes with it on PostgreSQL (the window
        opens it next), so scan -> card is one round trip to the server."""
        out: list[ProductCard] = []
        res = _search(self._db, query, self.store, limit, offset, department, in_stock_only, active_only, out)
        if out:
            self._scanned = (time.monotonic(), out[0])
        return res

    def departments(self) -> list[tuple[str, str]]:
        return departments(self._db)

    def card(self, variant_id: int) -> ProductCard:
        scanned, self._scanned = self._scanned, None  # used once: a refresh reads the card again
        if scanned and scanned[1].variant_id == variant_id and time.monotonic() - scanned[0] < self.CARD_FRESH_S:
            return scanned[1]
        return product_card.card(self._db, variant_id, self.store)

    def stock_version(self) -> tuple[int, int]:
        return product_card.stock_version(self._db)
