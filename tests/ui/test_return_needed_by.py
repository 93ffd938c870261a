"""The return wizard's shipped exchange held to the day the customer needs it by, by keyboard:
only the stores that ship in time are offered, the promise is recorded with its check-up on the
day before; when none can, the wizard says so with what can and the return waits."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from posassist.bootstrap import build_services
from posassist.db.tables.customers import FollowUp
from posassist.db.tables.promises import Promise
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.returns.wizard import Page, ReturnWizard
from posassist.ui.tasks import TaskRunner
from tests.ui.waiting import settled
from tests.when import TORONTO, next_tuesday_morning


def _wizard(qtbot, demo_app, tmp_path, clock: datetime) -> ReturnWizard:  # type: ignore[no-untyped-def]
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    svc = build_services(demo_app.db, demo_app.store, demo_app.settings, clock=lambda: clock)
    w = ReturnWizard(svc, demo_app.store, staff, TaskRunner(), counter="Counter 1", receipts_dir=tmp_path / "receipts")
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _keys(qtbot, text: str | None = None, key: Qt.Key | None = None) -> None:  # type: ignore[no-untyped-def]
    if text is not None:
        qtbot.keyClicks(QApplication.focusWidget(), text)
    if key is not None:
        qtbot.keyClick(QApplication.focusWidget(), key)
    settled(qtbot)


def _to_needed_by(qtbot, w: ReturnWizard) -> None:  # type: ignore[no-untyped-def]
    """Tom's parcel came in red: the navy one, shipped; the keys reach the needed-by field."""
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _keys(qtbot, "W-2026-4102", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    _keys(qtbot, key=Qt.Key.Key_Return)
    assert w.currentId() == Page.DETAILS and w.details_page.reason.hasFocus()
    _keys(qtbot, "We", Qt.Key.Key_Tab)
    _keys(qtbot, key=Qt.Key.Key_Tab)
    _keys(qtbot, "Ship", Qt.Key.Key_Tab)
    assert w.details_page.resolution.currentData() == "exchange_shipped"
    _keys(qtbot, "DEMO-FIELDJKT-NAVY-L", Qt.Key.Key_Return)  # looks the replacement up
    assert "Field Jacket" in w.details_page.replacement_info.text()
    assert w.details_page.ship_from.count() == 2  # no date yet: both stores that have it
    _keys(qtbot, key=Qt.Key.Key_Tab)
    assert w.details_page.needed_by.hasFocus() and w.details_page.needed_by.isEnabled()


def test_a_needed_by_day_only_one_store_ships_in_time_and_the_promise_is_kept(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tuesday = next_tuesday_morning()
    friday = tuesday.astimezone(TORONTO).date() + timedelta(days=3)
    w = _wizard(qtbot, demo_app, tmp_path, tuesday)
    _to_needed_by(qtbot, w)
    page = w.details_page
    _keys(qtbot, "Friday", Qt.Key.Key_Return)  # Enter reads the day and moves on to the stores
    assert "Friday" in page.needed_day.text() and str(friday.day) in page.needed_day.text()
    assert page.ship_from.hasFocus()
    # Downtown ships in two carrier days (Friday); the mall takes three (Monday): not offered
    assert [page.ship_from.itemText(i).split(" (")[0] for i in range(page.ship_from.count())] == ["Downtown"]
    assert w.draft.lines[0].needed_by == friday.isoformat()
    _keys(qtbot, key=Qt.Key.Key_Return)
    assert w.currentId() == Page.VERDICT
    assert "arrives by" in w.verdict_page.text.text() and "Friday" in w.verdict_page.text.text()
    _keys(qtbot, key=Qt.Key.Key_Return)
    assert w.currentId() == Page.SUMMARY
    _keys(qtbot, key=Qt.Key.Key_Return)  # confirm
    qtbot.waitUntil(lambda: w.result is not None, timeout=20_000)
    with demo_app.db.read() as s:
        p = s.execute(select(Promise).where(Promise.return_id == w.result.return_id)).scalar_one()
        assert (p.kind, p.needed_by, p.promised_on, p.status) == ("ship", friday, friday, "open")
        check = s.get(FollowUp, p.follow_up_id)
        assert check is not None and check.status == "open" and "Friday" in check.text
        due = check.due_at.replace(tzinfo=check.due_at.tzinfo or UTC).astimezone(TORONTO)
        assert due.date() == friday - timedelta(days=1) and due.hour == 10  # the morning before


def test_no_store_can_make_the_day_the_wizard_says_so_with_what_can(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tuesday = next_tuesday_morning()
    w = _wizard(qtbot, demo_app, tmp_path, tuesday)
    _to_needed_by(qtbot, w)
    page = w.details_page
    _keys(qtbot, "Blursday", Qt.Key.Key_Return)  # not a day: said under the field, the page waits
    assert "Type a day" in page.needed_day.text() and not page.isComplete()
    assert page.needed_by.hasFocus()
    page.needed_by.selectAll()
    _keys(qtbot, "Thursday", Qt.Key.Key_Return)
    assert "Thursday" in page.needed_day.text() and page.isComplete()
    assert page.ship_from.count() == 0  # nobody's carrier arrives by Thursday
    words = page.replacement_info.text()
    assert "No store can get" in words and "Thursday" in words and "the soonest is Downtown" in words
    assert "pick it up at" in words  # what can: another store has it today
    _keys(qtbot, key=Qt.Key.Key_Return)
    assert w.currentId() == Page.VERDICT and "No store can get" in w.verdict_page.text.text()
    _keys(qtbot, key=Qt.Key.Key_Return)
    assert w.currentId() == Page.VERDICT  # not confirmed with a promise nobody can keep
    with demo_app.db.read() as s:
        assert s.execute(select(Promise)).first() is None


def test_the_coming_tuesday() -> None:
    wednesday = datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
    assert next_tuesday_morning(wednesday).astimezone(TORONTO).date() == date(2026, 12, 8)
    assert next_tuesday_morning(datetime(2026, 12, 8, 5, 0, tzinfo=UTC)).astimezone(TORONTO).date() == date(2026, 12, 8)
