"""Frozen DTOs that services hand to the UI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass


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
