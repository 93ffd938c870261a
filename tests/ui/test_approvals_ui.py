"""The override path in the real windows: a goodwill request sent from one counter, decided in the
shift lead's queue on another (its own database connection), recorded back at the first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from posassist.bootstrap import build_services
from posassist.db.session import Database
from posassist.db.tables.customers import Customer
from posassist.services import auth, customers
from posassist.services.demo.stories import STAFF
from posassist.ui.approvals.goodwill_dialog import GoodwillDialog
from posassist.ui.approvals.queue import ApprovalQueue
from posassist.ui.tasks import TaskRunner
from tests.ui.waiting import answered


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.window().windowHandle().requestActivate()
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()


def _decide_from_the_queue(qtbot, queue):  # type: ignore[no-untyped-def]
    """The shift lead: Enter on the request, reason, note, her own PIN, Enter."""
    queue.window().windowHandle().requestActivate()
    qtbot.waitUntil(queue.window().isActiveWindow)
    queue.list.setFocus()
    queue.list.setCurrentRow(0)
    qtbot.keyClick(queue.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(queue, "decide_dialog", None) is not None)
    decide = queue.decide_dialog
    qtbot.waitUntil(lambda: decide.panel.reason.hasFocus() or QApplication.focusWidget() is decide.panel.reason)
    qtbot.keyClicks(QApplication.focusWidget(), "Customer")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Priya drives after her shift")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # her own code is filled in
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), STAFF[3].pin)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    return decide


def test_goodwill_requested_here_and_approved_from_the_queue(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    db = demo_app.db
    with db.read() as s:
        harold = s.execute(select(Customer.id).where(Customer.full_name == "Harold Jensen")).scalar_one()
    alex = auth.sign_in(db, STAFF[0].code, STAFF[0].pin)
    here = TaskRunner()
    dlg = GoodwillDialog(demo_app.svc, demo_app.store, alex, customers.profile(db, harold), "Counter 1", here)
    here.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    _focus(qtbot, dlg.kind)
    qtbot.keyClicks(dlg.kind, "Free")
    assert dlg.kind.currentData() == "free_delivery"
    qtbot.keyClick(dlg.kind, Qt.Key.Key_Tab)
    dlg.cost.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "25.00")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Snowed in at 89; drive the groceries over")
    dlg.panel.remote.setFocus()
    qtbot.keyClick(dlg.panel.remote, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dlg.panel.request_id is not None)
    assert "Waiting for a shift lead" in dlg.panel.status.text()

    # the shift lead's counter: another connection to the same database
    other = Database(db.url)
    runner = TaskRunner()
    queue = None
    try:
        lead = auth.sign_in(other, STAFF[3].code, STAFF[3].pin)
        queue = ApprovalQueue(
            build_services(other, demo_app.store, demo_app.settings), demo_app.store, lead, "Counter 2", runner
        )
        runner.setParent(queue)
        qtbot.addWidget(queue)
        queue.show()
        qtbot.waitUntil(lambda: queue.list.count() == 1, timeout=10_000)
        assert "Snowed in" in queue.list.item(0).text()
        decide = _decide_from_the_queue(qtbot, queue)
        qtbot.waitUntil(lambda: decide.panel.approved, timeout=10_000)
        # back at the first counter: the poll sees the approval and the goodwill is recorded
        qtbot.waitUntil(lambda: dlg.record is not None, timeout=10_000)
        assert dlg.record.kind == "free_delivery" and dlg.record.cost_minor == 2500
        qtbot.waitUntil(lambda: queue.list.count() == 0, timeout=10_000)
        queue.refresh()  # (an overview from before the grant may still be on screen: wait for the new one)
        qtbot.waitUntil(lambda: "approved (used) by Priya Natarajan" in queue.overview.text(), timeout=10_000)
        assert "$25.00 of $600.00 this shift" in queue.overview.text()
    finally:
        if queue is not None:
            queue.stop()
        answered(qtbot)
        runner.wait()
        other.dispose()
