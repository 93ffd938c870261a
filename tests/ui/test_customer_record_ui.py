"""The customer's record by keyboard (issue 25): every field edited in the pane's editor (Ctrl+E)
with the history shown, consents with their source, an occasion date, a related customer linked,
opened and unlinked; a duplicate merged (Ctrl+M) by a shift lead and the merge undone; an
associate's Ctrl+M refused."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from posassist.db.tables.customers import Customer, CustomerConsent, CustomerDate, CustomerLink, Interaction
from posassist.db.tables.sales import Sale
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow
from tests.ui.waiting import answered, settled

CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def _window(qtbot, demo_app, qsettings, who: int = 0) -> MainWindow:  # type: ignore[no-untyped-def]
    staff = auth.sign_in(demo_app.db, STAFF[who].code, STAFF[who].pin)
    win = MainWindow(demo_app, staff, qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _select(qtbot, win, name: str, query: str | None = None) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, query or name)
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None and win.customers.current.name == name)


def _f():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace what the focused field holds, as a person does: select all, type."""
    qtbot.keyClick(_f(), Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(_f(), text)
    else:
        qtbot.keyClick(_f(), Qt.Key.Key_Delete)


def _tab(qtbot, back: bool = False) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(_f(), Qt.Key.Key_Tab, SHIFT if back else Qt.KeyboardModifier.NoModifier)


def _closed(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    try:
        qtbot.waitUntil(lambda: not dlg.isVisible())
    except Exception as err:
        raise AssertionError(
            f"still open: {dlg.error.text() if hasattr(dlg, 'error') else ''!r}, focus {_f()!r}"
        ) from err


def _back_to(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    """A dialog closed: the counter window is the active one again (the offscreen platform does
    not hand activation back by itself, as a desktop does)."""
    settled(qtbot)
    if not win.isActiveWindow():
        win.windowHandle().requestActivate()
        qtbot.waitUntil(win.isActiveWindow)


def _editor(qtbot, win, before=None):  # type: ignore[no-untyped-def]
    _back_to(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(
        lambda: getattr(win, "customer_editor", None) not in (None, before) and win.customer_editor.isVisible()
    )
    settled(qtbot)
    return win.customer_editor


def _details_by_keyboard(qtbot, ed) -> None:  # type: ignore[no-untyped-def]
    assert ed.full_name.hasFocus()
    for text in (
        "Nina Patel-Shah",  # name
        "Nina",  # call them
        "NEE-na",  # pronunciation
        "Nina.Shah@Example.com",
        "(416) 555-0144",
        "LC-777001",  # loyalty card
        "12 King St W",  # address
        "1988",  # birth year
    ):
        _type(qtbot, text)
        _tab(qtbot)
    assert _f() is ed.preferred_channel
    qtbot.keyClicks(_f(), "Email")
    _tab(qtbot)
    qtbot.keyClicks(_f(), "Fran")  # Français
    _tab(qtbot)
    assert _f() is ed.free_shipping
    qtbot.keyClick(_f(), Qt.Key.Key_Space)
    _tab(qtbot)
    _type(qtbot, "fit: slim")
    _tab(qtbot)
    _type(qtbot, "vip, runner")


def _date_and_link_by_keyboard(qtbot, ed, demo_app) -> None:  # type: ignore[no-untyped-def]
    # an occasion date with its reminder (Ctrl+Tab twice: the dates page)
    qtbot.keyClick(_f(), Qt.Key.Key_Tab, CTRL)
    qtbot.keyClick(_f(), Qt.Key.Key_Tab, CTRL)
    settled(qtbot)
    assert _f() is ed.date_label
    qtbot.keyClicks(_f(), "Wife's birthday")
    _tab(qtbot)
    _type(qtbot, "12")
    _tab(qtbot)
    _type(qtbot, "11")
    _tab(qtbot)
    _type(qtbot, "10")
    qtbot.keyClick(_f(), Qt.Key.Key_D, ALT)  # Add date
    answered(qtbot)
    qtbot.waitUntil(lambda: ed.date_list.count() == 1)
    assert "Wife's birthday" in ed.date_list.item(0).text() and "10 days" in ed.date_list.item(0).text()
    # a related customer: find, choose the relation, Enter links; Delete unlinks
    qtbot.keyClick(_f(), Qt.Key.Key_Tab, CTRL)
    settled(qtbot)
    assert _f() is ed.link_find
    qtbot.keyClicks(_f(), "Daniel Moreau")
    _tab(qtbot)
    qtbot.keyClicks(_f(), "partner")
    _tab(qtbot, back=True)
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: ed.link_results.hasFocus())
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: ed.link_list.count() == 1)
    assert "Daniel Moreau" in ed.link_list.item(0).text() and "partner" in ed.link_list.item(0).text()
    with demo_app.db.read() as s:
        assert s.execute(select(func.count()).select_from(CustomerLink)).scalar_one() == 1
        assert (
            s.execute(select(CustomerDate).where(CustomerDate.label == "Wife's birthday")).scalar_one().remind_days
            == 10
        )


def test_every_field_by_keyboard_with_history(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Nina Patel")
    ed = _editor(qtbot, win)
    _details_by_keyboard(qtbot, ed)
    # consents: Ctrl+Tab to the next page, which takes the keys
    qtbot.keyClick(_f(), Qt.Key.Key_Tab, CTRL)
    settled(qtbot)
    assert _f() is ed.consent_boxes["email"]
    _tab(qtbot)
    assert _f() is ed.consent_boxes["sms"]
    qtbot.keyClick(_f(), Qt.Key.Key_Space)
    qtbot.keyClick(_f(), Qt.Key.Key_W, ALT)  # "Said where"
    qtbot.keyClicks(_f(), "o")  # "on the web" (a space would open the list)
    qtbot.keyClick(_f(), Qt.Key.Key_Return)  # OK: one save
    answered(qtbot)
    _closed(qtbot, ed)
    with demo_app.db.read() as s:
        c = s.execute(select(Customer).where(Customer.full_name == "Nina Patel-Shah")).scalar_one()
        sms = s.get(CustomerConsent, (c.id, "sms"))
        assert (c.preferred_name, c.pronunciation, c.email) == ("Nina", "NEE-na", "nina.shah@example.com")
        assert (c.phone, c.phone_e164, c.loyalty_card) == ("(416) 555-0144", "+14165550144", "LC-777001")
        assert (c.address, c.birth_year, c.preferred_channel, c.preferred_language) == (
            "12 King St W",
            1988,
            "email",
            "fr",
        )
        assert c.lifetime_free_shipping and c.preferences == {"fit": "slim"} and c.consent_sms
        assert sms is not None and sms.source == "web"
    qtbot.waitUntil(lambda: "Nina Patel-Shah" in win.customers.profile.text())  # the pane shows it at once

    # a wrong e-mail: said inline, the field marked, the dialog stays, nothing written
    ed = _editor(qtbot, win, before=ed)
    qtbot.keyClick(_f(), Qt.Key.Key_E, ALT)
    assert _f() is ed.email, _f()
    _type(qtbot, "nina@nowhere")
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    assert "not an email address" in ed.error.text() and ed.email.property("posassistInvalid")
    assert ed.isVisible()
    _type(qtbot, "nina.shah@example.com")  # back as it was: nothing to save
    _date_and_link_by_keyboard(qtbot, ed, demo_app)
    # the history: who changed what, old -> new, when, as text
    settled(qtbot)
    assert _f() is ed.link_list, (_f(), QApplication.activeWindow())
    qtbot.keyClick(_f(), Qt.Key.Key_Tab, CTRL)
    settled(qtbot)
    answered(qtbot)
    history = ed.history.text()
    assert "nina.patel@example.com → nina.shah@example.com" in history and "Alex Rivera" in history
    assert "Related customers" in history and "Dates" in history
    # back to the related page: Delete unlinks; linked again, Enter opens Daniel in the pane
    qtbot.keyClick(_f(), Qt.Key.Key_Tab, CTRL | SHIFT)
    settled(qtbot)
    ed.link_list.setFocus()
    qtbot.keyClick(ed.link_list, Qt.Key.Key_Delete)
    answered(qtbot)
    qtbot.waitUntil(lambda: ed.link_list.count() == 0)
    ed.link_find.setFocus()
    qtbot.keyClicks(_f(), "Daniel Moreau")
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: ed.link_results.hasFocus())
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: ed.link_list.hasFocus() and ed.link_list.count() == 1)
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None and win.customers.current.name == "Daniel Moreau")


