"""A re-sync reads again only the records that changed since the last import (row hashes), and
never skips what a rollback or a full sync undid."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.catalogue import Stock, Variant
from posassist.services import catalogue_sync
from posassist.services.catalogue_sync import Options
from tests.signin import manager


def opts(db: Database, **kw) -> Options:  # type: ignore[no-untyped-def]
    store = current_store(db, "DT")
    return Options(currency="CAD", store_id=store.id if store else None, **kw)


def _file(path: Path, prices: dict[int, str]) -> Path:
    lines = ["sku,style,title,colour,size,price,stock"]
    for i in range(40):
        lines.append(
            f"RS-{i},RS-{i // 4},Resync Item {i // 4},{['Red', 'Blue'][i % 2]},{['S', 'M'][(i // 2) % 2]},{prices.get(i, '10.00')},{i % 5}"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


def price(db: Database, sku: str) -> int | None:
    with db.read() as s:
        return s.execute(select(Variant.price_minor).where(Variant.sku == sku)).scalar_one()


def test_a_resync_applies_only_the_changed_records_and_rollback_forgets_them(demo_db: Database, tmp_path: Path) -> None:
    first = catalogue_sync.apply(demo_db, str(_file(tmp_path / "a.csv", {})), opts(demo_db), staff=manager(demo_db))
    assert first.applied and first.counts.created == 40
    with demo_db.read() as s:
        hashed = s.execute(select(Variant.import_hash).where(Variant.sku.like("RS-%"))).scalars().all()
    assert len(hashed) == 40 and all(hashed)  # each variant remembers its record
    second_file = _file(tmp_path / "b.csv", {3: "12.50", 17: "9.00"})
    second = catalogue_sync.apply(demo_db, str(second_file), opts(demo_db), staff=manager(demo_db))
    assert second.applied and (second.counts.updated, second.counts.unchanged) == (2, 38)
    assert second.counts.rows == 40 and second.counts.products == 10 and price(demo_db, "RS-3") == 1250
    again = catalogue_sync.apply(demo_db, str(second_file), opts(demo_db), staff=manager(demo_db))
    assert again.version is None and again.counts.unchanged == 40  # the same file: a no-op
    catalogue_sync.rollback(demo_db, second.version, manager(demo_db))
    assert price(demo_db, "RS-3") == 1000
    redo = catalogue_sync.apply(demo_db, str(second_file), opts(demo_db), staff=manager(demo_db))
    assert redo.applied and redo.counts.updated == 2 and price(demo_db, "RS-3") == 1250  # not skipped


def test_a_resync_still_finds_a_repeated_sku_among_unchanged_rows(demo_db: Database, tmp_path: Path) -> None:
    f = _file(tmp_path / "a.csv", {})
    catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    text = f.read_text().replace("RS-39,RS-9,Resync Item 9,Blue,M", "RS-38,RS-9,Resync Item 9,Red,M")
    f.write_text(text)  # row 40 now has the SKU and options of row 39 (unchanged since the last import)
    rep = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    assert not rep.applied and [p.row for p in rep.problems if p.code == "duplicate_sku"] == [40]


def test_what_a_full_sync_deactivated_comes_back_with_the_unchanged_file(demo_db: Database, tmp_path: Path) -> None:
    f = _file(tmp_path / "a.csv", {})
    catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    small = tmp_path / "small.csv"
    small.write_text("sku,style,title,colour,size,price,stock\nRS-0,RS-0,Resync Item 0,Red,S,10.00,0\n")
    catalogue_sync.apply(demo_db, str(small), opts(demo_db, full=True, confirm_full=True), staff=manager(demo_db))
    back = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    assert back.applied and back.counts.updated >= 39  # deactivated ones are read again and come back
    with demo_db.read() as s:
        active = s.execute(select(Variant.active).where(Variant.sku == "RS-6")).scalar_one()
        assert active is True
        assert s.execute(select(Stock.on_hand).join(Variant).where(Variant.sku == "RS-6")).scalar_one() == 1


def test_unchanged_rows_moved_about_keep_their_own_rows_and_lines(demo_db: Database, tmp_path: Path) -> None:
    """A re-sync stages unchanged rows as runs (rows, lines and variants one after another): rows
    reordered, one dropped and a two-line cell in front still give each row its own row, line and
    variant; an unchanged row that repeats a new row's SKU is reported at its own row and line."""
    f = _file(tmp_path / "a.csv", {})
    catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    header, *rows = f.read_text().splitlines()
    moved = rows[20:] + rows[:10] + rows[11:20]  # rows 21-40 first, row 11 (RS-10) gone
    first = 'RS-25,RS-6,"Resync Item 6\nsecond line",Blue,S,11.00,1'  # RS-25's SKU and options, new values
    text = "\n".join([header, first, *moved]) + "\n"
    (tmp_path / "b.csv").write_text(text)
    rep = catalogue_sync.apply(demo_db, str(tmp_path / "b.csv"), opts(demo_db), staff=manager(demo_db))
    dup = [p for p in rep.problems if p.code == "duplicate_sku"]
    # the unchanged RS-25 row is record 1 + 6 = 7 of the file, on line 1 (header) + 2 (the two-line
    # record) + 6 = 9; it repeats record 1
    assert [(p.row, p.line, p.severity) for p in dup] == [(7, 9, "error")], dup
    assert "row 1" in dup[0].message
    assert rep.counts.rows == 40 and rep.counts.products == 10
    # the new row matches RS-25's variant (a change); the unchanged RS-25 row is refused, not unchanged
    assert (rep.counts.updated, rep.counts.unchanged, rep.counts.skipped) == (1, 38, 1)
    # without the new row: a no-op however the unchanged rows are ordered
    (tmp_path / "c.csv").write_text("\n".join([header, *moved]) + "\n")
    again = catalogue_sync.apply(demo_db, str(tmp_path / "c.csv"), opts(demo_db), staff=manager(demo_db))
    assert again.version is None and again.counts.unchanged == 39 and again.counts.rows == 39
    assert again.counts.products == 10 and not again.problems
    # a new row among the unchanged ones: created, with its stock; the unchanged keep theirs
    new = "RS-99,RS-99,Resync Item 99,Red,S,15.00,7"
    (tmp_path / "d.csv").write_text("\n".join([header, *moved[:5], new, *moved[5:]]) + "\n")
    added = catalogue_sync.apply(demo_db, str(tmp_path / "d.csv"), opts(demo_db), staff=manager(demo_db))
    assert added.applied and (added.counts.created, added.counts.updated, added.counts.unchanged) == (1, 0, 39)
    assert added.counts.products == 11 and price(demo_db, "RS-99") == 1500
    with demo_db.read() as s:
        assert s.execute(select(Stock.on_hand).join(Variant).where(Variant.sku == "RS-99")).scalar_one() == 7
        assert s.execute(select(Stock.on_hand).join(Variant).where(Variant.sku == "RS-6")).scalar_one() == 1
