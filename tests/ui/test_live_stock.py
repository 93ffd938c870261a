"""Two counters, two app instances on one database: a return confirmed at counter 2 shows on the
card open at counter 1 within seconds, without anyone pressing anything — pushed by PostgreSQL
LISTEN/NOTIFY, polled on SQLite. The associate's place in the grid stays where it was."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from posassist.bootstrap import build_app
from posassist.config import resolve
from posassist.db.tables.catalogue import Department, Product, Stock, Variant
from posassist.db.tables.people import Store
from posassist.services import auth, returns
from posassist.services.demo.stories import STAFF
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
from posassist.ui.main_window import MainWindow
from tests.conftest import sell_one


def _here(win: MainWindow) -> int | None:
    card = win.lookup.card.card
    cell = next(c for c in card.grid if c.variant_id == card.variant_id)
    return cell.stock[0][1]


def test_a_return_at_another_counter_updates_the_open_card(
    qtbot,
    demo_url: str,
    engine_name: str,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    qsettings,
) -> None:
    one = build_app(resolve(data_dir=tmp_path / "c1", database_url=demo_url, store="DT", counter="Counter 1"))
    two = build_app(resolve(data_dir=tmp_path / "c2", database_url=demo_url, store="DT", counter="Counter 2"))
    try:
        with one.db.transaction() as s:  # something sold at DT two days ago, with known stock
            dt = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
            vid, sku, price = s.execute(
                select(Variant.id, Variant.sku, Variant.price_minor)
                .join(Product)
                .join(Department)
                .join(Stock, (Stock.variant_id == Variant.id) & (Stock.store_id == dt))
                .where(Department.code == "APP", Stock.on_hand.is_not(None), Variant.price_minor > 0)
                .order_by(Variant.id)
                .limit(1)
            ).one()
            sale_id, line_id = sell_one(s, receipt="LIVE-1", store_id=dt, variant_id=vid, price_minor=price)
        alex = auth.sign_in(one.db, STAFF[0].code, STAFF[0].pin)
        win = MainWindow(one, alex, qsettings)
        qtbot.addWidget(win)
        win.show()
        win.lookup.show_scan(sku)
        qtbot.waitUntil(
            lambda: win.lookup.card.card is not None and win.lookup.card.card.variant_id == vid, timeout=10_000
        )
        before = _here(win)
        grid = win.lookup.card.grid
        grid.setCurrentCell(grid.rowCount() - 1, grid.columnCount() - 1)
        place = (grid.currentRow(), grid.currentColumn())
        qtbot.waitUntil(lambda: win.lookup.live._last is not None, timeout=10_000)  # the baseline is known

        sam = auth.sign_in(two.db, STAFF[2].code, STAFF[2].pin)  # counter 2 takes the item back
        draft = returns.new_draft(dt, sam.id, sale_id=sale_id, lines=(DraftLine(line_id, 1, reason="changed_mind"),))
        assert commit(two.db, draft, sam).return_no

        qtbot.waitUntil(lambda: _here(win) == (before or 0) + 1, timeout=15_000)
        assert (grid.currentRow(), grid.currentColumn()) == place
        assert win.lookup.live.pushed == (engine_name == "postgresql")
        win.close()
    finally:
        one.close()
        two.close()
