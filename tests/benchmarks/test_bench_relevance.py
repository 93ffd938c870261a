"""Relevance at scale (issue #22): the judged query set of tests/services/test_relevance.py over
the 1 M-variant demo catalogue, on both engines. Prints precision at 1 and at 5 beside the demo
catalogue's recorded floor and the queries whose first hit is wrong.

At a million variants the same words belong to many more products, so a query has many more
rivals than over the 22,000-variant demo; the judging is the same (every judged word in the
title, the named colour or brand held), so the figures can be compared. The judged set, not the
catalogue, decides what is right: nothing here is tuned to the generated data."""

from __future__ import annotations

import time

from posassist.db.session import Database
from tests.benchmarks.conftest import VARIANTS, report
from tests.services.test_relevance import FLOOR, QUERIES, measure


def test_relevance_at_scale(bench_db: tuple[str, Database]) -> None:
    engine, db = bench_db
    started = time.perf_counter()
    overall, kinds, misses = measure(db)
    seconds = time.perf_counter() - started
    figures: dict[str, object] = {
        "variants": f"{VARIANTS:,}",
        "judged queries": len(QUERIES),
        "precision@1": f"{overall['p@1']:.3f} (demo floor {FLOOR['p@1']})",
        "precision@5": f"{overall['p@5']:.3f} (demo floor {FLOOR['p@5']})",
        "whole set, seconds": f"{seconds:.1f}",
    }
    for kind, (one, five) in sorted(kinds.items()):
        figures[f"  {kind}"] = f"p@1 {one:.3f}  p@5 {five:.3f}"
    report("relevance", engine, figures)
    for m in misses:
        print("  miss", m)
    # Recorded from the first run at 1 M (SQLite, 3 December 2026: p@1 0.993, p@5 0.993); raise it
    # when the search gets better, never lower it.
    assert overall["p@1"] >= SCALE_FLOOR["p@1"], misses
    assert overall["p@5"] >= SCALE_FLOOR["p@5"], misses


SCALE_FLOOR = {"p@1": 0.99, "p@5": 0.99}
