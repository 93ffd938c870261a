"""Issue 18's remainders at the counter: a return resumed later keeps the reasons chosen for its
lines (nothing to choose again, nothing chosen for the associate), and the end of an interaction
without a note (F11) records the real response time, from when the customer was selected."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from posassist.db.tables.customers import Interaction
from posassist.services import returns
from posassist.ui.returns.wizard import Page
from tests.ui.test_customer_pane import _dialog_focus, _f, _select
from tests.ui.test_customer_pane import _window as _counter
from tests.ui.test_return_wizard import _choose, _enter, _next, _type, _wizard
from tests.ui.waiting import answered, settled


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def test_a_resumed_return_keeps_the_reasons_chosen(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _type(qtbot, w, "R-DT-2026-0871")
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    _next(qtbot, w)
    _choose(qtbot, w, "Medical")
    assert not w.details_page.reason_missing()
    w.reject()  # the window closed before going on: the draft is kept with the reason chosen
    w.tasks.wait()
    kept = returns.open_drafts(demo_app.db, demo_app.store.id)
    assert kept and kept[0].lines[0].reason == "medical" and kept[0].lines[0].reason_chosen

    again = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(lambda: again.find_page.drafts.count() == 1)
    again.find_page.drafts.setFocus()
    again.find_page.drafts.setCurrentRow(0)
    qtbot.keyClick(again.find_page.drafts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.currentId() == Page.LINES)
    _next(qtbot, again)
    assert again.currentId() == Page.DETAILS
    page = again.details_page
    assert page.reason.currentData() == "medical"  # shown chosen, not blank
    assert not page.reason_missing()
    _next(qtbot, again)  # Enter goes on: nothing to choose again
    qtbot.waitUntil(lambda: again.currentId() == Page.VERDICT)
    assert again.draft.lines[0].reason == "medical"
    again.reject()


def test_a_new_return_still_asks_for_the_reason(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _type(qtbot, w, "R-DT-2026-0871")
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES)
    _next(qtbot, w)
    assert w.details_page.reason.currentIndex() == -1 and w.details_page.reason_missing()
    assert not w.draft.lines[0].reason_chosen
    w.reject()


def test_the_end_of_a_visit_without_a_note_records_the_real_response_time(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _counter(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Nina Patel")
    selected = win.customers.started_at
    assert selected is not None
    qtbot.wait(1100)  # the associate talks with Nina a moment
    qtbot.keyClick(win, Qt.Key.Key_F11)
    _dialog_focus(qtbot, "rateInteraction")
    qtbot.waitUntil(lambda: _f() is not None and _f().objectName() == "csatStars")
    qtbot.keyClick(_f(), Qt.Key.Key_Return)  # no rating given: closed all the same
    answered(qtbot)
    settled(qtbot)
    with demo_app.db.read() as s:
        n = (
            s.execute(select(Interaction).where(Interaction.body == "Counter visit.").order_by(Interaction.id.desc()))
            .scalars()
            .first()
        )
    assert n is not None and n.channel == "counter"
    opened, answer = _aware(n.opened_at), _aware(n.first_response_at)
    assert abs((opened - selected).total_seconds()) < 1  # the wait runs from the selection
    assert (answer - opened).total_seconds() >= 1  # never "answered when selected" (0)
    assert answer <= datetime.now(UTC)
