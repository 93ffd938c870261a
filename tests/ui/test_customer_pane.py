"""The customer pane by keyboard: a note (and a refused card number), a pinned alert, a
follow-up completed, the end-of-interaction rating, and 'my follow-ups' at sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from posassist.db.tables.customers import CustomerAlert, Interaction
from posassist.services import auth, followups
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow
from tests.ui.waiting import answered, settled


def _window(qtbot, demo_app, qsettings) -> MainWindow:  # type: ignore[no-untyped-def]
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    win = MainWindow(demo_app, staff, qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _select(qtbot, win, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, name)
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None and win.customers.current.name == name, timeout=10_000)


def _f() -> object:
    return QApplication.focusWidget()


def test_add_note_by_keyboard_and_card_numbers_refused(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Nina Patel")
    qtbot.keyClick(win, Qt.Key.Key_F4)
    assert win.customers.notes.note_text.hasFocus()  # F4: the cursor is in the note's text
    qtbot.keyClicks(_f(), "Left ear silent. Card 4111 1111 1111 1111 on file?")
    qtbot.keyClick(_f(), Qt.Key.Key_Tab)
    assert win.customers.notes.note_channel.hasFocus()
    qtbot.keyClicks(_f(), "Counter")
    qtbot.keyClick(_f(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_f(), "Troubleshooting")
    qtbot.keyClick(_f(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_f(), "Follow")
    qtbot.keyClick(_f(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot)
    assert "card number" in win.customers.notes.note_error.text()
    assert win.customers.notes.note_text.property("posassistInvalid")  # the field the service named is marked
    win.customers.notes.note_text.clear()
    qtbot.keyClicks(win.customers.notes.note_text, "Left ear silent after the update; reset did not help.")
    qtbot.keyClick(win.customers.notes.note_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot)
    assert win.customers.notes.note_error.text() == "Saved."
    assert not win.customers.notes.note_text.property("posassistInvalid")
    with demo_app.db.read() as s:
        n = s.execute(select(Interaction).where(Interaction.body.like("Left ear silent after%"))).scalar_one()
    assert n.topic == "troubleshooting" and n.outcome == "follow_up" and n.channel == "counter"
    assert "Left ear silent after the update" in win.customers.notes.timeline.item(0).text()
    # the response time runs from when Nina was selected at the counter, not from the note
    assert n.opened_at < n.first_response_at


def test_response_time_from_selection_and_from_the_message_received(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QDateTime

    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Nina Patel")
    notes = win.customers.notes
    selected = notes.waiting_since
    assert selected is not None
    qtbot.keyClick(win, Qt.Key.Key_F4)
    assert not notes.note_received.isVisible()  # at the counter: no received time to type
    qtbot.keyClicks(_f(), "Asked about the charger")
    qtbot.keyClick(_f(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_f(), "Email")  # a message: when it came in is asked
    assert notes.note_received.isVisible()
    notes.note_received.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))
    qtbot.keyClick(notes.note_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot)
    assert notes.note_error.text() == "Saved."
    with demo_app.db.read() as s:
        n = s.execute(select(Interaction).where(Interaction.body == "Asked about the charger")).scalar_one()
    opened = n.opened_at if n.opened_at.tzinfo else n.opened_at.replace(tzinfo=UTC)
    answer = n.first_response_at if n.first_response_at.tzinfo else n.first_response_at.replace(tzinfo=UTC)
    assert timedelta(hours=2, minutes=59) < answer - opened < timedelta(hours=3, minutes=1)
    assert opened < selected < datetime.now(UTC)


def _dialog_focus(qtbot, name: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: QApplication.activeWindow() is not None and QApplication.activeWindow().objectName() == name
    )
    settled(qtbot)  # the dialog puts the focus on its first field once shown: keys go there


def test_pin_an_alert_by_keyboard(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Walter Brennan")
    assert not win.banner.isVisible()
    qtbot.keyClick(win, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _dialog_focus(qtbot, "pinAlert")
    qtbot.keyClicks(_f(), "Access")
    qtbot.keyClick(_f(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_f(), "Warning")
    qtbot.keyClick(_f(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_f(), "Uses a wheelchair; bring items to the car")
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    qtbot.waitUntil(win.banner.isVisible, timeout=10_000)
    assert "wheelchair" in win.banner.text()
    with demo_app.db.read() as s:
        a = s.execute(select(CustomerAlert).where(CustomerAlert.text.like("Uses a wheelchair%"))).scalar_one()
    assert a.kind == "accessibility" and a.severity == "warning" and a.author_id is not None


def test_complete_a_follow_up_by_keyboard_and_rate(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Daniel Moreau")
    panel = win.customers.notes
    panel.setCurrentIndex(1)
    panel.follow.setFocus()
    before = [f for f in followups.for_customer(demo_app.db, win.customers.current.id) if f.status == "open"]
    assert before
    qtbot.waitUntil(lambda: panel.follow.count() == len(before))
    panel.follow.setCurrentRow(0)
    qtbot.keyClick(panel.follow, Qt.Key.Key_Return)
    answered(qtbot)
    after = [f for f in followups.for_customer(demo_app.db, win.customers.current.id) if f.status == "open"]
    assert len(after) == len(before) - 1

    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_F11)
    _dialog_focus(qtbot, "rateInteraction")
    qtbot.waitUntil(lambda: _f() is not None and _f().objectName() == "csatStars")
    for _ in range(5):  # arrows: not given -> 5 stars
        qtbot.keyClick(_f(), Qt.Key.Key_Up)
    qtbot.keyClick(_f(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_f(), "Lovely")
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    with demo_app.db.read() as s:
        n = s.execute(select(Interaction).where(Interaction.csat_comment == "Lovely")).scalar_one()
    assert n.csat == 5 and n.first_response_at is not None and n.resolved_at is not None


def test_my_follow_ups_at_sign_in_highlight_overdue(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    win.show_my_follow_ups(only_if_any=True)
    qtbot.waitUntil(lambda: getattr(win, "follow_ups_dialog", None) is not None)
    dlg = win.follow_ups_dialog
    qtbot.addWidget(dlg)
    texts = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    overdue = [t.startswith("OVERDUE") for t in texts]
    assert any(overdue) and not all(overdue)  # the demo has both: the order below means something
    assert overdue == sorted(overdue, reverse=True)  # overdue first
    assert [f.overdue for f in dlg.items] == overdue  # each line says what the service says
    assert [f.due_at for f in dlg.items] == sorted(f.due_at for f in dlg.items)  # then by due date
    for i, late in enumerate(overdue):  # the overdue ones highlighted (bold, red), the others plain
        item = dlg.list.item(i)
        assert item.font().bold() == late, texts[i]
        assert (item.foreground().color().name() == "#b00020") == late, texts[i]
    n = dlg.list.count()
    first = dlg.items[0].id
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.list.setFocus()
    dlg.list.setCurrentRow(0)
    qtbot.keyClick(dlg.list, Qt.Key.Key_Return)
    answered(qtbot)
    assert dlg.list.count() == n - 1
    assert first not in [f.id for f in dlg.items]  # the selected one is the one marked done
