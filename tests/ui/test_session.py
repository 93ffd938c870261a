"""The session in the window: the menus mirror the permission table at every sign-in; a lock ends
the session and leaves nothing of that person; whoever signs in next works with a new session."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from posassist.domain.permissions import Action
from posassist.services import auth, notes, sessions
from posassist.services.demo.stories import STAFF
from posassist.services.sessions import NotSignedIn
from posassist.ui.main_window import MainWindow
from tests.ui.waiting import answered, settled

ALEX, ADMIN = STAFF[0], STAFF[5]
ADMIN_ACTIONS = ("actionStaff", "actionCatalogue", "actionPolicy", "actionErase")


def _window(qtbot, demo_app, qsettings, person) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, person.code, person.pin), qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _in_menu(win: MainWindow) -> set[str]:
    return {a.objectName() for a in win.go_menu.actions()}


def _sign_in_at_the_lock(qtbot, win: MainWindow, person) -> None:  # type: ignore[no-untyped-def]
    dlg = win.sign_in_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.keyClicks(dlg.code, person.code)
    qtbot.keyClick(dlg.code, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.pin, person.pin)
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(win.isVisible, timeout=10_000)
    answered(qtbot)


def test_an_associate_after_an_admins_lock_cannot_use_the_admin_actions(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings, ADMIN)
    assert set(ADMIN_ACTIONS) <= _in_menu(win)
    assert all(win.actions_by_name[name].isEnabled() for name in ADMIN_ACTIONS)
    admin_session = win.session
    # the admin finds a customer, starts a note, opens the staff accounts, and walks away
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, "LC-100005")
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None, timeout=10_000)
    win.customers.notes.note_text.setPlainText("Half a thought of the admin's")
    customer = win.customers.current.id
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.objectName() == "staffDialog" for d in win.findChildren(QDialog)))
    settled(qtbot)
    win._idle.timer.timeout.emit()  # the idle lock (F9 is held back while the dialog is modal)
    answered(qtbot)
    # nothing of the admin is left: customer, what was typed to find them, the note, the dialog
    assert not win.isVisible()
    assert win.session is None and win.customers.current is None
    assert win.customers.search.text() == "" and win.customers.notes.note_text.toPlainText() == ""
    assert not win.banner.isVisible() and "Moreau" not in win.customers.profile.text()
    qtbot.waitUntil(lambda: not any(d.objectName() == "staffDialog" for d in win.findChildren(QDialog)))
    with pytest.raises(NotSignedIn):  # the session ended in the database
        sessions.check(demo_app.db, admin_session, Action.STAFF_MANAGE)
    # an associate signs in at the same window
    _sign_in_at_the_lock(qtbot, win, ALEX)
    assert win.session is not None and win.session.role == "associate"
    assert win.session.token != admin_session.token
    assert not set(ADMIN_ACTIONS) & _in_menu(win)
    assert not any(win.actions_by_name[name].isEnabled() for name in ADMIN_ACTIONS)
    for keys in (Qt.Key.Key_S, Qt.Key.Key_I, Qt.Key.Key_P):  # the keys do nothing
        qtbot.keyClick(win, keys, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    win.open_staff()  # nor does calling the slot
    win.open_catalogue()
    win.open_policy()
    settled(qtbot)
    names = {d.objectName() for d in win.findChildren(QDialog) if d.isVisible()}
    assert not names & {"staffDialog", "catalogueDialog", "policyDialog"}
    assert "Alex Rivera" in win.status_staff.text()
    # the note the admin was typing is the admin's, kept for them only
    assert win.customers.current is None
    assert notes.load_draft(demo_app.db, win.session, customer) == ""
    again = auth.sign_in(demo_app.db, ADMIN.code, ADMIN.pin)
    assert notes.load_draft(demo_app.db, again, customer) == "Half a thought of the admin's"


def test_the_lock_keeps_the_return_in_progress_as_a_draft_and_closes_it(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    from posassist.services import returns
    from posassist.ui.returns.wizard import Page

    win = _window(qtbot, demo_app, qsettings, ALEX)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.wizard is not None and win.wizard.find_page.receipt.hasFocus())
    wizard = win.wizard
    qtbot.keyClicks(wizard.find_page.receipt, "R-DT-2026-0871")
    qtbot.keyClick(wizard.find_page.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == Page.LINES, timeout=10_000)
    wizard.next()  # the draft now has its line
    settled(qtbot)
    before = len(returns.open_drafts(demo_app.db, demo_app.store.id))
    win.lock()
    answered(qtbot)
    assert win.wizard is None and not (shiboken6.isValid(wizard) and wizard.isVisible())
    assert len(returns.open_drafts(demo_app.db, demo_app.store.id)) >= max(before, 1)
    _sign_in_at_the_lock(qtbot, win, STAFF[1])
    assert win.session is not None and win.session.name == "Jamie Chen"
