"""Widgets that keep the customer pane readable at any text size: a scroll area as wide as the pane, and a row that puts its parts one under the other when they do not fit side by side."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QPushButton,
    QScrollArea,
    QWidget,
)


class FittedArea(QScrollArea):
    """The customer's profile: as tall as its text, and on a small screen at large text down to a
    few lines, then it scrolls (its labels were cut off without a sign before). The alerts are
    not in it: they always show whole."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        width = max(50, self.viewport().width())
        tall = inner.heightForWidth(width) if inner.hasHeightForWidth() else inner.sizeHint().height()
        return QSize(super().sizeHint().width(), tall + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 4 * self.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the text wraps anew: its height changes


class FitRow(QWidget):
    """Buttons side by side when they fit the pane's width, one under the other when they do not
    (large text, a long language): never cut off."""

    def __init__(self, *buttons: QPushButton) -> None:
        super().__init__()
        self.buttons = buttons
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for b in buttons:
            self.box.addWidget(b)

    def _fits(self, width: int) -> bool:
        return sum(b.sizeHint().width() for b in self.buttons) + self.box.spacing() * (len(self.buttons) - 1) <= width

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight if self._fits(event.size().width()) else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
        super().resizeEvent(event)
