"""The return wizard, no receipt and no customer record: the associate types the customer's phone
(or identity document), and the draft keeps only its keyed hash, which counts this person's
no-receipt returns at every store (hole 2 of the return policy)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from posassist.services import policy_context, returns
from tests.ui.test_return_wizard import _enter, _focused, _next, _type, _wizard
from tests.ui.waiting import settled

PHONE = "416 555 0142"


def test_an_anonymous_no_receipt_return_keeps_a_code_not_the_number(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sku = returns.find_sale(demo_app.db, "R-DT-2026-0871").lines[0].sku
    assert sku
    w = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    qtbot.keyClick(_focused(w), Qt.Key.Key_Backtab)  # back to the mode buttons
    qtbot.keyClick(_focused(w), Qt.Key.Key_Right)
    assert w.draft.mode == "no_receipt"
    _next(qtbot, w)
    page = w.lines_page
    qtbot.waitUntil(page.identity.hasFocus, timeout=30_000)  # no customer: the identity comes first
    assert page.identity.accessibleName() and page.identity.objectName() == "returnIdentity"
    _type(qtbot, w, PHONE)
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: page.identity_info.text() == "Recorded as a code.", timeout=30_000)
    assert page.item.hasFocus()
    _type(qtbot, w, sku)
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.draft.identity_hash is not None, timeout=30_000)
    with demo_app.db.transaction() as s:
        expected = policy_context.identity_hash(s, "phone", "+1 (416) 555-0142")
    assert w.draft.identity_hash == expected and len(expected or "") == 64
    w.reject()
    w.tasks.wait()  # the draft is saved off the GUI thread
    settled(qtbot)
    drafts = [d for d in returns.open_drafts(demo_app.db, demo_app.store.id) if d.mode == "no_receipt"]
    assert drafts and drafts[0].identity_hash == expected
    with demo_app.db.read() as s:
        stored = " ".join(str(r) for r in s.execute(text("SELECT payload FROM drafts")).all())
    assert "5550142" not in stored and "555 0142" not in stored
