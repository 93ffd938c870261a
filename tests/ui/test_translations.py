"""Translations, for every shipped language (German, Canadian French): every tr() text has a
translation with the same placeholders and accelerators, the .qm the app loads is built from the
.ts, the window really speaks the language with its formats, and the layout holds in each language,
with the longest texts and right to left."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from posassist import i18n
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui import i18n_build, i18n_setup
from posassist.ui.contrast_style import ContrastStyle, is_high_contrast
from posassist.ui.main_window import MainWindow

LANGS = i18n_build.shipped()  # every language but the English source
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


def _longest() -> str:
    """The shipped language whose texts are longest overall (the hardest test of the layout)."""
    return max(LANGS, key=lambda lang: sum(len(t) for _, t in _messages(i18n_build.ts_file(lang))))


def test_every_shipped_language_has_its_files_and_is_checked() -> None:
    assert {"de", "fr"} <= set(LANGS)
    for lang in LANGS:
        assert i18n_build.ts_file(lang).exists() and i18n_build.ts_file(lang).with_suffix(".qm").exists(), lang
    assert set(i18n_build.check()) == {i18n_build.ts_file(lang).name for lang in LANGS}  # each one's gaps: below


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_in_the_code_is_translated(tmp_path: Path, lang: str) -> None:
    ts = i18n_build.ts_file(lang)
    shutil.copy(ts, tmp_path / ts.name)
    fresh = i18n_build.ts_file(lang, tmp_path)
    i18n_build.update(tmp_path)  # what lupdate finds in the code today
    assert i18n_build.missing(fresh) == [], "run: python -m posassist.ui.i18n_build update, then translate"
    assert len(_messages(fresh)) == len(_messages(ts)), "the .ts is stale: run i18n_build update"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_their_placeholders(lang: str) -> None:
    for source, translation in _messages(i18n_build.ts_file(lang)):
        assert set(_FIELD.findall(source)) == set(_FIELD.findall(translation)), source
        assert source.count("&") == translation.count("&") or "&&" in source, f"accelerator lost: {source}"


def test_french_punctuation_is_canadian() -> None:
    """A no-break space before the colon, a narrow one before ; ? ! (OQLF); never an ordinary one."""
    for _source, translation in _messages(i18n_build.ts_file("fr")):
        assert not re.search(r" [:;?!»%]|« ", translation), f"ordinary space in: {translation}"
        assert not re.search("\u202f:|\xa0[;!]|[^«]\xa0[?]", translation), f"mixed no-break spaces in: {translation}"


def test_the_accelerators_differ_within_each_french_dialog() -> None:
    by_source = dict(_messages(i18n_build.ts_file("fr")))

    def key(text: str) -> str:
        return by_source[text].split("&")[1][0].lower()

    groups = [  # a dialog's (or the window's) own labels and buttons
        [
            "&Add",
            "New &PIN for selected",
            "&Unlock selected",
            "De&activate / activate",
            "&Code:",
            "&Name:",
            "&Role:",
            "P&IN:",
        ],
        [
            "&Next >",
            "< &Back",
            "&Confirm",
            "&Receipt:",
            "Or one of the customer's &purchases:",
            "Or resume a saved &return:",
        ],
        ["&Approve here", "&Deny", "Ask a shift lead &elsewhere", "Rea&son:", "Shift lead &code:", "&PIN:"],
        ["&Go", "&Language", "In stock &here", "Show &inactive", "&Timeline", "F&ollow-ups", "&Note", "Add &follow-up"],
    ]
    for group in groups:
        keys = [key(text) for text in group]
        assert len(set(keys)) == len(keys), dict(zip(group, keys, strict=True))


@pytest.mark.parametrize("lang", LANGS)
def test_the_loaded_file_is_built_from_the_ts(tmp_path: Path, lang: str) -> None:
    ts = i18n_build.ts_file(lang)
    shutil.copy(ts, tmp_path / ts.name)
    built = i18n_build.release(tmp_path)[0]
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: python -m posassist.ui.i18n_build release"


# what the window must say in each language, in a store in Canada (en_CA)
SPOKEN = {
    "de": {
        "locale": "de",
        "money": "1.234,56\xa0CA$",
        "typed": ("12,50 €", Decimal("12.50")),
        "day": "05.03.2026",
        "search": "Produktsuche",
        "counter": "Kasse: ",
        "in_stock": "&Hier vorrätig",
        "currency": "CA$",
        "cancel": "Abbrechen",
    },
    "fr": {
        "locale": "fr_CA",
        "money": "1\xa0234,56\xa0$",
        "typed": ("1 234,50 $", Decimal("1234.50")),
        "day": "5 mars 2026",
        "search": "Recherche de produit",
        "counter": "Caisse\xa0: ",
        "in_stock": "En stock &ici",
        "currency": "\xa0$",
        "cancel": "Annuler",
    },
}


def test_every_shipped_language_is_spoken_in_the_window_test() -> None:
    assert set(SPOKEN) == set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_the_window_speaks_the_language_with_its_formats(qtbot, demo_app, qsettings, language, lang: str) -> None:  # type: ignore[no-untyped-def]
    want = SPOKEN[lang]
    assert i18n_setup.apply(lang, "en_CA") == want["locale"]
    assert i18n.money(123456, "CAD") == want["money"]
    typed, amount = want["typed"]
    assert i18n.parse_amount(typed) == amount
    assert i18n.day(date(2026, 3, 5)) == want["day"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == want["cancel"]  # Qt's own buttons
    win = MainWindow(demo_app, auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin), qsettings)
    qtbot.addWidget(win)
    assert win.lookup.search.accessibleName() == want["search"]
    assert want["counter"] in win.status_counter.text()
    assert win.findChild(QWidget, "lookupInStock").text() == want["in_stock"]
    assert f"actionLanguage_{lang}" in {a.objectName() for a in win.languages.actions()}  # Go → Language
    win.lookup.show_scan("DEMO-OATBARISTA")
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    assert want["currency"] in win.lookup.card.summary.text() and "," in win.lookup.card.summary.text()


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


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_every_language_fits_left_to_right_and_right_to_left(
    qtbot,
    demo_app,
    qsettings,
    language,  # type: ignore[no-untyped-def]
    direction: str,
    lang: str,
) -> None:
    i18n_setup.apply(lang, "en_CA")
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
    i18n_setup.apply(_longest(), "en_CA")  # the longest of the shipped languages
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
    # frames drawn in white by the style, from the palette (no application style sheet)
    assert isinstance(QApplication.style(), ContrastStyle) and is_high_contrast(QApplication.palette())
    assert QApplication.instance().styleSheet() == ""
    summary = win.lookup.card.summary  # the card's details scroll rather than being cut off
    qtbot.waitUntil(
        lambda: win.lookup.card.details_scroll.widget().height() >= summary.heightForWidth(summary.width()),
        timeout=3000,
    )


def test_the_language_is_chosen_from_the_option_then_the_setting(qsettings) -> None:  # type: ignore[no-untyped-def]
    assert i18n_setup.choose("de_AT", qsettings) == "de"  # --lang / POSASSIST_LANG, any region
    qsettings.setValue("appearance/language", "de")
    assert i18n_setup.choose(None, qsettings) == "de"  # Go → Language, remembered per counter
    assert i18n_setup.choose("ja", qsettings) == "de"  # not shipped: the next choice applies
    assert i18n_setup.choose("fr_CA", qsettings) == "fr"  # Canadian French, formats fr_CA in a Canadian store
    assert i18n.pick_locale("fr", "en_CA") == "fr_CA"
