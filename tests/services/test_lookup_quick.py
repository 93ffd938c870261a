"""The command line's quick scan (plain DB-API, posassist.services.lookup_codes) gives exactly what
the full search gives for a code, on both engines; anything it cannot answer goes to the full path."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, text

from posassist.bootstrap import current_store
from posassist.db.lean import open_reader
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Product, Promotion, Variant
from posassist.db.tables.people import Store
from posassist.services import lookup
from posassist.services.lookup_codes import quick_search


def _extra_promotions(db: Database) -> list[str]:
    """Rules the demo lacks: one store only, ended, not yet begun, a fixed price on one variant."""
    now = utcnow()
    with db.transaction() as s:
        dt = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
        v1, v2, v3 = s.execute(select(Variant).order_by(Variant.id).offset(40).limit(3)).scalars().all()
        s.add_all(
            [
                Promotion(name="DT only", kind="percent_off", value=30, variant_id=v1.id, store_id=dt, starts_at=now),
                Promotion(
                    name="ended",
                    kind="amount_off",
                    value=100,
                    product_id=v2.product_id,
                    starts_at=now - timedelta(days=9),
                    ends_at=now - timedelta(days=1),
                ),
                Promotion(
                    name="later", kind="percent_off", value=50, variant_id=v2.id, starts_at=now + timedelta(days=2)
                ),
                Promotion(name="fixed", kind="fixed_price", value=99, variant_id=v3.id, starts_at=now),
            ]
        )
        v3.active = False
        return [v1.sku or "", v2.gtin or "", v3.sku or ""]


def _codes(db: Database) -> list[str]:
    with db.read() as s:
        rows = s.execute(select(Variant.sku, Variant.gtin).where(Variant.id % 53 == 0).limit(60)).all()
        promo = s.execute(
            select(Variant.gtin)
            .join(Product, Product.id == Variant.product_id)
            .join(Promotion, Promotion.product_id == Product.id)
        ).scalars()
        return [c for r in rows for c in r if c] + [g for g in promo if g][:5]


def test_quick_scan_equals_the_full_search(demo_db: Database, demo_url: str) -> None:
    codes = _extra_promotions(demo_db) + _codes(demo_db)
    codes += [codes[5][1:], "DEMO-OATBARISTA"]  # a GTIN-13 as scanned; a shared demo SKU
    reader = open_reader(demo_url)
    assert reader is not None, "a database at the schema head opens for the quick path"
    try:
        for store_code in ("DT", "MALL", None):
            store = current_store(demo_db, store_code)
            for active_only in (True, False):
                for code in codes:
                    full = lookup.search(demo_db, code, store=store, active_only=active_only)
                    quick = quick_search(reader, code, store_code=store_code, active_only=active_only)
                    if not full.hits:
                        assert quick is None, code
                        continue
                    assert quick is not None and full.exact, code
                    assert quick.hits == full.hits, (code, store_code)
    finally:
        reader.close()


def test_quick_path_declines_what_it_cannot_answer(demo_db: Database, demo_url: str) -> None:
    reader = open_reader(demo_url)
    assert reader is not None
    try:
        assert quick_search(reader, "oslo sofa", store_code="DT", active_only=True) is None  # words
        assert quick_search(reader, "4006381333932", store_code="DT", active_only=True) is None  # check digit
        assert quick_search(reader, "DEMO-OATBARISTA", store_code="NOPE", active_only=True) is None  # no store
    finally:
        reader.close()
    with demo_db.transaction() as s:  # a database not at this code's head: the full path migrates or refuses
        s.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert open_reader(demo_url) is None
    assert open_reader("sqlite:////nonexistent/folder/posassist.db") is None
    assert open_reader("mysql://x@y/z") is None


def test_lookup_of_a_code_starts_without_sqlalchemy(demo_sqlite: str) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['posassist', '--data-dir', sys.argv[1], '--store', 'DT', 'lookup', 'DEMO-OATBARISTA', '--json']\n"
        "from posassist.cli.main import main\n"
        "code = main()\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'PySide6', 'stdnum', 'posassist.db.tables') if m in sys.modules)\n"
        "print('HEAVY', heavy, code, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, demo_sqlite], capture_output=True, text=True, timeout=120, check=False
    )
    assert "HEAVY [] 0" in done.stderr, done.stderr
    rows = json.loads(done.stdout)
    assert rows[0]["sku"] == "DEMO-OATBARISTA" and rows[0]["stock"]["MALL"] == 24
    words = subprocess.run(  # words take the full search, same process contract
        [sys.executable, "-m", "posassist", "--data-dir", demo_sqlite, "lookup", "oat drink", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert words.returncode == 0 and json.loads(words.stdout), words.stderr
    assert Path(demo_sqlite, "posassist.db").stat().st_mode & 0o077 == 0


def _card_two_statements(db: Database, vid: int, store):  # type: ignore[no-untyped-def]
    from posassist.services import product_card as pc

    with db.read() as s:
        conn = s.connection()
        r = conn.execute(pc._ITEM, {"vid": vid}).first()
        grid = conn.execute(pc._GRID, {"pid": r.product_id}).all()
    return pc.build(db, r, grid, store)


def test_scan_to_card_is_one_statement_on_postgresql_and_the_same_card(demo_db: Database) -> None:
    from sqlalchemy import event

    from posassist.services.lookup import Lookup

    store = current_store(demo_db, "DT")
    with demo_db.read() as s:
        codes = [
            g
            for g in s.execute(select(Variant.gtin).where(Variant.id % 97 == 0, Variant.gtin.is_not(None)).limit(25))
            .scalars()
            .all()
        ]
    svc = Lookup(demo_db, store)
    seen: list[str] = []

    def note(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        seen.append(statement)

    for code in [*codes, "DEMO-OATBARISTA", "DEMO-OSLOSOFA-FORESTVELVET-2-SEAT"]:
        reference_warm = svc.search(code)  # stores, promotions and policy cached, as at a counter
        assert reference_warm.hits
        event.listen(demo_db.engine, "before_cursor_execute", note)
        try:
            seen.clear()
            res = svc.search(code)
            got = svc.card(res.hits[0].variant_id)
            statements = list(seen)
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", note)
        assert res.hits == lookup.search(demo_db, code, store=store).hits, code
        assert got == _card_two_statements(demo_db, res.hits[0].variant_id, store), code
        assert got == lookup_card(demo_db, res.hits[0].variant_id, store), code
        if demo_db.dialect == "postgresql":
            assert len(statements) == 1, statements
    again = svc.card(res.hits[0].variant_id)  # used once: a refresh reads it again
    assert again == got


def lookup_card(db: Database, vid: int, store):  # type: ignore[no-untyped-def]
    from posassist.services import product_card

    return product_card.card(db, vid, store)
