"""The return wizard's condition list is the store's set-up: its own codes (with the admin's
words), chosen by keyboard, judged as what they mean (open box: the opened fee)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from posassist.db.tables.tax import ConditionCode
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.returns.wizard import Page, ReturnWizard
from posassist.ui.tasks import TaskRunner
from tests.ui.test_return_needed_by import _keys


def test_the_wizard_offers_the_store_s_condition_codes(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_app.db.transaction() as s:
        s.add(ConditionCode(code="open_box", label="Open box", means="opened", position=-1, active=True))
        s.add(ConditionCode(code="scuffed_sole", label="Scuffed sole", means="worn", position=99, active=True))
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    w = ReturnWizard(demo_app.svc, demo_app.store, staff, TaskRunner(), counter="Counter 1", receipts_dir=tmp_path)
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _keys(qtbot, "W-2026-4102", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    _keys(qtbot, key=Qt.Key.Key_Return)
    assert w.currentId() == Page.DETAILS
    box = w.details_page.condition
    qtbot.waitUntil(lambda: box.findData("open_box") >= 0, timeout=30_000)
    codes = [box.itemData(i) for i in range(box.count())]
    assert codes[0] == "open_box" and codes[-1] == "scuffed_sole" and "unopened" in codes
    assert box.itemText(0) == "Open box" and box.itemText(box.count() - 1) == "Scuffed sole"
    assert box.itemText(codes.index("unopened")) == "Unopened"  # the program's own words for its codes
    assert box.accessibleName()
    box.setFocus()
    qtbot.keyClicks(box, "Scuffed")  # chosen by typing its first letters
    assert box.currentData() == "scuffed_sole"
