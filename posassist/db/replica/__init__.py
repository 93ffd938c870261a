"""The counter's local copy of the store's PostgreSQL database (issue #21, part 1).

``LocalCopy`` and ``FILE_NAME`` load on first use: the copy migrates its file with Alembic, and a
sign-in that only checks a copied seal (services.staff_seal -> replica.seals) must not import it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from posassist.db.replica.local_copy import FILE_NAME, LocalCopy
    from posassist.db.replica.tables import REPLICATED

__all__ = ["FILE_NAME", "REPLICATED", "LocalCopy"]


def __getattr__(name: str) -> Any:
    if name in ("FILE_NAME", "LocalCopy"):
        from posassist.db.replica import local_copy

        return getattr(local_copy, name)
    if name == "REPLICATED":
        from posassist.db.replica import tables

        return tables.REPLICATED
    raise AttributeError(name)
