"""How bootstrap gives a PostgreSQL counter its local copy and a FailoverDatabase over both.

POSASSIST_LOCAL_COPY=0 turns it off (the counter then stops when the server does, as before).
The copy replicates over its own connection to the server (its snapshot's big reads must not
carry the counter's short deadlines); the counter's own units of work go through the
FailoverDatabase. A counter that starts while the server is away starts offline when it has a
complete copy from earlier.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from posassist.db.engine import parse_url
from posassist.db.failover import FailoverDatabase, LocalCopyLike
from posassist.db.session import Database

log = logging.getLogger(__name__)
FILE_NAME = "local-copy.db"


def enabled(url: str, environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    if env.get("POSASSIST_LOCAL_COPY", "1").strip().lower() in ("0", "no", "off", "false"):
        return False
    try:
        return parse_url(url).get_backend_name() == "postgresql"
    except Exception:
        return False


def copy_path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def make_copy(url: str, data_dir: Path, *, store_id: int | None, counter: str) -> LocalCopyLike | None:
    """The counter's LocalCopy, or None when it cannot have one (no usable data directory)."""
    if not Path(data_dir).is_dir():
        log.warning("no local copy: the data directory %s is not usable", data_dir)
        return None
    from posassist.db.replica import LocalCopy

    return LocalCopy(Database(url), copy_path(data_dir), store_id=store_id, counter=counter)


def with_local_copy(primary: Database, copy: LocalCopyLike | None) -> Database:
    return primary if copy is None else FailoverDatabase(primary, copy)


def start_offline(url: str, data_dir: Path, *, counter: str, error: BaseException) -> FailoverDatabase | None:
    """The server did not answer at start: a FailoverDatabase already offline over the copy made
    earlier, or None when there is no complete copy (the caller reports the server's error)."""
    if not copy_path(data_dir).is_file():
        return None
    copy = make_copy(url, data_dir, store_id=None, counter=counter)
    if copy is None:
        return None
    try:
        ready = copy.ready
    except Exception:
        log.exception("the local copy cannot be opened")
        ready = False
    if not ready:
        return None
    db = FailoverDatabase(Database(url), copy)
    db.go_offline(error)
    return db


def is_failover(db: Database) -> bool:
    return isinstance(db, FailoverDatabase)
