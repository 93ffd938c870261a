"""Settings: command-line options, then environment variables, then platform defaults."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from posassist.errors import StorageError
from posassist.i18n import tr
from posassist.private_files import private_dir, private_file

ENV_DATA_DIR = "POSASSIST_DATA_DIR"
ENV_DATABASE_URL = "POSASSIST_DATABASE_URL"
ENV_STORE = "POSASSIST_STORE"
ENV_COUNTER = "POSASSIST_COUNTER"
ENV_CONFIG_DIR = "POSASSIST_CONFIG_DIR"  # this counter's own files: audit signing key, checkpoints
ENV_AUDIT_KEY = "POSASSIST_AUDIT_KEY"  # a key file path, or "keyring" / "keyring:NAME"
ENV_OWNER_URL = "POSASSIST_OWNER_DATABASE_URL"  # PostgreSQL: the schema owner, for db upgrade
ENV_COUNTER_ROLE = "POSASSIST_COUNTER_ROLE"  # PostgreSQL: the counters' role db upgrade grants to
DB_FILENAME = "posassist.db"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    store_code: str | None = None
    counter: str = field(default_factory=socket.gethostname)
    backup_keep: int = 10
    idle_lock_minutes: float = 5.0  # POSASSIST_IDLE_LOCK_MINUTES; 0 turns it off
    language: str | None = None  # --lang / POSASSIST_LANG; None: as chosen in the app, else the system's
    # outside the data directory by default, so a copy of the data (or a backup) never holds the key
    config_dir: Path = field(default_factory=lambda: Path(user_config_dir("posassist", appauthor=False)))
    audit_key: str | None = None
    owner_database_url: str | None = None
    counter_role: str | None = None

    @property
    def audit_key_path(self) -> Path:
        return self.config_dir / "audit-signing.key"

    @property
    def checkpoint_dir(self) -> Path:
        return self.config_dir / "audit-checkpoints"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "logs" / "posassist.log"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def resolve(
    *,
    data_dir: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    store: str | None = None,
    counter: str | None = None,
    language: str | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    env = os.environ if environ is None else environ
    raw_dir = data_dir or env.get(ENV_DATA_DIR) or user_data_dir("posassist", appauthor=False)
    path = Path(raw_dir).expanduser()
    url = database_url or env.get(ENV_DATABASE_URL) or ""
    if not url:
        url = f"sqlite:///{path / DB_FILENAME}"
    return Settings(
        data_dir=path,
        database_url=url,
        store_code=store or env.get(ENV_STORE) or None,
        counter=counter or env.get(ENV_COUNTER) or socket.gethostname(),
        idle_lock_minutes=_float(env.get("POSASSIST_IDLE_LOCK_MINUTES"), 5.0),
        language=language or env.get("POSASSIST_LANG") or None,
        config_dir=Path(env[ENV_CONFIG_DIR]).expanduser()
        if env.get(ENV_CONFIG_DIR)
        else Path(user_config_dir("posassist", appauthor=False)),
        audit_key=env.get(ENV_AUDIT_KEY) or None,
        owner_database_url=env.get(ENV_OWNER_URL) or None,
        counter_role=env.get(ENV_COUNTER_ROLE) or None,
    )


def _float(text: str | None, default: float) -> float:
    try:
        return max(0.0, float(text)) if text else default
    except ValueError:
        return default


def ensure_data_dir(settings: Settings) -> None:
    """Create the data directory (and logs/), for this account only (0700), or say clearly why it
    cannot be used."""
    path = settings.data_dir
    if path.exists() and not path.is_dir():
        raise StorageError(
            tr(
                "The data directory {path} is a file, not a folder; pass --data-dir with a folder posassist may write to.",
                path=path,
            )
        )
    try:
        private_dir(path)
        private_dir(path / "logs")
        if settings.backup_dir.is_dir():  # made before folders were private
            private_dir(settings.backup_dir)
            for f in settings.backup_dir.iterdir():
                private_file(f)
    except OSError as exc:
        if path.is_dir():
            raise StorageError(
                tr(
                    "The data directory {path} is read-only ({strerror}); give posassist write access or pass --data-dir with another folder.",
                    path=path,
                    strerror=exc.strerror,
                )
            ) from exc
        raise StorageError(
            tr(
                "Cannot create the data directory {path} ({strerror}); pass --data-dir with a folder posassist may write to.",
                path=path,
                strerror=exc.strerror,
            )
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise StorageError(
            tr(
                "The data directory {path} is read-only; give posassist write access or pass --data-dir with another folder.",
                path=path,
            )
        )
