"""What the return wizard reads and writes: sales as seen for a return, the draft, results."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from posassist.domain.policy import Verdict


@dataclass(frozen=True)
class SaleLineView:
    id: int
    line_no: int
    variant_id: int | None
    product_id: int | None
    description: str
    sku: str | None
    colour: str | None
    size: str | None
    department_code: str | None
    department_name: str | None
    quantity: int
    returned: int
    unit_paid_minor: int  # tax included
    unit_tax_minor: int
    line_total_minor: int  # paid for the whole line, tax included
    line_tax_minor: int
    final_sale: bool
    returnable: bool
    window_override_days: int | None
    shipped_variant_id: int | None = None
    shipped_description: str | None = None
    fulfilment_note: str | None = None
    # units the money refunded in the system that rang the sale no longer covers (an order-level
    # refund there names no line): they cannot be returned here
    unavailable: int = 0

    @property
    def available(self) -> int:
        return max(0, self.quantity - self.returned - self.unavailable)


@dataclass(frozen=True)
class SaleView:
    id: int
    receipt_no: str
    store_id: int
    store_code: str
    sold_at: datetime
    channel: str
    customer_id: int | None
    customer_name: str | None
    currency: str
    total_minor: int
    refunded_minor: int
    lines: tuple[SaleLineView, ...]
    tenders: tuple[tuple[str, int, str | None], ...]  # (kind, amount, reference)
    refunded_elsewhere_minor: int = 0  # refunded in the system that rang it (sale import)


@dataclass(frozen=True)
class DraftLine:
    sale_line_id: int | None
    quantity: int
    reason: str = "changed_mind"
    condition: str = "unopened"
    resolution: str = "refund"
    replacement_variant_id: int | None = None
    ship_from_store_id: int | None = None
    description: str | None = None  # no receipt / never sold: what the customer brought
    declared_value_minor: int | None = None
    variant_id: int | None = None  # no receipt: the catalogue item, if known
    note: str | None = None
    # the associate chose the reason (the default above is never recorded unchosen): kept in the
    # saved draft, so a return resumed later does not ask again for what was chosen
    reason_chosen: bool = False
    # the day the customer needs the item by (ISO date, "2026-12-11"): only sources that arrive
    # in time are offered, and the date promised is recorded with a check-up the day before
    needed_by: str | None = None


@dataclass(frozen=True)
class ReturnDraft:
    key: str  # idempotency key: one draft commits at most once
    store_id: int
    staff_id: int
    mode: str = "receipt"  # receipt / no_receipt / never_sold
    sale_id: int | None = None
    customer_id: int | None = None
    lines: tuple[DraftLine, ...] = ()
    approval_id: int | None = None
    # no receipt, no customer record: the keyed hash of their identity document or phone (never
    # the number itself; see services.policy_context.identity_hash)
    identity_hash: str | None = None

    def with_lines(self, lines: tuple[DraftLine, ...]) -> ReturnDraft:
        return replace(self, lines=lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "store_id": self.store_id,
            "staff_id": self.staff_id,
            "mode": self.mode,
            "sale_id": self.sale_id,
            "customer_id": self.customer_id,
            "approval_id": self.approval_id,
            "identity_hash": self.identity_hash,
            "lines": [ln.__dict__ for ln in self.lines],
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> ReturnDraft:
        lines = tuple(DraftLine(**ln) for ln in doc.get("lines", []))
        return cls(
            doc["key"],
            doc["store_id"],
            doc["staff_id"],
            doc.get("mode", "receipt"),
            doc.get("sale_id"),
            doc.get("customer_id"),
            lines,
            doc.get("approval_id"),
            doc.get("identity_hash"),
        )


@dataclass(frozen=True)
class ShipOption:
    store_id: int
    store_code: str
    store_name: str
    on_hand: int | None
    arrive_by: date
    in_time: bool = True  # by the line's needed-by date (always, without one)


@dataclass(frozen=True)
class Replacement:
    variant_id: int
    product_id: int
    description: str
    price_minor: int  # today, as the customer pays it (tax added where prices are shown before tax)
    stock_here: int | None
    ship_options: tuple[ShipOption, ...]
    shelf_price_minor: int | None = None  # today, as the card shows it
    tax_minor: int = 0  # the tax in price_minor


@dataclass(frozen=True)
class TaxNote:
    """How the store taxes, for the summary, on the same basis as the card's prices."""

    included: bool  # prices on the card include tax
    rates: tuple[tuple[str, str], ...] = ()  # (component, percent) of the standard class: ("GST", "5")
    refund_parts: tuple[tuple[str, str, int], ...] = ()  # the tax given back, by component


@dataclass(frozen=True)
class Evaluation:
    verdict: Verdict
    replacements: dict[int, Replacement] = field(default_factory=dict)  # by draft line index
    customer_pays_minor: int = 0  # exchanges for something dearer, orders
    difference_back_minor: int = 0  # exchanges for something cheaper
    problems: tuple[str, ...] = ()  # things to fix before confirming (stock, dates)
    tax: TaxNote | None = None


@dataclass(frozen=True)
class ReturnResult:
    return_id: int
    return_no: str
    status: str
    currency: str
    refund_minor: int
    store_credit_minor: int
    tax_minor: int
    fee_minor: int
    customer_pays_minor: int
    explanation: str
    lines: tuple[tuple[str, int, str, int], ...]  # (description, qty, resolution, amount back)
    committed_at: datetime
    new_sale_receipt: str | None = None
    already_done: bool = False  # a retry of a confirmed return: nothing was done twice
