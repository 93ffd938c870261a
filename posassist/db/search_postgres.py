"""PostgreSQL: a tsvector per variant ('simple' config, unaccented) with a GIN index; typos
through pg_trgm similarity on the term list."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

_DOCS = """
    SELECT v.id, lower(unaccent(p.title)),
           setweight(to_tsvector('simple', unaccent(p.title)), 'A')
        || setweight(to_tsvector('simple', unaccent(coalesce(p.brand, ''))), 'B')
        || to_tsvector('simple', unaccent(coalesce(v.colour, '') || ' ' || coalesce(v.size, '') || ' '
                                          || coalesce(d.name, '') || ' ' || coalesce(d.code, '')))
        || to_tsvector('simple', coalesce(v.sku, ''))
    FROM variants v JOIN products p ON p.id = v.product_id
    LEFT JOIN departments d ON d.id = p.department_id
"""
_TERMS = """
    INSERT INTO search_terms (term)
    SELECT word FROM ts_stat($$SELECT tsv FROM variant_search {where}$$)
    WHERE length(word) BETWEEN 3 AND 100 AND word ~ '^[[:alnum:]]+$'
    ON CONFLICT DO NOTHING
"""


def rebuild(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM variant_search")
    conn.exec_driver_sql(f"INSERT INTO variant_search (variant_id, title, tsv) {_DOCS}")
    conn.exec_driver_sql("DELETE FROM search_terms")
    conn.exec_driver_sql(_TERMS.format(where=""))


def reindex_products(conn: Connection, product_ids: list[int]) -> None:
    ids = ", ".join(str(int(i)) for i in product_ids)
    conn.exec_driver_sql(
        f"DELETE FROM variant_search WHERE variant_id IN (SELECT id FROM variants WHERE product_id IN ({ids}))"
    )
    conn.exec_driver_sql(f"INSERT INTO variant_search (variant_id, title, tsv) {_DOCS} WHERE v.product_id IN ({ids})")
    conn.exec_driver_sql(
        _TERMS.format(where=f"WHERE variant_id IN (SELECT id FROM variants WHERE product_id IN ({ids}))")
    )


def index_new_variants(conn: Connection, first_id: int, last_id: int) -> None:
    where = f"WHERE v.id BETWEEN {int(first_id)} AND {int(last_id)}"
    conn.exec_driver_sql(f"INSERT INTO variant_search (variant_id, title, tsv) {_DOCS} {where}")
    conn.exec_driver_sql(_TERMS.format(where=f"WHERE variant_id BETWEEN {int(first_id)} AND {int(last_id)}"))


def tsquery(words: list[list[str]], whole: frozenset[str] = frozenset()) -> str:
    """[['jacket'], ['navy', 'navvy']] -> 'jacket:* & (navy:* | navvy:*)'; a word in ``whole`` is
    matched as that word only (no ':*'). Words are folded letters and digits only, so nothing in
    them is tsquery syntax."""
    groups = []
    for alts in words:
        parts = [w for w in dict.fromkeys(alts) if w.isalnum()]
        if parts:
            groups.append("(" + " | ".join(w if w in whole else f"{w}:*" for w in parts) + ")")
    return " & ".join(groups)


EXPAND_MOST = 24  # a prefix standing for more indexed words than this stays a prefix query
_TERMS_OF = (  # each word's first EXPAND_MOST + 1 indexed words, in one statement
    "SELECT a.i, t.term FROM unnest(CAST(:ws AS text[])) WITH ORDINALITY AS a(w, i) CROSS JOIN LATERAL"
    " (SELECT term FROM search_terms WHERE term >= a.w AND term < a.w || :top ORDER BY term"
    f" LIMIT {EXPAND_MOST + 1}) t"
)


def whole_words(session: Session, words: list[list[str]]) -> tuple[list[list[str]], frozenset[str]]:
    """Each word of 2+ letters (no digits) as the indexed words it starts, when there are few.
    GIN reads every posting list of every word a prefix stands for before it can AND them with
    the other words ('kyot:* & cha:*' 7.4 ms on 1 M variants), but skips through the lists of
    whole words (with the four words 'cha' starts: 2.7 ms). The term list keeps words of 3+
    letters, so a 2-letter word stays in its group as a whole word too. Returns the groups with
    those words in place of the prefix, and the set of words to match whole."""
    asked = list(dict.fromkeys(w for alts in words for w in alts if 2 <= len(w) <= 100 and w.isalpha()))
    found: dict[str, list[str]] = {}
    if asked:
        for i, term in session.execute(text(_TERMS_OF), {"ws": asked, "top": "\uffff"}).all():
            found.setdefault(asked[i - 1], []).append(term)
    whole: set[str] = set()
    out = []
    for alts in words:
        group: list[str] = []
        for w in alts:
            terms = found.get(w, [])
            if len(w) == 2 and w in asked and len(terms) <= EXPAND_MOST:
                terms = [w, *terms]  # itself (the term list has no 2-letter words) and the words it starts
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
    """Matching variant ids in id order."""
    sql = (
        f"SELECT {columns} FROM variant_search f JOIN variants v ON v.id = f.variant_id "
        f"JOIN products p ON p.id = v.product_id {joins} "
        f"WHERE f.tsv @@ to_tsquery('simple', :q) AND f.variant_id > :after AND {where} "
        "ORDER BY f.variant_id"
    )
    return sql, {"q": tsquery(words, whole) or "nothing_matches_this_empty_query"}


def window_sql(where: str, columns: str = "v.id AS id", joins: str = "") -> str:
    """The first matches as the index hands them over (no order: sorting by id read every match of
    a common word from the table first, 1,700 pages for 'alpine' on 1 M variants); :q as in
    candidate_sql. The search table takes no parallel workers (migration 0030), so the same rows
    come each time."""
    return (
        f"SELECT {columns} FROM variant_search f JOIN variants v ON v.id = f.variant_id "
        f"JOIN products p ON p.id = v.product_id {joins} WHERE f.tsv @@ to_tsquery('simple', :q) AND {where}"
    )


def rest_sql(where: str) -> str:
    """The matches outside the window (ids :seen), in id order."""
    return (
        "SELECT v.id AS id FROM variant_search f JOIN variants v ON v.id = f.variant_id "
        f"JOIN products p ON p.id = v.product_id WHERE f.tsv @@ to_tsquery('simple', :q) AND {where} "
        "AND f.variant_id <> ALL(CAST(:seen AS bigint[])) ORDER BY f.variant_id"
    )


def vocabulary_near(session: Session, word: str) -> list[str]:
    rows = session.execute(
        text(
            "SELECT term FROM search_terms WHERE term % :w OR term LIKE :p ORDER BY similarity(term, :w) DESC LIMIT 50"
        ),
        {"w": word, "p": word[:2] + "%"},
    ).scalars()
    return list(rows)
