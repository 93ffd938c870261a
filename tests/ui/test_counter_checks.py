"""Defects of issue 18 that the real-display suite does not reach, checked here with pytest-qt:
step 1 of a return lists the purchases of the receipt's customer, "Saved." is not drawn in red,
the dashboard's labels stay apart and its count axes step in whole numbers, and the catalogue
import window names changes in words under headers that are not cut."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPen
from PySide6.QtWidgets import QApplication, QHeaderView, QScrollArea
from sqlalchemy import select

from posassist.db.tables.customers import Customer
from posassist.services import auth, catalogue_sync
from posassist.services.demo.stories import STAFF
from posassist.ui import i18n_setup
from posassist.ui.dashboard.charts import Chart, Series
from posassist.ui.returns.wizard import Page
from tests.services.catalogue.test_real_exports import opts
from tests.signin import manager
from tests.ui.test_customer_pane import _f, _select, _window
from tests.ui.test_return_wizard import _enter, _type, _wizard
from tests.ui.waiting import answered, settled


@pytest.fixture
def big_text() -> Iterator[None]:
    app = QApplication.instance()
    font = app.font()
    yield
    i18n_setup.apply("en", "en_CA")
    app.setFont(font)


# -- step 1 of a return: the purchases of the receipt's customer, not the one selected before ------
def test_step_1_lists_the_purchases_of_the_receipts_customer(qtbot, demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_app.db.read() as s:
        maria = s.execute(select(Customer.id).where(Customer.full_name == "Maria Gonzalez")).scalar_one()
    w = _wizard(qtbot, demo_app, tmp_path, customer_id=maria)
    history = w.find_page.history
    qtbot.waitUntil(lambda: history.count() > 0, timeout=30_000)
    listed = [history.item(i).text() for i in range(history.count())]
    assert any("W-2026-4101" in t for t in listed)  # Maria's jacket order
    qtbot.waitUntil(w.find_page.receipt.hasFocus)
    _type(qtbot, w, "R-DT-2026-0871")  # Eleanor's shoes: another customer's receipt
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: w.currentId() == Page.LINES, timeout=30_000)
    w.back()  # step 1 again: what is listed beside Eleanor's receipt
    settled(qtbot)
    qtbot.waitUntil(lambda: history.count() > 0, timeout=30_000)
    listed = [history.item(i).text() for i in range(history.count())]
    assert any("R-DT-2026-0871" in t for t in listed), listed
    assert not any("W-2026-41" in t for t in listed), listed  # none of Maria's
    assert "Eleanor Whitfield" in w.find_page.info.text()


# -- "Saved." is a confirmation, not an error -------------------------------------------------------
def _red_pixels(image: QImage) -> int:
    n = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.red() > 120 and c.red() > c.green() + 60 and c.red() > c.blue() + 60:
                n += 1
    return n


def test_saved_is_not_shown_in_red(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Nina Patel")
    notes = win.customers.notes
    qtbot.keyClick(win, Qt.Key.Key_F4)
    qtbot.keyClicks(_f(), "Card 4111 1111 1111 1111 on file?")  # refused: an error, in red
    qtbot.keyClick(_f(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot)
    assert "card number" in notes.note_error.text()
    assert _red_pixels(notes.note_error.grab().toImage()) > 0  # the check sees red where there is red
    notes.note_text.clear()
    qtbot.keyClicks(notes.note_text, "Asked about the hearing aid's battery life.")
    qtbot.keyClick(notes.note_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot)
    assert notes.note_error.text() == "Saved."
    settled(qtbot)
    assert _red_pixels(notes.note_error.grab().toImage()) == 0


# -- the dashboard: labels apart, counts in whole numbers -------------------------------------------
class _Recorder:
    """Stands in for the QPainter a chart paints with and keeps what it writes where."""

    def __init__(self) -> None:
        self.texts: list[tuple[QRectF | QPointF, int, str]] = []

    def drawText(self, where, *rest) -> None:  # type: ignore[no-untyped-def]
        if isinstance(where, QPointF):
            self.texts.append((where, 0, str(rest[0])))
        else:
            self.texts.append((QRectF(where), int(rest[0].value if hasattr(rest[0], "value") else rest[0]), rest[1]))

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return lambda *a, **k: None  # lines, bars, pens: not what is checked


WRAP = Qt.TextFlag.TextWordWrap.value


def _ink(fm: QFontMetrics, where: QRectF | QPointF, align: int, text: str) -> QRectF:
    """Where the text's ink goes."""
    if isinstance(where, QPointF):
        return QRectF(where.x(), where.y() - fm.ascent(), fm.horizontalAdvance(text), fm.height())
    if align & WRAP:  # wrapped onto lines inside its place
        return QRectF(fm.boundingRect(where.toRect(), align, text))
    w = fm.horizontalAdvance(text)
    if align & Qt.AlignmentFlag.AlignRight.value:
        left = where.right() - w
    elif align & Qt.AlignmentFlag.AlignHCenter.value:
        left = where.center().x() - w / 2
    else:
        left = where.left()
    return QRectF(left, where.top(), w, where.height())


