"""The counter's local copy of the store's PostgreSQL database (issue #21): an SQLite file in its
data directory, with the same schema (the same migrations) and the rows a counter needs offline.

``ensure()`` makes the first snapshot (resumable), ``catch_up()`` applies the server's changes
since, ``start()`` runs both in a background thread woken by LISTEN/NOTIFY (and every
``interval_s`` anyway), ``age()`` says how old the copy is. ``local`` is the copy's Database for
units of work while the server is away.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, event

from posassist.db import migrate, offline_hooks
from posassist.db.engine import build_engine
from posassist.db.replica import apply, catchup, seals, snapshot, state
from posassist.db.replica.tables import REPLICATED, Windows, windows_for
from posassist.db.session import Database
from posassist.db.tables.base import utcnow

log = logging.getLogger(__name__)
CHANNEL = "posassist_changes"
FILE_NAME = "local-copy.db"
LOG_KEEP_DAYS = 7


def _no_foreign_keys(dbapi_conn: Any, _record: Any) -> None:
    # The copy holds a window of the server's rows: a note may name a sale older than the window.
    dbapi_conn.execute("PRAGMA foreign_keys = OFF")


class LocalCopy:
    def __init__(
        self,
        primary: Database,
        path: Path,
        *,
        store_id: int | None,
        counter: str,
        clock: Callable[[], datetime] = utcnow,
        interval_s: float = 30.0,
        sales_days: int | None = None,
        chunk_rows: int = snapshot.CHUNK_ROWS,
    ) -> None:
        if primary.dialect != "postgresql":
            raise ValueError("a local copy is made of a PostgreSQL database")
        self.primary = primary
        self.path = Path(path)
        self.store_id = store_id
        self.counter = counter
        self.clock = clock
        self.interval_s = interval_s
        self.sales_days = sales_days
        self.chunk_rows = chunk_rows
        self._local: Database | None = None
        self._writer: Engine | None = None
        self._lock = threading.RLock()  # one snapshot/catch-up at a time
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._windows: Windows | None = None
        self._windows_at: datetime | None = None
        self.last_error: BaseException | None = None
        self._synced_at: datetime | None = None  # cached: age() is read by the status bar
        self._ready = False
        self._pruned_at: datetime | None = None
        self._snapshotting = False
        self.on_caught_up: list[Callable[[int], None]] = []  # called (from the thread) after each catch-up
        # this counter's audit signer (FailoverDatabase passes witness.attach's on): it
        # countersigns the seals copied in (db/replica/seals.py)
        self.seal_signer: seals.Signer | None = None

    # -- the local database -------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    @property
    def local(self) -> Database:
        with self._lock:
            if self._local is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = Database(self.url)
                migrate.upgrade(db.engine, where=str(self.path))
                offline_hooks.use_local_ids(db)  # what is written here offline; seals read from the copy's
                self._local = db
            return self._local

    def _local_writer(self) -> Engine:
        """The copy's own connections for applying server rows: foreign keys not enforced."""
        if self._writer is None:
            self.local  # noqa: B018 (created and migrated first)
            engine = build_engine(self.url)
            event.listen(engine, "connect", _no_foreign_keys)
            self._writer = engine
        return self._writer

    def _state(self) -> dict[str, Any]:
        with self._local_writer().connect() as conn:
            return state.read_all(conn)

    # -- what the copy holds ------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """A complete snapshot exists: the copy can serve offline."""
        if not self._ready and self.path.exists():
            try:
                self._ready = bool(self._state().get("ready"))
            except Exception:  # unreadable: not ready
                return False
        return self._ready

    def age(self) -> timedelta | None:
        """How far behind the copy may be: now minus the time of the last catch-up that found
        nothing more to apply (everything committed on the server before then is in the copy)."""
        if self._synced_at is None and self.path.exists():
            synced = self._state().get("synced_at")
            self._synced_at = None if synced is None else datetime.fromisoformat(synced)
        if self._synced_at is None:
            return None
        return max(timedelta(0), self.clock() - self._synced_at)

    def windows(self) -> Windows:
        now = self.clock()
        if self._windows is None or self._windows_at is None or now - self._windows_at > timedelta(hours=1):
            with self.primary.engine.connect() as conn:
                self._windows = windows_for(conn, now, self.counter, sales_days=self.sales_days)
            self._windows_at = now
        return self._windows

    # -- snapshot and catch-up ----------------------------------------------------------------
    def ensure(self, *, after_chunk: Callable[[str, int], None] | None = None) -> None:
        """Make the first full snapshot if there is none (or finish one a crash interrupted)."""
        with self._lock:
            writer = self._local_writer()
            st = self._state()
            with self.primary.engine.begin() as conn:
                server_id = state.server_identity(conn)
                pruned = state.pruned_through(conn)
            same = st.get("server_id") == server_id
            if same and st.get("ready") and int(st.get("applied_to") or 0) >= pruned:
                return
            snap = st.get("snapshot")
            if not (same and snap and int(snap["from_seq"]) >= pruned):
                from_seq = snapshot.start_point(self.primary.engine, self._stop)
                snapshot.begin(writer, server_id, from_seq)
                self._ready, self._synced_at = False, None
            self._snapshotting = True
            try:
                done = self._snapshot_run(after_chunk)
            finally:
                self._snapshotting = False
            if done:
                self.catch_up()

    def _snapshot_run(self, after_chunk: Callable[[str, int], None] | None) -> bool:
        return snapshot.run(
            self.primary.engine,
            self._local_writer(),
            self.windows(),
            chunk_rows=self.chunk_rows,
            stop=self._stop,
            after_chunk=after_chunk,
        )

    def catch_up(self) -> int:
        """Apply the server's changes after the last one applied; the number of changes applied.
        Small local transactions: a unit of work on the copy waits at most for one chunk."""
        with self._lock:
            writer = self._local_writer()
            st = self._state()
            if not st.get("ready"):
                return 0
            progress = catchup.Progress.from_state(st)
            total = 0
            while True:
                started = self.clock()
                with self.primary.engine.connect().execution_options(isolation_level="REPEATABLE READ") as server:
                    if not self._snapshotting and state.pruned_through(server) > progress.applied_to:
                        server.rollback()
                        self.ensure()  # the log no longer holds what this copy missed: a new snapshot
                        return 0
                    changes, after, more = catchup.read_changes(server, progress, catchup.BATCH)
                    catchup.apply_batch(server, writer, changes, self.windows())
                    seals_to = self._copy_seals(server, st)
                    server.rollback()
                total += len(changes)
                progress = after
                values: dict[str, Any] = {**progress.to_state(), "seals_to": seals_to, "seals_key": st["seals_key"]}
                if not more:
                    values["synced_at"] = started.isoformat()
                    self._synced_at, self._ready = started, True
                if changes:
                    values["last_change_at"] = max(c[3] for c in changes).isoformat()
                with writer.begin() as local:
                    state.write(local, values)
                if not more or self._stop.is_set():
                    break
            self._housekeeping()
            for hook in list(self.on_caught_up):
                hook(total)
            return total

    def _copy_seals(self, server: Any, st: dict[str, Any]) -> int:
        """The accounts' seals of the same server snapshot (all again when the counter's key
        changed: they are countersigned with it)."""
        signer = self.seal_signer
        kid = seals.key_id(signer)
        after = int(st.get("seals_to") or 0) if st.get("seals_key") == kid else 0
        with self._local_writer().begin() as local:
            st["seals_to"] = seals.copy(server, local, after, signer)
        st["seals_key"] = kid
        return int(st["seals_to"])

    def _housekeeping(self) -> None:
        """Once an hour: drop the copy's rows that fell out of their window, and the server's log
        rows older than LOG_KEEP_DAYS (a counter away longer than that takes a new snapshot when
        it comes back)."""
        now = self.clock()
        if self._pruned_at is not None and now - self._pruned_at < timedelta(hours=1):
            return
        self._pruned_at = now
        windows = self.windows()
        for name in reversed(list(REPLICATED)):
            with self._local_writer().begin() as local:
                apply.prune(local, name, windows)
        with self.primary.engine.begin() as conn:
            state.prune_log(conn, now - timedelta(days=LOG_KEEP_DAYS))

    # -- the background thread ----------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"local-copy-{self.counter}", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    def close(self) -> None:
        self.stop()
        with self._lock:
            if self._writer is not None:
                self._writer.dispose()
                self._writer = None
            if self._local is not None:
                self._local.dispose()
                self._local = None

    def _conninfo(self) -> str:
        url = self.primary.engine.url.set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.ensure()
                with psycopg.connect(self._conninfo(), autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.catch_up()  # what came between the snapshot and LISTEN
                    self.last_error = None
                    self._listen(conn)
            except Exception as err:  # server away or a bad row: keep trying
                self.last_error = err
                log.info("local copy: %s; retrying", err)
                self._stop.wait(min(self.interval_s, 5.0))

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        waited = 0.0
        while not self._stop.is_set():
            woke = False
            for _n in conn.notifies(timeout=0.5, stop_after=1):
                woke = True
            waited += 0.5
            if woke or waited >= self.interval_s:
                while list(conn.notifies(timeout=0.0)):  # the rest of a burst: one catch-up
                    pass
                self.catch_up()
                waited = 0.0
