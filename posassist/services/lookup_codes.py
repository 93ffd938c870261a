"""A scan code or SKU answered with plain DB-API reads (posassist.db.lean): the command line's
``posassist lookup CODE`` for scripts that call it once per item. The same rows, prices and stock
as :func:`posassist.services.lookup.search` gives for a code (both put hits together with
:func:`posassist.services.lookup_types.assemble`); anything else — words, a code nothing has, a
database to migrate — returns None and the full search answers."""

from __future__ import annotations

from datetime import UTC, datetime

from posassist.db.lean import Reader, placeholders
from posassist.domain.pricing import PromoRule
from posassist.domain.scan import classify, clean
from posassist.services.dto import StoreInfo
from posassist.services.lookup_types import HIT_COLUMNS, MAX_QUERY, ProductHit, SearchResult, assemble

_STORE = "SELECT id, code, name, currency, locale, units, timezone FROM stores WHERE active"
_ITEMS = (
    "SELECT v.id, v.product_id, v.sku, v.gtin, v.colour, v.size, v.price_minor, v.compare_at_minor,"
    " v.currency, v.active, p.title, p.brand, p.active, p.department_id, d.name"
    " FROM variants v JOIN products p ON p.id = v.product_id"
    " LEFT JOIN departments d ON d.id = p.department_id WHERE v.id IN ({ids})"
)
_STOCK = (
    "SELECT s.variant_id, st.code, s.on_hand, s.reserved FROM stock s JOIN stores st ON st.id = s.store_id"
    " WHERE st.active AND s.variant_id IN ({ids})"
)
_PROMOS = (
    "SELECT variant_id, product_id, department_id, name, kind, value, starts_at, ends_at, store_id"
    " FROM promotions WHERE active AND (variant_id IN ({v}) OR product_id IN ({p}) OR department_id IN ({d}))"
)
assert len(HIT_COLUMNS) == 15  # _ITEMS selects them in this order


def store_of(reader: Reader, code: str | None) -> StoreInfo | None | bool:
    """This counter's store as bootstrap.current_store finds it; False when ``code`` names none
    (the full path says so)."""
    if code:
        rows = reader.rows(_STORE + " AND code = ?", (code,))
        if not rows:
            return False
    else:
        rows = reader.rows(_STORE + " ORDER BY id LIMIT 1")
        if not rows:
            return None
    i, c, name, currency, locale, units, tz = rows[0]
    return StoreInfo(i, c, name, currency, locale, units, tz)


def _variant_ids(reader: Reader, code: str, gtin: str | None, active_only: bool) -> list[int]:
    sql = "SELECT id FROM variants WHERE " + ("(sku = ? OR gtin = ?)" if gtin is not None else "sku = ?")
    if active_only:
        sql += " AND active"
    params = (code, gtin) if gtin is not None else (code,)
    return [r[0] for r in reader.rows(sql + " ORDER BY product_id, position, id", params)]


def hits(reader: Reader, ids: list[int], store: StoreInfo | None, now: datetime) -> list[ProductHit]:
    """The items' rows, stock in every active store and the promotions that may apply: three reads."""
    marks = placeholders(len(ids))
    rows = reader.rows(_ITEMS.format(ids=marks), tuple(ids))
    stock = [tuple(r) for r in reader.rows(_STOCK.format(ids=marks), tuple(ids))]
    pids = sorted({r[1] for r in rows})
    depts = sorted({r[13] for r in rows if r[13] is not None}) or [-1]
    promo_rows = reader.rows(
        _PROMOS.format(v=marks, p=placeholders(len(pids) or 1), d=placeholders(len(depts))),
        (*ids, *(pids or [-1]), *depts),
    )
    by: dict[tuple[int, int], list[PromoRule]] = {}
    for vid, pid, did, name, kind, value, starts, ends, sid in promo_rows:
        rule = PromoRule(name, kind, int(value), reader.when(starts), reader.when(ends), sid)  # type: ignore[arg-type]
        for level, key in ((0, vid), (1, pid), (2, did)):
            if key is not None:
                by.setdefault((level, key), []).append(rule)

    def rules_for(vid: int, pid: int, did: int | None, store_id: int | None) -> list[PromoRule]:
        found = [*by.get((0, vid), ()), *by.get((1, pid), ())]
        if did is not None:
            found += by.get((2, did), ())
        return [r for r in found if r.store_id in (None, store_id)]

    return assemble(ids, rows, stock, rules_for, store, now)


def quick_search(reader: Reader, query: str, *, store_code: str | None, active_only: bool) -> SearchResult | None:
    """The items a scan code or SKU names, or None when the full search must answer."""
    text = query[:MAX_QUERY]
    scan = classify(text)
    if scan.kind not in ("gtin", "code"):
        return None
    store = store_of(reader, store_code)
    if store is False:
        return None
    assert store is None or isinstance(store, StoreInfo)
    gtin = scan.value if scan.kind == "gtin" and scan.problem is None else None
    code = scan.value if scan.kind == "code" else clean(text).strip()
    ids = _variant_ids(reader, code, gtin, active_only)
    if not ids:
        return None  # the full search explains (a check digit, no such barcode) or searches words
    return SearchResult(query, hits(reader, ids, store, datetime.now(UTC)), True)
