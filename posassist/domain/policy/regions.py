"""Regions as ISO 3166 writes them, nested: a country (US), a subdivision (US-NY), a place inside
it (US-NY-NYC). A rule written for a region applies to every region inside it; where several
entries cover a store's region, the most specific one wins, and an entry written ``!REGION``
says the rule does not apply there (``["US-NY", "!US-NY-NYC"]``: all of New York State but the
city). Regions are compared by whole segments: US-NY does not cover US-NYC."""

from __future__ import annotations

import re
from collections.abc import Iterable

REGION = re.compile(r"[A-Z]{2}(-[A-Z0-9]{1,3}){0,2}")
EXCEPT = "!"


def canonical(region: str) -> str:
    return region.strip().upper()


def is_region(text: str) -> bool:
    """A region (DE, CA-QC, US-NY-NYC), optionally written as an exception (!US-NY-NYC)."""
    body = canonical(text).removeprefix(EXCEPT)
    return bool(REGION.fullmatch(body))


def covers(entry: str, region: str) -> bool:
    """Whether ``entry`` (without its ``!``) is ``region`` or a region that contains it."""
    outer, inner = canonical(entry).split("-"), canonical(region).split("-")
    return len(outer) <= len(inner) and inner[: len(outer)] == outer


def most_specific(region: str | None, entries: Iterable[str]) -> str | None:
    """The entry that decides for ``region``: of those covering it, the deepest (an exception
    ``!X`` beside a plain ``X`` for the same region: the exception); None when none covers it."""
    if not region:
        return None
    best: tuple[int, bool, str] | None = None
    for raw in entries:
        entry = canonical(raw)
        body = entry.removeprefix(EXCEPT)
        if not body or not covers(body, region):
            continue
        key = (body.count("-"), entry.startswith(EXCEPT), entry)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def applies(region: str | None, entries: Iterable[str]) -> bool:
    """Whether a rule listed for ``entries`` holds in ``region`` (the most specific entry says)."""
    decided = most_specific(region, entries)
    return decided is not None and not decided.startswith(EXCEPT)
