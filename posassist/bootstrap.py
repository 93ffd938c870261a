"""The composition root: settings in, a ready App out. Nothing connects at import time."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from posassist.config import Settings, ensure_data_dir
from posassist.db import schema_head
from posassist.db.engine import parse_url, sqlite_path
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import Store
from posassist.errors import NotFound, StorageError
from posassist.i18n import tr
from posassist.private_files import create_private, private_file
from posassist.services.audit_keys import AuditWitness
from posassist.services.dto import Clock, StoreInfo

if TYPE_CHECKING:  # each capability is imported when first used (a command needs one or two)
    from posassist.services.approvals import Approvals
    from posassist.services.audit import Audit
    from posassist.services.auth import Auth
    from posassist.services.catalogue_sync.capability import Catalogue
    from posassist.services.connection import Connection
    from posassist.services.customers import Customers
    from posassist.services.dashboard import Reports
    from posassist.services.events import Events
    from posassist.services.followups import FollowUps
    from posassist.services.goodwill import GoodwillGestures
    from posassist.services.holds import Holds
    from posassist.services.isolated import Isolated
    from posassist.services.lookup import Lookup
    from posassist.services.notes import Notes
    from posassist.services.offline import Offline
    from posassist.services.policy_admin import PolicyAdmin
    from posassist.services.promises import Promises
    from posassist.services.receipts import Receipts
    from posassist.services.returns_service import Returns
    from posassist.services.sales_import import Sales
    from posassist.services.setup import Setup
    from posassist.services.staff import StaffAccounts
    from posassist.services.store_credit import StoreCredit

log = logging.getLogger("posassist")


class Services:
    """The capabilities, handed to the window and the command line. Each is built (and its
    module imported) on first use: a command that looks up a product never loads the printers."""

    def __init__(
        self,
        db: Database,
        store: StoreInfo | None,
        settings: Settings,
        clock: Clock = utcnow,
        witness: AuditWitness | None = None,
    ) -> None:
        self._db, self.store, self._settings, self._clock, self._witness = db, store, settings, clock, witness

    @cached_property
    def auth(self) -> Auth:
        from posassist.services.auth import Auth

        return Auth(
            self._db,
            counter=self._settings.counter,
            tz_name=self.store.timezone if self.store else None,
            witness=self._witness,
        )

    @cached_property
    def lookup(self) -> Lookup:
        from posassist.services.lookup import Lookup

        return Lookup(self._db, self.store)

    @cached_property
    def returns(self) -> Returns:
        from posassist.services.returns_service import Returns

        return Returns(self._db, self._clock)

    @cached_property
    def approvals(self) -> Approvals:
        from posassist.services.approvals import Approvals

        return Approvals(self._db, self._clock)

    @cached_property
    def goodwill(self) -> GoodwillGestures:
        from posassist.services.goodwill import GoodwillGestures

        return GoodwillGestures(self._db)

    @cached_property
    def customers(self) -> Customers:
        from posassist.services.customers import Customers

        return Customers(
            self._db, backup_dir=self._settings.backup_dir, receipt_dirs=(self._settings.data_dir / "receipts",)
        )

    @cached_property
    def notes(self) -> Notes:
        from posassist.services.notes import Notes

        return Notes(self._db)

    @cached_property
    def follow_ups(self) -> FollowUps:
        from posassist.services.followups import FollowUps

        return FollowUps(self._db, self.store, self._clock)

    @cached_property
    def holds(self) -> Holds:
        from posassist.services.holds import Holds

        return Holds(self._db, self._clock)

    @cached_property
    def promises(self) -> Promises:
        from posassist.services.promises import Promises

        return Promises(self._db, self._clock)

    @cached_property
    def catalogue(self) -> Catalogue:
        from posassist.services.catalogue_sync.capability import Catalogue

        return Catalogue(self._import_db, self._settings.backup_dir if self._settings.is_sqlite else None)

    @cached_property
    def _import_db(self) -> Database:
        """An import is one transaction of minutes on a server: its own connection, without the
        counter's short deadlines (db/server_deadline.py), never run on the local copy, and its
        audit entries signed with this counter's key as every other."""
        from posassist.db import failover_setup

        if not failover_setup.is_failover(self._db):
            return self._db
        db = Database(self._settings.database_url)
        db.audit_signer = self._db.audit_signer
        return db

    @cached_property
    def staff(self) -> StaffAccounts:
        from posassist.services.staff import StaffAccounts

        return StaffAccounts(self._db)

    @cached_property
    def policy(self) -> PolicyAdmin:
        from posassist.services.policy_admin import PolicyAdmin

        return PolicyAdmin(self._db)

    @cached_property
    def reports(self) -> Reports:
        from posassist.services.dashboard import Reports

        return Reports(self._db, self._clock)

    @cached_property
    def audit(self) -> Audit:
        from posassist.services.audit import Audit

        return Audit(self._db, self._witness)

    @cached_property
    def events(self) -> Events:
        from posassist.services.events import Events

        return Events(self._db)

    @cached_property
    def setup(self) -> Setup:
        from posassist.services.setup import Setup

        return Setup(self._db)

    @cached_property
    def sales(self) -> Sales:
        from posassist.services.sales_import import Sales

        return Sales(self._import_db)

    @cached_property
    def receipts(self) -> Receipts:
        from posassist.services.receipts import Receipts

        return Receipts(
            self._db, self.store, self._settings.counter, self._clock, pdf_dir=self._settings.data_dir / "receipts"
        )

    @cached_property
    def store_credit(self) -> StoreCredit:
        from posassist.services.store_credit import StoreCredit

        return StoreCredit(self._db, self._clock)

    @cached_property
    def offline(self) -> Offline:
        """What this counter did while the server was away: status, upload, the review queue."""
        from posassist.services.offline import Offline

        return Offline(self._db, self._replay_services, self._settings.counter)

    def _replay_services(self, db: Database, clock: Clock) -> Services:
        """Server-side capabilities for replaying the journal (plain: no failover, no journal)."""
        return Services(db, self.store, self._settings, clock, self._witness)

    @cached_property
    def connection(self) -> Connection:
        """Online with the server, or working from the local copy (banner, status bar, CLI)."""
        from posassist.services.connection import Connection

        return Connection(self._db)

    @cached_property
    def isolated(self) -> Isolated:
        """Heavy calls (imports of other people's files) in a child process built from these settings."""
        from posassist.services.isolated import Isolated

        return Isolated(self._settings)


class _FailoverServices(Services):
    """On a FailoverDatabase: every capability's calls run through ``FailoverDatabase.run`` (a
    call the server dropped half-way runs again on the local copy)."""

    _capabilities = frozenset(n for n, v in vars(Services).items() if isinstance(v, cached_property))

    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        if name not in _FailoverServices._capabilities or name in ("isolated", "connection", "offline"):
            return value
        wrapped = self.__dict__.get("_failover_" + name)
        if wrapped is None:
            from posassist.db.failover import failover_calls
            from posassist.services.offline import journal, wire

            wire(self._db, self._replay_services, self._settings.counter)
            value = journal.journaling(value, name, self._db, self._settings.counter)  # offline writes
            wrapped = self.__dict__["_failover_" + name] = failover_calls(value, self._db)
        return wrapped


def build_services(
    db: Database,
    store: StoreInfo | None,
    settings: Settings,
    clock: Clock = utcnow,
    witness: AuditWitness | None = None,
) -> Services:
    from posassist.db import failover_setup

    kind = _FailoverServices if failover_setup.is_failover(db) else Services
    return kind(db, store, settings, clock, witness)


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
