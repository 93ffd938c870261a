"""The return policy as data an admin edits, and what a return asks of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

ALLOWED, NEEDS_APPROVAL, DENIED = "allowed", "needs_approval", "denied"
ROLE_RANK = {"associate": 0, "shift_lead": 1, "store_manager": 2}
CONDITIONS = ("unopened", "opened", "worn", "damaged_by_customer", "faulty", "hygiene")
RESOLUTIONS = ("refund", "store_credit", "exchange_now", "exchange_shipped", "keep_and_order", "keep_goodwill")
REASONS = (
    "wrong_colour",
    "wrong_size",
    "picking_error",
    "faulty",
    "not_as_described",
    "changed_mind",
    "arrived_late",
    "gift_return",
    "medical",
    "other",
)
RETURNS_ITEM = ("refund", "store_credit", "exchange_now", "exchange_shipped")


@dataclass(frozen=True)
class ConditionRule:
    allowed: bool = True
    approval_role: str | None = None
    restocking_fee_percent: dict[str, int] = field(default_factory=dict)
    restock_to: str = "sellable"


@dataclass(frozen=True)
class Tier:
    role: str
    max_amount_minor: int
    max_days_past_window: int


@dataclass(frozen=True)
class Policy:
    version: int
    currency: str
    default_window_days: int
    windows: dict[str, int]
    receipt_required: bool
    final_sale_departments: frozenset[str]
    non_returnable_departments: frozenset[str]
    conditions: dict[str, ConditionRule]
    no_receipt_refund_as: str
    no_receipt_lowest_price_days: int
    no_receipt_cap_per_12m: int
    no_receipt_cap_amount_minor: int
    no_receipt_unverified_needs_approval: bool
    other_store_receipts: str  # allowed / approval / denied
    tiers: tuple[Tier, ...]
    defective_window_days: int = 365  # faulty goods without a known warranty
    hygiene_departments: frozenset[str] = frozenset()
    perishable_departments: frozenset[str] = frozenset()

    @classmethod
    def from_rules(cls, version: int, rules: dict[str, Any]) -> Policy:
        nr = rules.get("no_receipt", {})
        conds = {
            name: ConditionRule(
                bool(c.get("allowed", True)),
                c.get("approval_role"),
                dict(c.get("restocking_fee_percent", {})),
                c.get("restock_to", "sellable"),
            )
            for name, c in rules.get("conditions", {}).items()
        }
        tiers = tuple(
            sorted(
                (
                    Tier(t["role"], int(t["max_amount_minor"]), int(t["max_days_past_window"]))
                    for t in rules.get("approval_tiers", [])
                ),
                key=lambda t: ROLE_RANK.get(t.role, 9),
            )
        )
        return cls(
            version,
            rules.get("currency", "USD"),
            int(rules.get("default_window_days", 30)),
            {k: int(v) for k, v in rules.get("windows", {}).items()},
            bool(rules.get("receipt_required", False)),
            frozenset(rules.get("final_sale_departments", [])),
            frozenset(rules.get("non_returnable_departments", [])),
            conds,
            nr.get("refund_as", "store_credit"),
            int(nr.get("lowest_price_days", 90)),
            int(nr.get("cap_per_customer_12m", 3)),
            int(nr.get("cap_amount_minor", 0)),
            bool(nr.get("unverified_needs_approval", True)),
            rules.get("other_store_receipts", "allowed"),
            tiers,
            int(rules.get("defective_window_days", 365)),
            frozenset(rules.get("hygiene_departments", [])),
            frozenset(rules.get("perishable_departments", [])),
        )

    def window_for(self, department: str | None, override: int | None) -> int:
        if override is not None:
            return override
        return self.windows.get(department or "", self.default_window_days)


@dataclass(frozen=True)
class LineRequest:
    ref: str
    description: str
    department: str | None
    quantity: int
    unit_paid_minor: int  # per unit, tax included
    unit_tax_minor: int
    condition: str
    reason: str
    resolution: str
    final_sale: bool = False
    returnable: bool = True
    window_override_days: int | None = None
    lowest_recent_price_minor: int | None = None  # no-receipt refunds use the lowest recent price
    declared_value_minor: int | None = None  # an item this store never sold
    department_name: str | None = None  # for the explanation: "the window for shoes"
    paid_minor: int | None = None  # exact paid for this quantity (tax included), when known
    tax_paid_minor: int | None = None
    warranty_days: int | None = None  # the product's warranty: the window for faulty goods
    purchased_at: datetime | None = None  # no receipt, but the customer's purchase is on file
    available: int | None = None  # no receipt: units the customer bought and has not returned yet


@dataclass(frozen=True)
class ReturnRequest:
    currency: str
    lines: tuple[LineRequest, ...]
    purchased_at: datetime | None  # None: no receipt
    store_timezone: str = "UTC"
    sold_at_other_store: bool = False
    never_sold: bool = False
    customer_verified: bool = False  # no receipt, but the customer's history shows the purchase
    no_receipt_returns_12m: int = 0
    requester_max_refund_minor: int = 0  # what the associate may refund without approval
