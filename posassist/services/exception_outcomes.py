"""Exception → outcome: service is judged by what it did for the customer. For each override rule
(the approvals given in a period): how many, by whom, what they cost, and what the customers did
after — return visits, purchases, later ratings — beside customers who returned something in the
same period without an exception. Shared by ``report exceptions`` and the window."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.customers import Interaction
from posassist.db.tables.ops import ApprovalRequest
from posassist.db.tables.people import Staff
from posassist.db.tables.sales import Return, Sale

GIVEN = ("approved", "used")


def _rows(s: Session, stmt: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.execute(stmt).all()]


@dataclass(frozen=True)
class _Exception:
    id: int
    kind: str
    rule: str
    amount: int
    approver: str
    customer_id: int | None
    at: datetime


def _exceptions(s: Session, lo: datetime, hi: datetime, store_id: int | None) -> list[_Exception]:
    rows = _rows(
        s,
        select(
            ApprovalRequest.id,
            ApprovalRequest.kind,
            ApprovalRequest.rule,
            ApprovalRequest.amount_minor,
            Staff.name,
            ApprovalRequest.customer_id,
            ApprovalRequest.decided_at,
        )
        .join(Staff, Staff.id == ApprovalRequest.decided_by, isouter=True)
        .where(
            ApprovalRequest.status.in_(GIVEN),
            ApprovalRequest.decided_at >= lo,
            ApprovalRequest.decided_at < hi,
            *([ApprovalRequest.store_id == store_id] if store_id else []),
        )
        .order_by(ApprovalRequest.decided_at),
    )
    return [_Exception(int(i), k, r, int(a or 0), n or "(none)", c, at) for i, k, r, a, n, c, at in rows]


def _baseline(s: Session, lo: datetime, hi: datetime, store_id: int | None, excluded: set[int]) -> dict[int, datetime]:
    """Customers who returned something in the period without an exception: their first return."""
    rows = _rows(
        s,
        select(Return.customer_id, Return.committed_at)
        .where(
            Return.status == "committed",
            Return.approval_id.is_(None),
            Return.customer_id.is_not(None),
            Return.committed_at >= lo,
            Return.committed_at < hi,
            *([Return.store_id == store_id] if store_id else []),
        )
        .order_by(Return.committed_at),
    )
    out: dict[int, datetime] = {}
    for cid, at in rows:
        if cid not in excluded and cid not in out:
            out[int(cid)] = at
    return out


def _after(s: Session, anchors: dict[int, datetime], used: Iterable[int]) -> dict[str, Any]:
    """What customers did after their anchor: per customer averages, the share who bought again."""
    n = len(anchors)
    if not n:
        return {
            "customers": 0,
            "bought_again_share": None,
            "purchases_per_customer": None,
            "spend_per_customer_minor": None,
            "return_visits_per_customer": None,
            "later_rating_average": None,
            "later_ratings": 0,
        }
    ids = list(anchors)
    skip = set(used)
    buyers: set[int] = set()
    purchases = spend = visits = 0
    for cid, at, total in _rows(
        s, select(Sale.customer_id, Sale.sold_at, Sale.total_minor).where(Sale.customer_id.in_(ids))
    ):
        if at > anchors[int(cid)]:
            buyers.add(int(cid))
            purchases += 1
            spend += int(total or 0)
    for cid, at, approval in _rows(
        s,
        select(Return.customer_id, Return.committed_at, Return.approval_id).where(
            Return.customer_id.in_(ids), Return.status == "committed"
        ),
    ):
        if at is not None and at > anchors[int(cid)] and approval not in skip:
            visits += 1
    ratings = [
        int(csat)
        for cid, at, csat in _rows(
            s,
            select(Interaction.customer_id, Interaction.opened_at, Interaction.csat).where(
                Interaction.customer_id.in_(ids), Interaction.csat.is_not(None)
            ),
        )
        if at > anchors[int(cid)]
    ]
    return {
        "customers": n,
        "bought_again_share": round(len(buyers) / n, 3),
        "purchases_per_customer": round(purchases / n, 2),
        "spend_per_customer_minor": spend // n,
        "return_visits_per_customer": round(visits / n, 2),
        "later_rating_average": round(sum(ratings) / len(ratings), 2) if ratings else None,
        "later_ratings": len(ratings),
    }


def _first_by_customer(items: list[_Exception]) -> dict[int, datetime]:
    out: dict[int, datetime] = {}
    for e in items:
        if e.customer_id is not None and e.customer_id not in out:
            out[e.customer_id] = e.at
    return out


def outcomes(s: Session, lo: datetime, hi: datetime, store_id: int | None = None) -> dict[str, Any]:
    """``by_rule`` (each override rule: count, cost, approvers, what its customers did after) and
    ``outcome`` (customers with an exception against those who returned without one)."""
    found = _exceptions(s, lo, hi, store_id)
    used = [e.id for e in found]
    groups: dict[tuple[str, str], list[_Exception]] = defaultdict(list)
    for e in found:
        groups[(e.kind, e.rule)].append(e)
    by_rule = []
    for (kind, rule), items in sorted(groups.items()):
        approvers: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for e in items:
            approvers[e.approver][0] += 1
            approvers[e.approver][1] += e.amount
        by_rule.append(
            {
                "kind": kind,
                "rule": rule,
                "count": len(items),
                "amount_minor": sum(e.amount for e in items),
                "approvers": [
                    {"approver": a, "count": c, "amount_minor": m} for a, (c, m) in sorted(approvers.items())
                ],
                "after": _after(s, _first_by_customer(items), used),
            }
        )
    with_exc = _first_by_customer(found)
    return {
        "by_rule": by_rule,
        "outcome": {
            "with_exception": _after(s, with_exc, used),
            "without_exception": _after(s, _baseline(s, lo, hi, store_id, set(with_exc)), used),
        },
    }
