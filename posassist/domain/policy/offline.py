"""Returns while the store's server is away (issue #21): the counter judges them on its local copy,
within limits the policy sets, so that what an outage can cost stays small and known.

The policy's ``offline`` table (all optional; the defaults below apply otherwise):

  per_return_minor   the most one return may give back (refund + store credit): 100.00
  per_shift_minor    the most this counter may give back offline in one shift: 500.00
                     (a shift: the store's calendar day at this counter; posassist keeps no roster)
  no_receipt         whether returns without a receipt are taken offline: false

An approval offline comes only from a shift lead who signs in at this counter (nobody elsewhere
can see this counter's local copy; ``approval_here`` says the approval was asked for here).
``limit`` turns a verdict that breaks a limit into a denial with its findings:

  offline_no_receipt                               -
  offline_amount      amount_minor, cap_minor, currency
  offline_shift       amount_minor, shift_minor, cap_minor, currency   (shift_minor: given back so far)
  offline_approval                                 -   (the approval was not asked for at this counter)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from posassist.domain.policy.verdict import Finding, Verdict

DENIED = "denied"  # rules.DENIED (rules imports this module for Policy.offline)

PER_RETURN_MINOR = 10_000
PER_SHIFT_MINOR = 50_000
KEYS = ("per_return_minor", "per_shift_minor", "no_receipt")


@dataclass(frozen=True)
class OfflineLimits:
    per_return_minor: int = PER_RETURN_MINOR
    per_shift_minor: int = PER_SHIFT_MINOR
    no_receipt: bool = False

    @classmethod
    def from_rules(cls, table: dict[str, Any] | None) -> OfflineLimits:
        t = table or {}
        return cls(
            int(t.get("per_return_minor", PER_RETURN_MINOR)),
            int(t.get("per_shift_minor", PER_SHIFT_MINOR)),
            bool(t.get("no_receipt", False)),
        )


def limit(
    v: Verdict,
    limits: OfflineLimits,
    *,
    no_receipt: bool,
    shift_so_far_minor: int,
    approval_here: bool = True,
) -> Verdict:
    """``v`` as it stands offline: unchanged (marked ``numbers["offline"]``) within the limits, else
    denied with the findings that say which limit and by how much."""
    found: list[Finding] = []
    if no_receipt and not limits.no_receipt:
        found.append(Finding("offline_no_receipt"))
    amount = v.total_minor
    if amount > limits.per_return_minor:
        found.append(
            Finding(
                "offline_amount",
                {"amount_minor": amount, "cap_minor": limits.per_return_minor, "currency": v.currency},
            )
        )
    if amount and shift_so_far_minor + amount > limits.per_shift_minor:
        found.append(
            Finding(
                "offline_shift",
                {
                    "amount_minor": amount,
                    "shift_minor": shift_so_far_minor,
                    "cap_minor": limits.per_shift_minor,
                    "currency": v.currency,
                },
            )
        )
    if not approval_here:
        found.append(Finding("offline_approval"))
    numbers = {**v.numbers, "offline": True}
    if not found:
        return replace(v, numbers=numbers)
    return replace(
        v,
        status=DENIED,
        rule=found[0].code,
        required_role=None,
        numbers=numbers,
        findings=(*v.findings, *found),
    )
