"""The new customers' ids as runs of consecutive ids, as the search indexing reads them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posassist.services.sales_import.people import _runs


@given(st.lists(st.integers(min_value=1, max_value=400)))
def test_runs_cover_exactly_the_ids_in_order_and_apart(ids: list[int]) -> None:
    runs = _runs(ids)
    covered = [i for lo, hi in runs for i in range(lo, hi + 1)]
    assert covered == sorted(set(ids))
    assert all(lo <= hi for lo, hi in runs)
    assert all(a[1] + 1 < b[0] for a, b in zip(runs, runs[1:], strict=False))  # apart: never adjacent


def test_reserved_ids_are_one_run() -> None:
    assert _runs(list(range(1001, 21001))) == [(1001, 21000)]
    assert _runs([5, 3, 4, 9]) == [(3, 5), (9, 9)]
