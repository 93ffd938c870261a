"""The capabilities the composition root hands to the window and the command line: each built
(and its module imported) on first use; on a PostgreSQL counter's FailoverDatabase every call
runs through the failover and, offline, the journal."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from posassist.config import Settings
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
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

        return Sales(self._db, self._import_db)

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
        if name not in _FailoverServices._capabilities or name in ("isolated", "connection", "offline", "_import_db"):
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
