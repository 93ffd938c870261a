"""What an approver may approve: their role's limits for the kind and amount, their goodwill
budget for the day (serialised per approver so two counters cannot both spend the last of it),
discount ceilings, and never their own request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.ops import ApprovalRequest, Goodwill
from posassist.db.tables.people import RoleLimit
from posassist.domain.policy import ROLE_RANK
from posassist.errors import AuthError, InvalidInput
from posassist.i18n import tr
from posassist.services import sessions
from posassist.services.dto import StaffSession

EXPIRES_AFTER = timedelta(minutes=30)
# the reasons a new database starts with (migration 0008); what approvers choose from is data
# (reason_codes: posassist setup, the admin screen)
REASON_CODES = ("customer_loyalty", "medical", "store_error", "product_fault", "goodwill", "other")


GOODWILL_APPROVALS = ("goodwill", "service", "discount")  # kinds that spend an approver's budget


def _goodwill_used(s: Session, approver_id: int, since: datetime) -> int:
    """What this approver has given away since then: every goodwill approval they decided that is
    approved or used (a gesture approved but not yet granted counts), plus any gesture on file
    without an approval."""
    approved = s.execute(
        select(func.coalesce(func.sum(ApprovalRequest.amount_minor), 0)).where(
            ApprovalRequest.decided_by == approver_id,
            ApprovalRequest.kind.in_(GOODWILL_APPROVALS),
            ApprovalRequest.status.in_(("approved", "used")),
            ApprovalRequest.decided_at >= since,
        )
    ).scalar_one()
    unapproved = s.execute(
        select(func.coalesce(func.sum(Goodwill.cost_minor), 0)).where(
            Goodwill.approved_by == approver_id, Goodwill.approval_id.is_(None), Goodwill.created_at >= since
        )
    ).scalar_one()
    return int(approved) + int(unapproved)


def _serialise_budget(s: Session, approver_id: int) -> None:
    """Two counters approving for the same person at once: the second waits for the first's
    commit before it counts (SQLite's BEGIN IMMEDIATE already serialises writers)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k1, :k2)"), {"k1": 7201, "k2": approver_id})


def _check_budget(s: Session, r: ApprovalRequest, approver: Any, limits: RoleLimit, now: datetime) -> None:
    _serialise_budget(s, approver.id)
    used = _goodwill_used(s, approver.id, now - timedelta(days=30))
    if used + r.amount_minor > limits.goodwill_per_month_minor:
        raise AuthError(
            tr(
                "{name}'s goodwill budget for the month would be exceeded ({used} of {limit}).",
                name=approver.name,
                used=i18n.money(used + r.amount_minor, r.currency),
                limit=i18n.money(limits.goodwill_per_month_minor, r.currency),
            )
        )
    used_week = _goodwill_used(s, approver.id, now - timedelta(days=7))
    if used_week + r.amount_minor > limits.goodwill_per_week_minor:
        words = tr(
            "{name}'s goodwill budget for the week would be exceeded ({used} of {limit}).",
            name=approver.name,
            used=i18n.money(used_week + r.amount_minor, r.currency),
            limit=i18n.money(limits.goodwill_per_week_minor, r.currency),
        )
        if ROLE_RANK.get(approver.role, -1) < ROLE_RANK["store_manager"]:
            words = tr("{words} Ask a store manager.", words=words)
        raise AuthError(words)
    used_shift = _goodwill_used(s, approver.id, now - timedelta(hours=10))
    if used_shift + r.amount_minor > limits.goodwill_per_shift_minor:
        raise AuthError(tr("{name}'s goodwill budget for this shift would be exceeded.", name=approver.name))


def _check_discount(r: ApprovalRequest, approver: Any, limits: RoleLimit) -> None:
    """A discount or price override: the decider's own ``max_discount_percent`` caps it."""
    percent = (r.numbers or {}).get("percent")
    if percent is None:
        return
    if not isinstance(percent, int | float) or isinstance(percent, bool):
        raise InvalidInput(tr("The discount must be given as a percentage."), field="percent")
    if percent > limits.max_discount_percent:
        raise AuthError(
            tr(
                "{name} may approve discounts up to {max_discount_percent}%; this is {percent}%. Ask a store manager.",
                name=approver.name,
                max_discount_percent=limits.max_discount_percent,
                percent=percent,
            )
        )


def check_approver(s: Session, r: ApprovalRequest, approver: Any, limits: RoleLimit, now: datetime) -> None:
    """Approving: the approver's role and their own limits (amount, days, discount, goodwill budget)."""
    need = r.required_role or "shift_lead"
    if ROLE_RANK.get(approver.role, -1) < ROLE_RANK.get(need, 9):
        raise AuthError(
            tr(
                "This needs {need} approval; {name} is a {role_label}.",
                need=need.replace("_", " "),
                name=approver.name,
                role_label=approver.role_label,
            )
        )
    if r.kind in ("return", "price_override") and r.amount_minor > limits.max_refund_minor:
        raise AuthError(
            tr(
                "{name} may approve up to {limit}; this is {amount}. Ask a store manager.",
                name=approver.name,
                limit=i18n.money(limits.max_refund_minor, r.currency),
                amount=i18n.money(r.amount_minor, r.currency),
            )
        )
    if r.days_past_window > limits.max_days_past_window:
        raise AuthError(
            tr(
                "{name} may approve up to {max_days_past_window} days past the window; this is {days_past_window}. Ask a store manager.",
                name=approver.name,
                max_days_past_window=limits.max_days_past_window,
                days_past_window=r.days_past_window,
            )
        )
    if r.kind in ("discount", "price_override"):
        _check_discount(r, approver, limits)
    if r.kind in GOODWILL_APPROVALS:
        _check_budget(s, r, approver, limits, now)


@dataclass(frozen=True)
class Budget:
    used_shift_minor: int
    shift_limit_minor: int
    used_month_minor: int
    month_limit_minor: int
    used_week_minor: int = 0
    week_limit_minor: int = 0


def budget(db: Database, staff: StaffSession, now: datetime | None = None) -> Budget:
    """How much goodwill this approver has granted this shift (10 h), in the last 7 and 30 days."""
    now = now or utcnow()
    with db.read() as s:
        who = sessions.actor(s, staff)
        return Budget(
            _goodwill_used(s, who.staff_id, now - timedelta(hours=10)),
            who.limits.goodwill_per_shift_minor,
            _goodwill_used(s, who.staff_id, now - timedelta(days=30)),
            who.limits.goodwill_per_month_minor,
            _goodwill_used(s, who.staff_id, now - timedelta(days=7)),
            who.limits.goodwill_per_week_minor,
        )
