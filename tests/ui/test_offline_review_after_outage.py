"""The shift lead's review window after a real outage (SQLite server, the journal tests' stand-in
copy): a counter worked offline (a note, a follow-up, a hold, a customer edit, two returns) while
another counter, online, edited the same customer and took back one of the same lines; after the
upload the window lists the two conflicts first, then what was applied, in words.

``POSASSIST_OFFLINE_REVIEW_SHOT=FILE`` saves the window as the README's screenshot."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from posassist.bootstrap import App, build_app
from posassist.config import resolve
from posassist.db.tables.catalogue import Stock
from posassist.services.customers import Customers
from posassist.services.returns_service import Returns
from posassist.ui.offline.review_window import OfflineReviewWindow
from posassist.ui.tasks import TaskRunner
from tests.services.offline_support import counter
from tests.services.test_offline_journal import _cheap_sales, _customer, _return_first_line
from tests.signin import as_role
from tests.ui.waiting import answered


def _offline_shift(server: Path, local: Path) -> None:
    c = counter(f"sqlite:///{server}", local)
    try:
        c.fdb.go_offline("test: server unplugged")
        alex = as_role(c.fdb, "associate")
        store = c.caps.store.id
        cid, other_cid = _customer(c, 2), _customer(c, 3)
        note = c.caps.notes.add(
            alex, customer_id=cid, store_id=store, channel="counter", topic="other", body="Asked about trail boots"
        )
        c.caps.follow_ups.create(
            alex,
            customer_id=cid,
            owner_id=alex.id,
            text="Call when the size 42 arrives",
            due=date.today() + timedelta(days=2),
            interaction_id=note.id,
        )
        with c.fdb.read() as s:
            variant = s.execute(
                select(Stock.variant_id).where(Stock.store_id == store, Stock.on_hand > 2).limit(1)
            ).scalar_one()
        c.caps.holds.create(alex, variant_id=variant, quantity=1, customer_id=cid, here_id=store)
        c.caps.customers.update(alex, other_cid, {"preferred_name": "Sam (offline)"})
        first, second = _cheap_sales(c.server, 2)[:2]
        _return_first_line(c.caps.returns, store, alex, first)
        _return_first_line(c.caps.returns, store, alex, second)
        # meanwhile another counter, online
        jamie = as_role(c.server, "associate", 1)
        Customers(c.server).update(jamie, other_cid, {"preferred_name": "Sam (server)"})
        _return_first_line(Returns(c.server), store, jamie, second)
        report = c.uploader.upload()
        assert report.conflicts == 2
    finally:
        c.close()


@pytest.fixture
def after_outage(tmp_path: Path, _demo_templates: dict[str, str]) -> Iterator[App]:
    data = tmp_path / "data"
    data.mkdir()
    server, local = data / "posassist.db", tmp_path / "local-copy.db"
    shutil.copyfile(_demo_templates["sqlite"], server)
    shutil.copyfile(_demo_templates["sqlite"], local)
    _offline_shift(server, local)
    app = build_app(resolve(data_dir=data, store="DT", counter="Counter 1"))
    yield app
    app.close()


def test_the_review_after_an_outage_lists_the_conflicts_first(qtbot, after_outage: App) -> None:  # type: ignore[no-untyped-def]
    lead = as_role(after_outage.db, "shift_lead")
    tasks = TaskRunner()
    win = OfflineReviewWindow(after_outage.svc.offline, lead, tasks)
    tasks.setParent(win)
    qtbot.addWidget(win)
    win.resize(1100, 520)
    win.show()
    answered(qtbot)
    rows = win.model.rowCount()
    kinds = [win.model.data(win.model.index(r, 0)) for r in range(rows)]
    assert rows >= 6 and kinds[:2] == ["Conflict", "Conflict"] and "Conflict" not in kinds[2:]
    shot = os.environ.get("POSASSIST_OFFLINE_REVIEW_SHOT")
    if shot:
        qtbot.wait(500)
        win.grab().save(shot)
