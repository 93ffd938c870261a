"""The parsing process runs without the collector's passes; a reference cycle, should one ever
come, is still freed by the collection it runs every COLLECT_EVERY chunks."""

from __future__ import annotations

import gc
import weakref

from posassist.services.sales_import import parse_child


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
        for n in range(parse_child.COLLECT_EVERY - 1):
            parse_child.collected(n)
        assert gone() is not None  # no pass yet: the collector is off
        parse_child.collected(parse_child.COLLECT_EVERY - 1)
        assert gone() is None
    finally:
        if was:
            gc.enable()
