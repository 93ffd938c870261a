"""The shift lead's review window for what counters did offline: by keyboard, conflicts first;
the day cannot be closed until every offline transaction is reviewed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from posassist.db.tables.base import utcnow
from posassist.db.tables.offline import OfflineReview
from posassist.errors import Conflict
from posassist.services.audit_keys import close_day
from posassist.services.sessions import Forbidden
from posassist.ui.offline.review_window import OfflineReviewWindow
from posassist.ui.tasks import TaskRunner
from tests.signin import as_role
from tests.ui.waiting import answered


def _queue(db) -> None:  # type: ignore[no-untyped-def]
    now = utcnow()
    with db.transaction() as s:
        s.add(
            OfflineReview(
                key="a" * 32,
                counter="till-2",
                call="notes.add",
                payload={"body": "asked about boots"},
                recorded_at=now - timedelta(minutes=9),
            )
        )
        s.add(
            OfflineReview(
                key="b" * 32,
                counter="till-3",
                call="returns.commit",
                payload={"draft": {"key": "k"}},
                recorded_at=now - timedelta(minutes=5),
                problem="Line 1 of this sale was already returned at another counter.",
            )
        )


def test_a_shift_lead_resolves_each_offline_transaction_by_keyboard(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    db = demo_app.db
    _queue(db)
    with pytest.raises(Conflict, match="not reviewed yet"):
        close_day(db, None, date.today())
    lead = as_role(db, "shift_lead")
    tasks = TaskRunner()
    win = OfflineReviewWindow(demo_app.svc.offline, lead, tasks)
    tasks.setParent(win)
    qtbot.addWidget(win)
    win.show()
    answered(qtbot)
    assert win.model.rowCount() == 2
    assert win.model.data(win.model.index(0, 0)) == "Conflict"  # conflicts first
    assert "another counter" in win.problem.text()
    assert "2 offline transactions" in win.summary.text()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table)
    for widget in (win.table, win.note, win.resolve_btn, win.show_all, win.refresh_btn):
        assert widget.objectName() and widget.accessibleName()
    # Alt+N to the note, the words, Enter: the conflict is resolved
    qtbot.keyClick(win.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.note)
    qtbot.keyClicks(win.note, "Customer refunded once; told the counter 3 associate")
    qtbot.keyClick(win.note, Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    assert "1 offline transactions" in win.summary.text()
    # the applied note: Enter with no words says what is missing, nothing is resolved
    win.note.setFocus()
    qtbot.keyClick(win.note, Qt.Key.Key_Return)
    answered(qtbot)
    assert win.message.text() and win.model.rowCount() == 1
    qtbot.keyClicks(win.note, "Looked at it: fine")
    qtbot.keyClick(win.note, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    answered(qtbot)
    qtbot.waitUntil(lambda: win.model.rowCount() == 0)
    assert "Nothing waits" in win.summary.text()
    with db.read() as s:
        rows = list(s.execute(select(OfflineReview)).scalars())
        assert all(r.reviewed_by == lead.id and r.resolution for r in rows)
    close_day(db, None, date.today())  # now it closes


def test_an_associate_may_not_resolve(demo_app) -> None:  # type: ignore[no-untyped-def]
    _queue(demo_app.db)
    alex = as_role(demo_app.db, "associate")
    item = demo_app.svc.offline.review()[0]
    with pytest.raises(Forbidden):
        demo_app.svc.offline.resolve(alex, item.id, "fine")
