"""Story 2 re-played with the date held to (issue #25): Tom's parcel came in red; he needs the navy
one as a gift by Friday. On a Tuesday the associate types "Friday" in the shipped exchange: only
the store whose carrier arrives by Friday is offered, the date is shown before Tom agrees, the
promise is recorded, and a check-up the morning before (Thursday) makes sure it was kept; if the
day can no longer be met, the shift lead's dashboard shows it. Keyboard only, both engines."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from posassist.bootstrap import build_services
from posassist.db.tables.customers import FollowUp
from posassist.db.tables.promises import Promise
from posassist.db.tables.sales import Sale
from posassist.services import promises
from posassist.services.dashboard import Reports
from posassist.services.demo.stories import STAFF
from posassist.ui.returns.wizard import Page
from tests.stories.conftest import Keys, open_counter, record
from tests.when import TORONTO, next_tuesday_morning

ALEX = STAFF[0]


def test_2_gift_on_friday_the_date_held_to(qtbot, story_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tuesday = next_tuesday_morning()
    friday = tuesday.astimezone(TORONTO).date() + timedelta(days=3)
    story_app.services = build_services(
        story_app.db, story_app.store, story_app.settings, clock=lambda: tuesday, witness=story_app.witness
    )
    keys = Keys(qtbot)
    win = open_counter(qtbot, story_app, ALEX.code, ALEX.pin, keys, tmp_path)
    keys.key(Qt.Key.Key_F3)
    keys.scan("LC-100002")  # Tom Becker's loyalty card
    qtbot.waitUntil(lambda: win.customers.current is not None and win.customers.current.name == "Tom Becker")
    assert "Daughter&#x27;s birthday" in win.customers.profile.text()
    keys.key(Qt.Key.Key_F5)  # the return, from his latest purchase
    qtbot.waitUntil(lambda: win.wizard is not None and win.wizard.find_page.receipt.hasFocus())
    keys.tab()
    keys.key(Qt.Key.Key_Down)
    keys.enter()
    w = win.wizard
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    keys.enter()  # the one jacket
    keys.type("We")  # we sent the wrong colour
    keys.tab(2)
    keys.type("Ship")  # ship the navy one
    keys.tab()
    keys.scan("DEMO-FIELDJKT-NAVY-L")
    keys.tab()
    keys.type("Friday")  # "I'm supposed to give this as a gift"
    keys.enter()
    page = w.details_page
    assert "Friday" in page.needed_day.text()
    offered = [page.ship_from.itemText(i) for i in range(page.ship_from.count())]
    assert len(offered) == 1 and offered[0].startswith("Downtown")  # the mall's carrier is a day too late
    keys.enter()
    text = w.verdict_page.text.text()
    assert "arrives by" in text and "Friday" in text  # the date, before Tom agrees
    keys.enter()
    keys.enter()  # confirm
    qtbot.waitUntil(lambda: w.result is not None, timeout=30_000)
    with story_app.db.read() as s:
        order = s.execute(select(Sale).where(Sale.receipt_no == w.result.new_sale_receipt)).scalar_one()
        promise = s.execute(select(Promise).where(Promise.return_id == w.result.return_id)).scalar_one()
        check = s.get(FollowUp, promise.follow_up_id)
    assert order.arrive_by == friday and order.status == "to_ship"
    assert (promise.needed_by, promise.promised_on, promise.status) == (friday, friday, "open")
    assert check is not None and "Tom" in check.text and "Friday" in check.text
    due = check.due_at if check.due_at.tzinfo else check.due_at.replace(tzinfo=UTC)  # SQLite keeps UTC
    assert due.astimezone(TORONTO).date() == friday - timedelta(days=1)  # Thursday morning
    # nothing at risk on Tuesday; on Thursday at noon the parcel has still not left: it can no
    # longer arrive by Friday, and the shift lead's dashboard says so
    assert promises.promises_at_risk(story_app.db, story_app.store.id, tuesday) == []
    thursday_noon = tuesday + timedelta(days=2, hours=1)
    [late] = Reports(story_app.db, lambda: thursday_noon).promises_at_risk(None)  # the dashboard's list
    assert late.id == promise.id and late.reason == "late" and late.needed_by == friday
    assert "no longer arrive in time" in late.why() and late.customer_name == "Tom"
    record("2b gift on Friday, the date held to", keys)
