"""A version of the return policy, as the services hand it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class PolicyVersion:
    id: int
    version: int
    effective_from: datetime
    rules: dict[str, Any]
    note: str
