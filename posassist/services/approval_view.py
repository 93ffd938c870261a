"""Reading approval requests as the windows and the command line show them: a frozen DTO read from
its row, the store's pending requests, one request, the recent decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.ops import ApprovalRequest
from posassist.db.tables.people import Staff
from posassist.errors import NotFound
from posassist.i18n import tr


@dataclass(frozen=True)
class ApprovalView:
    id: int
    kind: str
    status: str
    requested_by: str
    requested_by_id: int
    customer_id: int | None
    task_ref: str
    rule: str
    explanation: str
    amount_minor: int
    currency: str
    required_role: str | None
    requested_at: datetime
    expires_at: datetime
    decided_by: str | None
    reason_code: str | None
    note: str | None
    counter: str | None


def view_of(s: Session, r: ApprovalRequest) -> ApprovalView:
    names = dict(
        s.execute(select(Staff.id, Staff.name).where(Staff.id.in_([r.requested_by, r.decided_by or -1]))).all()
    )
    return ApprovalView(
        r.id,
        r.kind,
        r.status,
        names.get(r.requested_by, "?"),
        r.requested_by,
        r.customer_id,
        r.task_ref,
        r.rule,
        r.explanation,
        r.amount_minor,
        r.currency,
        r.required_role,
        r.requested_at,
        r.expires_at,
        names.get(r.decided_by) if r.decided_by else None,
        r.reason_code,
        r.note,
        r.counter,
    )


def pending(db: Database, store_id: int, now: datetime | None = None) -> list[ApprovalView]:
    now = now or utcnow()
    with db.read() as s:
        rows = (
            s.execute(
                select(ApprovalRequest)
                .where(
                    ApprovalRequest.store_id == store_id,
                    ApprovalRequest.status == "pending",
                    ApprovalRequest.expires_at > now,
                )
                .order_by(ApprovalRequest.requested_at)
            )
            .scalars()
            .all()
        )
        return [view_of(s, r) for r in rows]


def get(db: Database, request_id: int) -> ApprovalView:
    with db.read() as s:
        r = s.get(ApprovalRequest, request_id)
        if r is None:
            raise NotFound(tr("That approval request does not exist."))
        return view_of(s, r)


def recent_decisions(db: Database, store_id: int, limit: int = 20) -> list[ApprovalView]:
    with db.read() as s:
        rows = (
            s.execute(
                select(ApprovalRequest)
                .where(ApprovalRequest.store_id == store_id, ApprovalRequest.decided_at.is_not(None))
                .order_by(ApprovalRequest.decided_at.desc())
                .limit(limit)
            )
            .scalars()
            .all()
        )
        return [view_of(s, r) for r in rows]
