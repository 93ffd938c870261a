"""Typed errors whose message is written for the person at the counter.

Services raise these; the UI shows them through one message component and the CLI prints
them as one line and exits non-zero. Anything else is a bug and is logged with a traceback.

A message is either a finished ``str`` or a ``Text``: an English source template with its values,
put into the reader's language only when it is shown (``str(err)``). The translator is a hook that
``posassist.i18n`` installs when it is imported (``set_translator``), so the domain can build
messages without importing the translator; without it a ``Text`` reads in English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _english(template: str, /, **values: object) -> str:
    return template.format(**values) if values else template


_translate: Callable[..., str] = _english


def set_translator(translate: Callable[..., str] | None) -> None:
    """``translate(template, **values)`` puts a ``Text`` in the user's language (None: English)."""
    global _translate
    _translate = translate or _english


class Text:
    """A sentence kept as data: the English source template (the translation key) and its values.
    ``str(text)`` translates and fills it in at the moment it is shown; a value that is itself a
    ``Text`` is translated first."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values: dict[str, Any] = values

    def __str__(self) -> str:
        values = {k: str(v) if isinstance(v, Text) else v for k, v in self.values.items()}
        return _translate(self.template, **values)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)


Message = str | Text


class PosassistError(Exception):
    """Base: ``str(err)`` is a complete, user-safe sentence saying what and what to do."""

    exit_code = 1

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.text = message

    @property
    def message(self) -> str:
        """The sentence in the user's language (a ``Text`` is translated now, not when raised)."""
        return str(self.text)

    def __str__(self) -> str:
        return self.message


class NotFound(PosassistError):
    pass


class InvalidInput(PosassistError):
    def __init__(self, message: Message, *, field: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.row = row


class Conflict(PosassistError):
    """Someone else changed the same thing first (another counter, a second click)."""


class PolicyDenied(PosassistError):
    pass


class ApprovalRequired(PosassistError):
    pass


class AuthError(PosassistError):
    pass


class LockedOut(AuthError):
    pass


class StorageError(PosassistError):
    """The database or the data directory cannot be used as it is.

    ``retryable`` marks a write the engine rolled back and asks to run again (a lock held by
    another counter, a deadlock victim, a serialization failure)."""

    def __init__(self, message: Message, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class SchemaMismatch(StorageError):
    pass


class Cancelled(PosassistError):
    """Long work stopped because the user asked; shown quietly, never as a failure."""

    def __init__(self, message: Message = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)


class UsageError(PosassistError):
    exit_code = 2
