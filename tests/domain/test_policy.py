from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posassist.domain.policy import (
    ALLOWED,
    CONDITIONS,
    DENIED,
    NEEDS_APPROVAL,
    RESOLUTIONS,
    Finding,
    LineRequest,
    Policy,
    ReturnRequest,
    evaluate,
)
from posassist.services.demo.policy import DEFAULT_RULES
from posassist.words import policy as policy_words
from posassist.words.policy import explain

POLICY = Policy.from_rules(1, DEFAULT_RULES)
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def line(**kw) -> LineRequest:  # type: ignore[no-untyped-def]
    base = dict(
        ref="1",
        description="Comfort Walking Shoe",
        department="SHOE",
        department_name="Shoes",
        quantity=1,
        unit_paid_minor=17967,
        unit_tax_minor=2067,
        condition="unopened",
        reason="changed_mind",
        resolution="refund",
    )
    base.update(kw)
    return LineRequest(**base)  # type: ignore[arg-type]


def req(days: int | None = 5, **kw) -> ReturnRequest:  # type: ignore[no-untyped-def]
    lines = kw.pop("lines", (line(),))
    return ReturnRequest(
        currency="CAD",
        lines=lines,
        purchased_at=None if days is None else NOW - timedelta(days=days),
        store_timezone="America/Toronto",
        requester_max_refund_minor=20_000,
        **kw,
    )


def test_within_window_is_allowed_with_full_refund_tax_included() -> None:
    v = evaluate(req(5), POLICY, NOW)
    assert v.status == ALLOWED and v.refund_minor == 17967 and v.tax_minor == 2067
    assert "bought 5 days ago" in explain(v).lower()


def test_past_window_needs_a_shift_lead_and_says_why_with_numbers() -> None:
    v = evaluate(req(47), POLICY, NOW)
    assert v.status == NEEDS_APPROVAL and v.required_role == "shift_lead" and v.rule == "window"
    assert (
        "bought 47 days ago; the window for shoes is 30 days; a shift lead may approve up to 60 days"
        in explain(v).lower()
    )
    assert v.days_past_window == 17 and v.policy_version == 1


def test_the_verdict_is_codes_and_numbers_and_the_words_come_from_them() -> None:
    v = evaluate(req(47), POLICY, NOW)
    window = {"days": 47, "department": "Shoes", "window_days": 30, "role": "shift_lead", "max_days_past": 60}
    assert v.lines[0].findings == (Finding("window_approval", window),) and v.findings == ()
    assert "explanation" not in v.as_dict() and v.as_dict()["lines"][0]["findings"] == [
        {"code": "window_approval", **window}
    ]
    assert policy_words.head(v) == "Needs approval by a shift lead."
    assert policy_words.line(v.lines[0]) == (
        "Bought 47 days ago; the window for shoes is 30 days; a shift lead may approve up to 60 days past it."
    )
    assert explain(v) == policy_words.head(v) + " " + policy_words.line(v.lines[0])
    stored = policy_words.record(v)
    assert stored["explanation"] == explain(v) and stored["lines"][0]["explanation"] == policy_words.line(v.lines[0])
    over = evaluate(req(2, lines=(line(quantity=3),)), POLICY, NOW)
    assert [f.code for f in over.findings] == ["amount_over_limit"]
    assert over.findings[0].numbers == {
        "amount_minor": 3 * 17967,
        "limit_minor": 20_000,
        "role": "shift_lead",
        "max_amount_minor": 100000,
        "currency": "CAD",
    }
    assert policy_words.rest(over) == [
        "$539.01 is over your limit of $200.00; a shift lead may approve up to $1,000.00."
    ]


def test_far_past_window_goes_to_the_store_manager_then_nobody() -> None:
    assert evaluate(req(120), POLICY, NOW).required_role == "store_manager"
    v = evaluate(req(500), POLICY, NOW)
    assert v.status == DENIED and "nobody may approve" in explain(v)


def test_final_sale_hygiene_and_perishables() -> None:
    assert evaluate(req(lines=(line(final_sale=True),)), POLICY, NOW).status == DENIED
    assert evaluate(req(lines=(line(final_sale=True, condition="faulty"),)), POLICY, NOW).status == ALLOWED
    assert evaluate(req(lines=(line(condition="hygiene"),)), POLICY, NOW).status == DENIED
    assert evaluate(req(lines=(line(department="GROC"),)), POLICY, NOW).status == DENIED
    assert evaluate(req(lines=(line(condition="worn"),)), POLICY, NOW).required_role == "shift_lead"


def test_restocking_fee_on_opened_electronics() -> None:
    v = evaluate(
        req(3, lines=(line(department="ELEC", condition="opened", unit_paid_minor=11300, unit_tax_minor=1300),)),
        POLICY,
        NOW,
    )
    assert v.fee_minor == 1500 and v.refund_minor == 11300 - 1500 and "restocking fee 15%" in explain(v)


