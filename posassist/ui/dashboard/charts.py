"""Small charts for the dashboard, painted with QPainter: vertical bars, horizontal bars (long
item names) and a line. A year of days paints in well under a millisecond, so opening the
dashboard never stalls the counter (pyqtgraph took 5 ms per chart and repainted all of them on
every layout change). Count axes step in whole numbers; a chart with nothing in it says so; and
a screen reader gets the figures as text (the accessible description), not a picture."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from posassist.i18n import tr

MAX_TICKS = 7  # more categories than this are dates: every n-th labelled rather than wrapped
LABEL_LINES = 3  # a category's name wraps onto at most this many lines under its column
HBAR_ROWS = 10  # horizontal bars the chart makes room for (more: those that fit, the most first)
A11Y_ITEMS = 40  # the description a screen reader reads: the first this many values, then a count


@dataclass(frozen=True)
class Series:
    kind: str  # "bars" | "hbars" | "line"
    labels: tuple[str, ...]
    values: tuple[float, ...]
    color: str
    whole: bool = True  # counts: ticks in whole numbers
    y_range: tuple[float, float] | None = None  # fixed value axis (the CSAT line: 1–5)
    fmt: Callable[[float], str] | None = None  # how a value reads (money)


def nice_ticks(top: float, whole: bool, most: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``: steps of 1, 2 or 5 × 10ⁿ (whole numbers for
    counts, so no axis reads 0.5 returns)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / most
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if whole:
        step = max(1.0, round(step))
    n = math.ceil(top / step)
    return [i * step for i in range(n + 1)]


def _num(v: float) -> str:
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.1f}"


class Chart(QWidget):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.title = title
        self.series: Series | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the numbers export as CSV; nothing to click
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(320, max(180, self.minimumSizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        """Room for the text at any size: a few ticks and two lines of labels under columns, one
        line per item (ten at most before the list is cut) beside horizontal bars."""
        line = QFontMetrics(self.font()).lineSpacing()
        if self.series is not None and self.series.kind == "hbars":
            rows = min(max(len(self.series.labels), 3), HBAR_ROWS)
            return QSize(160, max(150, int((rows + 1.5) * line * 1.15)))
        return QSize(160, max(150, 10 * line))

    def show_series(self, series: Series) -> None:
        self.series = series
        self._describe()
        self.updateGeometry()  # horizontal bars ask for a line per item
        self.update()

    @property
    def empty(self) -> bool:
        return self.series is None or not any(self.series.values)

    def _describe(self) -> None:
        s = self.series
        if s is None or not any(s.values):
            self.setAccessibleDescription(tr("Nothing in this period"))
            return
        fmt = s.fmt or _num
        items = [f"{lab}: {fmt(v)}" for lab, v in zip(s.labels, s.values, strict=True)]
        more = len(items) - A11Y_ITEMS
        text = "; ".join(items[:A11Y_ITEMS])
        if more > 0:
            text += " " + tr("and {n} more (export the CSV for all)", n=more)
        self.setAccessibleDescription(text)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = QFontMetrics(self.font())
        text_pen = QPen(pal.color(QPalette.ColorRole.Text))
        s = self.series
        if s is None or not any(s.values):
            p.setPen(text_pen)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Nothing in this period"))
            p.end()
            return
        if s.kind == "hbars":
            self._paint_hbars(p, s, fm, text_pen)
        else:
            self._paint_columns(p, s, fm, text_pen)
        p.end()

    def _value_axis(self, s: Series, most: int) -> tuple[list[float], float, float]:
        if s.y_range is not None:
            lo, hi = s.y_range
            step = max(1, math.ceil((hi - lo) / max(1, most)))
            return [lo + i for i in range(0, int(hi - lo) + 1, step)], lo, hi
        ticks = nice_ticks(max(s.values), s.whole, most)
        return ticks, 0.0, ticks[-1]

    def _paint_columns(self, p: QPainter, s: Series, fm: QFontMetrics, text_pen: QPen) -> None:
        fmt = s.fmt or _num
        widest_tick = max(fm.horizontalAdvance(fmt(t)) for m in range(1, 6) for t in self._value_axis(s, m)[0])
        left = widest_tick + 8
        width = self.width() - left - 6
        n = len(s.values)
        if width <= 4:
            return
        slot = width / n
        lines = self._label_lines(s, fm, slot)
        area = QRectF(left, fm.height() / 2, width, self.height() - fm.height() * (lines + 0.5) - 6)
        if area.height() <= 4:
            return
        # as many ticks as the height holds with a line of air between their labels
        ticks, lo, hi = self._value_axis(s, max(1, min(5, int(area.height() // (fm.height() * 1.6)))))
        span = (hi - lo) or 1.0

        def y(v: float) -> float:
            return area.bottom() - (min(max(v, lo), hi) - lo) / span * area.height()

        grid = QColor(self.palette().color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        for t in ticks:
            p.setPen(QPen(grid))
            p.drawLine(QPointF(area.left(), y(t)), QPointF(area.right(), y(t)))
            p.setPen(text_pen)
            p.drawText(QRectF(0, y(t) - fm.height() / 2, left - 4, fm.height()), Qt.AlignmentFlag.AlignRight, fmt(t))
        color = QColor(s.color)
        if s.kind == "line":
            pen = QPen(color, 2)
            p.setPen(pen)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            pts = [QPointF(area.left() + slot * (i + 0.5), y(v)) for i, v in enumerate(s.values)]
            p.drawPolyline(QPolygonF(pts))
            if n <= 62:  # dots while they can be told apart
                p.setBrush(color)
                for pt in pts:
                    p.drawEllipse(pt, 2.5, 2.5)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            bar = max(1.0, slot * 0.7)
            for i, v in enumerate(s.values):
                top = y(v)
                p.drawRect(QRectF(area.left() + slot * i + (slot - bar) / 2, top, bar, area.bottom() - top))
        p.setPen(text_pen)
        self._paint_labels(p, s, fm, area, slot, lines)

    @staticmethod
    def _label_lines(s: Series, fm: QFontMetrics, slot: float) -> int:
        """As many lines (three at most) as a few categories' names need wrapped under their
        columns ("under 5 min", "moins de 5 min"); dates take one."""
        if s.kind == "line" or len(s.labels) > MAX_TICKS:
            return 1
        wrap = int((Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap).value)
        box = QRect(0, 0, max(1, int(slot) - 2), 10 * fm.height())
        need = max(fm.boundingRect(box, wrap, lab).height() for lab in s.labels)
        return max(1, min(LABEL_LINES, math.ceil(need / fm.height() - 0.01)))

    def _paint_labels(self, p: QPainter, s: Series, fm: QFontMetrics, area: QRectF, slot: float, lines: int) -> None:
        """Each label under its column; where they would run together (dates), every n-th, each
        whole and apart from the last one drawn; none past the chart's edges."""
        gap = fm.averageCharWidth()
        top = area.bottom() + 2
        if lines > 1 or not (s.kind == "line" or len(s.labels) > MAX_TICKS):
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            for i, lab in enumerate(s.labels):
                rect = QRectF(area.left() + slot * i + 1, top, slot - 2, lines * fm.height())
                need = fm.boundingRect(rect.toRect(), int(flags.value), lab)
                if need.width() <= rect.width() and need.height() <= rect.height():
                    p.drawText(rect, flags, lab)
                else:  # a word wider than its column: shortened, on one line
                    text = fm.elidedText(lab, Qt.TextElideMode.ElideRight, int(rect.width()))
                    p.drawText(rect, Qt.AlignmentFlag.AlignHCenter, text)
            return
        last_right = -float(gap)
        for i, lab in enumerate(s.labels):
            text = fm.elidedText(lab, Qt.TextElideMode.ElideRight, int(min(area.width(), self.width() - 2)))
            w = fm.horizontalAdvance(text)
            x = min(max(area.left() + slot * (i + 0.5) - w / 2, area.left()), self.width() - w - 1)
            if x < last_right + gap:
                continue  # it would touch the one before: the next that fits is labelled
            p.drawText(QRectF(x, top, w + 1, fm.height()), Qt.AlignmentFlag.AlignLeft, text)
            last_right = x + w

    def _paint_hbars(self, p: QPainter, s: Series, fm: QFontMetrics, text_pen: QPen) -> None:
        fmt = s.fmt or _num
        left = min(int(self.width() * 0.4), max(fm.horizontalAdvance(lab) for lab in s.labels) + 14)
        area = QRectF(left, 2, self.width() - left - 8, self.height() - fm.height() - 6)
        if area.width() <= 4 or area.height() <= 4:
            return
        widest = max(fm.horizontalAdvance(fmt(t)) for t in nice_ticks(max(s.values), s.whole))
        ticks = nice_ticks(
            max(s.values), s.whole, max(1, min(5, int(area.width() // (widest + 3 * fm.averageCharWidth()))))
        )
        hi = ticks[-1] or 1.0
        shown_rows = max(1, min(len(s.values), int(area.height() // (fm.height() * 1.05))))  # the most first
        slot = area.height() / shown_rows
        grid = QColor(self.palette().color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        for t in ticks:
            x = area.left() + t / hi * area.width()
            p.setPen(QPen(grid))
            p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            p.setPen(text_pen)
            w = fm.horizontalAdvance(fmt(t))
            p.drawText(QPointF(min(x - w / 2, self.width() - w - 2), area.bottom() + fm.ascent() + 2), fmt(t))
        bar = QColor(s.color)
        rows = list(zip(s.labels, s.values, strict=True))[:shown_rows]
        for i, (lab, v) in enumerate(rows):  # the most first, at the top
            top = area.top() + slot * i
            p.setPen(text_pen)
            shown = fm.elidedText(lab, Qt.TextElideMode.ElideRight, left - 8)
            p.drawText(
                QRectF(0, top, left - 4, slot), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bar)
            h = max(1.0, slot * 0.7)
            p.drawRect(QRectF(area.left(), top + (slot - h) / 2, v / hi * area.width(), h))
