"""A follow-up due during the shift: a notice in the counter window that takes no focus (a scan
typed while it appears goes on into the look-up field), snoozed by keyboard; due times on the
store's clock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import FollowUp
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow
from tests.ui.waiting import answered


def test_reminder_during_the_shift_keeps_the_scan_and_snoozes(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    with demo_app.db.transaction() as s:  # nothing else reminds Alex now
        for f in s.execute(select(FollowUp).where(FollowUp.owner_id == staff.id)).scalars():
            f.remind_at = None
    win = MainWindow(demo_app, staff, qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    answered(qtbot)
    assert not win.reminders.notice.isVisible()
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.keyClicks(win.lookup.search, "400638")  # the first half of a scan
    f = demo_app.svc.follow_ups.create(
        staff,
        customer_id=None,
        owner_id=staff.id,
        text="Call Mrs Chen about the sofa",
        due_at=utcnow() - timedelta(minutes=1),
    )
    win.reminders.check()  # the timer's tick
    qtbot.waitUntil(win.reminders.notice.isVisible, timeout=30_000)
    qtbot.keyClicks(win.lookup.search, "1330")  # the scan goes on while the notice shows
    assert win.lookup.search.hasFocus() and win.lookup.search.text() == "4006381330"
    assert "Call Mrs Chen about the sofa" in win.reminders.notice.text.text()
    assert not any(b.focusPolicy() != Qt.FocusPolicy.NoFocus for b in win.reminders.notice.buttons.values())
    qtbot.keyClick(
        win.lookup.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    answered(qtbot)
    qtbot.waitUntil(lambda: not win.reminders.notice.isVisible(), timeout=30_000)
    with demo_app.db.read() as s:
        row = s.get(FollowUp, f.id)
        assert row is not None and row.remind_at is not None and row.remind_at > utcnow() + timedelta(minutes=13)
    assert win.lookup.search.hasFocus()
