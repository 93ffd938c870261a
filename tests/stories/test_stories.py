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
from tests.conftest import not_demo_history
from tests.stories.conftest import Keys, open_counter, record, settled

ALEX, SAM, PRIYA = STAFF[0], STAFF[2], STAFF[3]


CARDS = {
    "Maria Gonzalez": "LC-100001",
    "Tom Becker": "LC-100002",
    "Aisha Khan": "LC-100003",
    "Walter Brennan": "LC-100004",
    "Daniel Moreau": "LC-100005",
    "Margaret Whitfield": "LC-100006",
    "Eleanor Whitfield": "LC-100007",
    "Harold Jensen": "LC-100008",
    "Nina Patel": "LC-100009",
}


def _customer(qtbot, win, keys: Keys, name: str) -> None:  # type: ignore[no-untyped-def]
    """F3 and the customer's loyalty card scanned (typing the name works too: see the UI tests)."""
    keys.key(Qt.Key.Key_F3)
    keys.scan(CARDS[name])
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
        return s.execute(
            select(Stock.on_hand, Stock.reserved)
            .join(Store, Store.id == Stock.store_id)
            .join(Variant, Variant.id == Stock.variant_id)
            .where(Variant.sku == sku, Store.code == code)
        ).one()


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
    keys.type("Confirm delivery")
    keys.enter()
    assert any("Confirm delivery" in f.text for f in followups.for_customer(story_app.db, win.customers.current.id))
    record("2 wrong colour, gift on Friday", keys)


def _in(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the dialog ``name`` has the keyboard (it opened without blocking)."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(
        lambda: QApplication.activeWindow() is not None and QApplication.activeWindow().objectName() == name
    )
    settled(qtbot)  # the dialog gives its first field the focus once shown


def _on_page(qtbot, w, page: int) -> None:  # type: ignore[no-untyped-def]
    """Until the wizard shows ``page``; a busy machine signs the shift lead in (argon2id) slowly."""
    try:
        qtbot.waitUntil(lambda: w.currentId() == page, timeout=30_000)
    except Exception as err:  # say what the associate would see instead
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        raise AssertionError(
            f"still on page {w.currentId()}; approval status {w.verdict_page.status.text()!r}; "
            f"verdict {w.verdict_page.text.text()[:300]!r}; focus {focus.objectName() if focus else None}"
        ) from err


def _approve_here(keys: Keys, reason: str, note: str, lead=SAM) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    def in_reason() -> bool:  # the verdict is judged off the GUI thread; its reason box takes the keys then
        f = QApplication.focusWidget()
        return f is not None and f.objectName() == "approvalReason"

    keys.qtbot.waitUntil(in_reason, timeout=30_000)
    keys.type(reason)
    keys.tab()
    keys.type(note)
    keys.tab()
    keys.type(lead.code)
    keys.tab()
    keys.type(lead.pin)
    keys.enter()


def _goodwill(qtbot, win, keys: Keys, downs: int, cost: str, story: str, also: bool = False) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: win.isActiveWindow() or win.windowHandle().requestActivate() or False)
    keys.key(Qt.Key.Key_F8)
    _in(qtbot, "goodwillDialog")
    keys.key(Qt.Key.Key_Down, times=downs)
    keys.tab()
    keys.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(cost)
    keys.tab()
    keys.type(story)
    keys.tab()
    if win.goodwill_dialog.also.isVisible():  # "also for her mother" is offered
        if also:
            keys.key(Qt.Key.Key_Space)
        keys.tab()
    _approve_here(keys, "Medical" if ("surgery" in story or "get well" in story) else "Goodwill", "OK")
    qtbot.waitUntil(lambda: win.goodwill_dialog.record is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not win.goodwill_dialog.isVisible(), timeout=10_000)