def _duplicate(db) -> int:  # type: ignore[no-untyped-def]
    """Nina again, as another counter typed her in: a phone of her own and a sale."""
    with db.transaction() as s:
        dup = Customer(
            public_id=str(uuid.uuid4()), full_name="Nina Patel", phone="416 555 0199", phone_e164="+14165550199"
        )
        s.add(dup)
        s.flush()
        store = s.execute(select(Sale.store_id).limit(1)).scalar_one()
        s.add(
            Sale(
                receipt_no="R-DUP-77",
                store_id=store,
                currency="CAD",
                subtotal_minor=900,
                total_minor=900,
                customer_id=dup.id,
            )
        )
        s.add(Interaction(customer_id=dup.id, channel="phone", topic="other", body="Asked about the charger"))
        return dup.id


def test_merge_and_unmerge_by_keyboard(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    dup = _duplicate(demo_app.db)
    # an associate: Ctrl+M is refused (the permission table), the button is off
    win = _window(qtbot, demo_app, qsettings, who=0)
    _select(qtbot, win, "Nina Patel", "416-555-0133")  # her own number: the duplicate has another
    assert not win.customers.merge_button.isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_M, CTRL)
    assert "ask a shift lead" in win.statusBar().currentMessage()
    assert getattr(win, "merge_dialog", None) is None
    win.close()
    # a shift lead: find the duplicate, Enter shows what moves, Enter merges
    win = _window(qtbot, demo_app, qsettings, who=2)
    _select(qtbot, win, "Nina Patel", "416-555-0133")
    nina = win.customers.current.id
    qtbot.keyClick(win, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: getattr(win, "merge_dialog", None) is not None and win.merge_dialog.isVisible())
    dlg = win.merge_dialog
    settled(qtbot)
    assert _f() is dlg.find_box
    qtbot.keyClicks(_f(), "416 555 0199")
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: dlg.results.hasFocus())
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: dlg.confirm.hasFocus())
    plan = dlg.preview.text()
    assert "1 sales" in plan and "1 notes and contacts" in plan and "undone until the day is closed" in plan
    qtbot.keyClick(_f(), Qt.Key.Key_Space)
    answered(qtbot)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    with demo_app.db.read() as s:
        assert s.execute(select(Sale.customer_id).where(Sale.receipt_no == "R-DUP-77")).scalar_one() == nina
        assert s.get(Customer, dup).full_name is None
    qtbot.waitUntil(lambda: "undone" in win.statusBar().currentMessage())
    # Ctrl+M again: undo the merge (Alt+U)
    _back_to(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: win.merge_dialog is not dlg and win.merge_dialog.isVisible())
    dlg = win.merge_dialog
    settled(qtbot)
    assert dlg.undo.isVisible() and "Nina Patel" in dlg.undo.text()
    qtbot.keyClick(_f(), Qt.Key.Key_U, ALT)
    answered(qtbot)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    with demo_app.db.read() as s:
        assert s.execute(select(Sale.customer_id).where(Sale.receipt_no == "R-DUP-77")).scalar_one() == dup
        assert s.get(Customer, dup).full_name == "Nina Patel"
