"""Files and folders that hold private data (the database and its -wal/-shm, backups, logs) are
for the account that runs posassist only: folders 0700, files 0600. Permissions are only ever
taken away from others, never given: a read-only folder stays read-only."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

_OTHERS = stat.S_IRWXG | stat.S_IRWXO  # 0o077


def _owner_only(path: Path) -> None:
    with contextlib.suppress(OSError):  # not ours (a shared install), or gone: nothing to take away
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & _OTHERS:
            path.chmod(mode & ~_OTHERS)


def private_dir(path: Path) -> Path:
    """``path`` created if missing (and its parents), 0700; an existing one loses others' access."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    _owner_only(path)
    return path


def private_file(path: Path) -> Path:
    """``path`` (if it exists) readable by its owner only."""
    _owner_only(path)
    return path


def private_sqlite(path: Path) -> None:
    """A SQLite database and the files beside it that hold its data."""
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        private_file(p)


def create_private(path: Path) -> Path:
    """An empty file at ``path`` created 0600 (an existing one emptied and made private) before anything
    is written to it, so its content is never readable by others, not even for a moment."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    return private_file(path)
