"""A rich-text label that keeps its height per width answers as QLabel does, and forgets on a new
text, font or margins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from posassist.ui.appearance_labels import RichLabel

TEXT = "<b>Oat drink, barista</b><br>" + "In stock here and at two other stores nearby. " * 8


def _pair(qtbot, text: str = TEXT) -> tuple[RichLabel, QLabel]:  # type: ignore[no-untyped-def]
    labels = (RichLabel(text), QLabel(text))
    for lab in labels:
        qtbot.addWidget(lab)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.RichText)
    return labels


def test_the_height_for_a_width_is_qlabels_and_follows_text_font_and_margins(qtbot) -> None:  # type: ignore[no-untyped-def]
    rich, plain = _pair(qtbot)
    widths = (120, 300, 120, 640, 300)
    assert [rich.heightForWidth(w) for w in widths] == [plain.heightForWidth(w) for w in widths]
    narrow = rich.heightForWidth(120)
    for lab in (rich, plain):
        lab.setText("short")
    assert rich.heightForWidth(120) == plain.heightForWidth(120) < narrow
    big = QFont(rich.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    for lab in (rich, plain):
        lab.setText(TEXT)
        lab.setFont(big)
    assert rich.heightForWidth(300) == plain.heightForWidth(300)
    for lab in (rich, plain):
        lab.setContentsMargins(40, 0, 40, 0)
    assert rich.heightForWidth(300) == plain.heightForWidth(300)
    for lab in (rich, plain):
        lab.setWordWrap(False)
    assert rich.heightForWidth(300) == plain.heightForWidth(300)
