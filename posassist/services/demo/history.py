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
from posassist.services.dto import StaffInfo
from posassist.services.returns import new_draft
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine

REASONS = (("wrong_size", 5), ("changed_mind", 4), ("wrong_colour", 3), ("faulty", 2), ("not_as_described", 2),
           ("gift_return", 2), ("arrived_late", 1))
SHARE = 0.25  # of the anonymous counter sales come back


def add_return_history(db: Database, rng: random.Random, now: datetime, lead_code: str) -> int:
    with db.read() as s:
        lead = s.execute(select(Staff).where(Staff.code == lead_code)).scalar_one()
        staff = StaffInfo(lead.id, lead.code, lead.name, lead.role, True)
        sales = s.execute(select(Sale.id, Sale.store_id, Sale.sold_at, SaleLine.id)
                          .join(SaleLine, SaleLine.sale_id == Sale.id)
                          .where(Sale.receipt_no.like("R-ANON-%")).order_by(Sale.id)).all()
    reasons = [r for r, weight in REASONS for _ in range(weight)]
    done = 0
    for sale_id, store_id, sold_at, line_id in sales:
        if rng.random() >= SHARE:
            continue
        when = sold_at + timedelta(days=rng.randint(1, 25), hours=rng.randint(0, 6))
        if when >= now - timedelta(hours=1):
            continue
        reason = rng.choice(reasons)
        line = DraftLine(line_id, 1, reason=reason, condition="faulty" if reason == "faulty" else "unopened",
                         resolution=rng.choice(("refund", "refund", "store_credit")))
        try:
            commit(db, new_draft(store_id, staff.id, sale_id=sale_id, lines=(line,)), staff, now=when)
            done += 1
        except PosassistError:  # outside the window or needing an approval then: it was not taken back
            continue
    return done
