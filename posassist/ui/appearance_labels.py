"""A word-wrapped rich-text label that keeps its height per width.

A layout asks a word-wrapped label its height for a width many times as it settles (the scroll
area holding it, its box layout, the dock around it), and QLabel answers each question by laying
out its whole text document at that width and then again at the width it had (QLabelPrivate::
sizeForWidth). On a text size change, five such labels (the card, the customer's profile, the
shift overview, the dashboard's figures and outcomes) were about half of the full window's work.
This one answers a width it has seen from memory, until its text, font or margins change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

_FORGETS = frozenset(
    (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange, QEvent.Type.LayoutDirectionChange)
)


class RichLabel(QLabel):
    """A QLabel whose height for a width is laid out once per text, font and margins."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._heights: dict[int, int] = {}
        super().__init__(text, parent)

    def heightForWidth(self, width: int) -> int:
        known = self._heights.get(width)
        if known is None:
            known = self._heights[width] = super().heightForWidth(width)
        return known

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _FORGETS:
            self._heights.clear()
        super().changeEvent(event)
