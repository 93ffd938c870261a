"""Migrations on both engines: pytest-alembic's checks, a populated upgrade, refusing a newer DB."""

from __future__ import annotations

import pytest
from pytest_alembic.tests import (  # noqa: F401  (collected here, on both engines)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import func, select, text

from posassist.db import migrate
from posassist.db.session import Database
from posassist.db.tables.catalogue import Stock, Variant
from posassist.db.tables.customers import Customer, Interaction
from posassist.db.tables.sales import Sale, SaleLine
from posassist.errors import SchemaMismatch
from posassist.services import lookup
from posassist.services.demo import load_demo


def _counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (Variant, Stock, Customer, Interaction, Sale, SaleLine)
        }


def test_every_revision_upgrades_a_populated_database_to_head(fresh_url: str) -> None:
    """For each earlier revision: a populated database at that revision (demo store loaded at head,
    then downgraded) upgrades to head with its data and foreign-key children intact."""
    revisions = [r.revision for r in reversed(list(migrate.script().walk_revisions()))]
    assert revisions, "no migrations"
    db = Database(fresh_url)
    try:
        migrate.downgrade(db.engine, "base")
        migrate.upgrade(db.engine, where="test")
        load_demo(db, variants=1500)  # once: each round goes down to its revision and back up
        before = _counts(db)
        assert before["sale_lines"] > 0 and before["stock"] > 0
        for rev in revisions[:-1]:
            migrate.downgrade(db.engine, rev)
            assert migrate.state(db.engine).revision == rev
            assert _counts(db) == before, rev
            migrate.upgrade(db.engine, where="test")
            assert migrate.state(db.engine).status == "current"
            assert _counts(db) == before, rev
            if db.dialect == "sqlite":
                with db.engine.connect() as c:
                    assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == [], rev
            # what later revisions build from existing data works: the search index
            assert lookup.search(db, "field jacket navy", store=None).hits, rev
    finally:
        db.dispose()


def test_a_newer_database_is_refused_and_left_alone(db_url: str) -> None:
    db = Database(db_url)
    try:
        with db.engine.begin() as c:
            c.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
        with pytest.raises(SchemaMismatch, match="newer posassist"):
            migrate.upgrade(db.engine, where="test")
        with db.engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "ffff_future"
    finally:
        db.dispose()


def test_postgres_counter_refuses_an_old_schema(fresh_url: str, engine_name: str) -> None:
    db = Database(fresh_url)
    try:
        with pytest.raises(SchemaMismatch, match="posassist db upgrade"):
            migrate.require_current(db.engine, "test")
    finally:
        db.dispose()


def test_sqlite_migration_backs_up_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'a.db'}"
    db = Database(url)
    first = [r.revision for r in reversed(list(migrate.script().walk_revisions()))][0]
    migrate.upgrade(db.engine, where="t", target=first)
    db.dispose()
    db = Database(url)
    state_before = migrate.state(db.engine)
    migrate.upgrade(db.engine, where="t", backup_dir=tmp_path / "bk")
    db.dispose()
    if state_before.status == "behind":
        assert list((tmp_path / "bk").glob("pre-migrate-*.db"))


def _demo_at(db: Database, revision: str) -> None:
    """A small demo store loaded at head, then taken down to ``revision``."""
    migrate.downgrade(db.engine, "base")
    migrate.upgrade(db.engine, where="test")
    load_demo(db, variants=300)
    migrate.downgrade(db.engine, revision)


def test_sqlite_times_written_without_microseconds_get_them(fresh_url: str) -> None:
    """0032: a time an import once wrote as 'YYYY-MM-DD HH:MM:SS' is completed to UTCDateTime's
    text, so a period starting on that second finds its row; the others are left as they are."""
    db = Database(fresh_url)
    try:
        _demo_at(db, "0031")
        with db.engine.begin() as c:
            first, second = c.execute(text("SELECT id FROM sales ORDER BY id LIMIT 2")).scalars().all()
            if db.dialect == "sqlite":
                c.execute(text("UPDATE sales SET sold_at = '2026-03-04 15:11:12' WHERE id = :i"), {"i": first})
            kept = c.execute(text("SELECT sold_at FROM sales WHERE id = :i"), {"i": second}).scalar_one()
        migrate.upgrade(db.engine, where="test")
        with db.engine.connect() as c:
            if db.dialect == "sqlite":
                got = c.execute(text("SELECT sold_at FROM sales WHERE id = :i"), {"i": first}).scalar_one()
                assert got == "2026-03-04 15:11:12.000000"
            assert c.execute(text("SELECT sold_at FROM sales WHERE id = :i"), {"i": second}).scalar_one() == kept
        with db.read() as s:
            row = s.get(Sale, first)
            assert row is not None and row.sold_at.tzinfo is not None
            at = row.sold_at
            assert s.execute(select(Sale.id).where(Sale.sold_at >= at, Sale.id == first)).scalar_one() == first
    finally:
        db.dispose()


def _stock_rows(c) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return c.execute(
        text("SELECT variant_id, store_id, on_hand, reserved, damaged FROM stock ORDER BY variant_id, store_id")
    ).all()


def test_stock_kept_in_its_keys_order_and_back(fresh_url: str) -> None:
    """0034: every stock row and value kept up and down; SQLite's table is WITHOUT ROWID (and has
    rowids again after the downgrade), PostgreSQL's key carries on_hand and reserved; the store
    index, the constraints' names and the cascade from a deleted variant still there."""
    db = Database(fresh_url)
    try:
        _demo_at(db, "0033")
        with db.engine.begin() as c:
            c.execute(text("UPDATE stock SET on_hand = NULL, reserved = 2 WHERE variant_id = 3"))
            before = _stock_rows(c)

        def shape(c) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
            if db.dialect == "sqlite":
                sql = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'stock'").scalar_one()
                names = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE tbl_name = 'stock'")}
                return sql.rstrip().upper().endswith("WITHOUT ROWID"), "pk_stock" in sql, names
            index = c.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'pk_stock'").scalar_one()
            names = {r[0] for r in c.exec_driver_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'stock'")}
            return "INCLUDE (on_hand, reserved)" in index, True, names

        with db.engine.connect() as c:
            plain, named, old_names = shape(c)
        assert not plain and named
        migrate.upgrade(db.engine, where="test")
        with db.engine.connect() as c:
            assert _stock_rows(c) == before
            together, named, names = shape(c)
            assert together and named
            assert "ix_stock_store_id" in names and names - {"stock", "sqlite_autoindex_stock_1"} <= old_names
            if db.dialect == "sqlite":
                assert c.exec_driver_sql("PRAGMA foreign_key_check(stock)").fetchall() == []
        with db.engine.begin() as c:  # the cascade: a variant's stock goes with it
            c.execute(text("DELETE FROM return_lines WHERE variant_id = 5"))
            c.execute(text("DELETE FROM sale_lines WHERE variant_id = 5"))
            c.execute(text("DELETE FROM variants WHERE id = 5"))
            assert c.execute(text("SELECT count(*) FROM stock WHERE variant_id = 5")).scalar_one() == 0
            after = [r for r in before if r[0] != 5]
            assert _stock_rows(c) == after
        migrate.downgrade(db.engine, "0033")
        with db.engine.connect() as c:
            assert _stock_rows(c) == after
            plain, named, back = shape(c)
            assert not plain and named and back == old_names
        migrate.upgrade(db.engine, where="test")
    finally:
        db.dispose()
