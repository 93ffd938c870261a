"""Regions nest: a rule for US-NY applies in US-NY-NYC; the most specific entry wins; regions
match by whole segments (US-NY never covers US-NYC). Property tests over generated regions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posassist.domain.policy.regions import applies, covers, is_region, most_specific

country = st.sampled_from(["US", "CA", "DE", "FR"])
segment = st.text(alphabet="ABCNOQYZ019", min_size=1, max_size=3)
region = st.builds(lambda c, parts: "-".join([c, *parts]), country, st.lists(segment, max_size=2))


def _ancestors(r: str) -> list[str]:
    parts = r.split("-")
    return ["-".join(parts[: n + 1]) for n in range(len(parts))]


def test_new_york_state_covers_the_city_unless_the_city_is_excepted() -> None:
    assert applies("US-NY-NYC", ["US-NY"]) and applies("US-NY", ["US-NY"]) and applies("US-NY-NYC", ["US"])
    assert not applies("US-NY", ["US-NY-NYC"])  # a city's rule does not reach the whole state
    assert not applies("US-NYC", ["US-NY"]) and not applies("US-NJ", ["US-NY"])  # whole segments only
    assert not applies("US-NY-NYC", ["US-NY", "!US-NY-NYC"]) and applies("US-NY-BUF", ["US-NY", "!US-NY-NYC"])
    assert applies("US-NY-NYC", ["US", "!US-NY", "US-NY-NYC"])  # the deepest entry decides
    assert applies("us-ny-nyc", [" us-ny "]) and not applies(None, ["US"]) and not applies("", ["US"])
    assert most_specific("US-NY-NYC", ["US", "US-NY"]) == "US-NY"
    assert is_region("US-NY-NYC") and is_region("!CA-QC") and not is_region("New York") and not is_region("US_NY")


@given(region, st.lists(st.tuples(region, st.booleans()), max_size=8))
def test_the_most_specific_covering_entry_decides(r: str, raw: list[tuple[str, bool]]) -> None:
    entries = [("!" if excepted else "") + e for e, excepted in raw]
    covering = [(e, x) for e, x in raw if covers(e, r)]
    got = applies(r, entries)
    if not covering:
        assert not got
        return
    depth = max(e.count("-") for e, _ in covering)
    deepest = {x for e, x in covering if e.count("-") == depth}
    # the deepest entries decide; an exception beside a plain entry for the same region wins
    assert got == (deepest == {False})


@given(region, region)
def test_an_entry_covers_exactly_the_region_and_what_lies_inside_it(entry: str, r: str) -> None:
    assert covers(entry, r) == (entry in _ancestors(r))
    if covers(entry, r):
        assert applies(r, [entry])  # a rule for a state applies in each of its places
        for inner in _ancestors(r)[entry.count("-") + 1 :]:
            assert not applies(r, [entry, "!" + inner])  # …unless a place inside it is excepted
            assert applies(r, ["!" + entry, inner])  # …and the other way round


@given(region, st.lists(region, max_size=6))
def test_order_of_entries_does_not_matter(r: str, entries: list[str]) -> None:
    marked = [("!" if i % 2 else "") + e for i, e in enumerate(entries)]
    assert applies(r, marked) == applies(r, list(reversed(marked)))
