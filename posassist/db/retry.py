"""Retries with backoff where the engine asks for them.

A write that fails because another counter holds the lock (SQLite "database is locked" after the
busy timeout) or because PostgreSQL chose it as a deadlock victim or a serialization failure was
rolled back entirely, so running the whole unit of work again is safe. ``retrying`` does that a
few times with jittered exponential backoff, then lets the clear "busy" message reach the user.
Every retry is counted so the reliability suite and ``db check`` can report what they saw."""

from __future__ import annotations

import functools
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from posassist.errors import StorageError

P = ParamSpec("P")
T = TypeVar("T")
ATTEMPTS = 8
BUDGET_S = 15.0  # no new attempt after this long: with SQLite's 10 s busy wait that is two attempts
BASE_DELAY_S = 0.05
MAX_DELAY_S = 2.0


@dataclass
class RetryStats:
    retries: int = 0  # retries in this process
    largest: int = 0  # the most retries one unit of work needed
    gave_up: int = 0  # units of work that still failed after the last attempt

    def as_dict(self) -> dict[str, int]:
        return {"retries": self.retries, "largest": self.largest, "gave_up": self.gave_up}


STATS = RetryStats()
_lock = threading.Lock()


def backoff(attempt: int, rng: random.Random | None = None) -> float:
    """Full-jitter exponential backoff for the ``attempt``-th retry (1-based)."""
    cap = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** (attempt - 1)))
    return (rng or random).uniform(cap / 2, cap)


def retrying(fn: Callable[P, T]) -> Callable[P, T]:
    """Run ``fn`` again (it must be one whole unit of work) when the engine asks for a retry."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        attempt, started = 0, time.monotonic()
        while True:
            try:
                result = fn(*args, **kwargs)
            except StorageError as err:
                if not err.retryable:
                    raise
                attempt += 1
                if attempt >= ATTEMPTS or time.monotonic() - started > BUDGET_S:
                    with _lock:
                        STATS.gave_up += 1
                    raise
                with _lock:
                    STATS.retries += 1
                    STATS.largest = max(STATS.largest, attempt)
                time.sleep(backoff(attempt))
                continue
            return result

    return run
