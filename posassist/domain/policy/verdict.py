"""What the policy says, as values: statuses, stable rule codes, findings with their numbers, the
approver's role and the money. No words: ``posassist.words.policy`` writes them for people.

Findings of a line (``LineVerdict.findings``, in the order the rules found them); the first eight
and the three denials are the whole story of their line, the rest are clauses of one sentence:

  quantity                                   -
  never_sold          description, role, value_minor, currency
  keeps_item                                 -
  not_returnable      description
  more_than_bought    quantity, available   (no receipt: more than the customer bought)
  hygiene             description
  perishable          description
  final_sale          description
  condition_denied    condition
  condition_approval  condition, role
  window_denied       days, department, window_days, max_days_past
  window_approval     days, department, window_days, role, max_days_past
  window_within       days, window_days[, season_until]   (season_until: a holiday purchase's last day)
  faulty_window_denied    days, warranty, window_days, max_days_past   (faulty goods: the warranty
  faulty_window_approval  days, warranty, window_days, role, max_days_past   or the policy's
  faulty_window_within    days, window_days, warranty                  defective window)
  no_receipt          refund_as, lowest_price_days
  restocking_fee      fee_percent, fee_fixed_minor, fee_minor, currency
  restocking_fee_waived  jurisdiction   (the store's jurisdiction forbids restocking fees)
  exchange            -   (an exchange: nothing is refunded)

Findings of the whole return (``Verdict.findings``):

  receipt_required                           -
  no_receipt_identity                        -   (anonymous, and no identity document or phone)
  no_receipt_cap         returns_12m, cap_per_12m, period_days, role
  no_receipt_amount      amount_minor, cap_minor, currency, role
  no_receipt_unverified  role
  other_store_denied                         -
  other_store_approval   role
  amount_denied          amount_minor, currency
  amount_over_limit      amount_minor, limit_minor, role, max_amount_minor, currency
  every_refund           role   (the policy wants this role on every refund)

``department`` is the department's name (or code) as the sale recorded it, or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Finding:
    """One thing a rule found: a stable code and the numbers it rests on."""

    code: str
    numbers: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, **self.numbers}


@dataclass(frozen=True)
class LineVerdict:
    ref: str
    status: str
    rule: str
    refund_minor: int
    tax_minor: int
    fee_minor: int
    store_credit_minor: int
    restock_to: str | None
    required_role: str | None = None
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Verdict:
    status: str
    rule: str
    lines: tuple[LineVerdict, ...]
    refund_minor: int
    store_credit_minor: int
    tax_minor: int
    fee_minor: int
    currency: str
    policy_version: int
    required_role: str | None = None
    days_since_purchase: int | None = None
    days_past_window: int = 0
    numbers: dict[str, Any] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()  # about the whole return, after the lines' own
    refund_to: str = "original_tender"  # see rules.REFUND_TO

    @property
    def total_minor(self) -> int:
        return self.refund_minor + self.store_credit_minor

    def as_dict(self) -> dict[str, Any]:
        """Codes and numbers, for storing with the return."""
        return {
            "status": self.status,
            "rule": self.rule,
            "required_role": self.required_role,
            "policy_version": self.policy_version,
            "refund_minor": self.refund_minor,
            "store_credit_minor": self.store_credit_minor,
            "tax_minor": self.tax_minor,
            "fee_minor": self.fee_minor,
            "currency": self.currency,
            "refund_to": self.refund_to,
            "days_since_purchase": self.days_since_purchase,
            "days_past_window": self.days_past_window,
            "lines": [
                {
                    "ref": v.ref,
                    "status": v.status,
                    "rule": v.rule,
                    "refund_minor": v.refund_minor,
                    "store_credit_minor": v.store_credit_minor,
                    "tax_minor": v.tax_minor,
                    "fee_minor": v.fee_minor,
                    "required_role": v.required_role,
                    "findings": [f.as_dict() for f in v.findings],
                }
                for v in self.lines
            ],
            "numbers": self.numbers,
            "findings": [f.as_dict() for f in self.findings],
        }
