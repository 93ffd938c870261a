"""Goodwill exceptions as first-class records: what was granted, to whom, why, at what cost, and
who approved it. A lifetime free-shipping flag lands on the customer (and on anyone named with
them) and shows in their pane."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Customer, CustomerAlert
from posassist.db.tables.ops import GOODWILL_KINDS, Goodwill
from posassist.domain.permissions import Action
from posassist.domain.typed import field
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services import approvals, audit, sessions
from posassist.services.approvals import ApprovalView
from posassist.services.dto import StaffSession

KIND_WORDS = {
    "accept_unsold_item": QT_TR_NOOP("Accept an item we never sold"),
    "free_delivery": QT_TR_NOOP("Free delivery (a service we don't offer)"),
    "gift": QT_TR_NOOP("A gift (flowers, a card…)"),
    "lifetime_free_shipping": QT_TR_NOOP("Lifetime free shipping"),
    "discount": QT_TR_NOOP("A discount"),
    "other": QT_TR_NOOP("Something else"),
}
APPROVAL_KIND = {"free_delivery": "service", "discount": "discount"}


@dataclass(frozen=True)
class GoodwillRequest:
    key: str
    kind: str
    cost_minor: int
    currency: str
    story: str
    customer_ids: tuple[int, ...]  # the customer first, then anyone the gesture also covers
    return_id: int | None = None
    sale_id: int | None = None


@dataclass(frozen=True)
class GoodwillRecord:
    id: int
    kind: str
    cost_minor: int
    currency: str
    customer_id: int | None
    story: str
    approved_by: int | None


def new_request(
    kind: str, cost_minor: int, currency: str, story: str, customer_ids: tuple[int, ...], **kw: Any
) -> GoodwillRequest:
    if kind not in GOODWILL_KINDS:
        raise InvalidInput(
            tr("Choose what the gesture is ({GOODWILL_KINDS}).", GOODWILL_KINDS=", ".join(GOODWILL_KINDS)), field="kind"
        )
    if not isinstance(cost_minor, int) or cost_minor < 0:
        raise InvalidInput(tr("The cost must be 0 or more."), field="cost")
    story = field(story, "story", name="story", max_len=2000, multiline=True)
    if not story:
        raise InvalidInput(
            tr("Tell the story in a sentence: it is what the approver and the reports read."), field="story"
        )
    if not customer_ids:
        raise InvalidInput(tr("Choose the customer first."), field="customer")
    return GoodwillRequest(uuid.uuid4().hex, kind, cost_minor, currency, story.strip(), tuple(customer_ids), **kw)


def ask(db: Database, req: GoodwillRequest, *, staff: StaffSession, store_id: int, counter: str = "") -> ApprovalView:
    """Every goodwill exception is approved by a shift lead (or above), at this counter or another."""
    words = tr(KIND_WORDS.get(req.kind, req.kind))
    return approvals.request(
        db,
        kind=APPROVAL_KIND.get(req.kind, "goodwill"),
        staff=staff,
        store_id=store_id,
        task_ref=req.key,
        rule=f"goodwill_{req.kind}",
        explanation=tr("{words} for the customer: {story}", words=words, story=req.story),
        amount_minor=req.cost_minor,
        currency=req.currency,
        required_role="shift_lead",
        customer_id=req.customer_ids[0],
        counter=counter,
    )


@retrying
def grant(
    db: Database, req: GoodwillRequest, approval_id: int, *, staff: StaffSession, store_id: int
) -> GoodwillRecord:
    """After approval: one transaction writes the record, flags the customers, uses up the approval."""
    now = utcnow()
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.GOODWILL_GRANT)
        bound = approvals.Approved(APPROVAL_KIND.get(req.kind, "goodwill"), f"goodwill_{req.kind}", req.cost_minor)
        approval = approvals.consume(
            s, approval_id, task_ref=req.key, amount_minor=req.cost_minor, now=now, expected=bound
        )
        customers = [s.get(Customer, cid) for cid in req.customer_ids]
        if any(c is None for c in customers):
            raise NotFound(tr("One of the customers is no longer on file."))
        g = Goodwill(
            kind=req.kind,
            cost_minor=req.cost_minor,
            currency=req.currency,
            customer_id=req.customer_ids[0],
            story=req.story,
            store_id=store_id,
            requested_by=who.staff_id,
            approved_by=approval.decided_by,
            approval_id=approval.id,
            return_id=req.return_id,
            sale_id=req.sale_id,
            created_at=now,
        )
        s.add(g)
        s.flush()
        if req.kind == "lifetime_free_shipping":
            for c in customers:
                assert c is not None
                c.lifetime_free_shipping = True
                s.add(
                    CustomerAlert(
                        customer_id=c.id,
                        kind="service",
                        severity="info",
                        author_id=approval.decided_by,
                        text=tr(
                            "Lifetime free shipping (granted {now:%d %b %Y}: {story})", now=now, story=req.story[:120]
                        ),
                    )
                )
        audit.record(
            s,
            actor_id=who.staff_id,
            action="goodwill.granted",
            entity="goodwill",
            entity_id=g.id,
            payload={
                "kind": req.kind,
                "cost_minor": req.cost_minor,
                "customers": list(req.customer_ids),
                "approval_id": approval.id,
                "approved_by": approval.decided_by,
            },
        )
        return GoodwillRecord(g.id, g.kind, g.cost_minor, g.currency, g.customer_id, g.story, g.approved_by)


def for_customer(db: Database, customer_id: int) -> list[GoodwillRecord]:
    with db.read() as s:
        rows = s.execute(
            select(Goodwill).where(Goodwill.customer_id == customer_id).order_by(Goodwill.created_at.desc())
        ).scalars()
        return [
            GoodwillRecord(g.id, g.kind, g.cost_minor, g.currency, g.customer_id, g.story, g.approved_by) for g in rows
        ]


class GoodwillGestures:
    """Goodwill gestures: always approved by someone else, then granted in one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    new_request = staticmethod(new_request)

    def ask(self, session: StaffSession, req: GoodwillRequest, **kw: Any) -> ApprovalView:
        return ask(self._db, req, staff=session, **kw)

    def grant(self, session: StaffSession, req: GoodwillRequest, approval_id: int, **kw: Any) -> GoodwillRecord:
        return grant(self._db, req, approval_id, staff=session, **kw)

    def for_customer(self, customer_id: int) -> list[GoodwillRecord]:
        return for_customer(self._db, customer_id)
