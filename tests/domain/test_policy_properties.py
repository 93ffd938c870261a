"""Properties of the return policy over the whole policy space (hypothesis): a verdict never
refunds more than was paid (tax included) nor anything negative, the money of a line adds up,
nothing is allowed past every window that applies, evaluate is a pure function, time only makes
a verdict stricter, every verdict can be put into words, and the command line's verdict JSON says
what the window shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posassist.domain.policy import (
    ALLOWED,
    CONDITIONS,
    DENIED,
    NEEDS_APPROVAL,
    REASONS,
    RESOLUTIONS,
    ROLE_RANK,
    LineRequest,
    Policy,
    ReturnRequest,
    evaluate,
)
from posassist.domain.policy.window import window_days
from posassist.services.policy_checks import validate
from posassist.services.return_check import Check, as_json
from posassist.services.returns_dto import SaleView
from posassist.words import policy as words

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
DEPTS = ("APP", "SHOE", "ELEC", "FURN", "GROC", "BEAUTY", "CLEAR")
RANK = {ALLOWED: 0, NEEDS_APPROVAL: 1, DENIED: 2}
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

days = st.integers(0, 400)
money = st.integers(0, 200_000)
dept_subset = st.lists(st.sampled_from(DEPTS), unique=True, max_size=3)
approver = st.sampled_from(("shift_lead", "store_manager"))


@st.composite
def condition(draw: st.DrawFn) -> dict[str, Any]:
    c: dict[str, Any] = {"allowed": draw(st.booleans())}
    if not c["allowed"] and draw(st.booleans()):
        c["approval_role"] = draw(approver)
    if draw(st.booleans()):
        c["restocking_fee_percent"] = draw(
            st.dictionaries(st.sampled_from((*DEPTS, "*")), st.integers(0, 100), max_size=3)
        )
    if draw(st.booleans()):
        c["restocking_fee_fixed_minor"] = draw(
            st.dictionaries(st.sampled_from((*DEPTS, "*")), st.integers(0, 9_000), max_size=2)
        )
    if draw(st.booleans()):
        c["restocking_fee_min_minor"] = draw(st.integers(0, 5_000))
    if draw(st.booleans()):
        c["window_days"] = draw(days)
    return c


@st.composite
def rules(draw: st.DrawFn) -> dict[str, Any]:
    tiers = []
    if draw(st.booleans()):
        a1, d1 = draw(money), draw(st.integers(0, 120))
        tiers.append({"role": "shift_lead", "max_amount_minor": a1, "max_days_past_window": d1})
        if draw(st.booleans()):
            tiers.append(
                {
                    "role": "store_manager",
                    "max_amount_minor": a1 + draw(money),
                    "max_days_past_window": d1 + draw(st.integers(0, 400)),
                }
            )
    r: dict[str, Any] = {
        "currency": "CAD",
        "default_window_days": draw(days),
        "windows": draw(st.dictionaries(st.sampled_from(DEPTS), days, max_size=4)),
        "window_from": draw(st.sampled_from(("purchase", "delivery"))),
        "channel_windows": draw(st.dictionaries(st.sampled_from(("web", "counter")), days, max_size=2)),
        "item_windows": draw(st.dictionaries(st.sampled_from(("SKU-1", "SKU-2")), days, max_size=2)),
        "tier_windows": draw(st.dictionaries(st.sampled_from(("gold", "plus")), days, max_size=2)),
        "receipt_required": draw(st.booleans()),
        "final_sale_departments": draw(dept_subset),
        "non_returnable_departments": draw(dept_subset),
        "hygiene_departments": draw(dept_subset),
        "perishable_departments": draw(dept_subset),
        "hygiene_unopened_returnable": draw(st.booleans()),
        "defective_window_days": draw(st.integers(0, 1000)),
        "conditions": draw(st.dictionaries(st.sampled_from(CONDITIONS), condition(), max_size=6)),
        "no_receipt": {
            "refund_as": draw(st.sampled_from(("store_credit", "refund"))),
            "lowest_price_days": draw(days),
            "cap_per_customer_12m": draw(st.integers(0, 5)),
            "cap_amount_minor": draw(money),
            "unverified_needs_approval": draw(st.booleans()),
            "period_days": draw(st.integers(1, 730)),
            "identity_required": draw(st.booleans()),
        },
        "other_store_receipts": draw(st.sampled_from(("allowed", "approval", "denied"))),
        "approval_tiers": tiers,
        "no_restocking_fee_in": draw(st.lists(st.sampled_from(("US-OH", "CA-QC")), unique=True)),
        "refund_tenders": {"cash_max_minor": draw(money)},
    }
    if draw(st.booleans()):
        r["seasonal_windows"] = [{"from": "11-01", "to": "12-31", "until": "01-31", "except_departments": ["ELEC"]}]
    if draw(st.booleans()):
        r["approval_every_refund"] = draw(approver)
    return r


@st.composite
def line(draw: st.DrawFn, ref: str, receipt: bool) -> LineRequest:
    qty = draw(st.integers(1, 5))
    unit = draw(money)
    unit_tax = draw(st.integers(0, unit))
    exact = draw(st.booleans())
    paid = draw(st.integers(0, unit * qty)) if exact else None
    return LineRequest(
        ref=ref,
        description="an item",
        department=draw(st.sampled_from(DEPTS) | st.none()),
        quantity=qty,
        unit_paid_minor=unit,
        unit_tax_minor=unit_tax,
        condition=draw(st.sampled_from(CONDITIONS)),
        reason=draw(st.sampled_from(REASONS)),
        resolution=draw(st.sampled_from(RESOLUTIONS)),
        final_sale=draw(st.booleans()),
        returnable=draw(st.booleans()),
        window_override_days=draw(st.none() | days),
        lowest_recent_price_minor=None if receipt else draw(st.none() | st.integers(0, unit)),
        paid_minor=paid,
        tax_paid_minor=None if paid is None else draw(st.integers(0, paid)),
        warranty_days=draw(st.none() | st.integers(0, 1000)),
        sku=draw(st.sampled_from(("SKU-1", "SKU-2", "SKU-3")) | st.none()),
        purchased_at=None if receipt else draw(st.none() | st.builds(lambda d: NOW - timedelta(days=d), days)),
        available=None if receipt else draw(st.none() | st.integers(0, 5)),
    )


@st.composite
def request(draw: st.DrawFn) -> ReturnRequest:
    receipt = draw(st.booleans())
    n = draw(st.integers(1, 3))
    bought = NOW - timedelta(days=draw(st.integers(0, 900)), hours=draw(st.integers(0, 23)))
    return ReturnRequest(
        currency="CAD",
        lines=tuple(draw(line(str(i), receipt)) for i in range(n)),
        purchased_at=bought if receipt else None,
        store_timezone=draw(st.sampled_from(("America/Toronto", "UTC", "Pacific/Auckland"))),
        sold_at_other_store=draw(st.booleans()),
        never_sold=not receipt and draw(st.integers(0, 9)) == 0,
        customer_verified=draw(st.booleans()),
        no_receipt_returns_12m=draw(st.integers(0, 6)),
        requester_max_refund_minor=draw(money),
        channel=draw(st.sampled_from(("web", "counter", "phone"))),
        delivered_at=bought + timedelta(days=draw(st.integers(0, 10))) if receipt and draw(st.booleans()) else None,
        customer_tiers=frozenset(draw(st.lists(st.sampled_from(("gold", "plus")), unique=True))),
        jurisdiction=draw(st.sampled_from(("US-OH", "CA-ON")) | st.none()),
        tenders=tuple(draw(st.lists(st.tuples(st.sampled_from(("cash", "card", "gift_card")), money), max_size=2))),
        identified=draw(st.booleans()),
    )


def _paid(ln: LineRequest) -> int:
    return ln.unit_paid_minor * ln.quantity if ln.paid_minor is None else ln.paid_minor


def _tax(ln: LineRequest) -> int:
    return min(_paid(ln), ln.unit_tax_minor * ln.quantity if ln.tax_paid_minor is None else ln.tax_paid_minor)


@SETTINGS
@given(rules(), request())
def test_generated_policies_are_valid_documents(r: dict[str, Any], _req: ReturnRequest) -> None:
    validate(r)  # the generator stays inside what an admin could import


@SETTINGS
@given(rules(), request())
def test_never_more_than_paid_never_negative_and_the_money_adds_up(r: dict[str, Any], req: ReturnRequest) -> None:
    v = evaluate(req, Policy.from_rules(1, r), NOW)
    for ln, lv in zip(req.lines, v.lines, strict=True):
        assert min(lv.refund_minor, lv.store_credit_minor, lv.fee_minor, lv.tax_minor) >= 0
        if req.never_sold:
            continue
        back = lv.refund_minor + lv.store_credit_minor
        assert back <= _paid(ln)  # tax included; paid_minor is what is left of the line
        assert lv.tax_minor <= _tax(ln) and lv.tax_minor <= back
        if req.purchased_at is not None and lv.status != DENIED and ln.resolution in ("refund", "store_credit"):
            assert back + lv.fee_minor == _paid(ln)  # what was paid = what comes back + the fee
            assert lv.fee_minor <= _paid(ln) - _tax(ln)  # a fee never takes the tax
        if req.purchased_at is None:
            assert back <= ln.unit_paid_minor * ln.quantity  # never more than the customer bought
            assert lv.fee_minor == 0
        if ln.available is not None and ln.quantity > ln.available:
            assert lv.status == DENIED and back == 0
        if lv.status == DENIED:
            assert back == 0
    assert v.refund_minor == sum(lv.refund_minor for lv in v.lines)
    assert v.store_credit_minor == sum(lv.store_credit_minor for lv in v.lines)
    assert v.fee_minor == sum(lv.fee_minor for lv in v.lines)
    assert (v.required_role is not None) == (v.status == NEEDS_APPROVAL)


@SETTINGS
@given(rules(), request())
def test_nothing_is_allowed_past_every_window_that_applies(r: dict[str, Any], req: ReturnRequest) -> None:
    p = Policy.from_rules(1, r)
    v = evaluate(req, p, NOW)
    for ln, lv in zip(req.lines, v.lines, strict=True):
        if (
            lv.status != ALLOWED
            or lv.rule in ("keeps_item", "never_sold")
            or ln.resolution
            not in (
                "refund",
                "store_credit",
                "exchange_now",
                "exchange_shipped",
            )
        ):
            continue
        days_found = [f.numbers["days"] for f in lv.findings if f.code.endswith("window_within")]
        windows = [f.numbers["window_days"] for f in lv.findings if f.code.endswith("window_within")]
        bought = req.purchased_at or ln.purchased_at
        if bought is None:
            continue
        assert days_found, lv.findings  # an allowed line with a date was checked against its window
        assert days_found[0] <= windows[0]
        w, _ = window_days(
            p,
            ln.department,
            ln.window_override_days,
            faulty=ln.condition == "faulty",
            warranty_days=ln.warranty_days,
            sku=ln.sku,
            channel=req.channel,
            tiers=req.customer_tiers,
            condition=ln.condition,
            bought=bought.astimezone(__import__("zoneinfo").ZoneInfo(req.store_timezone)).date(),
        )
        assert windows[0] == w


@SETTINGS
@given(rules(), request())
def test_evaluate_is_pure(r: dict[str, Any], req: ReturnRequest) -> None:
    p = Policy.from_rules(1, r)
    first, again = evaluate(req, p, NOW), evaluate(req, Policy.from_rules(1, dict(r)), NOW)
    assert first == again and first.as_dict() == again.as_dict()
    assert words.explain(first) == words.explain(again)


@SETTINGS
@given(rules(), request(), st.integers(0, 400), st.integers(0, 400))
def test_time_only_makes_a_verdict_stricter(r: dict[str, Any], req: ReturnRequest, a: int, b: int) -> None:
    p = Policy.from_rules(1, r)
    early, late = evaluate(req, p, NOW + timedelta(days=min(a, b))), evaluate(req, p, NOW + timedelta(days=max(a, b)))
    assert RANK[early.status] <= RANK[late.status]
    if early.status == late.status == NEEDS_APPROVAL:
        assert ROLE_RANK[early.required_role or ""] <= ROLE_RANK[late.required_role or ""]
    assert early.days_past_window <= late.days_past_window


def _sale() -> SaleView:
    return SaleView(1, "R-1", 1, "DT", NOW, "counter", None, None, "CAD", 0, 0, (), ())


@SETTINGS
@given(rules(), request())
def test_every_verdict_has_words_and_the_json_says_what_the_window_shows(r: dict[str, Any], req: ReturnRequest) -> None:
    v = evaluate(req, Policy.from_rules(1, r), NOW)
    shown = " ".join([words.head(v), *(words.line(lv) for lv in v.lines), *words.rest(v)])  # the verdict page
    assert "{" not in shown and "}" not in shown
    doc = as_json(Check(_sale(), v, NOW, tuple(range(1, len(v.lines) + 1))))
    assert doc["message"] == shown
    assert (doc["status"], doc["rule"], doc["approver_role"], doc["refund_to"]) == (
        v.status,
        v.rule,
        v.required_role,
        v.refund_to,
    )
    assert doc["refund"] == f"{v.refund_minor // 100}.{v.refund_minor % 100:02d}"
    assert doc["fee"] == f"{v.fee_minor // 100}.{v.fee_minor % 100:02d}"
    assert [ln["message"] for ln in doc["lines"]] == [words.line(lv) for lv in v.lines]
