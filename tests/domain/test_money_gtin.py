from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posassist.domain import units
from posassist.domain.gtin import normalise, with_check_digit
from posassist.domain.money import Money
from posassist.domain.pricing import PromoRule, price_today
from posassist.domain.scan import classify
from posassist.domain.units import Quantity
from posassist.words import units as words_units


def test_money_from_decimal_string_and_back():
    m = Money.of("12.50", "CAD")
    assert m.minor == 1250
    assert m.decimal_str() == "12.50"
    assert Money.of("1000", "JPY").minor == 1000
    assert Money.of("1.234", "KWD").minor == 1234


def test_money_refuses_float_and_mixed_currencies():
    with pytest.raises(TypeError):
        Money.of(12.5, "CAD")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money(100, "CAD") + Money(100, "USD")
    with pytest.raises(ValueError):
        Money(1, "XYZ")


def test_money_formats_by_locale():
    assert Money(123456, "CAD").format("en_CA") == "$1,234.56"
    assert Money(123456, "EUR").format("de_DE") == "1.234,56\xa0€"


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=100))
def test_percent_never_exceeds_the_amount(minor, pct):
    part = Money(minor, "CAD").percent(pct)
    assert 0 <= part.minor <= minor


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False, places=2))
def test_money_round_trips_two_decimals(value):
    assert Money.of(value, "CAD").amount == value


@pytest.mark.parametrize("raw", ["4006381333931", "036000291452", "96385074", "00012345600012"])
def test_gtin_valid_codes_normalise_to_14(raw):
    res = normalise(raw)
    assert res.problem is None and res.gtin14 is not None and len(res.gtin14) == 14
    assert res.gtin14.endswith(raw)


def test_gtin_wrong_check_digit_says_so():
    res = normalise("4006381333932")
    assert res.gtin14 is None and res.code == "invalid_barcode"
    assert "check digit wrong" in (res.problem or "")


@pytest.mark.parametrize(
    "raw,code",
    [("4.00638E+12", "malformed_barcode"), ("'4006381333931", "malformed_barcode"), ("12345", "invalid_barcode")],
)
def test_gtin_malformed_and_wrong_length(raw, code):
    assert normalise(raw).code == code


def test_generated_check_digits_validate():
    assert normalise(with_check_digit("400638133393")).problem is None


def test_scan_classification():
    assert classify("4006381333931").kind == "gtin"
    assert classify("(01)04006381333931(17)261231(10)AB12").value == "04006381333931"
    assert classify("]d201040063813339311726123110AB12").value == "04006381333931"
    assert classify("DEMO-FIELDJKT-NAVY-M").kind == "code"
    assert classify("jacket navy").kind == "text"
    assert classify("   ").kind == "empty"
    assert classify("4006381333932").problem is not None


NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def test_price_today_takes_best_active_promotion_without_stacking():
    rules = [
        PromoRule("20% off", "percent_off", 20, NOW - timedelta(days=1), NOW + timedelta(days=1)),
        PromoRule("$5 off", "amount_off", 500, NOW - timedelta(days=1), None),
        PromoRule("expired", "fixed_price", 100, NOW - timedelta(days=9), NOW - timedelta(days=1)),
    ]
    p = price_today(10000, 12000, rules, NOW)
    assert p.price_minor == 8000 and p.promotion == "20% off" and p.compare_at_minor == 12000


def test_compare_at_below_price_is_not_shown():
    assert price_today(1000, 900, [], NOW).compare_at_minor is None


@given(st.integers(0, 10**9), st.sampled_from(["percent_off", "amount_off", "fixed_price"]), st.integers(0, 10**9))
def test_promotions_never_raise_price_or_go_negative(regular, kind, value):
    rule = PromoRule("x", kind, value, NOW - timedelta(days=1), None)
    p = price_today(regular, None, [rule], NOW)
    assert 0 <= p.price_minor <= regular


def test_units_in_store_units():
    assert units.length(2140, "metric") == Quantity(Decimal("214"), "cm")
    assert units.weight(62000, "metric") == Quantity(Decimal("62.0"), "kg", 1)
    assert units.weight(450, "imperial") == Quantity(Decimal("1.0"), "lb", 1)
    assert units.dimensions(None, None, None, "metric") is None


def test_units_in_words():
    assert words_units.dimensions(2140, 840, 960, "metric") == "W 214 cm × H 84 cm × D 96 cm"
    assert words_units.dimensions(2140, None, None, "imperial") == "W 84.3 in"
    assert words_units.weight(62000, "metric") == "62.0 kg"
    assert words_units.weight(450, "imperial") == "1.0 lb"


@given(st.sampled_from([7, 11, 12, 13]).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n)))
def test_check_digit_is_gs1s_as_stdnum_computes_it(body):
    from stdnum import ean  # the reference implementation (not imported by posassist: it loads ssl)

    code = with_check_digit(body)
    assert code[-1] == ean.calc_check_digit(body)
    assert normalise(code).gtin14 == code.zfill(14)
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert normalise(wrong).gtin14 is None
    assert ean.is_valid(wrong) is False
