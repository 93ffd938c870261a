"""Returns and exchanges: find the sale, judge the draft by the policy in force, commit once."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Stock
from posassist.db.tables.customers import Draft
from posassist.db.tables.people import Store
from posassist.db.tables.sales import ReturnPolicy, Sale
from posassist.domain.permissions import Action
from posassist.domain.policy import LineRequest, Policy, ReturnRequest, Verdict
from posassist.domain.policy import evaluate as judge
from posassist.domain.tax import rate_text, split
from posassist.domain.typed import no_card_number
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import lookup, policy_context, promise_ship, sessions
from posassist.services import tax as taxes
from posassist.services.dto import StaffSession
from posassist.services.return_sales import (
    customer_sale_with,
    customer_sales,
    find_sale,
    sale_by_id,
    sale_view,
)
from posassist.services.return_unsold import (
    bought_line,
    no_receipt_history,
    unsold_line,
    warranty_days,
)
from posassist.services.returns_dto import (
    Evaluation,
    Replacement,
    ReturnDraft,
    SaleView,
    ShipOption,
    TaxNote,
)
from posassist.services.returns_offline import within_offline_limits
from posassist.services.sessions import Actor
from posassist.words import policy as policy_words

__all__ = [  # customer_sale_with, customer_sales, find_sale, sale_by_id: found in return_sales
    "bought_line",
    "customer_sale_with",
    "customer_sales",
    "find_sale",
    "sale_by_id",
    "build_request",
    "check_text",
    "current_policy",
    "differences",
    "evaluate",
    "new_draft",
    "open_drafts",
    "replacements_for",
    "save_draft",
    "ship_options",
    "store_tz",
    "tax_note",
]


def new_draft(store_id: int, staff_id: int, **kw) -> ReturnDraft:  # type: ignore[no-untyped-def]
    return ReturnDraft(key=uuid.uuid4().hex, store_id=store_id, staff_id=staff_id, **kw)


# -- drafts --------------------------------------------------------------------------------------


@retrying
def save_draft(db: Database, draft: ReturnDraft, staff: StaffSession) -> None:
    check_text(draft)
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.RETURN_DRAFT)
        row = s.execute(select(Draft).where(Draft.kind == "return", Draft.key == draft.key)).scalar_one_or_none()
        if row is None:
            s.add(Draft(kind="return", key=draft.key, staff_id=who.staff_id, payload=draft.as_json()))
        else:
            row.payload = draft.as_json()


def open_drafts(db: Database, store_id: int) -> list[ReturnDraft]:
    with db.read() as s:
        rows = s.execute(
            select(Draft.payload).where(Draft.kind == "return").order_by(Draft.updated_at.desc())
        ).scalars()
        drafts = [ReturnDraft.from_json(p) for p in rows]
    return [d for d in drafts if d.store_id == store_id]


# -- judging -------------------------------------------------------------------------------------


def current_policy(s: Session, now: datetime) -> tuple[ReturnPolicy, Policy]:
    row = s.execute(
        select(ReturnPolicy)
        .where(ReturnPolicy.effective_from <= now)
        .order_by(ReturnPolicy.effective_from.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        raise NotFound(tr("No return policy is set up; an admin must create one before returns can be taken."))
    return row, Policy.from_rules(row.version, row.rules)


def _cumulative(total: int, qty: int, before: int, now: int) -> int:
    """Exact share of a line total for units before..before+now, so partial returns add up to it."""
    return total * (before + now) // qty - total * before // qty


def ship_options(
    s: Session, variant_id: int, here: int, today: date, quantity: int = 1, needed_by: date | None = None
) -> tuple[ShipOption, ...]:
    """By carrier from each store with it free: the store's carrier days and closing days
    (``services.promises``), soonest first, each marked whether it arrives by ``needed_by``."""
    return promise_ship.ship_options(s, variant_id, here, today, quantity, needed_by)


def check_text(draft: ReturnDraft) -> None:
    """What the associate typed on the lines (notes, what the customer brought) holds no card number."""
    for i, dl in enumerate(draft.lines, start=1):
        no_card_number(dl.note or "", tr("return note"), name="note", row=i)
        no_card_number(dl.description or "", tr("description"), name="description", row=i)


def build_request(s: Session, draft: ReturnDraft, who: Actor, tz: str) -> tuple[ReturnRequest, SaleView | None]:
    """The policy's view of the draft, with the verified person's own refund limit."""
    check_text(draft)
    if not draft.lines:
        raise InvalidInput(tr("Pick at least one item to return."), field="lines")
    max_refund = who.limits.max_refund_minor
    if draft.mode == "receipt":
        return policy_context.with_context(s, draft, *_receipt_request(s, draft, max_refund, tz))
    currency = s.execute(select(Store.currency).where(Store.id == draft.store_id)).scalar_one()
    lines = tuple(unsold_line(s, draft, i, dl) for i, dl in enumerate(draft.lines, start=1))
    verified, twelve = no_receipt_history(s, draft)
    request = ReturnRequest(
        currency,
        lines,
        None,
        tz,
        never_sold=draft.mode == "never_sold",
        customer_verified=verified,
        no_receipt_returns_12m=twelve,
        requester_max_refund_minor=max_refund,
    )
    return policy_context.with_context(s, draft, request, None)


def _receipt_request(s: Session, draft: ReturnDraft, max_refund: int, tz: str) -> tuple[ReturnRequest, SaleView]:
    if draft.sale_id is None:
        raise InvalidInput(tr("Find the sale first (receipt or customer)."), field="receipt")
    db_sale = s.get(Sale, draft.sale_id)
    if db_sale is None:
        raise NotFound(tr("That sale is not on file any more."))
    sale = sale_view(s, db_sale)
    by_id = {ln.id: ln for ln in sale.lines}
    warranty = warranty_days(s, [ln.product_id for ln in sale.lines if ln.product_id])
    seen: set[int] = set()
    lines: list[LineRequest] = []
    for i, dl in enumerate(draft.lines, start=1):
        ln = by_id.get(dl.sale_line_id or -1)
        if ln is None:
            raise InvalidInput(
                tr("Line {i} is not on receipt {receipt_no}.", i=i, receipt_no=sale.receipt_no),
                field="lines",
                row=i,
            )
        if dl.sale_line_id in seen:
            raise InvalidInput(
                tr(
                    "{description} is listed twice; return it once with the full quantity.",
                    description=ln.description,
                ),
                row=i,
            )
        seen.add(ln.id)
        _check_quantity(dl.quantity, ln.available, ln.description, i)
        lines.append(
            LineRequest(
                str(ln.id),
                ln.description,
                ln.department_code,
                dl.quantity,
                ln.unit_paid_minor,
                ln.unit_tax_minor,
                dl.condition,
                dl.reason,
                dl.resolution,
                ln.final_sale,
                ln.returnable,
                ln.window_override_days,
                department_name=ln.department_name,
                paid_minor=_cumulative(ln.line_total_minor, ln.quantity, ln.returned, dl.quantity),
                tax_paid_minor=_cumulative(ln.line_tax_minor, ln.quantity, ln.returned, dl.quantity),
                warranty_days=warranty.get(ln.product_id or -1),
            )
        )
    request = ReturnRequest(
        sale.currency,
        tuple(lines),
        sale.sold_at,
        tz,
        sold_at_other_store=sale.store_id != draft.store_id,
        requester_max_refund_minor=max_refund,
    )
    return request, sale


def _check_quantity(qty: object, available: int, description: str, row: int) -> None:
    if not isinstance(qty, int) or isinstance(qty, bool):
        raise InvalidInput(
            tr("{description}: the quantity must be a whole number.", description=description),
            field="quantity",
            row=row,
        )
    if qty <= 0:
        raise InvalidInput(
            tr("{description}: the quantity must be at least 1.", description=description), field="quantity", row=row
        )
    if available <= 0:
        raise InvalidInput(
            tr("{description} has already been returned in full.", description=description), field="quantity", row=row
        )
    if qty > available:
        raise InvalidInput(
            tr(
                "{description}: only {available} left to return (the rest was returned before).",
                description=description,
                available=available,
            ),
            field="quantity",
            row=row,
        )


def store_tz(s: Session, store_id: int) -> str:
    return s.execute(select(Store.timezone).where(Store.id == store_id)).scalar_one()


def replacements_for(
    db: Database, s: Session, draft: ReturnDraft, today: date
) -> tuple[dict[int, Replacement], list[str]]:
    out: dict[int, Replacement] = {}
    problems: list[str] = []
    for i, dl in enumerate(draft.lines):
        if dl.resolution not in ("exchange_now", "exchange_shipped", "keep_and_order"):
            continue
        if dl.replacement_variant_id is None:
            problems.append(tr("Line {line}: scan or choose the item the customer wants instead.", line=i + 1))
            continue
        found = lookup.hits_for(db, s, [dl.replacement_variant_id], None)
        if not found:
            problems.append(tr("Line {line}: that replacement is not in the catalogue.", line=i + 1))
            continue
        h = found[0]
        stock_here = s.execute(
            select(Stock.on_hand, Stock.reserved).where(
                Stock.variant_id == h.variant_id, Stock.store_id == draft.store_id
            )
        ).first()
        here = None if stock_here is None or stock_here[0] is None else stock_here[0] - (stock_here[1] or 0)
        price = h.price_minor or 0
        taxed = taxes.taxed_price(s, draft.store_id, h.variant_id, price)  # the store's tax rules
        desc = " — ".join(x for x in (h.title, ", ".join(y for y in (h.colour, h.size) if y)) if x)
        needed = date.fromisoformat(dl.needed_by) if dl.needed_by else None
        opts = ship_options(s, h.variant_id, draft.store_id, today, dl.quantity, needed)
        out[i] = Replacement(h.variant_id, h.product_id, desc, taxed.gross_minor, here, opts, price, taxed.tax_minor)
        if dl.resolution == "exchange_now" and (here is None or here < dl.quantity):
            problems.append(
                tr(
                    "Line {line}: {desc} is not in stock here ({stock}); ship it from another store instead.",
                    line=i + 1,
                    desc=desc,
                    stock=tr("unknown") if here is None else here,
                )
            )
        if dl.resolution == "exchange_shipped":
            if dl.ship_from_store_id is None and opts:
                pass  # the fastest option is used
            elif dl.ship_from_store_id is not None and dl.ship_from_store_id not in {o.store_id for o in opts}:
                problems.append(tr("Line {line}: the chosen store has no {desc} to ship.", line=i + 1, desc=desc))
            if not opts:
                problems.append(tr("Line {line}: no store has {desc} in stock to ship.", line=i + 1, desc=desc))
            elif needed is not None:  # held to the customer's date: none in time says so, with what can
                late = promise_ship.ship_problem(s, h.variant_id, draft.store_id, today, dl, opts, needed)
                if late:
                    problems.append(tr("Line {line}: {problem}", line=i + 1, problem=late))
    return out, problems


def evaluate(db: Database, draft: ReturnDraft, staff: StaffSession, now: datetime | None = None) -> Evaluation:
    now = now or utcnow()
    with db.read() as s:
        who = sessions.verify(s, staff, Action.RETURN_DRAFT)
        _, policy = current_policy(s, now)
        tz = store_tz(s, draft.store_id)
        request, sale = build_request(s, draft, who, tz)
        judged = within_offline_limits(db, s, judge(request, policy, now), policy, draft, who.counter, tz, now)
        verdict = policy_words.explained(judged)
        replacements, problems = replacements_for(db, s, draft, now.date())
        note = tax_note(s, draft.store_id, verdict.tax_minor)
    pays, back = differences(draft, verdict, replacements, sale)
    return Evaluation(verdict, replacements, pays, back, tuple(problems), note)


def tax_note(s: Session, store_id: int, tax_back_minor: int) -> TaxNote:
    """How this store taxes, and the tax given back named by component, for the summary."""
    scheme = taxes.scheme_for(s, store_id)
    return TaxNote(
        scheme.included,
        tuple((c.code, rate_text(c.rate)) for c in scheme.components("standard")),
        tuple((p.code, rate_text(p.rate), p.amount_minor) for p in split(scheme, tax_back_minor)),
    )


def differences(
    draft: ReturnDraft, verdict: Verdict, repl: dict[int, Replacement], sale: SaleView | None
) -> tuple[int, int]:
    pays = back = 0
    by_id = {ln.id: ln for ln in sale.lines} if sale else {}
    for i, dl in enumerate(draft.lines):
        r = repl.get(i)
        if r is None:
            continue
        new = r.price_minor * dl.quantity
        if dl.resolution == "keep_and_order":
            pays += new
            continue
        old_line = by_id.get(dl.sale_line_id or -1)
        if old_line is not None and old_line.product_id == r.product_id:
            continue  # an even exchange: another colour or size of the same item costs nothing more
        old = old_line.unit_paid_minor * dl.quantity if old_line else verdict.lines[i].store_credit_minor
        if new > old:
            pays += new - old
        else:
            back += old - new
    return pays, back
