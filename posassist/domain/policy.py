"""The return policy: data an admin edits, judged by a pure function that explains itself.

``evaluate(request, policy, now)`` returns a frozen ``Verdict``: allowed, needs approval (which
role, which limit) or denied, with the rule that decided and the numbers, in words an associate
can repeat to the customer: "bought 47 days ago; the window for shoes is 30 days; a shift lead
may approve up to 60 days past it".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from posassist.domain.money import Money
from posassist.i18n import QT_TR_NOOP, tr

ALLOWED, NEEDS_APPROVAL, DENIED = "allowed", "needs_approval", "denied"
ROLE_RANK = {"associate": 0, "shift_lead": 1, "store_manager": 2}
ROLE_WORDS = {
    "associate": QT_TR_NOOP("an associate"),
    "shift_lead": QT_TR_NOOP("a shift lead"),
    "store_manager": QT_TR_NOOP("a store manager"),
}
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


@dataclass(frozen=True)
class LineVerdict:
    ref: str
    status: str
    rule: str
    explanation: str
    refund_minor: int
    tax_minor: int
    fee_minor: int
    store_credit_minor: int
    restock_to: str | None
    required_role: str | None = None


@dataclass(frozen=True)
class Verdict:
    status: str
    rule: str
    explanation: str
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

    @property
    def total_minor(self) -> int:
        return self.refund_minor + self.store_credit_minor

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "rule": self.rule,
            "explanation": self.explanation,
            "required_role": self.required_role,
            "policy_version": self.policy_version,
            "refund_minor": self.refund_minor,
            "store_credit_minor": self.store_credit_minor,
            "tax_minor": self.tax_minor,
            "fee_minor": self.fee_minor,
            "currency": self.currency,
            "days_since_purchase": self.days_since_purchase,
            "days_past_window": self.days_past_window,
            "lines": [
                {
                    "ref": v.ref,
                    "status": v.status,
                    "rule": v.rule,
                    "explanation": v.explanation,
                    "refund_minor": v.refund_minor,
                    "store_credit_minor": v.store_credit_minor,
                    "tax_minor": v.tax_minor,
                    "fee_minor": v.fee_minor,
                    "required_role": v.required_role,
                }
                for v in self.lines
            ],
            "numbers": self.numbers,
        }


def _money(minor: int, currency: str) -> str:
    return Money(minor, currency).format("en_CA" if currency == "CAD" else "en_US")


def _higher(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if ROLE_RANK.get(a, 9) >= ROLE_RANK.get(b, 9) else b


def _tier_for_days(policy: Policy, days_past: int) -> Tier | None:
    return next((t for t in policy.tiers if t.max_days_past_window >= days_past), None)


def _tier_for_amount(policy: Policy, amount: int) -> Tier | None:
    return next((t for t in policy.tiers if t.max_amount_minor >= amount), None)


def days_between(purchased_at: datetime, now: datetime, tz_name: str) -> int:
    """Calendar days in the store's time zone: bought at 23:30 and back at 00:10 is one day."""
    tz = ZoneInfo(tz_name)
    return (now.astimezone(tz).date() - purchased_at.astimezone(tz).date()).days


