"""The composition root: settings in, a ready App out. Nothing connects at import time."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from posassist.config import Settings, ensure_data_dir
from posassist.db import schema_head
from posassist.db.engine import parse_url, sqlite_path
from posassist.db.session import Database
from posassist.db.tables.people import Store
from posassist.errors import NotFound, StorageError
from posassist.i18n import tr
from posassist.private_files import create_private, private_file
from posassist.services.audit_keys import AuditWitness
from posassist.services.dto import StoreInfo

from .capabilities import Services, build_services

__all__ = ["App", "Services", "build_app", "build_services", "current_store", "open_database"]

log = logging.getLogger("posassist")


@dataclass
class App:
    settings: Settings
    db: Database
    store: StoreInfo | None
    services: Services | None = None
    witness: AuditWitness | None = None  # this counter's audit key and checkpoints

    @property
    def svc(self) -> Services:
        """The capabilities for this counter's store (rebuilt when the store is set)."""
        if self.services is None or self.services.store != self.store:
            self.services = build_services(self.db, self.store, self.settings, witness=self.witness)
        return self.services

    def start_local_copy(self) -> None:
        """Keep the local copy current in the background (the window does, while it is open)."""
        copy = getattr(self.db, "local_copy", None)
        if copy is not None:
            copy.start()

    def close(self) -> None:
        self.db.dispose()  # a FailoverDatabase stops its probe and the local copy's thread too


class _PrivateLog(logging.handlers.RotatingFileHandler):
    """The log file (and each one it rotates to) for this account only: 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        if not Path(self.baseFilename).exists():
            create_private(Path(self.baseFilename))
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


def setup_logging(settings: Settings) -> None:
    root = logging.getLogger("posassist")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = _PrivateLog(settings.log_path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_database(settings: Settings, *, migrate_to_head: bool = True) -> Database:
    """Open the configured database; on SQLite migrate it (backup first), on PostgreSQL refuse
    a schema that is not exactly this code's (an admin runs 'posassist db upgrade' once)."""
    parsed = parse_url(settings.database_url)
    path = sqlite_path(parsed)
    if path is not None:
        _check_sqlite_file(path)
    db = Database(settings.database_url)
    if migrate_to_head and path is None:  # a counter on a server: short deadlines (db/failover.py)
        from posassist.db import failover_setup, server_deadline

        if failover_setup.enabled(settings.database_url):
            server_deadline.install(db.engine)
    try:
        if migrate_to_head and schema_head.at_head(db.engine):
            pass  # the usual case, checked without importing Alembic
        elif migrate_to_head and (path is not None or parsed.get_backend_name() == "sqlite"):
            from posassist.db import migrate

            migrate.upgrade(db.engine, where=db.where, backup_dir=settings.backup_dir, backup_keep=settings.backup_keep)
        elif migrate_to_head:
            from posassist.db import migrate

            migrate.require_current(db.engine, db.where)
    except BaseException:
        db.dispose()
        raise
    return db


def _check_sqlite_file(path: Path) -> None:
    if path.exists():
        if path.is_dir():
            raise StorageError(tr("{path} is a folder, not a database file; pass another --data-dir.", path=path))
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StorageError(
                tr(
                    "{path} is not a posassist database (not an SQLite file); nothing was changed: move it away or use --data-dir with another folder.",
                    path=path,
                )
            )
    elif not path.parent.exists():
        raise StorageError(
            tr("The folder {parent} for the database does not exist; create it or pass --data-dir.", parent=path.parent)
        )


def current_store(db: Database, code: str | None) -> StoreInfo | None:
    with db.read() as s:
        q = select(Store).where(Store.active.is_(True))
        q = q.where(Store.code == code) if code else q.order_by(Store.id).limit(1)
        store = s.execute(q).scalar_one_or_none()
        if store is None:
            if code:
                raise NotFound(tr("There is no store with code '{code}'; check --store or POSASSIST_STORE.", code=code))
            return None
        return StoreInfo(store.id, store.code, store.name, store.currency, store.locale, store.units, store.timezone)


def build_app(settings: Settings, *, migrate_to_head: bool = True) -> App:
    if settings.is_sqlite:
        ensure_data_dir(settings)
    else:
        try:
            ensure_data_dir(settings)
        except StorageError:
            log.warning("data dir %s unusable; logs and backups disabled", settings.data_dir)
    if settings.log_path.parent.is_dir():
        setup_logging(settings)
    try:
        db = open_database(settings, migrate_to_head=migrate_to_head)
    except StorageError as err:  # a PostgreSQL counter whose server is away: its local copy, if any
        offline = _start_offline(settings, err) if migrate_to_head else None
        if offline is None:
            raise
        db = offline
    if not migrate_to_head:  # maintenance commands: the schema may not be there yet
        return App(settings=settings, db=db, store=None, witness=counter_witness(settings, db))
    try:
        store = current_store(db, settings.store_code)
        db = _with_local_copy(settings, db, store)
    except BaseException:
        db.dispose()
        raise
    return App(settings=settings, db=db, store=store, witness=counter_witness(settings, db))


def _with_local_copy(settings: Settings, db: Database, store: StoreInfo | None) -> Database:
    """A PostgreSQL counter works through a FailoverDatabase over the server and its local copy
    (db/failover.py) unless POSASSIST_LOCAL_COPY=0; SQLite counters are unchanged."""
    from posassist.db import failover_setup

    if failover_setup.is_failover(db) or not failover_setup.enabled(settings.database_url):
        return db
    copy = failover_setup.make_copy(
        settings.database_url, settings.data_dir, store_id=store.id if store else None, counter=settings.counter
    )
    return failover_setup.with_local_copy(db, copy)


def _start_offline(settings: Settings, err: StorageError) -> Database | None:
    from posassist.db import failover_setup

    if not failover_setup.enabled(settings.database_url):
        return None
    return failover_setup.start_offline(settings.database_url, settings.data_dir, counter=settings.counter, error=err)


def counter_witness(settings: Settings, db: Database) -> AuditWitness | None:
    """This counter's audit signing key (a 0600 file in its configuration folder, or the keyring)
    and its checkpoints; every audit entry the process writes is signed with the key. Without a
    usable configuration folder the log is still chained, and the log file says why it is unsigned."""
    from posassist.services.audit_sign import counter_key

    try:
        key = counter_key(settings.audit_key, settings.audit_key_path)
    except (OSError, StorageError) as exc:
        log.warning("audit entries from this counter are not signed: %s", exc)
        return None
    witness = AuditWitness(key, settings.checkpoint_dir, settings.database_url, settings.counter)
    witness.attach(db)
    return witness
