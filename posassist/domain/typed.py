"""Text a person typed, made safe to keep: no NUL or other control characters (PostgreSQL refuses
NUL; the rest only hide text), Unicode normalised (NFC, so "é" typed two ways is one "é"),
surrounding space trimmed, and a length that fits the field — or a message saying which field
and what to do."""

from __future__ import annotations

import unicodedata

from posassist.domain.privacy import card_numbers
from posassist.domain.words import QT_TR_NOOP, Text
from posassist.errors import InvalidInput

_KEEP_MULTILINE = {"\n", "\t"}


def tidy(raw: str | None, *, multiline: bool = False) -> str:
    """``raw`` without control characters (line breaks and tabs kept when ``multiline``), NFC, stripped."""
    if not raw:
        return ""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    keep = _KEEP_MULTILINE if multiline else set()
    return "".join(ch if ch in keep or unicodedata.category(ch) not in ("Cc", "Cs") else " " for ch in text).strip()


def no_card_number(text: str, label: str, *, name: str, row: int | None = None) -> str:
    """``text`` unchanged, or InvalidInput naming the field when it holds a payment card number:
    card numbers are never stored, in any field, however they are written."""
    cards = card_numbers(text)
    if cards:
        raise InvalidInput(
            Text(
                QT_TR_NOOP(
                    "The {label} contains what looks like a payment card number ({card}); card numbers are never stored: remove it (keep at most the last four digits)."
                ),
                label=label,
                card=cards[0],
            ),
            field=name,
            row=row,
        )
    return text


def field(
    raw: str | None,
    label: str,
    *,
    name: str,
    max_len: int,
    multiline: bool = False,
    required: bool = False,
    required_hint: str = "",
) -> str:
    """A tidied field value, or InvalidInput naming the field when it is missing, too long or holds a
    payment card number."""
    text = tidy(raw, multiline=multiline)
    if required and not text:
        raise InvalidInput(required_hint or Text(QT_TR_NOOP("Type the {label}."), label=label), field=name)
    if len(text) > max_len:
        raise InvalidInput(
            Text(
                QT_TR_NOOP("The {label} is {text:,} characters long; keep it to {max_len:,}."),
                label=label,
                text=len(text),
                max_len=max_len,
            ),
            field=name,
        )
    return no_card_number(text, label, name=name)
