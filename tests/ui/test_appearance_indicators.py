"""Check boxes and radio buttons grow with the text (high contrast has no style sheet since session
10: Fusion's indicators stayed 14 px at 200 %, half the height of their label's letters)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from posassist.ui.appearance import Appearance


def _indicator(button: QCheckBox | QRadioButton) -> QRect:
    """Where the style draws the box (or circle), as it paints the button."""
    opt = QStyleOptionButton()
    button.initStyleOption(opt)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return button.style().subElementRect(element, opt, button)


@pytest.mark.parametrize("theme", ["high_contrast", "light"])
def test_check_box_and_radio_indicators_grow_at_200_percent(qtbot, qsettings, theme) -> None:  # type: ignore[no-untyped-def]
    qsettings.setValue("appearance/theme", theme)
    qsettings.setValue("appearance/scale", 1.0)
    app = QApplication.instance()
    font, pal = app.font(), app.palette()
    look = Appearance(qsettings)
    host = QWidget()
    qtbot.addWidget(host)
    box, radio = QCheckBox("Consents to e-mail"), QRadioButton("Store credit")
    lay = QVBoxLayout(host)
    lay.addWidget(box)
    lay.addWidget(radio)
    host.show()
    try:
        small = [_indicator(w) for w in (box, radio)]
        small_hint = box.sizeHint().height()
        for _ in range(4):
            look.bigger()
        assert look.scale == 2.0
        QApplication.processEvents()  # the font reaches the widgets by posted events
        large = [_indicator(w) for w in (box, radio)]
        for before, after in zip(small, large, strict=True):
            assert after.height() > 1.5 * before.height() and after.width() > 1.5 * before.width()
        assert box.sizeHint().height() > small_hint  # the row makes room for it
        # at least as tall as a capital letter of its label
        assert large[0].height() >= box.fontMetrics().capHeight()
        for _ in range(4):
            look.smaller()
        QApplication.processEvents()
        assert [_indicator(w).size() for w in (box, radio)] == [r.size() for r in small]
    finally:
        look.theme, look.scale = "light", 1.0
        look.apply()
        app.setPalette(pal)
        app.setFont(font)
