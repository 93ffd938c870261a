"""Past returns for the demo store, taken through the real return service (policy, audit entry,
stock moves) on the day each happened, so the reports and the dashboard have a history to show."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.people import Staff
from posassist.db.tables.sales import Sale, SaleLine
from posassist.errors import PosassistError
from posassist.services import sessions
from posassist.services.returns import new_draft
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine

REASONS = (
    ("wrong_size", 5),
    ("changed_mind", 4),
    ("wrong_colour", 3),
    ("faulty", 2),
    ("not_as_described", 2),
    ("gift_return", 2),
    ("arrived_late", 1),
)
SHARE = 0.25  # of the anonymous counter sales come back


def add_return_history(db: Database, rng: random.Random, now: datetime, lead_code: str) -> int:
    with db.read() as s:
        lead = s.execute(select(Staff).where(Staff.code == lead_code)).scalar_one()
        sales = s.execute(
            select(Sale.id, Sale.store_id, Sale.sold_at, SaleLine.id)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .where(Sale.receipt_no.like("R-ANON-%"))
            .order_by(Sale.id)
        ).all()
    staff = sessions.issue_for_code(db, lead.code, counter="demo", via="demo")
    reasons = [r for r, weight in REASONS for _ in range(weight)]
    done = 0
    for sale_id, store_id, sold_at, line_id in sales:
        if rng.random() >= SHARE:
            continue
        when = sold_at + timedelta(days=rng.randint(1, 25), hours=rng.randint(0, 6))
        if when >= now - timedelta(hours=1):
            continue
        reason = rng.choice(reasons)
        line = DraftLine(
            line_id,
            1,
            reason=reason,
            condition="faulty" if reason == "faulty" else "unopened",
            resolution=rng.choice(("refund", "refund", "store_credit")),
        )
        try:
            commit(db, new_draft(store_id, staff.id, sale_id=sale_id, lines=(line,)), staff, now=when)
            done += 1
        except PosassistError:  # outside the window or needing an approval then: it was not taken back
            continue
    return done


GESTURES = (
    ("gift", 3500, "customer_loyalty", "Flowers for a regular whose anniversary order was late."),
    ("discount", 2000, "store_error", "10% off the replacement: we sold the wrong size twice."),
    ("free_delivery", 4500, "customer_loyalty", "Drove a sofa cushion over; the customer cannot drive after surgery."),
    ("gift", 1500, "product_fault", "Gift card after a kettle failed on the first day."),
    ("other", 2500, "store_error", "Paid the parking ticket while we searched the back room for an hour."),
)


def add_goodwill_history(
    db: Database, approvers: tuple[tuple[str, str], ...], associate: tuple[str, str], store_id: int
) -> int:
    """A few approved gestures for ordinary customers, through the real request → decide → grant path."""
    from posassist.db.tables.customers import Customer
    from posassist.services import approvals, auth, goodwill

    with db.read() as s:
        people = (
            s.execute(
                select(Customer.id)
                .where(Customer.loyalty_card.like("LC-2%"))
                .order_by(Customer.id)  # not the stories
                .limit(len(GESTURES))
            )
            .scalars()
            .all()
        )
    staff = auth.sign_in(db, *associate)
    done = 0
    for (kind, cost, reason, story), customer_id, (code, pin) in zip(
        GESTURES, people, approvers * len(GESTURES), strict=False
    ):
        req = goodwill.new_request(kind, cost, "CAD", story, (customer_id,))
        asked = goodwill.ask(db, req, staff=staff, store_id=store_id, counter="Counter 2")
        approvals.decide(
            db,
            asked.id,
            approver_code=code,
            secret=pin,
            approve=True,
            reason_code=reason,
            note="Worth it for this customer.",
            counter="Back office",
        )
        goodwill.grant(db, req, asked.id, staff=staff, store_id=store_id)
        done += 1
    return done