def _chart_problems(chart: Chart) -> list[str]:
    """Every text the chart writes: whole in its place, inside the chart, apart from the others;
    a count axis in whole numbers."""
    s = chart.series
    if s is None or chart.empty:
        return []
    rec = _Recorder()
    fm = QFontMetrics(chart.font())
    paint = chart._paint_hbars if s.kind == "hbars" else chart._paint_columns
    paint(rec, s, fm, QPen())  # type: ignore[arg-type]
    name, out = chart.objectName(), []
    drawn = [(where, align, text) for where, align, text in rec.texts if text]
    inks = [(_ink(fm, where, align, text), text) for where, align, text in drawn]
    for (where, _align, text), (ink, _) in zip(drawn, inks, strict=True):
        if isinstance(where, QRectF) and (ink.width() > where.width() + 1 or ink.height() > where.height() + 1):
            out.append(f"{name}: {text!r} does not fit its place ({where.width():.0f}×{where.height():.0f} px)")
        if ink.left() < -0.5 or ink.right() > chart.width() + 0.5:
            out.append(f"{name}: {text!r} runs past the chart's edge")
    for i, (a, ta) in enumerate(inks):
        for b, tb in inks[i + 1 :]:
            if a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5)):
                out.append(f"{name}: {ta!r} runs into {tb!r}")
    if s.whole and s.fmt is None:
        ticks = [t for _, _, t in drawn if t not in s.labels and not t.endswith("…")]
        out += [f"{name}: the count axis reads {t!r}" for t in ticks if not t.isdigit()]
    return out


@pytest.mark.parametrize(
    ("size", "scale", "lang"),
    [
        ((1280, 800), 1.0, "en"),
        ((1280, 800), 2.0, "en"),
        ((1280, 800), 2.0, "de"),
        ((1280, 800), 2.0, "fr"),
        ((1366, 768), 1.5, "fr"),
        ((1920, 1080), 1.0, "en"),
    ],
    ids=["1280-100-en", "1280-200-en", "1280-200-de", "1280-200-fr", "1366-150-fr", "1920-100-en"],
)
def test_dashboard_labels_stay_apart_and_counts_are_whole(  # type: ignore[no-untyped-def]
    qtbot, demo_app, big_text, size: tuple[int, int], scale: float, lang: str
) -> None:
    """On a counter's screen: the window fits the screen's width (what does not fit the
    height scrolls), and no chart writes one label over another."""
    from posassist.ui.dashboard.window import DashboardWindow
    from posassist.ui.tasks import TaskRunner

    i18n_setup.apply(lang, "en_CA")
    app = QApplication.instance()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    runner = TaskRunner()
    win = DashboardWindow(demo_app.svc.reports, runner)
    runner.setParent(win)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.data is not None, timeout=30_000)
    settled(qtbot)
    assert win.width() <= size[0], win.width()
    scroll = win.findChild(QScrollArea, "dashScroll")
    assert scroll.widget().width() <= scroll.viewport().width()  # nothing cut at the right
    charts = win.findChildren(Chart)
    assert any(c.objectName() == "plot_response" and not c.empty for c in charts)
    problems = [p for c in charts if c.isVisible() for p in _chart_problems(c)]
    assert problems == []
    runner.wait()


