"""Backups: SQLite's online backup API (safe while others write), pg_dump for PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL

from posassist.db.engine import parse_url, sqlite_path
from posassist.errors import StorageError
from posassist.i18n import tr
from posassist.private_files import create_private, private_dir, private_sqlite


def backup(url: str, dest: Path) -> Path:
    parsed = parse_url(url)
    if not dest.parent.exists():
        private_dir(dest.parent)
    path = sqlite_path(parsed)
    if path is not None:
        return _backup_sqlite(path, dest)
    return _backup_postgres(parsed, dest)


def _backup_sqlite(path: Path, dest: Path) -> Path:
    if not path.exists():
        raise StorageError(tr("There is no database at {path} to back up.", path=path))
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            out = sqlite3.connect(create_private(tmp))  # 0600 before the first page is written
            try:
                # one step, under one read transaction: a consistent snapshot that counters go on
                # writing past (WAL). In steps, every write by another connection between two
                # steps restarts the copy, so a busy store's backup might never finish.
                src.backup(out, pages=-1)
            finally:
                out.close()
        finally:
            src.close()
        tmp.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            tr("Backup to {dest} failed: {exc}; check free space and permissions.", dest=dest, exc=exc)
        ) from exc
    return dest


def _pg_env(url: URL) -> dict[str, str]:
    import os

    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return env


def _pg_args(url: URL) -> list[str]:
    args = []
    if url.host:
        args += ["-h", url.host]
    if url.port:
        args += ["-p", str(url.port)]
    if url.username:
        args += ["-U", url.username]
    return args


def _backup_postgres(url: URL, dest: Path) -> Path:
    tool = shutil.which("pg_dump")
    if tool is None:
        raise StorageError(
            tr(
                "pg_dump is not installed on this counter; install the PostgreSQL client tools (apt-get install postgresql-client) or back up on the server with pg_dump."
            )
        )
    create_private(dest)  # pg_dump writes into it: 0600 from the start
    cmd = [tool, "--format=custom", "--no-owner", "-f", str(dest), *_pg_args(url), url.database or ""]
    done = subprocess.run(cmd, env=_pg_env(url), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise StorageError(
            tr(
                "pg_dump failed: {splitlines}",
                splitlines=done.stderr.strip().splitlines()[-1] if done.stderr else done.returncode,
            )
        )
    return dest


def restore(url: str, source: Path) -> None:
    parsed = parse_url(url)
    if not source.exists():
        raise StorageError(tr("There is no backup at {source}.", source=source))
    path = sqlite_path(parsed)
    if path is not None:
        try:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                if src.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise StorageError(tr("The backup {source} is damaged; choose another one.", source=source))
                dst = sqlite3.connect(path, timeout=10)
                try:
                    private_sqlite(path)
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.DatabaseError as exc:
            raise StorageError(tr("{source} is not a posassist backup ({exc}).", source=source, exc=exc)) from exc
        return
    tool = shutil.which("pg_restore")
    if tool is None:
        raise StorageError(tr("pg_restore is not installed; install the PostgreSQL client tools."))
    cmd = [
        tool,
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "-d",
        parsed.database or "",
        *_pg_args(parsed),
        str(source),
    ]
    done = subprocess.run(cmd, env=_pg_env(parsed), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise StorageError(
            tr(
                "pg_restore failed: {splitlines}",
                splitlines=done.stderr.strip().splitlines()[-1] if done.stderr else done.returncode,
            )
        )


def automatic_backup(url: str, backup_dir: Path, reason: str, keep: int) -> Path | None:
    """A timestamped backup before risky work, keeping the newest ``keep`` of each kind."""
    parsed = parse_url(url)
    path = sqlite_path(parsed)
    if path is not None and not path.exists():
        return None
    if path is None and shutil.which("pg_dump") is None:
        return None  # documented: PostgreSQL stores back up on the server
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = ".db" if path is not None else ".dump"
    dest = backup(url, backup_dir / f"{reason}-{stamp}{suffix}")
    old = sorted(backup_dir.glob(f"{reason}-*{suffix}"))
    for stale in old[:-keep] if keep > 0 else []:
        stale.unlink(missing_ok=True)
    return dest
