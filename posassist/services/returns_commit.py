"""Confirming a return: one transaction that re-checks everything under a lock, writes the return,
moves stock, opens any exchange order or goodwill record, audits, and does it at most once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db import events
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Stock, StockMove
from posassist.db.tables.customers import Draft
from posassist.db.tables.ops import Goodwill
from posassist.db.tables.people import Staff, Store
from posassist.db.tables.sales import Return, ReturnLine, Sale, SaleLine
from posassist.domain.permissions import Action
from posassist.domain.policy import DENIED, NEEDS_APPROVAL
from posassist.domain.policy import evaluate as judge
from posassist.errors import Conflict, InvalidInput, PolicyDenied
from posassist.i18n import tr
from posassist.services import approvals, audit, promise_ship, sessions, store_credit
from posassist.services import tax as taxes
from posassist.services.dto import StaffSession
from posassist.services.returns import (
    bought_line,
    build_request,
    current_policy,
    differences,
    replacements_for,
    store_tz,
)
from posassist.services.returns_dto import Replacement, ReturnDraft, ReturnResult
from posassist.services.returns_offline import offline_counter, within_offline_limits
from posassist.services.sessions import Actor
from posassist.words import policy as policy_words


def _result(ret: Return, lines: list[ReturnLine], new_receipt: str | None, pays: int, already: bool) -> ReturnResult:
    verdict = ret.verdict or {}
    return ReturnResult(
        ret.id,
        ret.return_no,
        ret.status,
        ret.currency,
        ret.refund_minor,
        ret.store_credit_minor,
        ret.tax_minor,
        ret.fee_minor,
        pays,
        verdict.get("explanation", ""),
        tuple((ln.description, ln.quantity, ln.resolution, ln.refund_minor) for ln in lines),
        ret.committed_at or ret.created_at,
        new_receipt,
        already,
    )


def _approver(s: Session, staff_id: int | None) -> tuple[str, str] | None:
    """(name, role) of who approved the return: its stored words say so, not that it needs approval."""
    if staff_id is None:
        return None
    row = s.execute(select(Staff.name, Staff.role).where(Staff.id == staff_id)).first()
    return (str(row[0]), str(row[1])) if row else None


def _existing(db: Database, key: str) -> ReturnResult | None:
    with db.read() as s:
        ret = s.execute(select(Return).where(Return.idempotency_key == key)).scalar_one_or_none()
        if ret is None:
            return None
        lines = list(s.execute(select(ReturnLine).where(ReturnLine.return_id == ret.id)).scalars())
        receipt = (
            s.execute(select(Sale.receipt_no).where(Sale.id == ret.exchange_sale_id)).scalar_one_or_none()
            if ret.exchange_sale_id
            else None
        )
        return _result(ret, lines, receipt, 0, True)


def _move(s, variant_id: int, store_id: int, qty: int, bucket: str, reason: str, ref: str, staff_id: int) -> None:  # type: ignore[no-untyped-def]
    row = s.execute(
        select(Stock).where(Stock.variant_id == variant_id, Stock.store_id == store_id).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        row = Stock(variant_id=variant_id, store_id=store_id, on_hand=None, reserved=0, damaged=0)
        s.add(row)
    if bucket == "sellable":
        if row.on_hand is not None:
            row.on_hand += qty
    elif bucket == "damaged":
        row.damaged = (row.damaged or 0) + qty
    elif bucket == "reserved":
        row.reserved = (row.reserved or 0) + qty
    s.add(
        StockMove(
            variant_id=variant_id,
            store_id=store_id,
            quantity=qty,
            bucket=bucket,
            reason=reason,
            reference=ref,
            staff_id=staff_id,
        )
    )


@retrying
def commit(db: Database, draft: ReturnDraft, staff: StaffSession, now: datetime | None = None) -> ReturnResult:
    """Confirm: a double click or a retry after a lost connection returns the first result."""
    done = _existing(db, draft.key)
    if done is not None:
        return done
    try:
        result = _commit(db, draft, staff, now or utcnow())
    except Conflict:
        done = _existing(db, draft.key)
        if done is not None:
            return done
        raise
    if any(dl.needed_by for dl in draft.lines):  # the promise's check-up on the day before
        promise_ship.check_return(db, staff, result.return_id, now)
    return result


def _commit(db: Database, draft: ReturnDraft, staff: StaffSession, now: datetime) -> ReturnResult:
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.RETURN_COMMIT)
        if draft.sale_id is not None and s.get_bind().dialect.name == "postgresql":
            # two counters on the same receipt: the second waits here, then sees what the first returned
            s.execute(text("SELECT id FROM sale_lines WHERE sale_id = :s FOR UPDATE"), {"s": draft.sale_id})
        policy_row, policy = current_policy(s, now)
        store = s.get(Store, draft.store_id)
        assert store is not None
        tz = store_tz(s, draft.store_id)
        request, sale = build_request(s, draft, who, tz)
        verdict = within_offline_limits(db, s, judge(request, policy, now), policy, draft, who.counter, tz, now)
        if verdict.status == DENIED:
            raise PolicyDenied(policy_words.explain(verdict))
        approval = None
        if verdict.status == NEEDS_APPROVAL:
            bound = approvals.Approved(
                "goodwill" if draft.mode == "never_sold" else "return",
                verdict.rule,
                verdict.total_minor,
                verdict.required_role,
                dict(verdict.numbers),
            )
            approval = approvals.consume(
                s, draft.approval_id, task_ref=draft.key, amount_minor=verdict.total_minor, now=now, expected=bound
            )
        replacements, problems = replacements_for(db, s, draft, now.date())
        if problems:
            raise InvalidInput(problems[0])
        if sale is not None and sale.refunded_minor + verdict.refund_minor > sale.total_minor:
            raise InvalidInput(
                tr(
                    "A refund of {refund} would be more than is left of the {paid} paid on {receipt_no}.",
                    refund=i18n.money(verdict.refund_minor, sale.currency),
                    paid=i18n.money(sale.total_minor, sale.currency),
                    receipt_no=sale.receipt_no,
                )
            )
        ret = Return(
            return_no=f"RT-{store.code}-{now:%y%m%d}-{draft.key[:8].upper()}",
            idempotency_key=draft.key,
            sale_id=draft.sale_id,
            store_id=draft.store_id,
            staff_id=who.staff_id,
            customer_id=draft.customer_id or (sale.customer_id if sale else None),
            identity_hash=draft.identity_hash if draft.mode == "no_receipt" and draft.customer_id is None else None,
            offline_counter=offline_counter(db, who.counter),
            status="committed",
            policy_id=policy_row.id,
            verdict=policy_words.record(verdict, _approver(s, approval.decided_by if approval else None)),
            approval_id=approval.id if approval else None,
            currency=verdict.currency,
            refund_minor=verdict.refund_minor,
            store_credit_minor=verdict.store_credit_minor,
            tax_minor=verdict.tax_minor,
            fee_minor=verdict.fee_minor,
            created_at=now,
            committed_at=now,
        )
        s.add(ret)
        s.flush()
        sale_lines = {ln.id: ln for ln in sale.lines} if sale else {}
        written: list[ReturnLine] = []
        order_lines: list[tuple[int, str, int, int, int | None, object]] = []
        for i, (dl, lv) in enumerate(zip(draft.lines, verdict.lines, strict=True)):
            sl = sale_lines.get(dl.sale_line_id or -1)
            # what physically comes back: the item that was shipped, if a picking error swapped it
            variant_id = (sl.shipped_variant_id or sl.variant_id) if sl else dl.variant_id
            repl = replacements.get(i)
            ship_from = None
            arrive_by = None
            if dl.resolution == "exchange_shipped" and repl is not None:
                opt = next((o for o in repl.ship_options if o.store_id == dl.ship_from_store_id), repl.ship_options[0])
                ship_from, arrive_by = opt.store_id, opt.arrive_by
            rl = ReturnLine(
                return_id=ret.id,
                sale_line_id=dl.sale_line_id or _bought_line_id(s, draft, dl),
                variant_id=variant_id,
                description=sl.description if sl else (dl.description or lv.ref),
                quantity=dl.quantity,
                reason=dl.reason,
                condition=dl.condition,
                resolution=dl.resolution,
                refund_minor=lv.refund_minor + lv.store_credit_minor,
                tax_minor=lv.tax_minor,
                fee_minor=lv.fee_minor,
                restock_to=lv.restock_to,
                replacement_variant_id=repl.variant_id if repl else None,
                ship_from_store_id=ship_from,
                arrive_by=arrive_by,
                declared_value_minor=dl.declared_value_minor,
                note=dl.note,
            )
            s.add(rl)
            written.append(rl)
            if variant_id and lv.restock_to in ("sellable", "damaged"):
                _move(s, variant_id, draft.store_id, dl.quantity, lv.restock_to, "return", ret.return_no, who.staff_id)
            if repl is not None:
                if dl.resolution == "exchange_now":
                    _move(
                        s,
                        repl.variant_id,
                        draft.store_id,
                        -dl.quantity,
                        "sellable",
                        "exchange",
                        ret.return_no,
                        who.staff_id,
                    )
                elif dl.resolution == "exchange_shipped":
                    assert ship_from is not None  # chosen above for every shipped exchange
                    _move(
                        s,
                        repl.variant_id,
                        ship_from,
                        dl.quantity,
                        "reserved",
                        "exchange_ship",
                        ret.return_no,
                        who.staff_id,
                    )
                order_lines.append((repl.variant_id, repl.description, dl.quantity, _shelf(repl), ship_from, arrive_by))
            if draft.mode == "never_sold":
                s.add(
                    Goodwill(
                        kind="accept_unsold_item",
                        cost_minor=lv.store_credit_minor,
                        currency=verdict.currency,
                        customer_id=ret.customer_id,
                        story=f"Took back {rl.description} the store never sold.",
                        store_id=draft.store_id,
                        requested_by=who.staff_id,
                        approved_by=approval.decided_by if approval else None,
                        approval_id=approval.id if approval else None,
                        return_id=ret.id,
                    )
                )
        new_receipt = _exchange_sale(s, ret, draft, order_lines, now, who) if order_lines else None
        promise_ship.record_exchange(s, ret, draft, replacements, who.staff_id, now)  # held to a needed-by date
        s.flush()
        if ret.store_credit_minor > 0:  # the credit is a voucher the customer can spend
            store_credit.issue(
                s,
                amount_minor=ret.store_credit_minor,
                currency=ret.currency,
                store_id=ret.store_id,
                staff_id=who.staff_id,
                counter=who.counter,
                now=now,
                customer_id=ret.customer_id,
                return_id=ret.id,
            )
        audit.record(
            s,
            actor_id=who.staff_id,
            action="return.committed",
            entity="return",
            entity_id=ret.id,
            payload={
                "return_no": ret.return_no,
                "sale_id": ret.sale_id,
                "refund_minor": ret.refund_minor,
                "store_credit_minor": ret.store_credit_minor,
                "policy_version": policy.version,
                "verdict": verdict.status,
                "approval_id": ret.approval_id,
            },
        )
        events.notify(s, "stock")
        row = s.execute(select(Draft).where(Draft.kind == "return", Draft.key == draft.key)).scalar_one_or_none()
        if row is not None:
            s.delete(row)
        pays, _back = differences(draft, verdict, replacements, sale)
        return _result(ret, written, new_receipt, pays, False)


def _bought_line_id(s, draft: ReturnDraft, dl) -> int | None:  # type: ignore[no-untyped-def]
    """A no-receipt return of a purchase on file counts against that sale line."""
    bought = bought_line(s, draft, dl)
    return bought[0] if bought else None


def _shelf(repl: Replacement) -> int:
    return repl.price_minor if repl.shelf_price_minor is None else repl.shelf_price_minor


def _exchange_sale(s, ret: Return, draft: ReturnDraft, lines, now: datetime, who: Actor) -> str:  # type: ignore[no-untyped-def]
    """The replacement goes out on its own sale (exchange or order), linked from the return."""
    kind = "order" if any(dl.resolution == "keep_and_order" for dl in draft.lines) else "exchange"
    ship_from = next((sf for *_, sf, _ in lines if sf), None)
    arrive = next((ab for *_, ab in lines if ab), None)
    scheme = taxes.scheme_for(s, draft.store_id)  # the store's tax on the shelf prices, as the card shows them
    classes = taxes.variant_classes(s, [vid for vid, *_ in lines])
    receipt = scheme.receipt([(q * p, classes.get(vid, "standard")) for vid, _, q, p, _, _ in lines])
    total, tax = receipt.gross_minor, receipt.tax_minor
    sale = Sale(
        receipt_no=f"X-{ret.return_no[3:]}",
        store_id=draft.store_id,
        staff_id=who.staff_id,
        customer_id=ret.customer_id,
        channel="counter",
        kind=kind,
        status="to_ship" if ship_from else "completed",
        currency=ret.currency,
        subtotal_minor=total - tax,
        tax_minor=tax,
        total_minor=total,
        tax_included=scheme.included,
        ship_from_store_id=ship_from,
        arrive_by=arrive,
        sold_at=now,
    )
    s.add(sale)
    s.flush()
    for n, ((vid, desc, qty, price, _sf, _ab), taxed) in enumerate(zip(lines, receipt.lines, strict=True), start=1):
        s.add(
            SaleLine(
                sale_id=sale.id,
                line_no=n,
                variant_id=vid,
                description=desc,
                quantity=qty,
                unit_price_minor=price,
                tax_minor=taxed.tax_minor,
                total_minor=taxed.gross_minor,
            )
        )
    ret.exchange_sale_id = sale.id
    return sale.receipt_no
