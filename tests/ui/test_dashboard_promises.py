"""The shift lead's dashboard: a promise whose needed-by day can no longer be met shows at the top;
service per associate and per counter against the store, for a period chosen by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from posassist.db.tables.catalogue import Variant
from posassist.db.tables.customers import Customer
from posassist.services import auth, holds, reports
from posassist.services.dashboard import Reports
from posassist.services.demo.stories import STAFF
from posassist.ui.dashboard.window import DashboardWindow
from posassist.ui.tasks import TaskRunner
from tests.ui.waiting import settled
from tests.when import TORONTO, next_tuesday_morning


def _window(qtbot, rep: Reports) -> DashboardWindow:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    win = DashboardWindow(rep, runner)
    runner.setParent(win)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    settled(qtbot)
    qtbot.waitUntil(lambda: win.data is not None, timeout=30_000)
    return win


def test_a_promise_that_cannot_be_kept_shows_on_the_dashboard(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    tuesday = next_tuesday_morning()
    friday = tuesday.astimezone(TORONTO).date() + timedelta(days=3)
    with demo_app.db.read() as s:
        oat = s.execute(select(Variant.id).where(Variant.sku == "DEMO-OATBARISTA")).scalar_one()
        chef = s.execute(select(Customer.id).where(Customer.full_name == "Daniel Moreau")).scalar_one()
    alex = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    h = holds.create(
        demo_app.db,
        variant_id=oat,
        quantity=1,
        customer_id=chef,
        here_id=demo_app.store.id,
        staff=alex,
        needed_by=friday,
        now=tuesday,
    )
    # on Tuesday the promise is in hand: nothing at risk
    win = _window(qtbot, Reports(demo_app.db, lambda: tuesday))
    assert win.at_risk.head.text() == "No promise at risk." and not win.at_risk.list.isVisible()
    win.close()
    # the hold is released: the promise of Friday has nothing behind it any more
    holds.release(demo_app.db, alex, h.hold_no, tuesday)
    win = _window(qtbot, Reports(demo_app.db, lambda: tuesday))
    qtbot.waitUntil(lambda: bool(win.at_risk.promises))
    assert "Promises at risk: 1" in win.at_risk.head.text() and win.at_risk.list.isVisible()
    line = win.at_risk.list.item(0).text()
    assert "Moreau" in line and "Fri" in line and str(friday.day) in line
    assert "released or expired" in line
    assert win.at_risk.list.accessibleName()  # a screen reader names it


def test_service_per_associate_and_counter_for_a_chosen_period(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app.svc.reports)
    table = win.service_table
    today = date.today()
    month = reports.service(demo_app.db, today - timedelta(days=29), today, by=reports.GROUPINGS)
    rows = table.row_texts()
    assert rows[0][0] == "The store" and rows[0][1] == str(month["store"]["interactions"])
    associates = [r for r in rows if r[0].startswith("Associate: ")]
    counters = [r for r in rows if r[0].startswith("Counter: ")]
    assert len(associates) == len(month["groups"]["associate"]) and associates
    assert len(counters) == len(month["groups"]["counter"])
    first = month["groups"]["associate"][0]
    assert associates[0][0] == f"Associate: {first['associate']}" and associates[0][1] == str(first["interactions"])
    rate = first["first_visit_rate"]
    assert associates[0][7] == ("—" if rate is None else f"{round(100 * rate)} %")  # first-visit resolution
    # the period, by keyboard: ↓ ↓ from "Last 30 days" (past "Today") to "Last 7 days"
    win.period.setFocus()
    for _ in range(2):
        qtbot.keyClick(win.period, Qt.Key.Key_Down)
        settled(qtbot)
    assert win.period.currentData() == "7d"
    qtbot.waitUntil(lambda: win.data is not None and win.data.start == (today - timedelta(days=6)).isoformat())
    assert win.start.date().toPython() == today - timedelta(days=6) and win.end.date().toPython() == today
    week = reports.service(demo_app.db, today - timedelta(days=6), today, by=reports.GROUPINGS)
    qtbot.waitUntil(lambda: table.row_texts()[0][1] == str(week["store"]["interactions"]))
    assert len(table.row_texts()) == 1 + len(week["groups"]["associate"]) + len(week["groups"]["counter"])
    # a date typed makes the period "as typed"
    win.start.setFocus()
    qtbot.keyClick(win.start, Qt.Key.Key_Down)
    settled(qtbot)
    assert win.period.currentData() == "custom"
