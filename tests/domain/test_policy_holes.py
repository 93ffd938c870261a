"""The holes a loss-prevention lead found in the return policy, as pure-domain checks."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from posassist.domain.policy import (
    ALLOWED,
    DENIED,
    NEEDS_APPROVAL,
    LineRequest,
    Policy,
    ReturnRequest,
    evaluate,
    return_window,
)
from posassist.services.demo.policy import DEFAULT_RULES
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
        requester_max_refund_minor=200_000,
        **kw,
    )


# 1. faulty goods have their own window -----------------------------------------------------------


def test_faulty_1505_days_after_purchase_is_not_within_policy() -> None:
    v = evaluate(req(1505, lines=(line(condition="faulty", reason="faulty"),)), POLICY, NOW)
    assert v.status == DENIED and v.rule == "faulty_window" and v.refund_minor == 0
    f = v.lines[0].findings[0]
    assert f.code == "faulty_window_denied" and f.numbers["window_days"] == 365 and f.numbers["days"] == 1505
    assert "Within policy" not in explain(v) and "1505 days" in explain(v)
    assert v.days_past_window == 1505 - 365


def test_faulty_uses_the_products_warranty_then_asks_with_numbers() -> None:
    inside = evaluate(req(700, lines=(line(condition="faulty", warranty_days=730),)), POLICY, NOW)
    assert inside.status == ALLOWED and inside.refund_minor == 17967
    assert "730-day warranty" in explain(inside)
    past = evaluate(req(400, lines=(line(condition="faulty"),)), POLICY, NOW)
    assert past.status == NEEDS_APPROVAL and past.rule == "faulty_window" and past.required_role == "shift_lead"
    assert past.lines[0].findings[0].numbers == {
        "days": 400,
        "warranty": False,
        "window_days": 365,
        "role": "shift_lead",
        "max_days_past": 60,
    }
    assert "faulty goods are taken back within 365 days" in explain(past)
    shorter = Policy.from_rules(1, {**DEFAULT_RULES, "defective_window_days": 90})
    assert evaluate(req(100, lines=(line(condition="faulty"),)), shorter, NOW).status == NEEDS_APPROVAL


# 2. no receipt ------------------------------------------------------------------------------------


def test_no_receipt_with_the_purchase_on_file_respects_the_window() -> None:
    bought = NOW - timedelta(days=55)
    with_receipt = evaluate(req(55), POLICY, NOW)
    assert with_receipt.status == NEEDS_APPROVAL
    v = evaluate(
        req(
            None,
            lines=(line(purchased_at=bought, available=1, lowest_recent_price_minor=9900),),
            customer_verified=True,
        ),
        POLICY,
        NOW,
    )
    assert v.status == NEEDS_APPROVAL and v.rule == "window" and v.required_role == "shift_lead"
    assert v.days_past_window == 25 and v.store_credit_minor > 0


def test_no_receipt_never_more_units_than_bought() -> None:
    v = evaluate(req(None, lines=(line(quantity=3, available=2),), customer_verified=True), POLICY, NOW)
    assert v.status == DENIED and v.rule == "more_than_bought" and v.total_minor == 0
    assert v.lines[0].findings[0].numbers == {"quantity": 3, "available": 2}
    assert "bought 2" in explain(v)


# 6. final sale, hygiene and perishable are separate rules ----------------------------------------


def test_final_sale_is_not_called_hygiene_or_perishable() -> None:
    v = evaluate(req(lines=(line(final_sale=True),)), POLICY, NOW)
    assert v.rule == "final_sale" and "hygiene" not in explain(v) and "perishable" not in explain(v)
    groc = evaluate(req(lines=(line(department="GROC"),)), POLICY, NOW)
    assert groc.rule == "not_returnable" and "hygiene or perishable" not in explain(groc)
    rules = {**DEFAULT_RULES, "hygiene_departments": ["BEAUTY"], "perishable_departments": ["FLOWERS"]}
    p = Policy.from_rules(2, rules)
    hyg = evaluate(req(lines=(line(department="BEAUTY"),)), p, NOW)
    per = evaluate(req(lines=(line(department="FLOWERS"),)), p, NOW)
    assert (hyg.status, hyg.rule, per.status, per.rule) == (DENIED, "hygiene", DENIED, "perishable")
    assert "hygiene reasons" in explain(hyg) and "perishable" in explain(per)


def test_final_sale_departments_are_read() -> None:
    v = evaluate(req(lines=(line(department="CLEAR", final_sale=False),)), POLICY, NOW)
    assert v.status == DENIED and v.rule == "final_sale"
    faulty = evaluate(req(lines=(line(department="CLEAR", condition="faulty"),)), POLICY, NOW)
    assert faulty.status == ALLOWED


# 7. one window for the card and the verdict ------------------------------------------------------


def test_return_window_is_the_verdicts_window() -> None:
    sold = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)  # 31 Oct, 23:00 in Toronto
    w = return_window(POLICY, "SHOE", None, sold, "America/Toronto")
    assert w.returnable and w.days == 30 and w.last_day == date(2026, 11, 30) and w.rule == "window"
    on_last = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
    r = ReturnRequest("CAD", (line(),), sold, "America/Toronto", requester_max_refund_minor=99999)
    assert evaluate(r, POLICY, on_last).status == ALLOWED
    assert evaluate(r, POLICY, on_last + timedelta(days=1)).status == NEEDS_APPROVAL
    assert return_window(POLICY, "CLEAR", None, sold, "UTC").rule == "final_sale"
    assert not return_window(POLICY, "GROC", None, sold, "UTC").returnable
    assert return_window(POLICY, "ELEC", None, sold, "UTC", faulty=True, warranty_days=730).rule == "warranty"
    assert replace(w, returnable=False) != w
