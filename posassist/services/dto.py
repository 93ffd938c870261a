"""Frozen DTOs that services hand to the UI and the CLI (never ORM objects)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class StoreInfo:
    id: int
    code: str
    name: str
    currency: str
    locale: str
    units: str
    timezone: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    code: str
    name: str
    role: str
    may_approve: bool

    @property
    def role_label(self) -> str:
        return self.role.replace("_", " ")


@dataclass(frozen=True)
class StaffSession(StaffInfo):
    """What sign-in hands back: the person as they signed in, and the token the services verify.

    The services never trust ``role`` or ``id`` here: they look the token up and read the role
    from the staff record, so a session built or altered by a caller is refused."""

    token: str = field(default="", repr=False)
    counter: str = ""
    expires_at: datetime | None = None
    warnings: tuple[str, ...] = ()  # what the person signing in must be told (the audit checkpoints)


Clock = Callable[[], datetime]  # the capabilities' "now": utcnow in the app, a fixed time in tests
