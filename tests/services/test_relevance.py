"""Relevance you can measure: the judged query set (tests/data/relevance/demo_queries.json, how
customers ask: typos, plurals, colours, brands, partial words, German and French) over the demo
catalogue, on both engines. Reports precision at 1 and at 5 and fails below the recorded floor.

A hit is right when every judged word is a word of its title (folded), and its colour or brand
holds the one the customer named."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.domain.text import fold, tokens
from posassist.services import lookup

QUERIES = json.loads((Path(__file__).parents[1] / "data" / "relevance" / "demo_queries.json").read_text("utf-8"))
# Recorded from the run that introduced field weighting, plural folding, German and French
# words and two-edit typos; raise them when the search gets better, never lower them.
FLOOR = {"p@1": 0.99, "p@5": 0.99}  # measured 0.993 and 0.991 on both engines


def relevant(hit: lookup.ProductHit, judged: dict[str, Any]) -> bool:
    words = set(tokens(hit.title.replace("-", " ")))
    if not all(w in words for w in judged["title"]):
        return False
    if "colour" in judged and judged["colour"] not in fold(hit.colour or ""):
        return False
    return not ("brand" in judged and judged["brand"] not in fold(hit.brand or ""))


def measure(db: Database) -> tuple[dict[str, float], dict[str, tuple[float, float]], list[str]]:
    store = current_store(db, None)
    p1: list[float] = []
    p5: list[float] = []
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    misses = []
    for judged in QUERIES:
        hits = lookup.search(db, judged["q"], store=store, limit=5).hits
        marks = [relevant(h, judged) for h in hits[:5]]
        one = 1.0 if marks and marks[0] else 0.0
        five = sum(marks) / 5
        p1.append(one)
        p5.append(five)
        by_kind[judged["kind"]].append((one, five))
        if not one:
            misses.append(f"{judged['q']!r}: {[h.title for h in hits[:3]]}")
    kinds = {k: (sum(a for a, _ in v) / len(v), sum(b for _, b in v) / len(v)) for k, v in by_kind.items()}
    return {"p@1": sum(p1) / len(p1), "p@5": sum(p5) / len(p5)}, kinds, misses


def test_the_judged_set_is_big_enough() -> None:
    assert len(QUERIES) >= 200
    assert {q["kind"] for q in QUERIES} >= {"typo", "plural", "colour", "brand", "partial", "translation"}


def test_precision_stays_above_the_floor(demo_db: Database) -> None:
    overall, kinds, misses = measure(demo_db)
    print(
        f"\nrelevance on {demo_db.engine.dialect.name}: {len(QUERIES)} queries, "
        f"precision@1 {overall['p@1']:.3f}, precision@5 {overall['p@5']:.3f}"
    )
    for kind, (one, five) in sorted(kinds.items()):
        print(f"  {kind:16} p@1 {one:.3f}  p@5 {five:.3f}")
    for m in misses:
        print("  miss", m)
    assert overall["p@1"] >= FLOOR["p@1"], misses
    assert overall["p@5"] >= FLOOR["p@5"], misses


def test_named_cases(demo_db: Database) -> None:
    store = current_store(demo_db, None)
    oat = lookup.search(demo_db, "oat drink", store=store, limit=5).hits
    assert oat[0].title.startswith("Oat Drink"), [h.title for h in oat]
    for q in ("merino swetr", "sweatr", "swetr", "Pullover", "pull"):
        hits = lookup.search(demo_db, q, store=store, limit=5).hits
        assert hits and "Sweater" in hits[0].title, (q, [h.title for h in hits])