def _line(req: ReturnRequest, line: LineRequest, policy: Policy, days: int | None) -> LineVerdict:
    cur = req.currency
    qty = max(0, line.quantity)
    paid = max(0, line.unit_paid_minor) * qty if line.paid_minor is None else max(0, line.paid_minor)
    tax = min(paid, max(0, line.unit_tax_minor) * qty if line.tax_paid_minor is None else max(0, line.tax_paid_minor))
    keeps_item = line.resolution not in RETURNS_ITEM

    def verdict(
        status: str,
        rule: str,
        text: str,
        refund: int = 0,
        tax_: int = 0,
        fee: int = 0,
        credit: int = 0,
        restock: str | None = None,
        role: str | None = None,
    ) -> LineVerdict:
        return LineVerdict(line.ref, status, rule, text, refund, tax_, fee, credit, restock, role)

    if qty <= 0:
        return verdict(DENIED, "quantity", tr("Nothing to return: the quantity must be at least 1."))
    if req.never_sold:
        value = max(0, line.declared_value_minor or 0)
        role = (
            _tier_for_amount(policy, value) or (policy.tiers[-1] if policy.tiers else Tier("store_manager", 0, 0))
        ).role
        return verdict(
            NEEDS_APPROVAL,
            "never_sold",
            tr(
                "This store never sold “{description}”: taking it back is a goodwill exception that {role} must approve (declared value {money}).",
                description=line.description,
                role=tr(ROLE_WORDS.get(role, role)),
                money=_money(value, cur),
            ),
            credit=value,
            restock="none",
            role=role,
        )
    if keeps_item:
        return verdict(ALLOWED, "keeps_item", tr("The customer keeps the item; nothing comes back to the shelf."))
    cond = policy.conditions.get(line.condition, ConditionRule())
    faulty = line.condition == "faulty"
    if not line.returnable or (line.department in policy.non_returnable_departments and not faulty):
        return verdict(
            DENIED,
            "not_returnable",
            tr(
                "{description} cannot be returned (hygiene or perishable); only faulty goods are taken back.",
                description=line.description,
            ),
        )
    if line.final_sale and not faulty:
        return verdict(
            DENIED,
            "final_sale",
            tr("{description} was a final-sale item; only faulty goods are taken back.", description=line.description),
        )
    status, rule, words, role = ALLOWED, "within_policy", [], None
    if not cond.allowed:
        if cond.approval_role:
            status, rule, role = NEEDS_APPROVAL, f"condition_{line.condition}", cond.approval_role
            words.append(
                tr(
                    "the item is {condition}, which {role} must approve",
                    condition=line.condition.replace("_", " "),
                    role=tr(ROLE_WORDS.get(role, role)),
                )
            )
        else:
            return verdict(
                DENIED,
                f"condition_{line.condition}",
                tr("Items returned {condition} cannot be taken back.", condition=line.condition.replace("_", " ")),
            )
    if days is not None and not faulty:
        window = policy.window_for(line.department, line.window_override_days)
        if days > window:
            past = days - window
            tier = _tier_for_days(policy, past)
            dept = (line.department_name or line.department or tr("this item")).lower()
            if tier is None:
                limit = policy.tiers[-1].max_days_past_window if policy.tiers else 0
                return verdict(
                    DENIED,
                    "window",
                    tr(
                        "Bought {days} days ago; the window for {dept} is {window} days and nobody may approve more than {limit} days past it.",
                        days=days,
                        dept=dept,
                        window=window,
                        limit=limit,
                    ),
                )
            status, rule, role = NEEDS_APPROVAL, "window", _higher(role, tier.role)
            words.append(
                tr(
                    "bought {days} days ago; the window for {dept} is {window} days; {role} may approve up to {max_days_past_window} days past it",
                    days=days,
                    dept=dept,
                    window=window,
                    role=tr(ROLE_WORDS.get(tier.role, tier.role)),
                    max_days_past_window=tier.max_days_past_window,
                )
            )
        else:
            words.append(tr("bought {days} days ago, within the {window}-day window", days=days, window=window))
    fee_pct = cond.restocking_fee_percent.get(line.department or "", 0)
    net = paid - tax
    fee = min(paid, (net * fee_pct + 50) // 100) if fee_pct and not faulty else 0
    restock = "damaged" if faulty or line.condition == "damaged_by_customer" else cond.restock_to
    if line.resolution in ("exchange_now", "exchange_shipped"):
        text = "; ".join(words) or tr("within policy")
        return verdict(
            status, rule, text[0].upper() + text[1:] + tr(". Exchange: no refund."), restock=restock, role=role
        )
    if days is None:  # no receipt: store credit at the lowest recent price
        unit = line.lowest_recent_price_minor if line.lowest_recent_price_minor is not None else line.unit_paid_minor
        credit = max(0, min(unit, line.unit_paid_minor) if line.unit_paid_minor else unit) * qty
        words.append(
            tr(
                "no receipt: {no_receipt_refund_as} at the lowest price of the last {no_receipt_lowest_price_days} days",
                no_receipt_refund_as=policy.no_receipt_refund_as.replace("_", " "),
                no_receipt_lowest_price_days=policy.no_receipt_lowest_price_days,
            )
        )
        if policy.no_receipt_refund_as == "store_credit":
            return verdict(
                status,
                rule if status != ALLOWED else "no_receipt",
                "; ".join(words).capitalize() + ".",
                credit=credit,
                restock=restock,
                role=role,
            )
        return verdict(
            status,
            rule if status != ALLOWED else "no_receipt",
            "; ".join(words).capitalize() + ".",
            refund=credit,
            restock=restock,
            role=role,
        )
    if fee:
        words.append(tr("restocking fee {fee_pct}% ({money})", fee_pct=fee_pct, money=_money(fee, cur)))
    text = "; ".join(words) or tr("within policy")
    text = text[0].upper() + text[1:] + "."
    amount = paid - fee
    tax_back = tax if amount else 0
    tax_back = min(tax_back, amount)
    if line.resolution == "store_credit":
        return verdict(status, rule, text, tax_=tax_back, fee=fee, credit=amount, restock=restock, role=role)
    return verdict(status, rule, text, refund=amount, tax_=tax_back, fee=fee, restock=restock, role=role)


def evaluate(request: ReturnRequest, policy: Policy, now: datetime) -> Verdict:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    days = None
    if request.purchased_at is not None:
        days = max(0, days_between(request.purchased_at, now, request.store_timezone))
    lines = tuple(_line(request, ln, policy, days) for ln in request.lines)
    refund = sum(v.refund_minor for v in lines)
    credit = sum(v.store_credit_minor for v in lines)
    numbers: dict[str, Any] = {"days_since_purchase": days, "policy_version": policy.version}
    extra: list[str] = []
    role: str | None = None
    status = ALLOWED
    rule = "within_policy"
    for v in lines:
        if v.status == DENIED:
            status, rule = DENIED, v.rule
            break
        if v.status == NEEDS_APPROVAL:
            status, rule, role = (
                NEEDS_APPROVAL,
                v.rule if status != NEEDS_APPROVAL else rule,
                _higher(role, v.required_role),
            )
    if status != DENIED and request.purchased_at is None and not request.never_sold:
        if policy.receipt_required:
            status, rule = DENIED, "receipt_required"
            extra.append(tr("This store's policy requires the receipt"))
        else:
            if request.no_receipt_returns_12m >= policy.no_receipt_cap_per_12m:
                status, rule, role = NEEDS_APPROVAL, "no_receipt_cap", _higher(role, "shift_lead")
                extra.append(
                    tr(
                        "{no_receipt_returns_12m} returns without a receipt in the last 12 months (the limit is {no_receipt_cap_per_12m}); a shift lead must approve",
                        no_receipt_returns_12m=request.no_receipt_returns_12m,
                        no_receipt_cap_per_12m=policy.no_receipt_cap_per_12m,
                    )
                )
            if policy.no_receipt_cap_amount_minor and credit + refund > policy.no_receipt_cap_amount_minor:
                status, rule, role = NEEDS_APPROVAL, "no_receipt_amount", _higher(role, "shift_lead")
                extra.append(
                    tr(
                        "{money} without a receipt is over {money2}; a shift lead must approve",
                        money=_money(credit + refund, request.currency),
                        money2=_money(policy.no_receipt_cap_amount_minor, request.currency),
                    )
                )
            if not request.customer_verified and policy.no_receipt_unverified_needs_approval:
                status, rule, role = NEEDS_APPROVAL, "no_receipt_unverified", _higher(role, "shift_lead")
                extra.append(
                    tr("no receipt and the purchase is not in the customer's history; a shift lead must approve")
                )
    if status != DENIED and request.sold_at_other_store:
        if policy.other_store_receipts == "denied":
            status, rule = DENIED, "other_store"
            extra.append(tr("Receipts from other stores are not taken here"))
        elif policy.other_store_receipts == "approval":
            status, rule, role = NEEDS_APPROVAL, "other_store", _higher(role, "shift_lead")
            extra.append(tr("bought at another store; a shift lead must approve"))
    total = refund + credit
    if status != DENIED and total > request.requester_max_refund_minor and not request.never_sold:
        tier = _tier_for_amount(policy, total)
        if tier is None:
            status, rule = DENIED, "amount"
            extra.append(tr("{money} is more than anyone here may refund", money=_money(total, request.currency)))
        elif ROLE_RANK.get(tier.role, 9) > ROLE_RANK.get(role or "associate", 0) or status == ALLOWED:
            status, rule, role = NEEDS_APPROVAL, "amount" if status == ALLOWED else rule, _higher(role, tier.role)
            extra.append(
                tr(
                    "{money} is over your limit of {money2}; {role} may approve up to {money3}",
                    money=_money(total, request.currency),
                    money2=_money(request.requester_max_refund_minor, request.currency),
                    role=tr(ROLE_WORDS.get(tier.role, tier.role)),
                    money3=_money(tier.max_amount_minor, request.currency),
                )
            )
    past = 0
    if days is not None:
        windows = [policy.window_for(ln.department, ln.window_override_days) for ln in request.lines]
        past = max([days - w for w in windows] + [0])
    numbers.update({"days_past_window": past, "total_minor": total})
    parts = [v.explanation for v in lines] + [e[0].upper() + e[1:] + "." for e in extra]
    head = {
        ALLOWED: tr("Allowed."),
        NEEDS_APPROVAL: tr("Needs approval by {role}.", role=tr(ROLE_WORDS.get(role or "", role))),
        DENIED: tr("Not allowed by the policy."),
    }[status]
    return Verdict(
        status,
        rule,
        " ".join([head, *parts]),
        lines,
        refund,
        credit,
        sum(v.tax_minor for v in lines),
        sum(v.fee_minor for v in lines),
        request.currency,
        policy.version,
        role if status == NEEDS_APPROVAL else None,
        days,
        past,
        numbers,
    )
