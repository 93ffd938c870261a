"""The cyclic garbage collector during a sale import: lighter in the importing process, off (with
a full collection now and then) in the parsing process."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

GC_THRESHOLD = 10_000  # allocations between the collector's youngest passes while importing (default 700)


def lighter_collector() -> tuple[int, int, int]:
    """The cyclic garbage collector run less often (its previous thresholds returned): an import
    makes millions of short-lived lists and tuples (a row's cells, an order's tuples) that reference
    counting frees, and at the default thresholds the collector ran every 700 of them, going through
    every object alive (a 200 k-line file read and fingerprinted: 2.9 -> 1.3 s CPU with the objects
    that exist at its start frozen out of its passes)."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 10, 10)
    return before


COLLECT_EVERY = 256  # chunks between the parsing process's own collections (see no_collector)


def no_collector() -> None:
    """The parsing process without the cyclic garbage collector's passes: what it makes (cells,
    orders, their tuples) holds no reference cycles and is freed by reference counting, and the
    passes cost a tenth of its time (a 200 k-line file: 6.3 -> 5.5 s CPU; a full collection
    after it found nothing unreachable). In case a cycle ever comes, ``collected`` runs a full
    collection every COLLECT_EVERY chunks (what is alive then: the chunk in hand and what the
    process keeps, ~40 ms; every 64 chunks they were 0.3 s of a million lines; those at its start
    are frozen)."""
    gc.freeze()
    gc.disable()


def collected(chunk: int) -> None:
    if chunk % COLLECT_EVERY == COLLECT_EVERY - 1:
        gc.collect()


@contextlib.contextmanager
def collector_lightened() -> Iterator[None]:
    """``lighter_collector`` for the importing process while it imports, then as it was (the
    collector stays on there: the database's objects there may hold cycles; without its passes
    a 200 k-line import took longer, the full collections that replace them cost more)."""
    before = lighter_collector()
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
