"""One line of a return judged by the policy: paid and already refunded, the condition it comes
back in, the window for its kind and tier, and what it settles to. The whole return is judged
from these in ``judge``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from posassist.domain.policy.regions import applies
from posassist.domain.policy.rules import (
    ALLOWED,
    DENIED,
    NEEDS_APPROVAL,
    RETURNS_ITEM,
    ROLE_RANK,
    ConditionRule,
    LineRequest,
    Policy,
    ReturnRequest,
    Tier,
)
from posassist.domain.policy.verdict import Finding, LineVerdict
from posassist.domain.policy.window import blocked, window_days


def higher(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if ROLE_RANK.get(a, 9) >= ROLE_RANK.get(b, 9) else b


def _tier_for_days(policy: Policy, days_past: int) -> Tier | None:
    return next((t for t in policy.tiers if t.max_days_past_window >= days_past), None)


def tier_for_amount(policy: Policy, amount: int) -> Tier | None:
    return next((t for t in policy.tiers if t.max_amount_minor >= amount), None)


def days_between(purchased_at: datetime, now: datetime, tz_name: str) -> int:
    """Calendar days in the store's time zone: bought at 23:30 and back at 00:10 is one day."""
    tz = ZoneInfo(tz_name)
    return (now.astimezone(tz).date() - purchased_at.astimezone(tz).date()).days


@dataclass
class Judgement:
    """What the rules have said so far (about one line, or the whole return)."""

    status: str = ALLOWED
    rule: str = "within_policy"
    role: str | None = None
    findings: list[Finding] = field(default_factory=list)

    def found(self, code: str, **numbers: Any) -> None:
        self.findings.append(Finding(code, numbers))

    def ask(self, rule: str, role: str | None) -> None:
        """Needs approval: ``rule`` decides now, by the higher of the roles asked so far."""
        self.status, self.rule, self.role = NEEDS_APPROVAL, rule, higher(self.role, role)

    def deny(self, rule: str) -> None:
        self.status, self.rule = DENIED, rule


# -- one line ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Paid:
    quantity: int
    paid: int  # for the quantity returned, tax included
    tax: int


def _paid(line: LineRequest) -> _Paid:
    qty = max(0, line.quantity)
    paid = max(0, line.unit_paid_minor) * qty if line.paid_minor is None else max(0, line.paid_minor)
    tax = min(paid, max(0, line.unit_tax_minor) * qty if line.tax_paid_minor is None else max(0, line.tax_paid_minor))
    return _Paid(qty, paid, tax)


def _settled(
    line: LineRequest,
    j: Judgement,
    *,
    refund: int = 0,
    tax: int = 0,
    fee: int = 0,
    credit: int = 0,
    restock: str | None = None,
) -> LineVerdict:
    return LineVerdict(line.ref, j.status, j.rule, refund, tax, fee, credit, restock, j.role, tuple(j.findings))


def _only(line: LineRequest, status: str, rule: str, code: str, **numbers: Any) -> LineVerdict:
    """A line decided by one rule alone, nothing paid back."""
    return _settled(line, Judgement(status, rule, None, [Finding(code, numbers)]))


def _before_condition(req: ReturnRequest, line: LineRequest, policy: Policy, qty: int) -> LineVerdict | None:
    """The rules that settle a line before its condition and dates matter."""
    if qty <= 0:
        return _only(line, DENIED, "quantity", "quantity")
    if req.never_sold:
        value = max(0, line.declared_value_minor or 0)
        role = (
            tier_for_amount(policy, value) or (policy.tiers[-1] if policy.tiers else Tier("store_manager", 0, 0))
        ).role
        j = Judgement(NEEDS_APPROVAL, "never_sold", role)
        j.found("never_sold", description=line.description, role=role, value_minor=value, currency=req.currency)
        return _settled(line, j, credit=value, restock="none")
    if line.available is not None and qty > line.available:
        return _only(line, DENIED, "more_than_bought", "more_than_bought", quantity=qty, available=line.available)
    if line.resolution not in RETURNS_ITEM:
        return _only(line, ALLOWED, "keeps_item", "keeps_item")
    rule = (
        None
        if line.condition == "faulty"
        else blocked(
            policy, line.department, returnable=line.returnable, final_sale=line.final_sale, condition=line.condition
        )
    )
    if rule is not None:
        return _only(line, DENIED, rule, rule, description=line.description)
    return None


def _condition(line: LineRequest, cond: ConditionRule, j: Judgement) -> LineVerdict | None:
    if cond.allowed:
        return None
    rule = f"condition_{line.condition}"
    if not cond.approval_role:
        return _only(line, DENIED, rule, "condition_denied", condition=line.condition)
    j.ask(rule, cond.approval_role)
    j.found("condition_approval", condition=line.condition, role=cond.approval_role)
    return None


def line_window(req: ReturnRequest, line: LineRequest, policy: Policy, bought: date | None) -> tuple[int, str]:
    """The window that applies to this line (days, kind): see ``window.window_days``."""
    return window_days(
        policy,
        line.department,
        line.window_override_days,
        faulty=line.condition == "faulty",
        warranty_days=line.warranty_days,
        sku=line.sku,
        channel=req.channel,
        tiers=req.customer_tiers,
        condition=line.condition,
        bought=bought,
    )


