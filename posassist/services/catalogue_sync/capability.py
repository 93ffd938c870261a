"""The catalogue capability handed to the window and the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from posassist.db.session import Database
from posassist.services.catalogue_sync import mappings
from posassist.services.catalogue_sync.model import Report
from posassist.services.catalogue_sync.sync import Options, VersionRow, apply, history, plan, rollback
from posassist.services.dto import StaffSession


class Catalogue:
    """Plan (dry run), apply (a manager's session, one transaction), history and rollback."""

    def __init__(self, db: Database, backup_dir: Path | None = None) -> None:
        self._db, self._backup_dir = db, backup_dir

    def plan(self, source: str, opts: Options, **kw: Any) -> Report:
        return plan(self._db, source, opts, **kw)

    def apply(self, session: StaffSession | None, source: str, opts: Options, **kw: Any) -> Report:
        """``session`` may be None only for a dry run."""
        kw.setdefault("backup_dir", self._backup_dir)
        return apply(self._db, source, opts, staff=session, **kw)

    def history(self) -> list[VersionRow]:
        return history(self._db)

    def rollback(self, session: StaffSession, version_id: int | None = None) -> list[int]:
        return rollback(self._db, version_id, session)

    def saved_mapping(self, source: str) -> dict[str, str] | None:
        return mappings.load(self._db, source)

    def save_mapping(self, source: str, mapping: dict[str, str]) -> None:
        mappings.save(self._db, source, mapping)

    headers_and_guess = staticmethod(mappings.headers_and_guess)
    source_key = staticmethod(mappings.source_key)
