"""Load the user's language into Qt (QTranslator for ours and Qt's own dialogs) and posassist.i18n."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from posassist import i18n
from posassist.paths import resources_dir

_kept: list[QTranslator] = []  # a QTranslator must outlive its installation


def choose(requested: str | None, settings: QSettings | None = None) -> str:
    """--lang / POSASSIST_LANG first, then the language chosen in the app, then the system's."""
    for candidate in (requested, settings.value("appearance/language") if settings else None, QLocale.system().name()):
        code = str(candidate or "").replace("-", "_").split("_")[0]
        if code in i18n.LANGUAGES:
            return code
    return "en"


def apply(language: str, store_locale: str | None) -> str:
    """Install ``language``; returns the formatting locale in force (e.g. de for German)."""
    app = QApplication.instance()
    for t in _kept:
        QCoreApplication.removeTranslator(t)
    _kept.clear()
    lookup = None
    if language != "en":
        ours = QTranslator()
        if ours.load(str(resources_dir() / "i18n" / f"posassist_{language}.qm")):
            QCoreApplication.installTranslator(ours)
            _kept.append(ours)
            lookup = lambda text: QCoreApplication.translate("", text)  # noqa: E731
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_own)
            _kept.append(qt_own)
    fmt = i18n.pick_locale(language if language in i18n.LANGUAGES else "en", store_locale)
    i18n.install(lookup, fmt)
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if i18n.is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
    QLocale.setDefault(QLocale(fmt))
    return fmt
