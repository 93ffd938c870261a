"""The ten service stories, keyboard only, on SQLite and PostgreSQL (see the README's counter flow)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from posassist.db.tables.catalogue import Stock, Variant
from posassist.db.tables.customers import Customer, FollowUp, Interaction
from posassist.db.tables.ops import Goodwill
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Return, Sale
from posassist.services import audit, customers, followups, reports
from posassist.services.demo.stories import STAFF
from posassist.ui.returns.wizard import Page
from tests.stories.conftest import Keys, open_counter, record

ALEX, SAM, PRIYA = STAFF[0], STAFF[2], STAFF[3]


def _customer(qtbot, win, keys: Keys, name: str) -> None:  # type: ignore[no-untyped-def]
    keys.key(Qt.Key.Key_F3)
    keys.type(name)
    keys.enter()
    qtbot.waitUntil(lambda: win.customers.current is not None and win.customers.current.name == name, timeout=10_000)


def _wizard_from_purchases(qtbot, win, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    """F5, then the customer's most recent purchase from the list."""
    keys.key(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.wizard is not None and win.wizard.find_page.receipt.hasFocus())
    keys.tab()
    keys.key(Qt.Key.Key_Down)
    keys.enter()
    qtbot.waitUntil(lambda: win.wizard.currentId() == Page.LINES)


def _stock(db, sku: str, code: str):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.execute(select(Stock.on_hand, Stock.reserved).join(Store, Store.id == Stock.store_id)
                         .join(Variant, Variant.id == Stock.variant_id)
                         .where(Variant.sku == sku, Store.code == code)).one()


def test_1_wrong_colour_unsure(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Maria Gonzalez")
    _wizard_from_purchases(qtbot, win, keys)
    w = win.wizard
    assert "Not the customer's mistake" in w.find_page.info.text()  # what the associate can tell Maria
    navy_before = _stock(story_app.db, "DEMO-FIELDJKT-NAVY-M", "DT")[0]
    keys.enter()  # one jacket
    keys.type("We")  # reason: we sent the wrong item
    keys.tab(2)
    keys.type("Exchange")  # exchange now
    keys.tab()
    keys.scan("DEMO-FIELDJKT-NAVY-M")
    keys.enter()
    assert "Allowed" in w.verdict_page.text.text()
    keys.enter()
    keys.enter()  # confirm
    qtbot.waitUntil(lambda: w.result is not None)
    assert w.result.refund_minor == 0 and w.receipt_path and w.receipt_path.exists()
    assert _stock(story_app.db, "DEMO-FIELDJKT-NAVY-M", "DT")[0] == navy_before - 1
    record("1 wrong colour, unsure", keys)


def test_2_wrong_colour_gift_on_friday(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Tom Becker")
    assert "Daughter&#x27;s birthday" in win.customers.profile.text()
    _wizard_from_purchases(qtbot, win, keys)
    w = win.wizard
    keys.enter()
    keys.type("We")
    keys.tab(2)
    keys.type("Ship")
    keys.tab()
    keys.scan("DEMO-FIELDJKT-NAVY-L")
    keys.enter()
    text = w.verdict_page.text.text()
    assert "arrives by" in text  # the date is shown before Tom agrees
    keys.enter()
    keys.enter()
    qtbot.waitUntil(lambda: w.result is not None)
    with story_app.db.read() as s:
        order = s.execute(select(Sale).where(Sale.receipt_no == w.result.new_sale_receipt)).scalar_one()
    assert order.arrive_by is not None
    # a follow-up to confirm the delivery, by keyboard in the customer pane
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    keys.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.customers.notes.promise.hasFocus()
    keys.type("Call Tom to confirm the parcel arrived")
    keys.enter()
    assert any("confirm the parcel" in f.text for f in followups.for_customer(story_app.db, win.customers.current.id))
    record("2 wrong colour, gift on Friday", keys)
