"""Issue 17 on PostgreSQL: after an erasure the person's name, e-mail and phone are not left in
the pages of the tables or of their indexes as old row versions (the erasure vacuums what its role
owns; migration 0023 has autovacuum clean the same tables after any change when it owns none)."""

from __future__ import annotations

import importlib.util

import pytest
from sqlalchemy import create_engine, make_url, text

from posassist.db.session import Database
from posassist.paths import migrations_dir
from posassist.services import customer_records, erasure
from tests.services.test_erasure_everywhere import _person
from tests.signin import manager


def _pages_holding(admin_url: str, database: str, needles: list[str]) -> list[str]:
    """Every relation (table, index, TOAST) of the database whose raw pages hold a needle."""
    engine = create_engine(make_url(admin_url).set(database=database), isolation_level="AUTOCOMMIT")
    found: list[str] = []
    try:
        with engine.connect() as c:
            c.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect"))
            rels = c.execute(
                text(
                    "SELECT c.oid::regclass::text, pg_relation_size(c.oid) / current_setting('block_size')::int"
                    " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't')"
                    " AND c.relpersistence = 'p' AND pg_relation_size(c.oid) > 0"
                )
            ).all()
            for rel, blocks in rels:
                hit = c.execute(
                    text(
                        "SELECT min(b) FROM generate_series(0, :n - 1) AS b, unnest(CAST(:needles AS text[])) AS w"
                        " WHERE position(convert_to(w, 'UTF8') IN get_raw_page(:r, b)) > 0"
                    ),
                    {"n": int(blocks), "needles": needles, "r": rel},
                ).scalar_one()
                if hit is not None:
                    found.append(f"{rel} block {hit}")
    finally:
        engine.dispose()
    return found


def test_no_old_row_version_of_an_erased_customer_stays_in_the_pages(
    demo_db: Database, engine_name: str, pg_server
) -> None:  # type: ignore[no-untyped-def]
    if engine_name != "postgresql":
        pytest.skip("SQLite: tests/services/test_erasure_everywhere.py reads the file's bytes")
    cid, needles = _person(demo_db)
    database = make_url(demo_db.url).database or ""
    assert _pages_holding(pg_server.admin_url, database, needles)  # the test can see them before
    customer_records.erase(demo_db, cid, manager(demo_db))
    assert _pages_holding(pg_server.admin_url, database, needles) == []


def test_the_migration_names_the_erasure_tables() -> None:
    path = next((migrations_dir() / "versions").glob("0023_*.py"))
    spec = importlib.util.spec_from_file_location("m0023", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert tuple(module.TABLES) == erasure.ERASURE_TABLES
