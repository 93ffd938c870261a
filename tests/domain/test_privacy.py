"""Card numbers are never stored: however a number is written, the check sees it, and ordinary text
(prices, dates, phone numbers, SKUs) goes through."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from posassist.domain.privacy import card_numbers, is_card_number, luhn_valid
from posassist.domain.typed import field
from posassist.errors import InvalidInput

VISA = "4111111111111111"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
DEVANAGARI = "०१२३४५६७८९"
FULL_WIDTH = "０１２３４５６７８９"


def _groups(number: str, sep: str, size: int = 4) -> str:
    return sep.join(number[i : i + size] for i in range(0, len(number), size))


@pytest.mark.parametrize(
    "written",
    [
        _groups(VISA, "  "),  # double space
        _groups(VISA, "."),
        _groups(VISA, "/"),
        _groups(VISA, "\u2013"),  # en dash
        _groups(VISA, "\u2014"),  # em dash
        VISA.translate(str.maketrans("0123456789", FULL_WIDTH)),
        VISA.translate(str.maketrans("0123456789", ARABIC_INDIC)),
        VISA.translate(str.maketrans("0123456789", DEVANAGARI)),
        _groups(VISA, "\u200b"),  # zero-width space
        "\u200b".join(VISA),  # between every digit
        _groups(VISA, "\u00a0"),  # no-break space
        _groups(VISA, "\n"),
        _groups(VISA, "\r\n"),
        _groups(VISA, " \u2060 "),  # word joiner
        "card 4111 1111 1111 1111 exp 12/27",
        "ref 20240115 4111 1111 1111 1111 thanks",
        "Amex 3782 822463 10005",
        "5555-5555-5555-4444.",
    ],
)
def test_a_card_number_is_found_however_it_is_written(written: str) -> None:
    assert card_numbers(written), written
    with pytest.raises(InvalidInput) as caught:
        field(f"paid with {written} today", "note", name="note", max_len=2000, multiline=True)
    assert caught.value.field == "note"
    assert "looks like a payment card number" in str(caught.value)
    assert "keep at most the last four digits" in str(caught.value)
    assert "1111 1111" not in str(caught.value)  # the message masks it


def test_digits_are_never_joined_across_words() -> None:
    assert card_numbers("4111 1111 and 1111 1111") == []
    assert card_numbers("room 4111 floor 1111 desk 1111 seat 1111") == []


def test_the_last_four_digits_may_stay() -> None:
    assert field("card ending 1111, Visa", "note", name="note", max_len=200) == "card ending 1111, Visa"


# -- the property: every valid card number, written any way, is caught ----------------------------

# (prefix, length) pairs of real issuers
_ISSUERS = [
    ("4", 16),
    ("4", 13),
    ("4", 19),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("300", 14),
    ("36", 14),
    ("3528", 16),
    ("3589", 19),
    ("6011", 16),
    ("65", 19),
    ("62", 17),
    ("2200", 16),
    ("50", 13),
    ("6759", 18),
]
_SEPARATORS = ["", " ", "  ", ".", "/", "-", "\u2013", "\u00a0", "\u200b", "\n", "\r\n", "\u2009", "\u202f", "\ufeff"]
_SCRIPTS = ["0123456789", FULL_WIDTH, ARABIC_INDIC, DEVANAGARI, "۰۱۲۳۴۵۶۷۸۹", "০১২৩৪৫৬৭৮৯"]


def _luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable")


@st.composite
def card(draw: st.DrawFn) -> str:
    prefix, length = draw(st.sampled_from(_ISSUERS))
    rest = draw(st.text("0123456789", min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1))
    return _luhn_complete(prefix + rest)


@st.composite
def written(draw: st.DrawFn, number: str) -> str:
    out = []
    for i, digit in enumerate(number):
        out.append(draw(st.sampled_from(_SCRIPTS))[int(digit)])
        if i < len(number) - 1:
            out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


@settings(max_examples=400)
@given(st.data())
def test_any_card_number_written_with_any_separators_and_scripts_is_caught(data: st.DataObject) -> None:
    number = data.draw(card())
    assert is_card_number(number)
    text = data.draw(written(number))
    before = data.draw(st.sampled_from(["", "paid with ", "Card: ", "ref 2024 "]))
    after = data.draw(st.sampled_from(["", " thanks", ", exp 12/27", "."]))
    assert card_numbers(before + text + after), repr(text)


# -- and ordinary text is not refused -------------------------------------------------------------

_price = st.builds(lambda a, b: f"${a}.{b:02d}", st.integers(0, 99999), st.integers(0, 99))
_date = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    st.dates().map(lambda d: f"{d.day}.{d.month}.{d.year}"),
)
_phone = st.one_of(
    st.builds(lambda a, b, c: f"+1 ({a}) {b}-{c}", st.integers(200, 999), st.integers(200, 999), st.integers(0, 9999)),
    st.builds(lambda a, b: f"+44 20 {a:04d} {b:04d}", st.integers(0, 9999), st.integers(0, 9999)),
    st.builds(lambda a, b: f"+49 151 {a:04d}{b:04d}", st.integers(0, 9999), st.integers(0, 9999)),
    st.builds(lambda a, b: f"0{a:04d} {b:06d}", st.integers(0, 9999), st.integers(0, 999999)),
)
_sku = st.one_of(
    st.builds(lambda a, b: f"SKU-{a:05d}-{b}", st.integers(0, 99999), st.sampled_from(["XS", "M", "XL"])),
    st.builds(lambda a: f"JKT-{a:06d}", st.integers(0, 999999)),
    st.integers(10**11, 10**12 - 1).map(str),  # a 12-digit barcode
)
_words = st.sampled_from(["bought", "on", "call", "for", "size", "item", "returned", "paid", "ref", "at"])


@settings(max_examples=400)
@given(st.lists(st.tuples(_words, st.one_of(_price, _date, _phone, _sku)), min_size=1, max_size=6))
def test_prices_dates_phones_and_skus_are_not_card_numbers(parts: list[tuple[str, str]]) -> None:
    text = " ".join(f"{w} {v}" for w, v in parts)
    assert card_numbers(text) == [], text
    assert field(text, "note", name="note", max_len=5000) == text
