"""The high-contrast theme's frames, drawn by a style rather than an application style sheet.

An application style sheet sends every widget through the style sheet engine: switching to high
contrast and back re-polished the whole window (about half of a theme change) and, under it, a text
size change restyled every widget too. This style sits on top of the platform's (Fusion here) for
the whole run, in every theme; it draws what the palette alone cannot (white frames on fields,
buttons, lists, check boxes and radio buttons, a thick yellow frame on what has the focus) only
while the palette is the high-contrast one, so a theme change is a palette change and nothing else.
Its sizes do not depend on the theme, so a theme change never re-lays out the window. Check box
and radio button indicators grow with the text, in every theme (Fusion's are a fixed 14 px: at
200 % they were half the height of their label's letters).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QTextEdit,
    QWidget,
)

WHITE, BLACK, YELLOW = QColor("#ffffff"), QColor("#000000"), QColor("#ffff00")
EDGE, FOCUS_EDGE = 2, 3  # px: a field's frame, the frame of the one with the focus

_PE = QStyle.PrimitiveElement
_FRAMED_PRIMITIVES = (_PE.PE_PanelLineEdit, _PE.PE_PanelButtonCommand, _PE.PE_Frame)
_INDICATORS = (_PE.PE_IndicatorCheckBox, _PE.PE_IndicatorRadioButton)
_FRAMED_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
_FRAMED_VIEWS = (QAbstractItemView, QPlainTextEdit, QTextEdit)  # PE_Frame: these, not every panel
_PM = QStyle.PixelMetric
_INDICATOR_METRICS = frozenset(
    (_PM.PM_IndicatorWidth, _PM.PM_IndicatorHeight, _PM.PM_ExclusiveIndicatorWidth, _PM.PM_ExclusiveIndicatorHeight)
)


def is_high_contrast(pal: QPalette) -> bool:
    """The high-contrast palette (see appearance.palette): white on black, a yellow highlight."""
    return (
        pal.color(QPalette.ColorRole.Window).rgb() == BLACK.rgb()
        and pal.color(QPalette.ColorRole.Highlight).rgb() == YELLOW.rgb()
    )


def _edge(painter: QPainter, rect: QRectF, focused: bool, round_: bool = False, colour: QColor | None = None) -> None:
    width = FOCUS_EDGE if focused else EDGE
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    pen = QPen(colour or (YELLOW if focused else WHITE), width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    inner = rect.adjusted(half, half, -half, -half)
    if round_:
        painter.drawEllipse(inner)
    else:
        painter.drawRect(inner)
    painter.restore()


class ContrastStyle(QProxyStyle):
    """Fusion (or the platform's style), with the high-contrast frames when the palette asks, and
    check box and radio button indicators as large as the text asks."""

    base_point = 0.0  # the application's 100 % text size, in points (install)

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        size = super().pixelMetric(metric, option, widget)
        if metric in _INDICATOR_METRICS and self.base_point > 0:
            point = (widget.font() if widget is not None else QApplication.font()).pointSizeF()
            if point > self.base_point:  # larger text, a larger box; never smaller than the style's
                return round(size * point / self.base_point)
        return size

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element in _INDICATORS and is_high_contrast(option.palette):
            self._indicator(element, option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element not in _FRAMED_PRIMITIVES or not is_high_contrast(option.palette):
            return
        if element == _PE.PE_Frame and not isinstance(widget, _FRAMED_VIEWS):
            return
        if element == _PE.PE_PanelLineEdit and isinstance(option, QStyleOptionFrame) and option.lineWidth <= 0:
            return  # the field inside an editable drop-down: the drop-down has the frame
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        _edge(painter, QRectF(option.rect), focused)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FRAMED_COMPLEX and is_high_contrast(option.palette):
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
            _edge(painter, QRectF(option.rect), focused)

    def _indicator(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
        """A black box (a circle for a radio button) in a white frame; checked: all yellow."""
        state = option.state
        rect = QRectF(option.rect)
        side = min(rect.width(), rect.height())
        rect = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        radio = element == _PE.PE_IndicatorRadioButton
        on = bool(state & QStyle.StateFlag.State_On)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, radio)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(YELLOW if on else BLACK)
        if radio:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
            if state & QStyle.StateFlag.State_NoChange:  # partly checked: a yellow bar
                painter.fillRect(rect.adjusted(side / 4, side * 3 / 8, -side / 4, -side * 3 / 8), YELLOW)
        painter.restore()
        _edge(painter, rect, False, round_=radio, colour=YELLOW if on else WHITE)


def install(app: QApplication, base_point: float) -> ContrastStyle:
    """The application's style, once per process (a second window keeps the first one's);
    ``base_point`` is the text size at 100 %, in points."""
    current = app.style()
    if isinstance(current, ContrastStyle):
        current.base_point = base_point
        return current
    base = QStyleFactory.create(current.name()) or QStyleFactory.create("Fusion")
    style = ContrastStyle(base)
    style.base_point = base_point
    app.setStyle(style)
    return style
