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


def test_details_read_as_a_person_reads_them(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    """The customer by name and number, the item by name, amounts in the store's currency, times
    in the store's zone: never ``customer_id=12``."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from posassist.db.tables.catalogue import Product, Variant
    from posassist.db.tables.customers import Customer
    from posassist.db.tables.people import Store
    from posassist.i18n import moment, money

    db = demo_app.db
    with db.read() as s:
        c = s.execute(select(Customer).where(Customer.full_name.is_not(None)).limit(1)).scalar_one()
        v = s.execute(select(Variant).where(Variant.sku.is_not(None)).limit(1)).scalar_one()
        title = s.get(Product, v.product_id).title
        store = s.execute(select(Store).order_by(Store.id).limit(1)).scalar_one()
    due = datetime(2026, 12, 3, 15, 30, tzinfo=ZoneInfo("UTC"))
    with db.transaction() as s:
        s.add(
            OfflineReview(
                key="c" * 32,
                counter="till-4",
                call="holds.place",
                payload={
                    "session": "$staff",
                    "store_id": store.id,
                    "customer_id": c.id,
                    "variant_id": v.id,
                    "deposit_minor": 1250,
                    "until": due.isoformat(),
                },
                recorded_at=utcnow(),
            )
        )
    lead = as_role(db, "shift_lead")
    tasks = TaskRunner()
    win = OfflineReviewWindow(demo_app.svc.offline, lead, tasks)
    tasks.setParent(win)
    qtbot.addWidget(win)
    win.show()
    answered(qtbot)
    details = win.model.data(win.model.index(0, 5))
    name = c.preferred_name or c.full_name
    assert f"{name} (customer no. {c.id})" in details
    assert title in details and str(v.sku) in details
    assert money(1250, store.currency) in details
    assert moment(due.astimezone(ZoneInfo(store.timezone))) in details
    for raw in ("customer_id", "variant_id", "=", "$staff", "store"):
        assert raw not in details, raw
    assert details in win.problem.text()
    win.close()
