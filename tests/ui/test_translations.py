"""Translations: every tr() text has a German translation with the same placeholders, the .qm the
app loads is built from the .ts, the window really speaks German with German formats, and the
layout holds with the longest texts and right to left."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from posassist import i18n
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui import i18n_build, i18n_setup
from posassist.ui.main_window import MainWindow

TS = i18n_build.OUT / "posassist_de.ts"
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)")


def _messages(ts: Path) -> list[tuple[str, str]]:
    return [
        (m.findtext("source") or "", m.findtext("translation") or "") for m in ET.parse(ts).getroot().iter("message")
    ]


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n_setup.apply("en", "en_CA")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_text_in_the_code_is_translated(tmp_path: Path) -> None:
    shutil.copy(TS, tmp_path / TS.name)
    fresh = i18n_build.update(tmp_path)[0]  # what lupdate finds in the code today
    assert i18n_build.missing(fresh) == [], "run: python -m posassist.ui.i18n_build update, then translate"
    assert len(_messages(fresh)) == len(_messages(TS)), "the .ts is stale: run i18n_build update"


def test_translations_keep_their_placeholders() -> None:
    for source, translation in _messages(TS):
        assert set(_FIELD.findall(source)) == set(_FIELD.findall(translation)), source
        assert source.count("&") == translation.count("&") or "&&" in source, f"accelerator lost: {source}"


def test_the_loaded_file_is_built_from_the_ts(tmp_path: Path) -> None:
    shutil.copy(TS, tmp_path / TS.name)
    built = i18n_build.release(tmp_path)[0]
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run: python -m posassist.ui.i18n_build release"


def test_the_window_speaks_german_with_german_formats(qtbot, demo_app, qsettings, language) -> None:  # type: ignore[no-untyped-def]
    assert i18n_setup.apply("de", "en_CA") == "de"
    assert i18n.money(123456, "CAD") == "1.234,56\xa0CA$"
    assert i18n.parse_amount("12,50 €") == Decimal("12.50")
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin), qsettings)
    qtbot.addWidget(win)
    assert win.lookup.search.accessibleName() == "Produktsuche"
    assert "Kasse: " in win.status_counter.text()
    assert win.findChild(QWidget, "lookupInStock").text() == "&Hier vorrätig"
    win.lookup.show_scan("DEMO-OATBARISTA")
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    assert "CA$" in win.lookup.card.summary.text() and "," in win.lookup.card.summary.text()


def _overlaps(win: QWidget) -> list[str]:
    """Visible buttons cut short, or two visible siblings drawn on top of each other."""
    problems = []
    for w in win.findChildren(QAbstractButton):
        if w.isVisible() and w.text() and w.width() < w.minimumSizeHint().width():
            problems.append(f"{w.objectName()} clipped: {w.width()} < {w.minimumSizeHint().width()}")
    for parent in [win, *win.findChildren(QWidget)]:
        kids = [
            k
            for k in parent.children()
            if isinstance(k, (QLabel, QAbstractButton)) and k.isVisible() and not k.isWindow() and k.width() > 0
        ]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                inter: QRect = a.geometry().intersected(b.geometry())
                if inter.width() > 2 and inter.height() > 2:
                    problems.append(f"{a.objectName()} overlaps {b.objectName()}")
    return problems


def _window_with_a_card(qtbot, demo_app, qsettings, width: int, height: int) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin), qsettings)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    win.lookup.show_scan("DEMO-OATBARISTA")
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    return win


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_longest_texts_fit_left_to_right_and_right_to_left(
    qtbot,
    demo_app,
    qsettings,
    language,  # type: ignore[no-untyped-def]
    direction: str,
) -> None:
    i18n_setup.apply("de", "en_CA")  # German is the longer of the two
    if direction == "rtl":
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    win = _window_with_a_card(qtbot, demo_app, qsettings, 1280, 800)
    assert _overlaps(win) == []
    search, dept = win.lookup.search, win.lookup.department
    if direction == "rtl":  # the search field starts on the right
        assert search.mapTo(win, search.rect().topLeft()).x() > dept.mapTo(win, dept.rect().topLeft()).x()
    else:
        assert search.mapTo(win, search.rect().topLeft()).x() < dept.mapTo(win, dept.rect().topLeft()).x()


@pytest.fixture
def restore_look() -> Iterator[None]:
    app = QApplication.instance()
    font, palette, sheet = app.font(), app.palette(), app.styleSheet()
    yield
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def test_text_at_200_percent_in_high_contrast_fits(qtbot, demo_app, qsettings, language, restore_look) -> None:  # type: ignore[no-untyped-def]
    i18n_setup.apply("de", "en_CA")
    qsettings.setValue("appearance/scale", 2.0)
    qsettings.setValue("appearance/theme", "high_contrast")
    win = _window_with_a_card(qtbot, demo_app, qsettings, 1400, 860)
    assert QApplication.font().pointSizeF() >= 2 * 9
    assert _overlaps(win) == []
    search = win.lookup.search  # the filters moved under the field rather than squeezing it
    assert search.width() >= search.fontMetrics().horizontalAdvance("x" * 30)
    assert win.lookup._filters_below
    table = win.lookup.table  # the item name is not squeezed to "Möb…ofa": the table scrolls sideways first
    assert table.columnWidth(0) >= 26 * table.fontMetrics().averageCharWidth()
    assert "QCheckBox::indicator" in QApplication.instance().styleSheet()  # frames drawn in white
    summary = win.lookup.card.summary  # the card's details scroll rather than being cut off
    qtbot.waitUntil(
        lambda: win.lookup.card.scroll.widget().height() >= summary.heightForWidth(summary.width()), timeout=3000
    )


def test_the_language_is_chosen_from_the_option_then_the_setting(qsettings) -> None:  # type: ignore[no-untyped-def]
    assert i18n_setup.choose("de_AT", qsettings) == "de"  # --lang / POSASSIST_LANG, any region
    qsettings.setValue("appearance/language", "de")
    assert i18n_setup.choose(None, qsettings) == "de"  # Go → Language, remembered per counter
    assert i18n_setup.choose("fr", qsettings) == "de"  # not shipped: the next choice applies