def _window(
    req: ReturnRequest, line: LineRequest, policy: Policy, days: int, bought: date | None, j: Judgement
) -> LineVerdict | None:
    """The return window, or for faulty goods the warranty (or the policy's defective window)."""
    faulty = line.condition == "faulty"
    window, kind = line_window(req, line, policy, bought)
    prefix, rule = ("faulty_", "faulty_window") if faulty else ("", "window")
    about: dict[str, Any] = (
        {"warranty": kind == "warranty"} if faulty else {"department": line.department_name or line.department}
    )
    if kind == "season" and bought is not None:
        about["season_until"] = date.fromordinal(bought.toordinal() + window).isoformat()
    if days <= window:
        j.found(
            f"{prefix}window_within",
            days=days,
            window_days=window,
            **({"warranty": about["warranty"]} if faulty else {}),
            **({"season_until": about["season_until"]} if "season_until" in about else {}),
        )
        return None
    tier = _tier_for_days(policy, days - window)
    if tier is None:
        j.deny(rule)
        j.role = None
        limit = policy.tiers[-1].max_days_past_window if policy.tiers else 0
        j.found(f"{prefix}window_denied", days=days, **about, window_days=window, max_days_past=limit)
        return _settled(line, j)
    j.ask(rule, tier.role)
    j.found(
        f"{prefix}window_approval",
        days=days,
        **about,
        window_days=window,
        role=tier.role,
        max_days_past=tier.max_days_past_window,
    )
    return None


def _settle(
    req: ReturnRequest, line: LineRequest, policy: Policy, cond: ConditionRule, days: int | None, j: Judgement
) -> LineVerdict:
    """The money for a line the rules let through (or send for approval)."""
    p = _paid(line)
    faulty = line.condition == "faulty"
    fee_pct, fee_fixed = (0, 0) if faulty else cond.fee_rule(line.department)
    # a rule for a state covers its cities; the most specific entry wins (["US-NY", "!US-NY-NYC"])
    waived = bool(fee_pct or fee_fixed) and applies(req.jurisdiction, policy.no_restocking_fee_in)
    fee = 0
    if (fee_pct or fee_fixed) and not waived:
        # a percentage of the price before tax, a fixed amount per unit, or both; at least the
        # minimum per unit; never more than the price before tax
        fee = ((p.paid - p.tax) * fee_pct + 50) // 100 + fee_fixed * p.quantity
        fee = min(p.paid - p.tax, max(fee, cond.restocking_fee_min_minor * p.quantity))
    restock = "damaged" if faulty or line.condition == "damaged_by_customer" else cond.restock_to
    if line.resolution in ("exchange_now", "exchange_shipped"):
        j.found("exchange")
        return _settled(line, j, restock=restock)
    if req.purchased_at is None:  # no receipt: store credit at the lowest recent price
        unit = line.lowest_recent_price_minor if line.lowest_recent_price_minor is not None else line.unit_paid_minor
        # never more than the line's own price (what the counter would have charged for it)
        credit = max(0, min(unit, line.unit_paid_minor)) * p.quantity
        if line.paid_minor is not None:  # what the customer paid is known: never more than that
            credit = min(credit, p.paid)
        j.found(
            "no_receipt", refund_as=policy.no_receipt_refund_as, lowest_price_days=policy.no_receipt_lowest_price_days
        )
        if j.status == ALLOWED:
            j.rule = "no_receipt"
        tax = min(credit, p.tax * credit // p.paid) if p.paid else 0  # the store's tax in that price, pro rata
        if policy.no_receipt_refund_as == "store_credit":
            return _settled(line, j, tax=tax, credit=credit, restock=restock)
        return _settled(line, j, refund=credit, tax=tax, restock=restock)
    if fee:
        j.found("restocking_fee", fee_percent=fee_pct, fee_fixed_minor=fee_fixed, fee_minor=fee, currency=req.currency)
    elif waived:
        j.found("restocking_fee_waived", jurisdiction=req.jurisdiction)
    amount = p.paid - fee
    tax_back = min(p.tax if amount else 0, amount)
    if line.resolution == "store_credit":
        return _settled(line, j, tax=tax_back, fee=fee, credit=amount, restock=restock)
    return _settled(line, j, refund=amount, tax=tax_back, fee=fee, restock=restock)


def _bought(req: ReturnRequest, line: LineRequest) -> datetime | None:
    """When this line was bought: the receipt's date, or without one the customer's purchase on file."""
    return req.purchased_at if req.purchased_at is not None else line.purchased_at


def days_of_line(req: ReturnRequest, line: LineRequest, policy: Policy, now: datetime) -> int | None:
    """Days the window has run for this line: from the purchase, or from a web order's delivery
    when the policy counts from delivery (never from before the purchase)."""
    bought = _bought(req, line)
    if bought is None:
        return None
    start = bought
    if policy.window_from == "delivery" and req.purchased_at is not None and req.delivered_at is not None:
        start = max(bought, req.delivered_at)
    return max(0, days_between(start, now, req.store_timezone))


def bought_day(req: ReturnRequest, line: LineRequest) -> date | None:
    bought = _bought(req, line)
    return None if bought is None else bought.astimezone(ZoneInfo(req.store_timezone)).date()


def judge_line(req: ReturnRequest, line: LineRequest, policy: Policy, days: int | None) -> LineVerdict:
    settled = _before_condition(req, line, policy, max(0, line.quantity))
    if settled is not None:
        return settled
    cond = policy.conditions.get(line.condition, ConditionRule())
    j = Judgement()
    settled = _condition(line, cond, j)
    if settled is None and days is not None:
        settled = _window(req, line, policy, days, bought_day(req, line), j)
    return settled or _settle(req, line, policy, cond, days, j)
