"""Retries with backoff: a write that meets another counter's lock runs again and succeeds; one
that keeps meeting it gives up with the clear busy message and writes nothing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.db import retry
from posassist.db.session import Database
from posassist.db.tables.customers import Interaction
from posassist.errors import StorageError
from posassist.services import auth, notes
from posassist.services.demo.stories import STAFF


@pytest.fixture
def short_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSASSIST_BUSY_TIMEOUT_MS", "20")
    monkeypatch.setattr(retry, "STATS", retry.RetryStats())


def _hold_write_lock(path: Path, seconds: float, held: threading.Event) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    held.set()
    time.sleep(seconds)
    con.execute("ROLLBACK")
    con.close()


def _count(db: Database) -> int:
    with db.read() as s:
        return s.execute(
            select(func.count()).select_from(Interaction).where(Interaction.body == "retry me")
        ).scalar_one()


def test_a_locked_write_is_retried_and_succeeds(short_busy: None, demo_sqlite: str) -> None:
    path = Path(demo_sqlite) / "posassist.db"
    db = Database(f"sqlite:///{path}")
    alex = auth.sign_in(db, STAFF[0].code, STAFF[0].pin)
    held = threading.Event()
    t = threading.Thread(target=_hold_write_lock, args=(path, 0.25, held))
    t.start()
    held.wait(5)
    notes.add(db, customer_id=None, staff=alex, store_id=1, channel="phone", topic="other", body="retry me")
    t.join()
    assert _count(db) == 1
    assert retry.STATS.retries >= 1 and retry.STATS.largest >= 1 and retry.STATS.gave_up == 0
    db.dispose()


def test_a_lock_that_stays_gives_a_clear_message_and_writes_nothing(short_busy: None, demo_sqlite: str) -> None:
    path = Path(demo_sqlite) / "posassist.db"
    db = Database(f"sqlite:///{path}")
    alex = auth.sign_in(db, STAFF[0].code, STAFF[0].pin)
    held = threading.Event()
    t = threading.Thread(target=_hold_write_lock, args=(path, 8.0, held))  # longer than every backoff together
    t.start()
    held.wait(5)
    with pytest.raises(StorageError, match="busy .* wait a moment and try again") as err:
        notes.add(db, customer_id=None, staff=alex, store_id=1, channel="phone", topic="other", body="retry me")
    t.join()
    assert err.value.retryable
    assert retry.STATS.largest == retry.ATTEMPTS - 1 and retry.STATS.gave_up == 1
    assert _count(db) == 0
    db.dispose()


def test_backoff_grows_and_is_capped() -> None:
    import random

    rng = random.Random(1)
    delays = [retry.backoff(n, rng) for n in range(1, 12)]
    assert delays[0] <= retry.BASE_DELAY_S and max(delays) <= retry.MAX_DELAY_S
    assert delays[4] > delays[0]
