"""Five published return policies of different kinds, written as policy documents in
tests/data/policies, judged case by case: an electronics store (Best Buy), a furniture store
(IKEA), a grocer (NDM Market), a European web shop (the 14-day right of withdrawal) and a
department store (Macy's)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from posassist.domain.policy import ALLOWED, DENIED, NEEDS_APPROVAL, LineRequest, Policy, ReturnRequest, evaluate
from posassist.services.policy_document import read_document
from posassist.words.policy import explain

POLICIES = Path(__file__).parents[1] / "data" / "policies"
NOW = datetime(2027, 3, 10, 17, 0, tzinfo=UTC)  # noon in New York, outside any holiday season
HOLIDAYS_AFTER = datetime(2027, 1, 10, 17, 0, tzinfo=UTC)


def policy(name: str) -> Policy:
    doc = read_document((POLICIES / f"{name}.toml").read_text(encoding="utf-8"), f"{name}.toml")
    return Policy.from_rules(1, doc.rules)


def item(dept: str, paid: int = 10_000, tax: int = 0, **kw) -> LineRequest:  # type: ignore[no-untyped-def]
    base = dict(
        ref="1",
        description=f"an item from {dept}",
        department=dept,
        quantity=1,
        unit_paid_minor=paid,
        unit_tax_minor=tax,
        condition="unopened",
        reason="changed_mind",
        resolution="refund",
    )
    base.update(kw)
    return LineRequest(**base)  # type: ignore[arg-type]


def ask(p: Policy, line: LineRequest, days: int | None, **kw) -> object:  # type: ignore[no-untyped-def]
    now = kw.pop("now", NOW)
    r = ReturnRequest(
        currency=p.currency,
        lines=(line,),
        purchased_at=None if days is None else kw.pop("bought", now - timedelta(days=days)),
        store_timezone=kw.pop("tz", "America/New_York"),
        requester_max_refund_minor=kw.pop("limit", 500_000),
        **kw,
    )
    return evaluate(r, p, now)


def at(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize("name", ["bestbuy_us", "ikea_us", "ndm_market", "de_webshop", "macys"])
def test_every_document_is_a_valid_policy(name: str) -> None:
    p = policy(name)
    assert p.currency in ("USD", "EUR") and p.tiers


# -- an electronics store: Best Buy -------------------------------------------------------------


def test_bestbuy_windows_members_and_delivery() -> None:
    bb = policy("bestbuy_us")
    assert ask(bb, item("TV"), 15).status == ALLOWED
    late = ask(bb, item("TV"), 16)
    assert late.status == NEEDS_APPROVAL and late.rule == "window"  # type: ignore[attr-defined]
    # a web order: 20 days since the order, delivered 5 days ago: the period begins on delivery
    web = ask(bb, item("TV"), 20, channel="web", delivered_at=NOW - timedelta(days=5))
    assert web.status == ALLOWED and web.lines[0].findings[-1].numbers["days"] == 5  # type: ignore[attr-defined]
    # phones 14 days; members 60, but major appliances stay at 15 for everyone
    assert ask(bb, item("PHONE"), 15).status == NEEDS_APPROVAL
    plus = frozenset({"plus"})
    assert ask(bb, item("TV"), 50, customer_tiers=plus).status == ALLOWED
    assert ask(bb, item("PHONE"), 50, customer_tiers=plus).status == ALLOWED
    assert ask(bb, item("APPL"), 20, customer_tiers=plus).status == NEEDS_APPROVAL
    assert ask(bb, item("TV"), 61, customer_tiers=frozenset({"total"})).status == NEEDS_APPROVAL


def test_bestbuy_holiday_purchases_until_14_january() -> None:
    bb = policy("bestbuy_us")
    gift = ask(bb, item("TV"), 51, bought=at(11, 20), now=HOLIDAYS_AFTER)
    assert gift.status == ALLOWED  # type: ignore[attr-defined]
    assert gift.lines[0].findings[-1].numbers["season_until"] == "2027-01-14"  # type: ignore[attr-defined]
    assert "returnable until" in explain(gift)  # type: ignore[arg-type]
    after = evaluate(
        ReturnRequest("USD", (item("TV"),), at(11, 20), "America/New_York", requester_max_refund_minor=10**6),
        bb,
        datetime(2027, 1, 15, 17, tzinfo=UTC),
    )
    assert after.status == NEEDS_APPROVAL
    phone = ask(bb, item("PHONE"), 21, bought=at(12, 20), now=HOLIDAYS_AFTER)
    assert phone.status == NEEDS_APPROVAL  # type: ignore[attr-defined]  # phones: no holiday window
    assert ask(bb, item("TV"), 80, bought=at(10, 22), now=HOLIDAYS_AFTER).status == DENIED  # before the season


def test_bestbuy_restocking_fees() -> None:
    bb = policy("bestbuy_us")
    phone = ask(bb, item("PHONE", paid=85_000, tax=5_000, condition="opened"), 3)
    assert phone.status == ALLOWED and phone.fee_minor == 4_500 and phone.refund_minor == 80_500  # type: ignore[attr-defined]
    cam = ask(bb, item("CAMERA", paid=113_000, tax=13_000, condition="opened"), 3)
    assert cam.fee_minor == 15_000 and cam.refund_minor == 98_000  # type: ignore[attr-defined]
    assert "restocking fee 15%" in explain(cam)  # type: ignore[arg-type]
    assert ask(bb, item("CAMERA", paid=113_000, condition="unopened"), 3).fee_minor == 0  # type: ignore[attr-defined]
    ohio = ask(bb, item("CAMERA", paid=113_000, condition="opened"), 3, jurisdiction="US-OH")
    assert ohio.fee_minor == 0 and ohio.refund_minor == 113_000  # type: ignore[attr-defined]
    assert ohio.lines[0].findings[-1].code == "restocking_fee_waived"  # type: ignore[attr-defined]
    assert ask(bb, item("TV", condition="faulty"), 200).fee_minor == 0  # type: ignore[attr-defined]


def test_bestbuy_cash_over_800_by_cheque_and_receipt_required() -> None:
    bb = policy("bestbuy_us")
    cash = ask(bb, item("TV", paid=90_000), 3, tenders=(("cash", 90_000),))
    assert cash.refund_to == "cheque"  # type: ignore[attr-defined]
    card = ask(bb, item("TV", paid=90_000), 3, tenders=(("card", 90_000),))
    assert card.refund_to == "original_tender"  # type: ignore[attr-defined]
    small = ask(bb, item("TV", paid=50_000), 3, tenders=(("cash", 50_000),))
    assert small.refund_to == "original_tender"  # type: ignore[attr-defined]
    none = ask(bb, item("TV"), None, customer_verified=True, identified=True)
    assert none.status == DENIED and none.rule == "receipt_required"  # type: ignore[attr-defined]
    assert ask(bb, item("GIFTCARD"), 1).rule == "not_returnable"  # type: ignore[attr-defined]


# -- a furniture store: IKEA ---------------------------------------------------------------------


def test_ikea_365_days_unopened_180_opened() -> None:
    ikea = policy("ikea_us")
    assert ask(ikea, item("SOFA"), 300).status == ALLOWED
    assert ask(ikea, item("SOFA"), 366).status == NEEDS_APPROVAL
    assert ask(ikea, item("SOFA", condition="opened"), 170).status == ALLOWED
    opened = ask(ikea, item("SOFA", condition="opened"), 200)
    assert opened.status == NEEDS_APPROVAL and opened.lines[0].findings[-1].numbers["window_days"] == 180  # type: ignore[attr-defined]
    assert ask(ikea, item("SOFA", condition="damaged_by_customer"), 5).status == DENIED
    assert ask(ikea, item("ASIS"), 5).rule == "final_sale"  # type: ignore[attr-defined]
    assert ask(ikea, item("ASIS", condition="faulty"), 5).status == ALLOWED
    assert ask(ikea, item("FOOD"), 1).rule == "perishable"  # type: ignore[attr-defined]


def test_ikea_no_receipt_needs_an_id_and_pays_store_credit_at_the_lowest_price() -> None:
    ikea = policy("ikea_us")
    sofa = item("SOFA", paid=99_900, lowest_recent_price_minor=79_900)
    anonymous = ask(ikea, sofa, None)
    assert anonymous.status == DENIED and anonymous.rule == "no_receipt_identity"  # type: ignore[attr-defined]
    with_id = ask(ikea, sofa, None, identified=True, no_receipt_returns_12m=1)
    assert with_id.status == ALLOWED and with_id.refund_minor == 0  # type: ignore[attr-defined]
    assert with_id.store_credit_minor == 79_900 and with_id.refund_to == "store_credit"  # type: ignore[attr-defined]
    fourth = ask(ikea, sofa, None, identified=True, no_receipt_returns_12m=3)
    assert fourth.status == NEEDS_APPROVAL and fourth.rule == "no_receipt_cap"  # type: ignore[attr-defined]


# -- a grocer: NDM Market -----------------------------------------------------------------------


def test_grocer_store_manager_on_every_refund() -> None:
    ndm = policy("ndm_market")
    dry = ask(ndm, item("DRY", paid=599), 3)
    assert dry.status == NEEDS_APPROVAL and dry.rule == "every_refund"  # type: ignore[attr-defined]
    assert dry.required_role == "store_manager"  # type: ignore[attr-defined]
    assert "store manager on every refund" in explain(dry)  # type: ignore[arg-type]
    swap = ask(ndm, item("DRY", paid=599, resolution="exchange_now"), 3)
    assert swap.status == ALLOWED and swap.total_minor == 0  # type: ignore[attr-defined]


def test_grocer_24_hours_for_fresh_food_and_what_never_comes_back() -> None:
    ndm = policy("ndm_market")
    assert ask(ndm, item("PRODUCE", paid=349), 1).rule == "every_refund"  # type: ignore[attr-defined]
    old = ask(ndm, item("PRODUCE", paid=349), 2)
    assert old.rule == "window" and old.required_role == "store_manager"  # type: ignore[attr-defined]
    assert ask(ndm, item("PRODUCE", paid=349), 9).status == DENIED
    assert ask(ndm, item("HOUSEWARES"), 14).rule == "every_refund"  # type: ignore[attr-defined]
    assert ask(ndm, item("DRY", condition="opened"), 1).rule == "condition_opened"  # type: ignore[attr-defined]
    for dept, rule in (("ALCOHOL", "not_returnable"), ("LIVE_SEAFOOD", "not_returnable"), ("CLEARANCE", "final_sale")):
        v = ask(ndm, item(dept), 0)
        assert (v.status, v.rule) == (DENIED, rule)  # type: ignore[attr-defined]
    assert ask(ndm, item("DRY"), None).rule == "receipt_required"  # type: ignore[attr-defined]


# -- a European web shop: the 14-day right of withdrawal -----------------------------------------


def test_withdrawal_14_days_from_delivery_no_fee() -> None:
    shop = policy("de_webshop")
    berlin = dict(tz="Europe/Berlin", channel="web")
    inside = ask(
        shop,
        item("MODE", paid=8_990, tax=1_435, condition="opened"),
        20,
        delivered_at=NOW - timedelta(days=14),
        **berlin,
    )
    assert inside.status == ALLOWED and inside.refund_minor == 8_990 and inside.fee_minor == 0  # type: ignore[attr-defined]
    late = ask(shop, item("MODE"), 20, delivered_at=NOW - timedelta(days=15), **berlin)
    assert late.status == NEEDS_APPROVAL and late.required_role == "store_manager"  # type: ignore[attr-defined]
    assert ask(shop, item("MODE", condition="worn"), 3, **berlin).required_role == "shift_lead"  # type: ignore[attr-defined]
    assert ask(shop, item("MODE", condition="faulty"), 600, **berlin).status == ALLOWED  # the 2-year warranty
    assert ask(shop, item("MODE", condition="faulty"), 800, **berlin).status == DENIED


def test_withdrawal_exclusions_sealed_hygiene_perishable_custom() -> None:
    shop = policy("de_webshop")
    assert ask(shop, item("KOSMETIK", condition="unopened"), 5, tz="Europe/Berlin").status == ALLOWED
    unsealed = ask(shop, item("KOSMETIK", condition="opened"), 5, tz="Europe/Berlin")
    assert (unsealed.status, unsealed.rule) == (DENIED, "hygiene")  # type: ignore[attr-defined]
    assert ask(shop, item("LEBENSMITTEL"), 1, tz="Europe/Berlin").rule == "perishable"  # type: ignore[attr-defined]
    assert ask(shop, item("SONDERANFERTIGUNG"), 1, tz="Europe/Berlin").rule == "not_returnable"  # type: ignore[attr-defined]


# -- a department store: Macy's -----------------------------------------------------------------


def test_department_store_windows_by_department_and_item() -> None:
    macys = policy("macys")
    assert ask(macys, item("WOMEN"), 30).status == ALLOWED
    assert ask(macys, item("WOMEN"), 35).required_role == "shift_lead"  # type: ignore[attr-defined]
    assert ask(macys, item("FURN"), 80).status == ALLOWED
    assert ask(macys, item("ELEC", sku="APPLE-IPAD-10"), 80).status == ALLOWED
    other = ask(macys, item("ELEC", sku="SONY-WH1000"), 80)
    assert other.status == NEEDS_APPROVAL and other.required_role == "store_manager"  # type: ignore[attr-defined]
    assert ask(macys, item("WOMEN", condition="worn"), 3).rule == "condition_worn"  # type: ignore[attr-defined]
    assert ask(macys, item("SWIM"), 3).rule == "hygiene"  # type: ignore[attr-defined]
    assert ask(macys, item("SWIM", condition="faulty"), 3).status == ALLOWED


def test_department_store_no_receipt_cap_over_180_days_and_amount() -> None:
    macys = policy("macys")
    coat = item("WOMEN", paid=12_000)
    first = ask(macys, coat, None, identified=True, no_receipt_returns_12m=1)
    assert first.status == ALLOWED and first.store_credit_minor == 12_000  # type: ignore[attr-defined]
    third = ask(macys, coat, None, identified=True, no_receipt_returns_12m=2)
    assert third.rule == "no_receipt_cap" and "last 180 days" in explain(third)  # type: ignore[attr-defined,arg-type]
    big = ask(macys, item("WOMEN", paid=25_000), None, identified=True)
    assert big.rule == "no_receipt_amount"  # type: ignore[attr-defined]
    assert ask(macys, coat, None).rule == "no_receipt_identity"  # type: ignore[attr-defined]


def test_the_cards_returnable_until_is_the_verdicts_window() -> None:
    from datetime import date

    from posassist.domain.policy import return_window

    bb, macys = policy("bestbuy_us"), policy("macys")
    card = return_window(bb, "TV", None, at(11, 20), "America/New_York", channel="counter")
    assert card.last_day == date(2027, 1, 14) and card.rule == "season"
    on_last = datetime(2027, 1, 14, 20, tzinfo=UTC)
    r = ReturnRequest("USD", (item("TV"),), at(11, 20), "America/New_York", requester_max_refund_minor=10**6)
    assert evaluate(r, bb, on_last).status == ALLOWED
    assert evaluate(r, bb, on_last + timedelta(days=1)).status == NEEDS_APPROVAL
    ipad = return_window(macys, "ELEC", None, at(3, 1), "America/New_York", sku="APPLE-IPAD-10")
    assert ipad.days == 90 and ipad.last_day == date(2026, 5, 30)
