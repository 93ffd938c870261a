"""A rich-text label that keeps its sizes per font answers as QLabel does, and forgets on a new
text, margins or wrapping."""

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


def _same(rich: RichLabel, plain: QLabel, widths: tuple[int, ...] = (120, 300, 120, 640, 300)) -> None:
    assert [rich.heightForWidth(w) for w in widths] == [plain.heightForWidth(w) for w in widths]
    assert rich.sizeHint() == plain.sizeHint() and rich.minimumSizeHint() == plain.minimumSizeHint()


def test_the_height_for_a_width_is_qlabels_and_follows_text_font_and_margins(qtbot) -> None:  # type: ignore[no-untyped-def]
    rich, plain = _pair(qtbot)
    _same(rich, plain)
    narrow = rich.heightForWidth(120)
    for lab in (rich, plain):
        lab.setText("short")
    assert rich.heightForWidth(120) == plain.heightForWidth(120) < narrow
    big = QFont(rich.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    normal = QFont(rich.font())
    for lab in (rich, plain):
        lab.setText(TEXT)
        lab.setFont(big)
    _same(rich, plain)
    for lab in (rich, plain):  # back to a size seen before: from memory, the same answers
        lab.setFont(normal)
    _same(rich, plain)
    for lab in (rich, plain):
        lab.setFont(big)
    _same(rich, plain)
    for lab in (rich, plain):
        lab.setContentsMargins(40, 0, 40, 0)
    _same(rich, plain)
    for lab in (rich, plain):
        lab.setWordWrap(False)
    _same(rich, plain)
