"""The domain's sentences are data: an English source template and its values (``Text``), put
into the reader's language at the edge. ``QT_TR_NOOP`` only marks a template where it is written so
``pyside6-lupdate`` collects it (it recognises the call by name); it imports no translator."""

from __future__ import annotations

from posassist.errors import Text

__all__ = ["QT_TR_NOOP", "Text"]


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for translation; returns it unchanged."""
    return text
