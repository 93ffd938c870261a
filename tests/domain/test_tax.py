"""Tax as data: the jurisdictions a store is in, worked to the cent, and properties over any price."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posassist.domain.tax import (
    PRESETS,
    TAX_CLASSES,
    Component,
    TaxError,
    TaxScheme,
    parse_rate,
    ppm_to_rate,
    rate_text,
    rate_to_ppm,
    scheme,
    split,
)

QUEBEC = scheme(standard=[("GST", "5"), ("QST", "9.975")])
ONTARIO = scheme(standard=[("HST", "13")])
OREGON = scheme()
GERMANY = scheme(True, "receipt", standard=[("VAT", "19")], reduced=[("VAT", "7")])
ILLINOIS = scheme(rounding="receipt", standard=[("STATE", "6.25"), ("COUNTY", "1.75")])


def test_quebec_charges_gst_and_qst_on_the_price() -> None:
    t = QUEBEC.line(10000)
    assert t.components == (("GST", 500), ("QST", 998)) and t.tax_minor == 1498 and t.gross_minor == 11498
    assert t.net_minor == 10000 and QUEBEC.combined_rate() == Decimal("14.975")


def test_ontario_hst_on_the_card_price_rounds_half_up() -> None:
    t = ONTARIO.line(10320)  # the card's CA$103.20: 13.416 of tax is 13.42
    assert t.tax_minor == 1342 and t.gross_minor == 11662


def test_oregon_has_no_sales_tax() -> None:
    t = OREGON.line(4999)
    assert t.tax_minor == 0 and t.gross_minor == 4999 and t.components == () and not OREGON.is_taxed


def test_germany_includes_19_and_7_percent_in_the_price() -> None:
    std, red = GERMANY.line(11900), GERMANY.line(1070, "reduced")
    assert (std.gross_minor, std.net_minor, std.tax_minor) == (11900, 10000, 1900)
    assert (red.gross_minor, red.net_minor, red.tax_minor) == (1070, 1000, 70)


def test_a_state_and_a_county_are_two_components_of_one_receipt() -> None:
    r = ILLINOIS.receipt([(1999, "standard"), (2999, "standard")])
    assert [(c.code, c.amount_minor) for c in r.components] == [("STATE", 312), ("COUNTY", 87)]
    assert r.tax_minor == 399 and r.gross_minor == 1999 + 2999 + 399


def test_zero_rated_and_exempt_classes_charge_nothing_and_reduced_falls_back_to_standard() -> None:
    assert QUEBEC.line(1000, "zero").tax_minor == 0 and QUEBEC.line(1000, "exempt").tax_minor == 0
    assert QUEBEC.line(1000, "reduced").tax_minor == QUEBEC.line(1000).tax_minor  # Quebec has no reduced rate


def test_per_receipt_rounding_differs_from_per_line_and_is_what_the_jurisdiction_asks() -> None:
    lines = [(333, "standard")] * 3  # 0.63327 of HST each
    per_line = scheme(standard=[("HST", "13")]).receipt(lines)
    per_receipt = scheme(rounding="receipt", standard=[("HST", "13")]).receipt(lines)
    assert per_line.tax_minor == 3 * 43 and per_receipt.tax_minor == 130  # 129.87 rounded once
    assert sum(ln.tax_minor for ln in per_receipt.lines) == 130


def test_half_even_rounds_ties_to_even_and_half_up_away() -> None:
    up, even = scheme(standard=[("T", "10")]), scheme(mode="half_even", standard=[("T", "10")])
    assert up.line(25).tax_minor == 3 and even.line(25).tax_minor == 2  # 2.5
    assert up.line(35).tax_minor == 4 and even.line(35).tax_minor == 4  # 3.5


def test_a_compound_component_taxes_the_tax_before_it() -> None:
    old_quebec = scheme(standard=[("GST", "5"), ("QST", "8.5", True)])  # QST before 2013
    t = old_quebec.line(10000)
    assert t.components == (("GST", 500), ("QST", 893)) and old_quebec.combined_rate() == Decimal("13.925")


@pytest.mark.parametrize(
    ("value", "code"),
    [("150", "rate_out_of_range"), ("-5", "rate_out_of_range"), ("abc", "not_a_rate"), (True, "not_a_rate"),
     ("9.12345", "rate_too_precise"), ("NaN", "not_a_rate")],
)  # fmt: skip
def test_impossible_rates_are_refused(value: object, code: str) -> None:
    with pytest.raises(TaxError) as err:
        parse_rate(value)
    assert err.value.code == code


def test_a_scheme_refuses_unknown_classes_rates_on_exempt_and_unknown_rounding() -> None:
    with pytest.raises(TaxError, match="unknown_class"):
        scheme(luxury=[("T", "30")])
    with pytest.raises(TaxError, match="untaxed_class_with_rate"):
        scheme(exempt=[("T", "5")])
    with pytest.raises(TaxError, match="unknown_rounding"):
        TaxScheme(rounding="weekly")
    with pytest.raises(TaxError, match="unknown_class"):
        QUEBEC.line(100, "luxury")
    with pytest.raises(TaxError, match="not_an_amount"):
        QUEBEC.line(-1)


def test_rates_survive_storage_as_parts_per_million_and_print_plainly() -> None:
    for text in ("9.975", "19", "0", "5.5", "0.375", "100"):
        rate = parse_rate(text)
        assert ppm_to_rate(rate_to_ppm(rate)) == rate and rate_text(rate) == text


def test_every_preset_is_a_valid_scheme() -> None:
    assert PRESETS["CA-QC"].combined_rate() == Decimal("14.975") and PRESETS["DE"].included
    assert not PRESETS["US-OR"].is_taxed and PRESETS["CA-ON"].line(10000).tax_minor == 1300


# -- properties ----------------------------------------------------------------------------------

rates = st.decimals(min_value=0, max_value=30, places=3, allow_nan=False, allow_infinity=False)
components = st.lists(st.tuples(rates, st.booleans()), min_size=0, max_size=3)
schemes = st.builds(
    lambda comps, included, rounding, mode: TaxScheme(
        included, rounding, mode, {"standard": tuple(Component(f"C{i}", r, c) for i, (r, c) in enumerate(comps))}
    ),
    components,
    st.booleans(),
    st.sampled_from(["line", "receipt"]),
    st.sampled_from(["half_up", "half_even"]),
)
amounts = st.integers(min_value=0, max_value=10**9)
classes = st.sampled_from(TAX_CLASSES)


@given(schemes, st.lists(st.tuples(amounts, classes), min_size=1, max_size=12))
def test_a_receipt_adds_up_exactly(s: TaxScheme, lines: list[tuple[int, str]]) -> None:
    r = s.receipt(lines)
    assert r.net_minor + r.tax_minor == r.gross_minor
    assert sum(c.amount_minor for c in r.components) == r.tax_minor == sum(ln.tax_minor for ln in r.lines)
    for (amount, tax_class), ln in zip(lines, r.lines, strict=True):
        assert ln.net_minor + ln.tax_minor == ln.gross_minor and ln.tax_minor >= 0
        assert (ln.gross_minor if s.included else ln.net_minor) == amount  # the shelf price is kept
        assert ln.tax_minor == sum(a for _, a in ln.components)
        if tax_class in ("zero", "exempt"):
            assert ln.tax_minor == 0


@given(schemes, st.lists(st.tuples(amounts, classes), min_size=1, max_size=12))
def test_rounding_is_within_half_a_minor_unit_per_component(s: TaxScheme, lines: list[tuple[int, str]]) -> None:
    r = s.receipt(lines)
    exact: dict[str, Decimal] = {}
    for amount, tax_class in lines:
        for code, x in s._exact(amount, tax_class):
            exact[code] = exact.get(code, Decimal(0)) + x
    slack = Decimal(len(lines) if s.rounding == "line" else 1) / 2
    for c in r.components:
        assert abs(Decimal(c.amount_minor) - exact[c.code]) <= slack


@given(schemes, amounts, classes)
def test_tax_never_falls_when_the_price_rises(s: TaxScheme, amount: int, tax_class: str) -> None:
    assert s.line(amount + 1, tax_class).tax_minor >= s.line(amount, tax_class).tax_minor
    assert s.line(amount, tax_class).tax_minor <= s.line(amount, tax_class).gross_minor


@given(amounts, st.integers(min_value=1, max_value=5))
def test_included_and_excluded_agree_on_the_same_net(net: int, rate: int) -> None:
    excl = scheme(standard=[("T", str(rate))]).line(net)
    incl = scheme(True, standard=[("T", str(rate))]).line(excl.gross_minor)
    assert abs(incl.net_minor - net) <= 1


@given(schemes, st.integers(min_value=0, max_value=10**9))
def test_a_paid_tax_splits_over_its_components_exactly(s: TaxScheme, tax: int) -> None:
    parts = split(s, tax)
    if s.combined_rate():
        assert sum(p.amount_minor for p in parts) == tax and all(p.amount_minor >= 0 for p in parts)


def test_the_tax_of_a_quebec_refund_is_named_gst_and_qst() -> None:
    assert [(p.code, p.amount_minor) for p in split(QUEBEC, 1498)] == [("GST", 500), ("QST", 998)]
