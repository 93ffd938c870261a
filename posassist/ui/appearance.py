"""Themes (light, dark, high contrast), text size up to 200 %, and the F1 key list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from posassist.i18n import QT_TR_NOOP, tr
from posassist.ui import contrast_style
from posassist.ui.widgets import named, qapp

THEMES = ("light", "dark", "high_contrast")
KEYS = [
    ("F1", QT_TR_NOOP("this list of keys")),
    ("F2", QT_TR_NOOP("product look-up (scan or type)")),
    ("F3", QT_TR_NOOP("find a customer")),
    ("F4", QT_TR_NOOP("write a note for the customer (Ctrl+Enter saves)")),
    ("F5", QT_TR_NOOP("return or exchange")),
    ("F6", QT_TR_NOOP("use the card's item as the replacement")),
    ("F7", QT_TR_NOOP("approval queue")),
    ("F8", QT_TR_NOOP("goodwill exception")),
    ("F9", QT_TR_NOOP("lock the counter")),
    ("F10", QT_TR_NOOP("hold the card's item for the customer: choose the store, say the day they need it by")),
    ("Shift+F10", QT_TR_NOOP("holds at this store: collect, release, print the slip")),
    ("F11", QT_TR_NOOP("end the interaction: rating, outcome (solved / follow-up / not helped), earlier matter")),
    ("F12", QT_TR_NOOP("my follow-ups")),
    (QT_TR_NOOP("Ctrl+D"), QT_TR_NOOP("dashboard")),
    (QT_TR_NOOP("Ctrl+N"), QT_TR_NOOP("new customer")),
    (QT_TR_NOOP("Ctrl+E"), QT_TR_NOOP("edit the customer's record: every field, consents, dates, related, history")),
    (QT_TR_NOOP("Ctrl+M"), QT_TR_NOOP("merge a duplicate into this customer (or undo the last merge)")),
    (QT_TR_NOOP("Ctrl+Shift+F"), QT_TR_NOOP("follow-up for the customer")),
    (QT_TR_NOOP("Ctrl+Shift+A"), QT_TR_NOOP("pin an alert")),
    (QT_TR_NOOP("Ctrl+P / Ctrl+G"), QT_TR_NOOP("in the timeline: reprint the receipt (a copy) / a gift receipt")),
    (QT_TR_NOOP("Ctrl+Shift+R"), QT_TR_NOOP("this counter's receipt printers (managers)")),
    (QT_TR_NOOP("Ctrl+Shift+C"), QT_TR_NOOP("store credit: a voucher's balance, pay with it")),
    (QT_TR_NOOP("Ctrl+T"), QT_TR_NOOP("next theme (light, dark, high contrast)")),
    (QT_TR_NOOP("Ctrl++ / Ctrl+-"), QT_TR_NOOP("larger / smaller text (up to 200 %)")),
    (QT_TR_NOOP("↑ ↓ Enter Esc"), QT_TR_NOOP("move, open, start over")),
    (QT_TR_NOOP("Ctrl+Q"), QT_TR_NOOP("quit")),
]


def palette(theme: str) -> QPalette:
    p = QPalette()
    if theme == "light":
        return QApplication.style().standardPalette()
    dark = theme == "dark"
    base, text = (QColor("#1e1e1e"), QColor("#f0f0f0")) if dark else (contrast_style.BLACK, contrast_style.WHITE)
    window = QColor("#2b2b2b") if dark else contrast_style.BLACK
    # focus and selection stand out; high contrast: the colours its style draws with (is_high_contrast)
    highlight = QColor("#3d7bd9") if dark else contrast_style.YELLOW
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, QColor("#000000") if not dark else text),
        (QPalette.ColorRole.PlaceholderText, QColor("#a0a0a0") if dark else QColor("#ffff00")),
    ):
        p.setColor(role, colour)
    edge = QColor("#8a8a8a") if dark else QColor("#ffffff")  # frames of check boxes, fields and buttons
    for role in (
        QPalette.ColorRole.Light,
        QPalette.ColorRole.Midlight,
        QPalette.ColorRole.Mid,
        QPalette.ColorRole.Dark,
        QPalette.ColorRole.Shadow,
    ):
        p.setColor(role, edge)
    return p


# No application style sheet in any theme: one makes every widget of the window go through the
# style sheet engine, and a change restyle all of them (about half of a theme change was that). A
# theme change sets the palette and a text size change the font, nothing else; what the palette
# cannot reach in high contrast (white frames, a yellow frame on the focus) is drawn by the style
# installed once at start (ui/contrast_style), from the palette it paints with.

SAVE_AFTER_MS = 1500  # a look change is written to the settings file once the keys rest
RING_WIDTH = 3  # px: a focus ring seen from a step back from the counter
BASE_POINT_PROPERTY = "posassistBasePointSize"  # the application's 100 % text size, in points


class _Ring(QWidget):
    """The frame drawn around the widget that has the keyboard (mouse clicks go through it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pen = QPen(ring_colour(self.palette()), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        half = RING_WIDTH // 2
        p.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


def ring_colour(pal: QPalette) -> QColor:
    """The theme's highlight, or black/white where the highlight is too pale on the window (3:1 at least)."""
    bg = pal.color(QPalette.ColorRole.Window)
    hl = pal.color(QPalette.ColorRole.Highlight)
    if contrast(hl, bg) >= 3.0:
        return hl
    return QColor("#1a4fbf") if contrast("#1a4fbf", bg) >= 3.0 else QColor("#ffff00")


class FocusRing(QObject):
    """A thick frame around whatever has the keyboard focus, in every theme, without a style sheet
    (the light and dark themes have none: see above): one small widget over the focused one's
    parent, following it as it moves, resizes or hides."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: _Ring | None = None
        self.target: QWidget | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None:
            try:
                self.target.removeEventFilter(self)
            except RuntimeError:  # deleted meanwhile
                pass
        self.target = new
        if new is None or new.isWindow() or new.parentWidget() is None:
            self._hide()
            return
        new.installEventFilter(self)
        self._place()

    def _hide(self) -> None:
        if self.ring is not None:
            try:
                self.ring.hide()
            except RuntimeError:
                self.ring = None

    def _place(self) -> None:
        w = self.target
        if w is None:
            return
        host = w.parentWidget()
        if host is None:
            return
        area = host.parentWidget()
        if isinstance(area, QAbstractScrollArea) and host is area.viewport():
            host = area.parentWidget() or host
        try:
            if self.ring is None or self.ring.parentWidget() is not host:
                if self.ring is not None:
                    self.ring.deleteLater()
                self.ring = _Ring(host)
        except RuntimeError:
            self.ring = _Ring(host)
        if not w.isVisible():
            self.ring.hide()
            return
        top_left = w.mapTo(host, w.rect().topLeft()) if host is not w.parentWidget() else w.pos()
        m = RING_WIDTH
        self.ring.setGeometry(QRect(top_left, w.size()).adjusted(-m, -m, m, m))
        self.ring.show()
        self.ring.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
        ):
            self._place()
        return False


class Appearance:
    """Applies and remembers the theme and the text size (QSettings)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        app = qapp()
        if not app.findChild(FocusRing):
            FocusRing(app)
        # 100 % is the desktop's own text size, read once per process: a second window (a sign-in
        # after the set-up wizard, a test's next window) must not take 150 % as its new 100 %
        known = app.property(BASE_POINT_PROPERTY)
        if isinstance(known, float) and known > 0:
            self.base_point = known
        else:
            self.base_point = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
            app.setProperty(BASE_POINT_PROPERTY, self.base_point)
        contrast_style.install(app, self.base_point)  # its check boxes grow from this size
        self.theme = str(settings.value("appearance/theme", "light"))
        try:
            self.scale = float(str(settings.value("appearance/scale", 1.0)))
        except ValueError:
            self.scale = 1.0
        # writing QSettings syncs its file (a lock file, a save with fdatasync) on the next turn of
        # the event loop: done at once it was part of every look change, and of each of a run of
        # Ctrl++ presses; now once, when the keys rest (or as the window closes: MainWindow)
        self._save_timer = QTimer(settings, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save)
        self.apply()

    def apply(self) -> None:
        """Everything, from the settings (at start); a change applies only what it changes."""
        self._apply_size()
        self._apply_theme()
        self.save()

    def _apply_theme(self) -> None:
        qapp().setPalette(palette(self.theme if self.theme in THEMES else "light"))
        self._save_timer.start()

    def _apply_size(self, live: bool = False) -> None:
        """The text size; ``live``: a change in a window on the screen (a key), not the start."""
        app = qapp()
        size = self.base_point * self.scale
        if abs(app.font().pointSizeF() - size) > 0.01:
            font = QFont(app.font())
            font.setPointSizeF(size)
            # each window drawn once, in the new size: with updates on, the main window was painted
            # 3 to 5 times per change (as the font, then each layout pass and fit, came through)
            held = [w for w in app.topLevelWidgets() if w.isVisible() and w.updatesEnabled()] if live else []
            for w in held:
                w.setUpdatesEnabled(False)
            app.setFont(font)
            if live:
                # the font reaches the widgets by posted events: now, so that what the window fits
                # next (columns, panes, the status bar) measures the new size, not the old
                QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
                QTimer.singleShot(0, lambda: _redraw(held))
        self._save_timer.start()

    def save(self) -> None:
        """The theme and the text size into the settings (they are read at the next start)."""
        self._save_timer.stop()
        self.settings.setValue("appearance/theme", self.theme)
        self.settings.setValue("appearance/scale", self.scale)

    def next_theme(self) -> str:
        self.theme = THEMES[(THEMES.index(self.theme) + 1) % len(THEMES)] if self.theme in THEMES else "light"
        self._apply_theme()
        return self.theme

    def bigger(self) -> float:
        self.scale = min(2.0, round(self.scale + 0.25, 2))
        self._apply_size(live=True)
        return self.scale

    def smaller(self) -> float:
        self.scale = max(0.75, round(self.scale - 0.25, 2))
        self._apply_size(live=True)
        return self.scale


def _redraw(windows: list[QWidget]) -> None:
    """Updates back on, once the change's layout work has come through: one paint per window."""
    for w in windows:
        try:
            w.setUpdatesEnabled(True)
        except RuntimeError:  # closed and deleted meanwhile
            pass


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setAccessibleName(tr("Keyboard help"))
        self.setWindowTitle(tr("posassist keys"))
        rows = "".join(f"<tr><td><b>{tr(k)}</b></td><td>{tr(what)}</td></tr>" for k, what in KEYS)
        label = QLabel(
            tr("<table cellpadding=3>{rows}</table><p>Scanning works wherever the cursor is.</p>", rows=rows)
        )
        label.setObjectName("helpText")
        label.setTextFormat(Qt.TextFormat.RichText)
        area = QScrollArea()
        area.setWidget(label)
        area.setWidgetResizable(True)
        close = named(QPushButton(tr("&Close")), "helpClose", tr("Close the help"))
        close.clicked.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(area)
        lay.addWidget(close)
        self.resize(520, 560)


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(fg: QColor | str, bg: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21; body text needs 4.5)."""
    a, b = _luminance(QColor(fg)), _luminance(QColor(bg))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


# greens and ambers from dark to light: the first that reads on the window's background is used
_GOOD = ("#0a6b2b", "#1b7f3a", "#5fd38a", "#9dffb8")
_CAUTION = ("#7a4f00", "#8a5a00", "#f0b44a", "#ffd27a")


def readable_colour(kind: str = "good", background: QColor | None = None) -> str:
    """A green ('good') or amber ('caution') with at least 4.5:1 contrast on the theme's window
    background (light, dark or high contrast), for text that carries a meaning by its colour."""
    bg = background or qapp().palette().color(QPalette.ColorRole.Window)
    choices = _GOOD if kind == "good" else _CAUTION
    best = max(choices, key=lambda c: contrast(c, bg))
    return next((c for c in choices if contrast(c, bg) >= 4.5), best)
