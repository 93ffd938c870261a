"""Gift and occasion dates coming up, in "my follow-ups" (shown at sign-in too): the associate's
customers whose reminder has started; Enter on one opens that customer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_customer_pane import _f, _window
from tests.ui.waiting import answered, settled


def test_an_occasion_coming_up_is_in_my_follow_ups_and_opens_the_customer(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)  # Alex, who served Tom Becker
    win.show_my_follow_ups(only_if_any=True)  # what sign-in does
    qtbot.waitUntil(lambda: getattr(win, "follow_ups_dialog", None) is not None, timeout=20_000)
    dlg = win.follow_ups_dialog
    qtbot.addWidget(dlg)
    texts = [dlg.occasion_list.item(i).text() for i in range(dlg.occasion_list.count())]
    tom = [t for t in texts if "Tom Becker" in t]
    assert tom and tom[0].startswith("Daughter's birthday")
    assert any(f"in {n} days" in tom[0] for n in (3, 4, 5))  # four days from the demo's making
    assert dlg.occasion_list.isVisible() and dlg.occasion_list.accessibleName() == "Occasions coming up"
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.occasion_list.setFocus()
    dlg.occasion_list.setCurrentRow(texts.index(tom[0]))
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    settled(qtbot)
    qtbot.waitUntil(lambda: win.customers.current is not None and win.customers.current.name == "Tom Becker")
    assert not dlg.isVisible()
