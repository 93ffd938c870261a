"""The counter's layout at the screens counters have (1280×800, 1366×768, 1920×1080), at 100, 150
and 200 % text, in English, German and French (the longest): nothing the associate reads is cut
off — the price, the colour × size grid, the allergens, a button, a drop-down, a column header.
Also: the window opens maximised on a small screen, going back to 100 % leaves nothing at 200 %,
and the focus ring stands out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QHeaderView, QLabel, QLineEdit, QTabBar, QWidget

from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui import i18n_setup
from posassist.ui.appearance import RING_WIDTH, FocusRing, contrast, ring_colour
from posassist.ui.main_window import MainWindow, opens_maximised
from tests.ui.test_translations import _overlaps
from tests.ui.waiting import settled

SIZES = [(1280, 800), (1366, 768), (1920, 1080)]
SCALES = [1.0, 1.5, 2.0]
LANGS = ["en", "de", "fr"]
JACKET = "DEMO-FIELDJKT-NAVY-M"  # a colour × size grid with stock in every store
OAT = "DEMO-OATBARISTA"  # allergens


@pytest.fixture
def look() -> Iterator[None]:
    app = QApplication.instance()
    font, palette, sheet = app.font(), app.palette(), app.styleSheet()
    yield
    i18n_setup.apply("en", "en_CA")
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def _window(qtbot, demo_app, qsettings, size: tuple[int, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin), qsettings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def _card(qtbot, win: MainWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    win.lookup.show_scan(code)
    qtbot.waitUntil(
        lambda: win.lookup.card.card is not None and code in (win.lookup.card.card.sku or ""), timeout=10_000
    )
    settled(qtbot)


def _customer(qtbot, win: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    found = win.svc.customers.find(name)
    win.customers.select_customer(found[0].id)
    qtbot.waitUntil(lambda: win.customers.current is not None and win.banner.isVisible(), timeout=10_000)
    settled(qtbot)


def _clipped(win: QWidget) -> list[str]:
    """Drop-downs squeezed below what their text needs, and fields too narrow to be used."""
    out = []
    for w in win.findChildren(QComboBox):  # a field's own buttons (clear) are drawn inside it
        if w.isVisible() and w.width() < w.minimumSizeHint().width():
            out.append(f"{w.objectName()} squashed: {w.width()} < {w.minimumSizeHint().width()}")
    for w in win.findChildren(QAbstractButton):
        if isinstance(w.parentWidget(), QLineEdit):
            continue
        if w.isVisible() and w.text() and w.height() < w.fontMetrics().height():
            out.append(f"{w.objectName()} too low for its text")
    for bar in win.findChildren(QTabBar):  # every tab in sight: none behind scroll arrows, none cut
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            if bar.isTabVisible(i) and not bar.rect().contains(bar.tabRect(i)):
                out.append(f"{bar.parentWidget().objectName()} tab {bar.tabText(i)!r} out of sight: {bar.tabRect(i)}")
    return out


def _header_cut(header: QHeaderView, what: str) -> list[str]:
    out = []
    model = header.model()
    for c in range(header.count()):
        if header.isSectionHidden(c):
            continue
        text = str(model.headerData(c, header.orientation()) or "")
        need = header.fontMetrics().horizontalAdvance(text) + 2
        if text and header.sectionSize(c) < need:
            out.append(f"{what} header {text!r} cut: {header.sectionSize(c)} < {need}")
    return out


def _table_fits(view, what: str, columns: list[int] | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """The columns named are inside the visible part of the view, without scrolling sideways."""
    out = []
    width = view.viewport().width()
    for c in columns if columns is not None else range(view.model().columnCount()):
        if view.isColumnHidden(c):
            continue
        left = view.columnViewportPosition(c)
        if left < 0 or left + view.columnWidth(c) > width + 1:
            out.append(f"{what} column {c} off the screen: {left}+{view.columnWidth(c)} > {width}")
    return out


def _pane_and_bar(win: MainWindow) -> list[str]:
    """The pane titles in the window's text size; the customer's profile shows their name and
    scrolls rather than being cut; the status bar's fields stay apart, each whole or shortened
    with "…", and leave room for the passing messages."""
    out = []
    size = QApplication.font().pointSizeF()
    for dock in (win.customer_dock, win.approvals_dock):
        title = dock.titleBarWidget() if dock is not None else None
        if dock is not None and (title is None or abs(title.font().pointSizeF() - size) > 0.01):
            out.append(f"{dock.objectName()}'s title not at the text size {size}")
    about = win.customers.about
    if about.viewport().height() < 3 * about.fontMetrics().lineSpacing():
        out.append(f"the customer's profile squeezed to {about.viewport().height()} px")
    bar = win.statusBar()
    fields = [w for w in bar.findChildren(QLabel) if w.isVisible() and w.property("fullText")]
    if sum(w.width() for w in fields) > 0.7 * bar.width():
        out.append(f"the status fields leave no room for messages: {sum(w.width() for w in fields)} of {bar.width()}")
    for w in fields:
        need = w.fontMetrics().horizontalAdvance(w.text()) + 2 * w.frameWidth()
        if w.width() < need:
            out.append(f"status field {w.objectName()} cut: {w.width()} < {need}")
        if w.text() != w.property("fullText") and not w.text().endswith("…"):
            out.append(f"status field {w.objectName()} shortened without a sign")
    fields.sort(key=lambda w: w.x())
    for a, b in zip(fields, fields[1:], strict=False):
        if a.geometry().right() >= b.x():
            out.append(f"status fields {a.objectName()} and {b.objectName()} run together")
    return out


def _problems(qtbot, win: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    problems = _overlaps(win) + _clipped(win) + _pane_and_bar(win)
    lookup = win.lookup
    # the results: every column on screen (price, here, elsewhere), headers readable
    lookup.search.setText("jacket")
    lookup._run_query()
    qtbot.waitUntil(lambda: lookup.model.rowCount() > 0, timeout=10_000)
    settled(qtbot)
    lookup.fit_columns()
    problems += _table_fits(lookup.table, "results") + _header_cut(lookup.table.horizontalHeader(), "results")
    # the jacket's card: price in the glance, the whole grid without scrolling
    _card(qtbot, win, JACKET)
    card = lookup.card
    grid = card.grid
    problems += _table_fits(grid, "grid") + _header_cut(grid.horizontalHeader(), "grid")
    # the scanned variant's cell in view, whole (at large text other colours may scroll below it)
    mine = next(
        grid.visualItemRect(grid.item(r, c))
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
        if grid.item(r, c) is not None and grid.item(r, c).data(Qt.ItemDataRole.UserRole) == card.card.variant_id
    )
    if not grid.viewport().rect().contains(mine):
        problems.append(f"the scanned variant's cell is cut: {mine} not in {grid.viewport().rect()}")
    if grid.verticalScrollBar().maximum() > 0:  # three colours × three sizes: the whole grid shows
        problems.append(f"the jacket's grid scrolls ({grid.rowCount()} colours in {grid.viewport().height()} px)")
    # the oat drink's card: the price and the allergens are seen without scrolling
    _card(qtbot, win, OAT)
    qtbot.waitUntil(lambda: card.details_scroll.viewport().width() > 200, timeout=10_000)
    qtbot.wait(100)  # the card's layout after the new text
    doc = QTextDocument()
    doc.setDefaultFont(card.summary.font())
    doc.setHtml(card.glance_html())
    doc.setTextWidth(card.details_scroll.viewport().width() - 2 * card.summary.margin())
    view = card.details_scroll.viewport().height()
    if doc.size().height() > view + 2:
        problems.append(f"price and allergens below the fold: {doc.size().height():.0f} > {view}")
    problems += _overlaps(win) + _clipped(win) + _pane_and_bar(win)
    return problems


CASES = [pytest.param(size, scale, id=f"{size[0]}x{size[1]}-{scale}") for size in SIZES for scale in SCALES]


@pytest.mark.parametrize(("size", "scale"), CASES)
def test_nothing_is_cut_off(qtbot, demo_app, qsettings, look, size: tuple[int, int], scale: float) -> None:  # type: ignore[no-untyped-def]
    qsettings.setValue("appearance/scale", scale)
    found = {}
    base = QApplication.font().pointSizeF()  # 100 %: the desktop's size, whatever window came before
    for lang in LANGS:
        i18n_setup.apply(lang, "en_CA")
        win = _window(qtbot, demo_app, qsettings, size)
        _customer(qtbot, win, "Daniel Moreau")  # the pinned allergy in the banner and the pane
        assert win.appearance.base_point == pytest.approx(base)  # a second window does not take 150 % as 100 %
        assert QApplication.font().pointSizeF() == pytest.approx(base * scale)
        problems = _problems(qtbot, win)
        if problems:
            found[lang] = problems
        win.close()
    assert found == {}


def test_a_small_screen_opens_the_window_maximised(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    assert opens_maximised(QSize(1280, 800)) and opens_maximised(QSize(1366, 768))
    assert not opens_maximised(QSize(1920, 1080))
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin), qsettings)
    qtbot.addWidget(win)
    win.open_on_screen()  # as posassist gui starts it (the test screen is 800×600: small)
    qtbot.waitExposed(win)
    assert opens_maximised(win.screen().availableGeometry().size())
    assert win.windowState() & Qt.WindowState.WindowMaximized


def test_back_to_100_percent_leaves_nothing_at_200(qtbot, demo_app, qsettings, look) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings, (1366, 768))
    base = QApplication.font().pointSizeF()
    _card(qtbot, win, JACKET)
    for _ in range(4):
        win.bigger_text()
    win.open_return()  # panes and windows made at 200 %
    qtbot.waitUntil(lambda: win.wizard is not None and win.wizard.isVisible())
    win.wizard.reject()
    for _ in range(4):
        win.smaller_text()
    settled(qtbot)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    big = [
        w.objectName() or type(w).__name__
        for w in win.findChildren(QWidget)
        if w.isVisible() and w.font().pointSizeF() > base * 1.05
    ]
    assert big == []
    grid = win.lookup.card.grid  # the grid's rows shrank back with the text
    assert grid.rowHeight(0) < 2.2 * grid.fontMetrics().height()


def test_the_focus_ring_stands_out(qtbot, demo_app, qsettings, look) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings, (1280, 800))
    win.activateWindow()
    ring_keeper = QApplication.instance().findChild(FocusRing)
    assert ring_keeper is not None
    for field in (win.lookup.search, win.customers.search):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        ring = ring_keeper.ring
        assert ring is not None and ring.isVisible()
        inner = ring.geometry().adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        where = field.mapTo(ring.parentWidget(), field.rect().topLeft())
        assert inner.topLeft() == where and inner.size() == field.size()  # around the field, 3 px wide
    for _theme in range(3):  # light, dark, high contrast
        pal = QApplication.palette()
        assert contrast(ring_colour(pal), pal.color(QPalette.ColorRole.Window)) >= 3.0
        win.next_theme()
    assert isinstance(QApplication.focusWidget(), QLineEdit)
