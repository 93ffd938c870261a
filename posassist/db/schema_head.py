"""The schema revision without Alembic: the command line's start does not pay for importing it
when the database is already at this code's head (the usual case); anything else goes through
posassist.db.migrate."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from posassist.paths import migrations_dir

if TYPE_CHECKING:  # head_revision serves the look-up's plain DB-API start too (posassist.db.lean)
    from sqlalchemy import Engine

_REV = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']""", re.M)
_DOWN = re.compile(r"""^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(.+)$""", re.M)
_QUOTED = re.compile(r"""["']([^"']+)["']""")


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The one revision no migration names as its parent, read from migrations/versions;
    None when that is not exactly one (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        src = path.read_text(encoding="utf-8")
        rev = _REV.search(src)
        if rev is None:
            continue
        revisions.add(rev.group(1))
        down = _DOWN.search(src)
        if down:
            parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def database_revision(engine: Engine) -> str | None:
    """What alembic_version holds (None when there is no such table or no single row)."""
    from sqlalchemy import exc, text

    try:
        with engine.connect().execution_options(posassist_readonly=True) as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except exc.DBAPIError:
        return None
    return rows[0] if len(rows) == 1 else None


def at_head(engine: Engine) -> bool:
    """True when the database is exactly at this code's head revision (nothing to migrate)."""
    head = head_revision()
    return head is not None and database_revision(engine) == head