def test_a_chart_of_few_returns_counts_in_whole_numbers(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two returns at most in a day: the axis reads 0, 1, 2 (never 0.5); the response bands' long
    labels on a narrow chart are shortened, never run together."""
    chart = Chart("plot_test", "test")
    qtbot.addWidget(chart)
    chart.resize(260, 180)
    chart.show_series(Series("bars", ("11-02", "11-03", "11-04"), (1.0, 2.0, 1.0), "#336699"))
    assert _chart_problems(chart) == []
    bands = ("under 5 min", "5–15 min", "15–60 min", "1–4 h", "4–24 h", "over a day")
    chart.show_series(Series("bars", bands, (3.0, 5.0, 2.0, 1.0, 0.0, 1.0), "#336699"))
    assert _chart_problems(chart) == []
    chart.show_series(Series("hbars", ("Field Jacket", "Comfort Walker"), (2.0, 1.0), "#336699"))
    assert _chart_problems(chart) == []


# -- the catalogue import window: changes in words, headers whole ----------------------------------
def _cut_headers(header: QHeaderView) -> list[str]:
    model, out = header.model(), []
    for c in range(header.count()):
        text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if text and header.sectionSize(c) < header.fontMetrics().horizontalAdvance(text) + 2:
            out.append(f"{text!r} cut: {header.sectionSize(c)} px")
    return out


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
def test_the_import_window_says_changes_in_words_under_whole_headers(
    qtbot, demo_app, tmp_path: Path, big_text, scale: float
) -> None:  # type: ignore[no-untyped-def]
    from posassist.ui.admin.catalogue_dialog import CatalogueDialog
    from posassist.ui.tasks import TaskRunner

    src = tmp_path / "card.csv"
    src.write_text("sku,title,price,warranty\nWR-1,Drill,129.00,3 years\n")
    assert catalogue_sync.apply(demo_app.db, str(src), opts(demo_app.db), staff=manager(demo_app.db)).applied
    src.write_text("sku,title,price,warranty,compare at\nWR-1,Drill,139.00,5 years,99.00\n")
    app = QApplication.instance()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    admin = auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin)
    runner = TaskRunner()
    dlg = CatalogueDialog(demo_app.svc.catalogue, demo_app.store, admin, runner)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.resize(1280, 800)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.source.setText(str(src))
    qtbot.keyClick(dlg.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=90_000)
    settled(qtbot)
    rows = [[dlg.changes.text(r, c) for c in range(4)] for r in range(dlg.changes.rowCount())]
    drill = next(r for r in rows if r[1] == "WR-1")
    assert "price: 129.00 → 139.00" in drill[3] and "warranty: 36 months → 60 months" in drill[3], drill
    assert drill[0] == "Changed", drill  # the action in words, not the code 'updated'
    said = " ".join(" ".join(r) for r in rows)
    assert "_minor" not in said and "12900" not in said and "13900" not in said
    assert _cut_headers(dlg.changes.horizontalHeader()) == []
    assert _cut_headers(dlg.problems.horizontalHeader()) == []
    problems = [[dlg.problems.text(r, c) for c in range(6)] for r in range(dlg.problems.rowCount())]
    below = next(r for r in problems if "compare-at" in r[5])  # the compare-at price below the price
    assert below[2] == "compare-at price" and below[4] == "Warning", below
    kinds = [dlg.show_kind.itemText(i) for i in range(dlg.show_kind.count())]
    assert kinds == ["All changes", "New", "Changed", "To deactivate"]
    dlg.tasks.wait()
