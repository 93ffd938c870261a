"""The return policy as data an admin edits, and what a return asks of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from posassist.domain.policy.offline import OfflineLimits

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


REFUND_TO = ("original_tender", "store_credit", "cash", "cheque", "card", "gift_card", "none")
WINDOW_FROM = ("purchase", "delivery")
ANY = "*"  # in a table by department: every department not named


def by_department(table: dict[str, int], department: str | None) -> int | None:
    """The department's entry, else the ``"*"`` entry, else None."""
    if department and department in table:
        return table[department]
    return table.get(ANY)


@dataclass(frozen=True)
class ConditionRule:
    allowed: bool = True
    approval_role: str | None = None
    restocking_fee_percent: dict[str, int] = field(default_factory=dict)  # department (or "*") -> %
    restock_to: str = "sellable"
    restocking_fee_fixed_minor: dict[str, int] = field(default_factory=dict)  # per unit, department (or "*")
    restocking_fee_min_minor: int = 0  # per unit, when a fee applies at all
    window_days: int | None = None  # a shorter (or longer) window for items in this condition

    def fee_rule(self, department: str | None) -> tuple[int, int]:
        """(percent, fixed per unit) charged for this department in this condition."""
        return by_department(self.restocking_fee_percent, department) or 0, (
            by_department(self.restocking_fee_fixed_minor, department) or 0
        )


@dataclass(frozen=True)
class Season:
    """Holiday purchases: bought between ``start`` and ``end`` (month, day; inclusive), returnable
    until ``until`` (month, day; in the following year when it falls before ``start``)."""

    start: tuple[int, int]
    end: tuple[int, int]
    until: tuple[int, int]
    except_departments: frozenset[str] = frozenset()

    def last_day(self, bought: date, department: str | None) -> date | None:
        """The season's last day for an item bought on ``bought``, or None when it does not apply."""
        if (department or "") in self.except_departments:
            return None
        md = (bought.month, bought.day)
        wraps = self.end < self.start  # e.g. 1 Dec .. 15 Jan
        inside = (md >= self.start or md <= self.end) if wraps else self.start <= md <= self.end
        if not inside:
            return None
        start_year = bought.year - 1 if wraps and md <= self.end else bought.year
        year = start_year + 1 if self.until < self.start else start_year
        return _safe_date(year, *self.until)


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February in a common year: the 28th
        return date(year, month, day - 1)


def month_day(text: str) -> tuple[int, int]:
    """'12-24' -> (12, 24); raises ValueError for anything that is not a day of the year."""
    m, d = (int(x) for x in str(text).split("-"))
    date(2024, m, d)  # a leap year: 02-29 is a day of the year
    return m, d


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
    window_from: str = "purchase"  # or "delivery": web orders count from the day they arrived
    channel_windows: dict[str, int] = field(default_factory=dict)  # web / counter / phone -> days
    item_windows: dict[str, int] = field(default_factory=dict)  # SKU -> days
    tier_windows: dict[str, dict[str, int]] = field(default_factory=dict)  # tier -> department/"*" -> days
    seasons: tuple[Season, ...] = ()
    no_restocking_fee_in: frozenset[str] = frozenset()  # jurisdictions that forbid restocking fees
    hygiene_unopened_returnable: bool = False  # sealed hygiene goods come back (EU withdrawal right)
    cash_refund_max_minor: int | None = None  # cash refunds above this go another way
    cash_over_limit_to: str = "cheque"
    approval_every_refund: str | None = None  # a role that must approve every refund
    no_receipt_period_days: int = 365  # the period the no-receipt cap counts over
    no_receipt_identity_required: bool = False  # anonymous: an identity document or a phone
    offline: OfflineLimits = field(default_factory=OfflineLimits)  # while the server is away (offline.py)

    @classmethod
    def from_rules(cls, version: int, rules: dict[str, Any]) -> Policy:
        nr = rules.get("no_receipt", {})
        conds = {
            name: ConditionRule(
                bool(c.get("allowed", True)),
                c.get("approval_role"),
                {k: int(v) for k, v in c.get("restocking_fee_percent", {}).items()},
                c.get("restock_to", "sellable"),
                {k: int(v) for k, v in c.get("restocking_fee_fixed_minor", {}).items()},
                int(c.get("restocking_fee_min_minor", 0)),
                None if c.get("window_days") is None else int(c["window_days"]),
            )
            for name, c in rules.get("conditions", {}).items()
            if c is not None
        }
        tender = rules.get("refund_tenders", {})
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
            rules.get("window_from", "purchase"),
            {k: int(v) for k, v in rules.get("channel_windows", {}).items()},
            {k: int(v) for k, v in rules.get("item_windows", {}).items()},
            {
                tier: ({ANY: int(w)} if isinstance(w, int) else {k: int(v) for k, v in w.items()})
                for tier, w in rules.get("tier_windows", {}).items()
            },
            tuple(
                Season(
                    month_day(x["from"]),
                    month_day(x["to"]),
                    month_day(x["until"]),
                    frozenset(x.get("except_departments", [])),
                )
                for x in rules.get("seasonal_windows", [])
            ),
            frozenset(rules.get("no_restocking_fee_in", [])),
            bool(rules.get("hygiene_unopened_returnable", False)),
            None if tender.get("cash_max_minor") is None else int(tender["cash_max_minor"]),
            tender.get("cash_over_limit_to", "cheque"),
            rules.get("approval_every_refund"),
            int(nr.get("period_days", 365)),
            bool(nr.get("identity_required", False)),
            offline=OfflineLimits.from_rules(rules.get("offline")),
        )

    def window_for(
        self,
        department: str | None,
        override: int | None,
        *,
        sku: str | None = None,
        channel: str | None = None,
        tiers: frozenset[str] = frozenset(),
    ) -> int:
        """The return window in days. The item's own window (the product's, else by SKU) wins; then
        the customer's best tier window (by department, else "*"); then the channel's; then the
        department's; then the default."""
        if override is not None:
            return override
        if sku and sku in self.item_windows:
            return self.item_windows[sku]
        tier_days = [
            d for t in tiers if t in self.tier_windows for d in [by_department(self.tier_windows[t], department)]
        ]
        found = [d for d in tier_days if d is not None]
        if found:
            return max(found)
        if channel and channel in self.channel_windows:
            return self.channel_windows[channel]
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
    sku: str | None = None  # for windows by item


@dataclass(frozen=True)
class ReturnRequest:
    currency: str
    lines: tuple[LineRequest, ...]
    purchased_at: datetime | None  # None: no receipt
    store_timezone: str = "UTC"
    sold_at_other_store: bool = False
    never_sold: bool = False
    customer_verified: bool = False  # no receipt, but the customer's history shows the purchase
    no_receipt_returns_12m: int = 0  # in the policy's no-receipt period (12 months by default)
    requester_max_refund_minor: int = 0  # what the associate may refund without approval
    channel: str | None = None  # where it was sold: counter / web / phone
    delivered_at: datetime | None = None  # a web order's delivery, for windows counted from it
    customer_tiers: frozenset[str] = frozenset()  # the customer's tiers or memberships (tags)
    jurisdiction: str | None = None  # where the store is, for rules some jurisdictions forbid
    tenders: tuple[tuple[str, int], ...] = ()  # how the sale was paid: (kind, amount)
    identified: bool = False  # no receipt, no customer record: an identity document or phone was taken
