"""SeenKeys answers exactly as a set of the keys would: numbers as bits, anything else hashed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posassist.services.sales_import.seen_keys import BITMAP_DIGITS, SeenKeys

_numbers = st.integers(min_value=0, max_value=10 ** (BITMAP_DIGITS + 1)).map(str)
_keys = st.one_of(
    _numbers,
    _numbers.map(lambda n: "#" + n),
    _numbers.map(lambda n: "#0" + n),
    _numbers.map(lambda n: "0" + n),
    st.sampled_from(["", "#", "##1", "1#", "#1-A", "SO-1001", "\u0663", "#\u0663", " 1", "1 ", "+1", "²"]),
    st.text(max_size=6),
)


@given(st.lists(_keys, max_size=60))
def test_as_a_set_would(keys: list[str]) -> None:
    seen, reference = SeenKeys(), set()
    for k in keys:
        assert seen.met(k) is (k in reference), k
        reference.add(k)


def test_forms_of_one_number_are_different_keys() -> None:
    seen = SeenKeys()
    assert [seen.met(k) for k in ("#1042", "1042", "#01042", "01042", "#1042", "1042", "#01042")] == [
        False,
        False,
        False,
        False,
        True,
        True,
        True,
    ]


def test_a_large_number_does_not_make_a_large_bitmap() -> None:
    seen = SeenKeys()
    assert not seen.met("#" + "9" * BITMAP_DIGITS)
    assert not seen.met("9" * (BITMAP_DIGITS + 5))
    assert seen.met("9" * (BITMAP_DIGITS + 5))
    assert len(seen._numbered) <= 10**BITMAP_DIGITS // 8 + 1 and not seen._plain
