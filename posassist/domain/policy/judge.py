"""``evaluate(request, policy, now)``: the return policy applied to one return, line by line and
then as a whole. Each rule that decides leaves a ``Finding`` (a code and its numbers)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from posassist.domain.policy.judge_line import (
    Judgement,
    bought_day,
    days_between,
    days_of_line,
    judge_line,
    line_window,
    tier_for_amount,
)
from posassist.domain.policy.rules import (
    ALLOWED,
    DENIED,
    NEEDS_APPROVAL,
    ROLE_RANK,
    Policy,
    ReturnRequest,
)
from posassist.domain.policy.verdict import LineVerdict, Verdict

# -- the whole return ----------------------------------------------------------------------------


def _from_lines(lines: tuple[LineVerdict, ...]) -> Judgement:
    """The first denied line denies the return; otherwise the first line needing approval names
    the rule and the highest role asked for decides."""
    j = Judgement()
    for v in lines:
        if v.status == DENIED:
            j.deny(v.rule)
            break
        if v.status == NEEDS_APPROVAL:
            j.ask(v.rule if j.status != NEEDS_APPROVAL else j.rule, v.required_role)
    return j


def _without_receipt(request: ReturnRequest, policy: Policy, amount: int, j: Judgement) -> None:
    if policy.receipt_required:
        j.deny("receipt_required")
        j.found("receipt_required")
        return
    if policy.no_receipt_identity_required and not request.identified:
        j.deny("no_receipt_identity")
        j.found("no_receipt_identity")
        return
    if request.no_receipt_returns_12m >= policy.no_receipt_cap_per_12m:
        j.ask("no_receipt_cap", "shift_lead")
        j.found(
            "no_receipt_cap",
            returns_12m=request.no_receipt_returns_12m,
            cap_per_12m=policy.no_receipt_cap_per_12m,
            period_days=policy.no_receipt_period_days,
            role="shift_lead",
        )
    if policy.no_receipt_cap_amount_minor and amount > policy.no_receipt_cap_amount_minor:
        j.ask("no_receipt_amount", "shift_lead")
        j.found(
            "no_receipt_amount",
            amount_minor=amount,
            cap_minor=policy.no_receipt_cap_amount_minor,
            currency=request.currency,
            role="shift_lead",
        )
    if not request.customer_verified and policy.no_receipt_unverified_needs_approval:
        j.ask("no_receipt_unverified", "shift_lead")
        j.found("no_receipt_unverified", role="shift_lead")


def _other_store(policy: Policy, j: Judgement) -> None:
    if policy.other_store_receipts == "denied":
        j.deny("other_store")
        j.found("other_store_denied")
    elif policy.other_store_receipts == "approval":
        j.ask("other_store", "shift_lead")
        j.found("other_store_approval", role="shift_lead")


def _amount(request: ReturnRequest, policy: Policy, total: int, j: Judgement) -> None:
    """More than the associate may refund alone: the tier that may approve it, or nobody."""
    tier = tier_for_amount(policy, total)
    if tier is None:
        j.deny("amount")
        j.found("amount_denied", amount_minor=total, currency=request.currency)
    elif ROLE_RANK.get(tier.role, 9) > ROLE_RANK.get(j.role or "associate", 0) or j.status == ALLOWED:
        j.ask("amount" if j.status == ALLOWED else j.rule, tier.role)
        j.found(
            "amount_over_limit",
            amount_minor=total,
            limit_minor=request.requester_max_refund_minor,
            role=tier.role,
            max_amount_minor=tier.max_amount_minor,
            currency=request.currency,
        )


def _days_past(request: ReturnRequest, policy: Policy, line_days: list[int | None]) -> int:
    """The most days any line is past its own window (the return window, or the faulty one)."""
    past = [0]
    for ln, d in zip(request.lines, line_days, strict=True):
        if d is not None:
            w, _ = line_window(request, ln, policy, bought_day(request, ln))
            past.append(d - w)
    return max(past)


def _every_refund(request: ReturnRequest, policy: Policy, total: int, j: Judgement) -> None:
    """A policy that wants a given role on every refund."""
    role = policy.approval_every_refund
    if role is None or total <= 0 or request.never_sold:
        return
    if j.status == ALLOWED or ROLE_RANK.get(role, 9) > ROLE_RANK.get(j.role or "associate", 0):
        j.ask("every_refund" if j.status == ALLOWED else j.rule, role)
        j.found("every_refund", role=role)


def refund_to(request: ReturnRequest, policy: Policy, refund: int, credit: int) -> str:
    """Where the money goes: the original tender, store credit, or (cash over the policy's limit)
    the other way the policy names."""
    if refund <= 0:
        return "store_credit" if credit > 0 else "none"
    if request.purchased_at is None:
        return "cash"
    kinds = {k for k, _ in request.tenders}
    cash = sum(a for k, a in request.tenders if k == "cash")
    if policy.cash_refund_max_minor is not None and min(refund, cash) > policy.cash_refund_max_minor:
        return policy.cash_over_limit_to
    if kinds == {"gift_card"}:
        return "gift_card"
    return "original_tender"


def evaluate(request: ReturnRequest, policy: Policy, now: datetime) -> Verdict:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    days = None
    if request.purchased_at is not None:
        days = max(0, days_between(request.purchased_at, now, request.store_timezone))
    line_days = [days_of_line(request, ln, policy, now) for ln in request.lines]
    lines = tuple(judge_line(request, ln, policy, d) for ln, d in zip(request.lines, line_days, strict=True))
    refund = sum(v.refund_minor for v in lines)
    credit = sum(v.store_credit_minor for v in lines)
    total = refund + credit
    j = _from_lines(lines)
    if j.status != DENIED and request.purchased_at is None and not request.never_sold:
        _without_receipt(request, policy, total, j)
    if j.status != DENIED and request.sold_at_other_store:
        _other_store(policy, j)
    if j.status != DENIED and total > request.requester_max_refund_minor and not request.never_sold:
        _amount(request, policy, total, j)
    if j.status != DENIED:
        _every_refund(request, policy, total, j)
    past = _days_past(request, policy, line_days)
    numbers: dict[str, Any] = {
        "days_since_purchase": days,
        "policy_version": policy.version,
        "days_past_window": past,
        "total_minor": total,
    }
    return Verdict(
        j.status,
        j.rule,
        lines,
        refund,
        credit,
        sum(v.tax_minor for v in lines),
        sum(v.fee_minor for v in lines),
        request.currency,
        policy.version,
        j.role if j.status == NEEDS_APPROVAL else None,
        days,
        past,
        numbers,
        tuple(j.findings),
        refund_to(request, policy, refund, credit),
    )
