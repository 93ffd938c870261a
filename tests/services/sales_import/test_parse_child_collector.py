"""The parsing process runs without the collector's passes; a reference cycle, should one ever
come, is still freed by the collection it runs every COLLECT_EVERY chunks."""

from __future__ import annotations

import gc
import weakref

from posassist.services.sales_import import collector


class _Node:
    other: _Node | None = None


def test_a_cycle_is_freed_by_the_collection_every_few_chunks() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        for n in range(collector.COLLECT_EVERY - 1):
            collector.collected(n)
        assert gone() is not None  # no pass yet: the collector is off
        collector.collected(collector.COLLECT_EVERY - 1)
        assert gone() is None
    finally:
        if was:
            gc.enable()