def test_no_receipt_is_store_credit_at_the_lowest_price_and_unverified_needs_approval() -> None:
    v = evaluate(req(None, lines=(line(lowest_recent_price_minor=9900),), customer_verified=True), POLICY, NOW)
    assert v.status == ALLOWED and v.store_credit_minor == 9900 and v.refund_minor == 0
    u = evaluate(req(None, lines=(line(lowest_recent_price_minor=9900),)), POLICY, NOW)
    assert u.status == NEEDS_APPROVAL and u.rule == "no_receipt_unverified"
    capped = evaluate(
        req(None, lines=(line(lowest_recent_price_minor=9900),), customer_verified=True, no_receipt_returns_12m=3),
        POLICY,
        NOW,
    )
    assert capped.status == NEEDS_APPROVAL and "last 12 months" in explain(capped)


def test_never_sold_item_is_a_goodwill_exception() -> None:
    v = evaluate(
        req(
            None,
            never_sold=True,
            lines=(
                line(
                    description="4 winter tyres",
                    department=None,
                    declared_value_minor=48000,
                    unit_paid_minor=0,
                    unit_tax_minor=0,
                ),
            ),
        ),
        POLICY,
        NOW,
    )
    assert v.status == NEEDS_APPROVAL and v.rule == "never_sold" and v.store_credit_minor == 48000
    assert "never sold" in explain(v)


def test_amount_over_the_associates_limit() -> None:
    v = evaluate(req(2, lines=(line(quantity=3),)), POLICY, NOW)
    assert v.status == NEEDS_APPROVAL and v.rule == "amount" and "over your limit" in explain(v)


def test_day_boundaries_are_in_the_store_time_zone() -> None:
    # bought 23:30 Toronto time on day 0, back 00:10 Toronto time the next day: 1 day
    bought = datetime(2026, 3, 7, 4, 30, tzinfo=UTC)  # 23:30 EST on 6 March
    back = bought + timedelta(minutes=40)
    r = ReturnRequest("CAD", (line(),), bought, "America/Toronto", requester_max_refund_minor=99999)
    assert evaluate(r, POLICY, back).days_since_purchase == 1
    # exactly on the window's last day (30) is allowed, day 31 is not
    for days, status in ((30, ALLOWED), (31, NEEDS_APPROVAL)):
        r = ReturnRequest(
            "CAD", (line(),), NOW - timedelta(days=days), "America/Toronto", requester_max_refund_minor=99999
        )
        assert evaluate(r, POLICY, NOW).status == status


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        evaluate(req(1), POLICY, datetime(2026, 1, 1))


@given(
    days=st.one_of(st.none(), st.integers(0, 2000)),
    qty=st.integers(-3, 50),
    unit=st.integers(0, 10**8),
    tax_pct=st.integers(0, 30),
    dept=st.sampled_from(["APP", "SHOE", "ELEC", "FURN", "GROC", "CLEAR", None]),
    condition=st.sampled_from(CONDITIONS),
    resolution=st.sampled_from(RESOLUTIONS),
    lowest=st.one_of(st.none(), st.integers(0, 10**8)),
    tz=st.sampled_from(["UTC", "America/Toronto", "Pacific/Auckland", "Asia/Kolkata"]),
    hour=st.integers(0, 23),
)
def test_money_never_negative_and_never_more_than_paid(
    days, qty, unit, tax_pct, dept, condition, resolution, lowest, tz, hour
) -> None:  # type: ignore[no-untyped-def]
    tax = unit * tax_pct // (100 + tax_pct)
    ln = line(
        quantity=qty,
        unit_paid_minor=unit,
        unit_tax_minor=tax,
        department=dept,
        condition=condition,
        resolution=resolution,
        lowest_recent_price_minor=lowest,
        final_sale=dept == "CLEAR",
    )
    now = NOW.replace(hour=hour)
    r = ReturnRequest(
        "CAD",
        (ln,),
        None if days is None else now - timedelta(days=days, minutes=7),
        tz,
        requester_max_refund_minor=20_000,
    )
    v = evaluate(r, POLICY, now)
    paid = max(0, qty) * unit
    for amount in (v.refund_minor, v.store_credit_minor, v.tax_minor, v.fee_minor):
        assert amount >= 0
    assert v.refund_minor + v.store_credit_minor <= paid
    assert v.tax_minor <= v.refund_minor + v.store_credit_minor
    assert v.status in (ALLOWED, NEEDS_APPROVAL, DENIED)
    assert explain(v)
    if v.status == NEEDS_APPROVAL:
        assert v.required_role in ("shift_lead", "store_manager")
