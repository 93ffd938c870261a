"""A hold from a chosen store, by keyboard: the held unit shows as reserved stock on the card's
grid and in the results' Here / other stores columns; released and collected from Shift+F10, the
stock shown follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from posassist.db.tables.catalogue import Stock, Variant
from posassist.db.tables.people import Store
from posassist.db.tables.promises import Hold
from posassist.ui.lookup.model import stock_text
from tests.ui.test_customer_pane import _select, _window
from tests.ui.waiting import answered, settled

SKU = "DEMO-FIELDJKT-NAVY-L"
HERE, OTHERS = 5, 6  # the results' columns


def _f():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def _key(qtbot, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(_f(), key, mods)
    settled(qtbot)


def _stock(db, code: str) -> tuple[int | None, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        on_hand, reserved = s.execute(
            select(Stock.on_hand, Stock.reserved)
            .join(Variant, Variant.id == Stock.variant_id)
            .join(Store, Store.id == Stock.store_id)
            .where(Variant.sku == SKU, Store.code == code)
        ).one()
    return on_hand, reserved or 0


def _cell(win, col: int) -> str:  # type: ignore[no-untyped-def]
    model = win.lookup.model
    row = next(r for r in range(model.rowCount()) if model.hit(r).sku == SKU)
    return str(model.data(model.index(row, col)))


def _grid_held(win, code: str) -> int:  # type: ignore[no-untyped-def]
    card = win.lookup.card.card
    cell = next(c for c in card.grid if c.sku == SKU)
    return dict(cell.held).get(code, 0)


def _back_to_counter(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    settled(qtbot)


def _hold(qtbot, win, downs: int) -> None:  # type: ignore[no-untyped-def]
    """F10, no needed-by day (Enter), the store ``downs`` below the first (nearest), Enter."""
    qtbot.keyClick(win, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: getattr(win, "hold_dialog", None) is not None and win.hold_dialog.isVisible())
    dlg = win.hold_dialog
    qtbot.waitUntil(lambda: dlg.stores.count() > 0 and dlg.needed_by.hasFocus(), timeout=30_000)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dlg.stores.hasFocus, timeout=30_000)
    for _ in range(downs):
        _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.result_hold is not None and not dlg.isVisible(), timeout=30_000)
    answered(qtbot)
    _back_to_counter(qtbot, win)


def _holds_button(qtbot, win, tabs: int) -> None:  # type: ignore[no-untyped-def]
    """Shift+F10, the first hold, Tab to Collect (1) or Release (2), Space."""
    qtbot.keyClick(win, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(win, "holds_dialog", None) is not None and win.holds_dialog.isVisible())
    dlg = win.holds_dialog
    qtbot.waitUntil(lambda: dlg.list.count() > 0 and dlg.list.hasFocus(), timeout=30_000)
    for _ in range(tabs):
        _key(qtbot, Qt.Key.Key_Tab)
    assert _f() is (dlg.collect_btn if tabs == 1 else dlg.release_btn)
    _key(qtbot, Qt.Key.Key_Space)
    answered(qtbot)
    qtbot.waitUntil(lambda: "No open holds" in dlg.message.text() or dlg.list.count() == 0, timeout=20_000)
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    _back_to_counter(qtbot, win)


def test_a_hold_shows_as_reserved_stock_and_follows_collect_and_release(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    db = demo_app.db
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Tom Becker")
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.keyClicks(win.lookup.search, SKU)
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lookup.card.card is not None and win.lookup.model.rowCount() > 0, timeout=20_000)
    dt, mall = _stock(db, "DT"), _stock(db, "MALL")
    assert dt[1] == 0 and _cell(win, HERE) == stock_text(dt[0])
    # held here (the first store offered): Here says so, and so does the card's grid
    _hold(qtbot, win, downs=0)
    assert _stock(db, "DT") == (dt[0], 1)
    qtbot.waitUntil(lambda: _cell(win, HERE) == stock_text(dt[0], 1), timeout=20_000)
    assert "(1 held)" in _cell(win, HERE)
    qtbot.waitUntil(lambda: _grid_held(win, "DT") == 1, timeout=20_000)
    # released from Shift+F10: back to stock
    _holds_button(qtbot, win, tabs=2)
    assert _stock(db, "DT") == (dt[0], 0)
    qtbot.waitUntil(lambda: _cell(win, HERE) == stock_text(dt[0]), timeout=20_000)
    qtbot.waitUntil(lambda: _grid_held(win, "DT") == 0, timeout=20_000)
    # a hold from the store chosen below (the mall): shown held in the other stores' column
    _hold(qtbot, win, downs=1)
    with db.read() as s:
        h = s.execute(select(Hold).order_by(Hold.id.desc())).scalars().first()
        assert h is not None and s.get(Store, h.from_store_id).code == "MALL"
    assert _stock(db, "MALL") == (mall[0], 1)
    qtbot.waitUntil(lambda: f"MALL {stock_text(mall[0], 1)}" in _cell(win, OTHERS), timeout=20_000)
    qtbot.waitUntil(lambda: _grid_held(win, "MALL") == 1, timeout=20_000)
    # collected: the customer took it; nothing is held any more
    _holds_button(qtbot, win, tabs=1)
    after = _stock(db, "MALL")
    assert after[1] == 0
    qtbot.waitUntil(lambda: f"MALL {stock_text(after[0])}" in _cell(win, OTHERS), timeout=20_000)
    assert "held" not in _cell(win, OTHERS)
