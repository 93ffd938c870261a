"""A word-wrapped rich-text label that keeps its sizes per text size.

A layout asks a word-wrapped label its height for a width many times as it settles (the scroll
area holding it, its box layout, the dock around it), and QLabel answers each question by laying
out its whole text document at that width and then again at the width it had (QLabelPrivate::
sizeForWidth); its size hints after a font change take about eight more layouts. On a text size
change, five such labels (the card, the customer's profile, the shift overview, the dashboard's
figures and outcomes) were about half of the full window's work. This one answers a width it has
seen, and its size hints, from memory: per font (a text size it has been shown in before costs no
layout at all), until its text, margins, wrapping or style change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

_FORGETS = frozenset((QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange, QEvent.Type.LayoutDirectionChange))
_FONTS_KEPT = 12  # text sizes (75-200 %) by a few fonts


class _Sizes:
    __slots__ = ("heights", "hint", "minimum")

    def __init__(self) -> None:
        self.heights: dict[int, int] = {}
        self.hint: QSize | None = None
        self.minimum: QSize | None = None


class RichLabel(QLabel):
    """A QLabel whose sizes are laid out once per text, font and margins."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._by_font: dict[str, _Sizes] = {}
        self._sizes = _Sizes()
        super().__init__(text, parent)
        self._font_changed()

    def _font_changed(self) -> None:
        key = self.font().key()
        sizes = self._by_font.get(key)
        if sizes is None:
            if len(self._by_font) >= _FONTS_KEPT:
                self._by_font.clear()
            sizes = self._by_font[key] = _Sizes()
        self._sizes = sizes

    def _forget(self) -> None:
        self._by_font.clear()
        self._font_changed()

    def heightForWidth(self, width: int) -> int:
        heights = self._sizes.heights
        known = heights.get(width)
        if known is None:
            known = heights[width] = super().heightForWidth(width)
        return known

    def sizeHint(self) -> QSize:
        sizes = self._sizes
        if sizes.hint is None:
            sizes.hint = super().sizeHint()
        return QSize(sizes.hint)

    def minimumSizeHint(self) -> QSize:
        sizes = self._sizes
        if sizes.minimum is None:
            sizes.minimum = super().minimumSizeHint()
        return QSize(sizes.minimum)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._forget()

    def clear(self) -> None:
        super().clear()
        self._forget()

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self._forget()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        super().setTextFormat(text_format)
        self._forget()

    def setIndent(self, indent: int) -> None:
        super().setIndent(indent)
        self._forget()

    def setMargin(self, margin: int) -> None:
        super().setMargin(margin)
        self._forget()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        super().setAlignment(alignment)
        self._forget()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.FontChange:
            self._font_changed()
        elif kind in _FORGETS:
            self._forget()
        super().changeEvent(event)
