"""Typed errors whose message is written for the person at the counter.

Services raise these; the UI shows them through one message component and the CLI prints
them as one line and exits non-zero. Anything else is a bug and is logged with a traceback.
"""

from __future__ import annotations


class PosassistError(Exception):
    """Base: ``str(err)`` is a complete, user-safe sentence saying what and what to do."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(PosassistError):
    pass


class InvalidInput(PosassistError):
    def __init__(self, message: str, *, field: str | None = None, row: int | None = None) -> None:
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

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class SchemaMismatch(StorageError):
    pass


class Cancelled(PosassistError):
    """Long work stopped because the user asked; shown quietly, never as a failure."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)


class UsageError(PosassistError):
    exit_code = 2
