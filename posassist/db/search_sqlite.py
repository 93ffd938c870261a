"""SQLite: an FTS5 table keyed by variant id; words are quoted prefix terms, never FTS syntax."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

_DOCS = """
    SELECT v.id, p.title, coalesce(p.brand, ''), coalesce(v.colour, ''), coalesce(v.size, ''),
           coalesce(v.sku, ''), coalesce(d.name, '') || ' ' || coalesce(d.code, '')
    FROM variants v JOIN products p ON p.id = v.product_id
    LEFT JOIN departments d ON d.id = p.department_id
"""


def _refresh_terms(conn: Connection, where: str | None = None) -> None:
    """Add the indexed words to the term list (typo look-ups). With ``where`` (a condition on the
    documents just indexed, ``v``/``p``), only their words: they are tokenised again in a temporary
    FTS5 table with the same tokenizer and its vocabulary read, instead of the whole index's (the
    whole vocabulary of a million-variant catalogue takes seconds to read)."""
    if where is None:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.variant_fts_vocab USING fts5vocab(main, variant_fts, row)"
        )
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.variant_fts_vocab "
            "WHERE length(term) BETWEEN 3 AND 100"
        )
        return
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fresh_fts USING fts5("
        "title, brand, colour, size, sku, dept, tokenize = 'unicode61 remove_diacritics 2', detail = none)"
    )
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fresh_fts_vocab USING fts5vocab(temp, fresh_fts, row)"
    )
    conn.exec_driver_sql("DELETE FROM temp.fresh_fts")
    conn.exec_driver_sql(
        f"INSERT INTO temp.fresh_fts (rowid, title, brand, colour, size, sku, dept) {_DOCS} WHERE {where}"
    )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.fresh_fts_vocab "
        "WHERE length(term) BETWEEN 3 AND 100"
    )
    conn.exec_driver_sql("DELETE FROM temp.fresh_fts")


def rebuild(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM variant_fts")
    conn.exec_driver_sql(f"INSERT INTO variant_fts (rowid, title, brand, colour, size, sku, dept) {_DOCS}")
    conn.exec_driver_sql("DELETE FROM search_terms")
    _refresh_terms(conn)


def reindex_products(conn: Connection, product_ids: list[int]) -> None:
    for start in range(0, len(product_ids), 500):
        chunk = product_ids[start : start + 500]
        marks = ", ".join(str(int(i)) for i in chunk)
        conn.exec_driver_sql(
            f"DELETE FROM variant_fts WHERE rowid IN (SELECT id FROM variants WHERE product_id IN ({marks}))"
        )
        conn.exec_driver_sql(
            f"INSERT INTO variant_fts (rowid, title, brand, colour, size, sku, dept) {_DOCS} "
            f"WHERE v.product_id IN ({marks})"
        )
        _refresh_terms(conn, f"v.product_id IN ({marks})")


def index_new_variants(conn: Connection, first_id: int, last_id: int) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO variant_fts (rowid, title, brand, colour, size, sku, dept) {_DOCS} "
        f"WHERE v.id BETWEEN {int(first_id)} AND {int(last_id)}"
    )
    total = int(conn.exec_driver_sql("SELECT count(*) FROM variants").scalar_one())
    few = (last_id - first_id + 1) * 4 < total  # a few new variants: read only their words
    _refresh_terms(conn, f"v.id BETWEEN {int(first_id)} AND {int(last_id)}" if few else None)


def match_expression(words: list[list[str]], whole: frozenset[str] = frozenset()) -> str:
    """[['jacket'], ['navy', 'navvy']] -> '("jacket"*) AND ("navy"* OR "navvy"*)'; a word in
    ``whole`` is matched as that word only (no '*'). Words are already folded to letters and
    digits, and each is quoted, so nothing in them is syntax."""
    groups = []
    for alts in words:
        terms = " OR ".join('"' + w.replace('"', "") + ('"' if w in whole else '"*') for w in dict.fromkeys(alts))
        groups.append(f"({terms})")
    return " AND ".join(groups)


EXPAND_MOST = 24  # a prefix standing for more indexed words than this stays a prefix query
_PREFIX_INDEX = 3  # the index keeps prefixes of 1-3 letters (migration 0002: prefix = '1 2 3')


def whole_words(session: Session, words: list[list[str]]) -> tuple[list[list[str]], frozenset[str]]:
    """Each word of 4+ letters as the indexed words it starts (from the term list), when there are
    few: FTS5 reads a prefix query's every match before the first row (120 ms for 'burgundy' on
    1 M variants) but walks whole words lazily, skipping (2 ms for the first 500). Returns the
    groups with those words in place of the prefix, and the set of words to match whole."""
    asked = [w for alts in words for w in alts if _PREFIX_INDEX < len(w) <= 100]
    found: dict[str, list[str]] = {}
    if asked:  # one statement: each word's first EXPAND_MOST + 1 terms
        sql = " UNION ALL ".join(
            f"SELECT * FROM (SELECT {i}, term FROM search_terms WHERE term >= ? AND term < ? LIMIT {EXPAND_MOST + 1})"
            for i in range(len(asked))
        )
        params = tuple(x for w in asked for x in (w, w + "\uffff"))
        for i, term in session.connection().exec_driver_sql(sql, params).all():
            found.setdefault(asked[i], []).append(term)
    whole: set[str] = set()
    out = []
    for alts in words:
        group: list[str] = []
        for w in alts:
            terms = found.get(w, [])
            if not terms or len(terms) > EXPAND_MOST:
                group.append(w)  # short, unknown to the term list, or too many: the prefix, as typed
                continue
            group.extend(terms)
            whole.update(terms)
        out.append(list(dict.fromkeys(group)))
    return out, frozenset(whole)


def candidate_sql(
    words: list[list[str]], where: str, whole: frozenset[str], columns: str = "v.id AS id", joins: str = ""
) -> tuple[str, dict[str, object]]:
    """Matching variant ids in id order (FTS5 streams rowids in order: no sort needed)."""
    sql = (
        f"SELECT {columns} FROM variant_fts f CROSS JOIN variants v ON v.id = f.rowid "
        f"JOIN products p ON p.id = v.product_id {joins} "
        f"WHERE variant_fts MATCH :q AND f.rowid > :after AND {where} ORDER BY f.rowid"
    )
    return sql, {"q": match_expression(words, whole)}


def vocabulary_near(session: Session, word: str) -> list[str]:
    # same first letter (typos rarely hit it), or any term when the word is short
    rows = session.execute(
        text("SELECT term FROM search_terms WHERE term >= :a AND term < :b AND length(term) BETWEEN :lo AND :hi"),
        {"a": word[0], "b": word[0] + "\uffff", "lo": max(1, len(word) - 2), "hi": len(word) + 12},
    ).scalars()
    found = list(rows)
    if len(word) >= 5:  # a wrong first letter ("kashmere"): the same three letters after it
        found += session.execute(
            text(
                "SELECT term FROM search_terms WHERE substr(term, 2, 3) = :mid AND term NOT GLOB '*[0-9]*' "
                "AND length(term) BETWEEN :lo AND :hi"
            ),
            {"mid": word[1:4], "lo": len(word) - 2, "hi": len(word) + 12},
        ).scalars()
    return found
