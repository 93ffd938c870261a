"""Signing in as the demo store's staff in tests: the same verified sessions the window gets."""

from __future__ import annotations

from posassist.db.session import Database
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.services.dto import StaffSession


def as_role(db: Database, role: str, n: int = 0) -> StaffSession:
    """A session of the ``n``-th demo staff member with ``role`` (associate, shift_lead, …)."""
    person = [p for p in STAFF if p.role == role][n]
    return auth.sign_in(db, person.code, person.pin, counter="tests")


def manager(db: Database) -> StaffSession:
    return as_role(db, "store_manager")


def admin(db: Database) -> StaffSession:
    return as_role(db, "admin")
