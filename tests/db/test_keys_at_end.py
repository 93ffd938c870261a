"""A unit of work that checks its foreign keys at the end (db.keys_at_end): SQLite's row-by-row
checks are off inside it only, every new row is checked before the commit, a row that points at
nothing rolls the whole unit back, and the pooled connection has its checks on again after."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from posassist.db.session import Database
from posassist.errors import Conflict, StorageError


@pytest.fixture
def sqlite_demo(tmp_path: Path, _demo_templates: dict[str, str]) -> Iterator[Database]:
    shutil.copyfile(_demo_templates["sqlite"], tmp_path / "posassist.db")
    db = Database(f"sqlite:///{tmp_path / 'posassist.db'}")
    yield db
    db.dispose()


def _keys_on(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(text("PRAGMA foreign_keys")).scalar_one())


def _a_sale(s: object) -> int:
    return int(s.execute(text("SELECT min(id) FROM sales")).scalar_one())  # type: ignore[attr-defined]


LINE = (
    "INSERT INTO sale_lines (sale_id, line_no, variant_id, description, quantity, unit_price_minor, discount_minor,"
    " tax_minor, total_minor, final_sale) VALUES (:sale, 900, :variant, 'x', 1, 100, 0, 0, 100, 0)"
)


def test_good_rows_commit_and_the_checks_come_back(sqlite_demo: Database) -> None:
    db = sqlite_demo
    assert _keys_on(db) == 1
    with db.transaction(keys_at_end=True) as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 0
        sale = _a_sale(s)
        variant = s.execute(text("SELECT min(id) FROM variants")).scalar_one()
        s.execute(text(LINE), {"sale": sale, "variant": variant})
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM sale_lines WHERE line_no = 900")).scalar_one() == 1
    assert _keys_on(db) == 1
    with db.transaction() as s:  # an ordinary unit of work on the same pooled connection checks row by row
        assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    with db.engine.connect() as c:  # also work that takes the connection without a unit of work
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


@pytest.mark.parametrize("bad", ["sale", "variant"])
def test_a_row_that_points_at_nothing_rolls_everything_back(sqlite_demo: Database, bad: str) -> None:
    db = sqlite_demo
    with db.read() as s:
        lines = s.execute(text("SELECT count(*) FROM sale_lines")).scalar_one()
        stores_before = s.execute(text("SELECT count(*) FROM stores")).scalar_one()
    with pytest.raises(StorageError) as err, db.transaction(keys_at_end=True) as s:
        s.execute(text("UPDATE stores SET name = name || ' (changed)'"))  # work of the same unit
        sale = 10**9 if bad == "sale" else _a_sale(s)
        variant = 10**9 if bad == "variant" else None
        s.execute(text(LINE), {"sale": sale, "variant": variant})  # not refused at once: checks are off
    assert "sale_lines" in str(err.value) and str(10**9) in str(err.value)
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM sale_lines")).scalar_one() == lines
        assert s.execute(text("SELECT count(*) FROM stores WHERE name LIKE '% (changed)'")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM stores")).scalar_one() == stores_before
    assert _keys_on(db) == 1


def test_rows_there_before_are_not_read_again(sqlite_demo: Database) -> None:
    """Only new rows are checked: the check costs what the unit of work added, not the table."""
    db = sqlite_demo
    from posassist.db.keys_at_end import KeysAtEnd

    with db.transaction() as s:
        checks = KeysAtEnd(s.connection())
        top = s.execute(text("SELECT max(id) FROM sale_lines")).scalar_one()
        assert checks.before["sale_lines"] == top
        assert any(k.table == "sale_lines" and k.columns == ("sale_id",) and k.parent == "sales" for k in checks.keys)
        checks.verify(s.connection())  # the demo's rows are all sound


def test_an_ordinary_unit_of_work_refuses_at_once(sqlite_demo: Database) -> None:
    db = sqlite_demo
    with pytest.raises(Conflict), db.transaction() as s:
        s.execute(text(LINE), {"sale": 10**9, "variant": None})
    assert _keys_on(db) == 1
