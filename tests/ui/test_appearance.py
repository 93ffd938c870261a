"""Themes, text up to 200 % without clipping the essentials, and F1."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow


def test_themes_text_size_and_help(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin), qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    base = QApplication.font().pointSizeF()
    try:
        qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert win.appearance.theme == "dark"
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
        qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert win.appearance.theme == "high_contrast"
        for _ in range(6):
            qtbot.keyClick(win, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert win.appearance.scale == 2.0 and abs(QApplication.font().pointSizeF() - 2 * base) < 0.01
        # at 200 % the search box grows with its text (no clipping)
        qtbot.waitUntil(lambda: win.lookup.search.height() >= win.lookup.search.fontMetrics().height())
        # written once the keys rest (not in each change: a settings file sync is no part of it)
        qtbot.waitUntil(lambda: qsettings.value("appearance/theme") == "high_contrast")
        assert float(str(qsettings.value("appearance/scale"))) == 2.0
        qtbot.keyClick(win, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: getattr(win, "help_dialog", None) is not None and win.help_dialog.isVisible())
        assert "F5" in win.help_dialog.findChild(type(win.status_store), "helpText").text()
    finally:
        win.appearance.theme, win.appearance.scale = "light", 1.0
        win.appearance.apply()
