"""Small charts for the dashboard, painted with QPainter: vertical bars, horizontal bars (long
item names) and a line. A year of days paints in well under a millisecond, so opening the
dashboard never stalls the counter (pyqtgraph took 5 ms per chart and repainted all of them on
every layout change). Count axes step in whole numbers; a chart with nothing in it says so; and
a screen reader gets the figures as text (the accessible description), not a picture."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from posassist.i18n import tr

MAX_TICKS = 7  # more category labels than this overlap on a chart a third of the window wide
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
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def show_series(self, series: Series) -> None:
        self.series = series
        self._describe()
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

    def _value_axis(self, s: Series) -> tuple[list[float], float, float]:
        if s.y_range is not None:
            lo, hi = s.y_range
            return [lo + i for i in range(int(hi - lo) + 1)], lo, hi
        ticks = nice_ticks(max(s.values), s.whole)
        return ticks, 0.0, ticks[-1]

    def _paint_columns(self, p: QPainter, s: Series, fm: QFontMetrics, text_pen: QPen) -> None:
        ticks, lo, hi = self._value_axis(s)
        fmt = s.fmt or _num
        left = max(fm.horizontalAdvance(fmt(t)) for t in ticks) + 8
        area = QRectF(left, fm.height() / 2, self.width() - left - 6, self.height() - fm.height() * 2 - 4)
        if area.width() <= 4 or area.height() <= 4:
            return
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
        n = len(s.values)
        slot = area.width() / n
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
            width = max(1.0, slot * 0.7)
            for i, v in enumerate(s.values):
                top = y(v)
                p.drawRect(QRectF(area.left() + slot * i + (slot - width) / 2, top, width, area.bottom() - top))
        p.setPen(text_pen)
        step = max(1, -(-n // MAX_TICKS))
        for i in range(0, n, step):
            label = fm.elidedText(s.labels[i], Qt.TextElideMode.ElideRight, int(slot * step) - 2)
            p.drawText(
                QRectF(area.left() + slot * i, area.bottom() + 2, slot * step, fm.height()),
                Qt.AlignmentFlag.AlignLeft if step > 1 else Qt.AlignmentFlag.AlignHCenter,
                label,
            )

    def _paint_hbars(self, p: QPainter, s: Series, fm: QFontMetrics, text_pen: QPen) -> None:
        ticks = nice_ticks(max(s.values), s.whole)
        fmt = s.fmt or _num
        left = min(int(self.width() * 0.4), max(fm.horizontalAdvance(lab) for lab in s.labels) + 14)
        area = QRectF(left, 2, self.width() - left - 8, self.height() - fm.height() - 6)
        if area.width() <= 4 or area.height() <= 4:
            return
        hi = ticks[-1] or 1.0
        n = len(s.values)
        slot = area.height() / n
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
        for i, (lab, v) in enumerate(zip(s.labels, s.values, strict=True)):  # the most first, at the top
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
