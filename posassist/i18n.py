"""Translations and locale formats, without Qt.

Every user-visible string goes through ``tr("Text with {placeholders}", placeholders=…)``.
``pyside6-lupdate`` finds these calls (context "") and writes ``resources/i18n/posassist_LANG.ts``;
``pyside6-lrelease`` compiles them to ``.qm`` (``python -m posassist.ui.i18n_build``). The GUI
installs a QTranslator and hands ``install`` its lookup; the command line and tests stay English
unless they do the same. Money, numbers and dates are formatted by Babel for the active locale."""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import NumberFormatError, format_decimal, format_percent, parse_decimal

from posassist import errors

LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français"}  # shipped translations (English is the source)
RTL_LANGUAGES = {"ar", "he", "fa", "ur"}

_lookup: Callable[[str], str] = lambda text: text  # noqa: E731 - replaced by the GUI's translator
_locale = "en_CA"


class _LocaleFormatter(string.Formatter):
    """``{n:,}``, ``{x:.2f}`` and ``{p:.0%}`` in the user's locale (1.234 and 12,50 in German)."""

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            if format_spec == ",":
                return format_decimal(value, locale=_locale)
            if format_spec in (".2f", ",.2f"):
                return format_decimal(value, format="#,##0.00", locale=_locale)
            if format_spec == ".0%":
                return format_percent(value, locale=_locale)
        return str(super().format_field(value, format_spec))


_formatter = _LocaleFormatter()


def tr(text: str, /, **values: object) -> str:
    """``text`` in the user's language, with ``{name}`` placeholders filled in."""
    if not text:
        return text or ""
    out = _lookup(text) or text
    return _formatter.format(out, **values) if values else out


errors.set_translator(tr)  # a Text (an error's or the domain's message) reads in the user's language


def install(lookup: Callable[[str], str] | None, locale: str) -> None:
    """Use ``lookup`` for translations (None: English) and ``locale`` (e.g. de_DE) for formats."""
    global _lookup, _locale
    _lookup = lookup or (lambda text: text)
    _locale = locale


def locale() -> str:
    return _locale


def pick_locale(language: str, store_locale: str | None) -> str:
    """The formatting locale: the chosen language in the store's country where Babel knows that
    pairing (de + en_CA -> de_CA would be unusual, so de_DE), else the language's own default."""
    territory = (store_locale or "").partition("_")[2]
    for candidate in (f"{language}_{territory}" if territory else "", language):
        if not candidate:
            continue
        try:
            parsed = Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        if candidate == language:
            return str(Locale.parse(language).language) + ("_" + parsed.territory if parsed.territory else "")
        return str(parsed)
    return "en_CA"


def is_rtl(language: str) -> bool:
    return language.split("_")[0] in RTL_LANGUAGES


def money(minor: int | None, currency: str, *, none: str | None = None) -> str:
    if minor is None:
        return none if none is not None else tr("no price")
    from posassist.domain.money import Money  # minor units by the currency's own exponent

    return Money(minor, currency).format(_locale)


def number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """1.234,5 in German; ``decimals`` fixes the places (an amount field's 0,00)."""
    fmt = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=fmt, locale=_locale)


def day(value: date | datetime, form: str = "medium") -> str:
    from babel.dates import format_date  # on first use: a command line start does not load it

    return format_date(value, format=form, locale=_locale)


def moment(value: datetime, form: str = "short") -> str:
    from babel.dates import format_datetime

    return format_datetime(value, format=form, locale=_locale, tzinfo=value.tzinfo)


def parse_amount(text: str) -> Decimal:
    """An amount typed at the counter, read in the user's locale ("12,50 €" in German, "$1,234.50"
    in English); raises ValueError with the text when it is not a number."""
    cleaned = "".join(ch for ch in text if ch.isdigit() or ch in ".,'  -").strip()
    if not cleaned:
        raise ValueError(text)
    try:
        return parse_decimal(cleaned, locale=_locale, strict=False)
    except NumberFormatError as err:
        raise ValueError(text) from err


def QT_TR_NOOP(text: str) -> str:
    """Marks a text for translation where it is defined (module constants); ``tr(value)`` translates
    it where it is shown, once the user's language is loaded."""
    return text
