"""F11 by keyboard: the outcome of the interaction (solved now / needs a follow-up / could not
help) and the earlier matter a later visit was about; first-visit resolution counts them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from posassist.db.tables.customers import Interaction
from posassist.services import followups, reports
from tests.ui.test_customer_pane import _dialog_focus, _f, _select, _window
from tests.ui.waiting import answered, settled


def _key(qtbot, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(_f(), key)
        settled(qtbot)


def _latest_visit(db, customer_id: int) -> Interaction:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return (
            s.execute(
                select(Interaction)
                .where(Interaction.customer_id == customer_id, Interaction.body == "Counter visit.")
                .order_by(Interaction.id.desc())
            )
            .scalars()
            .first()
        )


def test_the_outcome_and_the_earlier_matter_by_keyboard(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    before = reports.service(demo_app.db)
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Nina Patel")
    nina = win.customers.current.id
    # first visit: it needs a follow-up (rating, comment, then the outcome)
    qtbot.keyClick(win, Qt.Key.Key_F11)
    _dialog_focus(qtbot, "rateInteraction")
    dlg = win.outcome_dialog
    assert _f() is dlg.stars
    _key(qtbot, Qt.Key.Key_Tab, 2)
    assert _f() is dlg.outcome and dlg.outcome.currentData() == "solved"  # unless changed
    qtbot.keyClicks(_f(), "N")
    assert dlg.outcome.currentData() == "follow_up" and dlg.outcome.accessibleName()
    _key(qtbot, Qt.Key.Key_Tab)
    assert _f() is dlg.matter and dlg.matter.currentData() is None  # something new
    _key(qtbot, Qt.Key.Key_Return)
    answered(qtbot)
    settled(qtbot)
    first = _latest_visit(demo_app.db, nina)
    assert (first.resolution, first.outcome, first.matter_id) == ("follow_up", "follow_up", None)
    # the customer stays, and the keys are in the follow-up: what was promised
    assert win.customers.current is not None and win.customers.current.id == nina
    win.windowHandle().requestActivate()  # the dialog is gone: the keyboard is back in the window
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: _f() is win.customers.notes.promise)
    qtbot.keyClicks(_f(), "Call Nina about the zip")
    _key(qtbot, Qt.Key.Key_Return)
    answered(qtbot)
    assert any("Call Nina about the zip" in f.text for f in followups.for_customer(demo_app.db, nina))
    # she is back about it: the later visit is linked to that matter, and solved this time
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_F11)
    _dialog_focus(qtbot, "rateInteraction")
    dlg = win.outcome_dialog
    qtbot.waitUntil(lambda: dlg.matter.count() > 1)  # her matters, the open one first
    assert "waiting for a follow-up" in dlg.matter.itemText(1)
    _key(qtbot, Qt.Key.Key_Up, 5)  # five stars
    _key(qtbot, Qt.Key.Key_Tab, 3)
    assert _f() is dlg.matter
    _key(qtbot, Qt.Key.Key_Down)
    assert dlg.matter.currentData() == first.id
    _key(qtbot, Qt.Key.Key_Return)
    answered(qtbot)
    settled(qtbot)
    later = _latest_visit(demo_app.db, nina)
    assert later.id != first.id and later.matter_id == first.id
    assert (later.resolution, later.csat) == ("solved", 5)
    after = reports.service(demo_app.db)
    # one more matter (the first visit), not solved at the first visit: it took a second one
    assert after["matters"] == before["matters"] + 1
    assert after["first_visit_resolved"] == before["first_visit_resolved"]


def test_could_not_help_is_recorded(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Walter Brennan")
    walter = win.customers.current.id
    qtbot.keyClick(win, Qt.Key.Key_F11)
    _dialog_focus(qtbot, "rateInteraction")
    _key(qtbot, Qt.Key.Key_Tab, 2)
    qtbot.keyClicks(_f(), "C")
    assert win.outcome_dialog.outcome.currentData() == "not_helped"
    _key(qtbot, Qt.Key.Key_Return)
    answered(qtbot)
    settled(qtbot)
    visit = _latest_visit(demo_app.db, walter)
    assert (visit.resolution, visit.outcome) == ("not_helped", "open")
    assert win.customers.current is None  # the next customer starts on a clean pane