def test_3_wrong_colour_keeps_it(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Aisha Khan")
    _wizard_from_purchases(qtbot, win, keys)
    w = win.wizard
    keys.enter()
    keys.type("We")
    keys.tab(2)
    keys.type("Keep")
    keys.tab()
    keys.scan("DEMO-FIELDJKT-NAVY-M")
    keys.enter()
    keys.enter()
    assert "Customer pays" in w.summary_page.text.text()
    keys.enter()
    qtbot.waitUntil(lambda: w.result is not None)
    assert w.result.refund_minor == 0 and w.result.new_sale_receipt
    qtbot.waitUntil(lambda: not w.isVisible())
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    _goodwill(qtbot, win, keys, 4, "15", "Sorry for the mix-up")
    with story_app.db.read() as s:
        g = s.execute(select(Goodwill).where(Goodwill.kind == "discount", not_demo_history())).scalar_one()
    assert g.cost_minor == 1500 and g.approved_by is not None
    record("3 wrong colour, keeps it", keys)


def test_4_tyres_the_store_never_sold(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Walter Brennan")
    keys.key(Qt.Key.Key_F5)
    w = win.wizard
    qtbot.waitUntil(lambda: w is not None and w.find_page.receipt.hasFocus())
    w = win.wizard
    keys.key(Qt.Key.Key_Backtab)
    keys.key(Qt.Key.Key_Right, times=2)  # item this store never sold
    keys.enter()
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    keys.type("4 winter tyres")
    keys.tab()
    keys.type("480.00")
    keys.enter()
    keys.type("Oth")  # the reason is chosen, never preset: "Other"
    keys.enter()
    assert "never sold" in w.verdict_page.text.text()
    _approve_here(keys, "Goodwill", "Loyal customer")
    _on_page(qtbot, w, Page.SUMMARY)
    keys.enter()
    qtbot.waitUntil(lambda: w.result is not None)
    with story_app.db.read() as s:
        g = s.execute(select(Goodwill).where(Goodwill.kind == "accept_unsold_item", not_demo_history())).scalar_one()
    assert g.cost_minor == 48000 and audit.verify(story_app.db).ok
    record("4 tyres the store never sold", keys)


def test_5_snowed_in_delivery_approved_from_another_counter(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from posassist.bootstrap import build_app
    from posassist.config import resolve

    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Harold Jensen")
    assert "limited mobility" in win.banner.text()
    keys.key(Qt.Key.Key_F8)
    _in(qtbot, "goodwillDialog")
    keys.key(Qt.Key.Key_Down)  # free delivery
    keys.tab()
    keys.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("25.00")
    keys.tab()
    keys.type("Snowed in; drive groceries over")
    keys.tab(7)  # to 'Ask a shift lead elsewhere'
    keys.key(Qt.Key.Key_Space)
    dlg = win.goodwill_dialog
    qtbot.waitUntil(lambda: dlg.panel.request_id is not None)
    # counter 2: its own connection, Priya signed in; the queue updates by itself
    other = build_app(resolve(data_dir=tmp_path / "c2", database_url=story_app.db.url, store="DT", counter="Counter 2"))
    try:
        keys2 = Keys(qtbot)
        win2 = open_counter(qtbot, other, PRIYA.code, PRIYA.pin, keys2, tmp_path)
        qtbot.waitUntil(lambda: win2.approval_queue.list.count() == 1, timeout=10_000)
        keys2.key(Qt.Key.Key_F7)
        keys2.enter()
        _in(qtbot, "decideDialog")
        keys2.type("Customer")
        keys2.tab()
        keys2.type("I'll drive")
        keys2.tab(2)
        keys2.type(PRIYA.pin)
        keys2.enter()
        qtbot.waitUntil(lambda: dlg.record is not None, timeout=10_000)  # counter 1 saw the approval
        assert dlg.record.kind == "free_delivery" and dlg.record.cost_minor == 2500
        keys.keys += keys2.keys
    finally:
        other.close()
    record("5 snowed-in delivery (two counters)", keys)


def test_6_shoes_after_medical_treatment(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Eleanor Whitfield")
    _wizard_from_purchases(qtbot, win, keys)
    w = win.wizard
    keys.enter()
    keys.type("Medical")
    keys.enter()
    assert "window for shoes is 30 days" in w.verdict_page.text.text()
    _approve_here(keys, "Medical", "Surgery; unworn")
    _on_page(qtbot, w, Page.SUMMARY)
    keys.enter()
    qtbot.waitUntil(lambda: w.result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not w.isVisible())
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    _goodwill(qtbot, win, keys, 2, "65", "Flowers, get well")
    _goodwill(qtbot, win, keys, 3, "0", "After her surgery", also=True)
    qtbot.waitUntil(lambda: "Lifetime free shipping" in win.customers.profile.text(), timeout=10_000)
    _customer(qtbot, win, keys, "Margaret Whitfield")
    assert "Lifetime free shipping" in win.customers.profile.text()
    record("6 shoes after medical treatment", keys)


def test_7_allergy_safe_milk(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Daniel Moreau")
    assert win.banner.isVisible() and "milk allergy" in win.banner.text()  # the moment he is selected
    keys.key(Qt.Key.Key_F2)
    keys.scan("DEMO-OATBARISTA")
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    card = win.lookup.card.card
    stock = dict(card.grid[0].stock)
    assert stock["DT"] == 0 and stock["MALL"] > 0 and "milk-free" in (card.allergens or "")
    keys.key(Qt.Key.Key_F10)  # the hold dialog: the stores that have it, nearest first
    qtbot.waitUntil(lambda: getattr(win, "hold_dialog", None) is not None and win.hold_dialog.isVisible())
    dlg = win.hold_dialog
    qtbot.waitUntil(lambda: dlg.stores.count() > 0, timeout=30_000)
    keys.enter()  # no needed-by day: Enter goes on to the stores
    qtbot.waitUntil(lambda: dlg.stores.hasFocus(), timeout=30_000)
    assert "free" in dlg.stores.currentItem().text() and "km" in dlg.stores.currentItem().text()
    keys.enter()  # hold at the nearest store that has it free
    qtbot.waitUntil(lambda: dlg.result_hold is not None and not dlg.isVisible(), timeout=30_000)
    assert dlg.result_hold.hold_no.startswith("H-")
    with story_app.db.read() as s:
        held = s.execute(
            select(Stock.reserved)
            .join(Variant, Variant.id == Stock.variant_id)
            .where(Variant.sku == "DEMO-OATBARISTA", Stock.reserved > 0)
        ).scalar_one()
        promised = s.execute(
            select(func.count()).select_from(FollowUp).where(FollowUp.text.like("%on its way%"))
        ).scalar_one()
    assert held == 1 and promised == 1
    record("7 allergy-safe milk", keys)


def test_8_will_it_fit(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    with story_app.db.read() as s:
        gtin = s.execute(select(Variant.gtin).where(Variant.sku == "DEMO-OSLOSOFA-SANDFABRIC-3-SEAT")).scalar_one()
    keys.key(Qt.Key.Key_F2)
    keys.scan(gtin[1:])
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    assert "W 214 cm × H 84 cm × D 96 cm" in win.lookup.card.summary.text()
    grid = win.lookup.card.grid
    assert grid.rowCount() == 3 and grid.columnCount() == 2 and "DT" in grid.item(0, 1).text()
    record("8 will it fit?", keys)


def test_9_it_does_not_work(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Nina Patel")
    keys.key(Qt.Key.Key_F4)  # the cursor in the note's text; Tab to channel, topic, outcome
    keys.type("Left ear silent; reset failed")
    keys.tab()
    keys.type("Counter")
    keys.tab()
    keys.type("Troubleshooting")
    keys.tab()
    keys.type("Follow")
    keys.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    keys.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    keys.type("Call when the replacement arrives")
    keys.enter()
    with story_app.db.read() as s:
        n = s.execute(select(Interaction).where(Interaction.body.like("Left ear silent%"))).scalar_one()
    assert n.topic == "troubleshooting" and n.outcome == "follow_up"
    keys.key(Qt.Key.Key_F9)  # lock; next sign-in shows 'my follow-ups'
    qtbot.waitUntil(lambda: getattr(win, "sign_in_dialog", None) is not None and win.sign_in_dialog.isVisible())
    win.sign_in_dialog.windowHandle().requestActivate()
    qtbot.waitUntil(win.sign_in_dialog.code.hasFocus)
    keys.type(ALEX.code)
    keys.enter()
    keys.type(ALEX.pin)
    keys.enter()
    qtbot.waitUntil(lambda: getattr(win, "follow_ups_dialog", None) is not None and win.follow_ups_dialog.isVisible())
    items = [win.follow_ups_dialog.list.item(i).text() for i in range(win.follow_ups_dialog.list.count())]
    assert any("replacement arrives" in t for t in items)
    record("9 it doesn't work", keys)


def test_10_measure_it(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keys = Keys(qtbot)
    before = reports.service(story_app.db)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    _customer(qtbot, win, keys, "Nina Patel")
    keys.key(Qt.Key.Key_F11)
    _in(qtbot, "rateInteraction")
    keys.key(Qt.Key.Key_Up, times=5)
    keys.tab()
    keys.type("Kind")
    keys.enter()
    after = reports.service(story_app.db)
    assert after["interactions"] == before["interactions"] + 1
    assert after["csat_distribution"]["5"] == before["csat_distribution"]["5"] + 1
    alex = [a for a in after["by_associate"] if a["associate"] == "Alex Rivera"][0]
    assert alex["ratings"] >= 1
    # the shift lead's dashboard shows the same figures (F9 locks; Sam signs in; Ctrl+D)
    keys.key(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: getattr(win, "sign_in_dialog", None) is not None and win.sign_in_dialog.isVisible())
    win.sign_in_dialog.windowHandle().requestActivate()
    qtbot.waitUntil(win.sign_in_dialog.code.hasFocus)
    keys.type(SAM.code)
    keys.enter()
    keys.type(SAM.pin)
    keys.enter()
    qtbot.waitUntil(win.isVisible)
    keys.home = win
    keys.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: getattr(win, "dashboard", None) is not None and win.dashboard.data is not None, timeout=20_000
    )
    shown = win.dashboard.data.service
    assert shown["csat_distribution"] == after["csat_distribution"] and shown["interactions"] == after["interactions"]
    assert f"interactions <b>{after['interactions']}</b>" in win.dashboard.summary.text()
    record("10 measure it", keys)


def test_print_the_counter_flow_table() -> None:
    from tests.stories.conftest import COUNTS

    for name, (k, s) in sorted(COUNTS.items()):
        print(f"| {name} | {k} | {s} |")
    _ = (Customer, Return, customers)
