"""The override path: an associate asks, a shift lead approves with their own credentials and a
reason, the approval is good for that one task and amount, once, and everything is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist import i18n
from posassist.db import events
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Draft
from posassist.db.tables.ops import ApprovalRequest
from posassist.db.tables.people import RoleLimit, Staff
from posassist.db.tables.tax import ReasonCode
from posassist.domain import permissions
from posassist.domain.permissions import Action
from posassist.domain.policy import ROLE_RANK, Verdict
from posassist.domain.policy import evaluate as judge
from posassist.domain.typed import field
from posassist.errors import ApprovalRequired, AuthError, Conflict, InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, auth, sessions
from posassist.services.approval_limits import Budget, budget, check_approver
from posassist.services.approval_view import ApprovalView, get, pending, recent_decisions, view_of
from posassist.services.dto import StaffSession
from posassist.words import policy as policy_words

__all__ = [  # Budget: the approver's goodwill budget, from approval_limits
    "ApprovalView",
    "Approvals",
    "Approved",
    "Budget",
    "EXPIRES_AFTER",
    "REASON_CODES",
    "consume",
    "decide",
    "get",
    "pending",
    "reasons",
    "recent_decisions",
    "request",
]

EXPIRES_AFTER = timedelta(minutes=30)
# the reasons a new database starts with (migration 0008); what approvers choose from is data
# (reason_codes: posassist setup, the admin screen)
REASON_CODES = ("customer_loyalty", "medical", "store_error", "product_fault", "goodwill", "other")


def reasons(db: Database) -> list[tuple[str, str]]:
    """The active reason codes in order, with the admin's words for a code the program has none for."""
    with db.read() as s:
        rows = s.execute(
            select(ReasonCode.code, ReasonCode.label)
            .where(ReasonCode.active.is_(True))
            .order_by(ReasonCode.position, ReasonCode.code)
        ).all()
    return [(str(code), str(label or "")) for code, label in rows]


def _higher(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if ROLE_RANK.get(a, 9) >= ROLE_RANK.get(b, 9) else b


def _saved_verdict(s: Session, task_ref: str, who: sessions.Actor, now: datetime) -> Verdict | None:
    """The verdict of the saved return draft this request is for, judged here and now."""
    from posassist.services import returns  # returns' commit imports this module

    payload = s.execute(select(Draft.payload).where(Draft.kind == "return", Draft.key == task_ref)).scalar_one_or_none()
    if payload is None:
        return None
    draft = returns.ReturnDraft.from_json(payload)
    _, policy = returns.current_policy(s, now)
    request_, _sale = returns.build_request(s, draft, who, returns.store_tz(s, draft.store_id))
    return judge(request_, policy, now)


@retrying
def request(
    db: Database,
    *,
    kind: str,
    staff: StaffSession,
    store_id: int,
    task_ref: str,
    rule: str,
    explanation: str,
    amount_minor: int,
    currency: str,
    required_role: str | None,
    customer_id: int | None = None,
    counter: str | None = None,
    numbers: dict[str, Any] | None = None,
    verdict: Verdict | None = None,
    now: datetime | None = None,
) -> ApprovalView:
    """Ask for an approval; a pending request for the same task and amount is reused. For a return
    the verdict (given, or of the saved draft) decides the rule, role, numbers and amount, not the
    caller."""
    now = now or utcnow()
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.APPROVAL_REQUEST)
        if verdict is None and (kind == "return" or rule == "never_sold"):
            saved = _saved_verdict(s, task_ref, who, now)
            if saved is not None:  # never below the role the draft's own verdict names
                required_role = _higher(required_role, saved.required_role)
        if verdict is not None:
            rule, required_role, numbers = verdict.rule, verdict.required_role, dict(verdict.numbers)
            amount_minor, currency = verdict.total_minor, verdict.currency
        same = (
            s.execute(
                select(ApprovalRequest).where(
                    ApprovalRequest.task_ref == task_ref,
                    ApprovalRequest.status == "pending",
                    ApprovalRequest.amount_minor == amount_minor,
                    ApprovalRequest.rule == rule,
                    ApprovalRequest.expires_at > now,
                )
            )
            .scalars()
            .first()
        )
        if same is not None and same.required_role == required_role:
            return view_of(s, same)
        r = ApprovalRequest(
            kind=kind,
            store_id=store_id,
            counter=counter,
            requested_by=who.staff_id,
            customer_id=customer_id,
            task_ref=task_ref,
            rule=rule,
            explanation=explanation,
            numbers=numbers or {},
            amount_minor=amount_minor,
            currency=currency,
            days_past_window=int((numbers or {}).get("days_past_window", 0) or 0),
            required_role=required_role,
            requested_at=now,
            expires_at=now + EXPIRES_AFTER,
        )
        s.add(r)
        s.flush()
        _audit_request(s, who.id, r)
        events.notify(s, "approvals")
        return view_of(s, r)


def _audit_request(s: Session, actor_id: int | None, r: ApprovalRequest) -> None:
    audit.record(
        s,
        actor_id=actor_id,
        action="approval.requested",
        entity="approval",
        entity_id=r.id,
        payload={
            "kind": r.kind,
            "task": r.task_ref,
            "amount_minor": r.amount_minor,
            "rule": r.rule,
            "required_role": r.required_role,
        },
    )


@retrying
def decide(
    db: Database,
    request_id: int,
    *,
    approver_code: str,
    secret: str,
    approve: bool,
    reason_code: str,
    note: str,
    counter: str = "",
    now: datetime | None = None,
) -> ApprovalView:
    """A shift lead (or above) approves or denies with their own credentials, a reason and a note."""
    now = now or utcnow()
    codes = [code for code, _ in reasons(db)]
    if reason_code not in codes:
        raise InvalidInput(tr("Choose a reason ({REASON_CODES}).", REASON_CODES=", ".join(codes)), field="reason")
    note = field(note, "note", name="note", max_len=2000, multiline=True)
    if not note:
        raise InvalidInput(tr("Add a note saying why: it is kept with the decision."), field="note")
    approver = auth.check_credentials(db, approver_code, secret, counter=counter)  # lockout applies here too
    with db.transaction() as s:
        r = s.execute(
            select(ApprovalRequest).where(ApprovalRequest.id == request_id).with_for_update()
        ).scalar_one_or_none()
        if r is None:
            raise NotFound(tr("That approval request does not exist."))
        if r.status != "pending":
            raise Conflict(tr("This request was already {status}; nothing was changed.", status=r.status))
        if r.expires_at <= now:
            r.status = "expired"
            raise Conflict(tr("This request has expired; the associate must ask again."))
        if approver.id == r.requested_by:
            raise AuthError(tr("You cannot approve your own request; ask another shift lead."))
        pin_by = s.execute(select(Staff.pin_set_by_id).where(Staff.id == approver.id)).scalar_one_or_none()
        if pin_by is not None and pin_by != approver.id and pin_by == r.requested_by:
            # whoever set the approver's PIN knows it: they could approve as them (issue 17)
            raise AuthError(
                tr(
                    "{name}'s PIN was set by the person asking: {name} chooses their own PIN (staff set-pin) before approving their requests.",
                    name=approver.name,
                )
            )
        limits = s.get(RoleLimit, approver.role)
        if (
            not permissions.may(approver.role, Action.APPROVAL_DECIDE)
            or limits is None
            or not limits.may_approve
            or r.kind not in (limits.approvable_kinds or "").split(",")
        ):
            raise AuthError(
                tr(
                    "{name} ({role_label}) may not approve this; ask a shift lead or manager.",
                    name=approver.name,
                    role_label=approver.role_label,
                )
            )
        if approve:
            check_approver(s, r, approver, limits, now)
        r.status = "approved" if approve else "denied"
        r.decided_by, r.decided_at, r.reason_code, r.note = approver.id, now, reason_code, note
        audit.record(
            s,
            actor_id=approver.id,
            action="approval.approved" if approve else "approval.denied",
            entity="approval",
            entity_id=r.id,
            payload={
                "task": r.task_ref,
                "amount_minor": r.amount_minor,
                "reason": reason_code,
                "requested_by": r.requested_by,
                "counter": counter,
            },
        )
        events.notify(s, "approvals")
        return view_of(s, r)


@dataclass(frozen=True)
class Approved:
    """What an approval must have been given for: the verdict's (or gesture's) kind, rule, role,
    numbers and amount. ``numbers`` are compared key by key; None means "not checked"."""

    kind: str
    rule: str
    amount_minor: int
    required_role: str | None = None
    numbers: dict[str, Any] | None = None


def _what(kind: str, rule: str, role: str | None, amount: int, currency: str) -> str:
    return tr(
        "{kind} ({rule}, approved by {role}, {amount})",
        kind=kind.replace("_", " "),
        rule=rule.replace("_", " "),
        role=policy_words.role(role),
        amount=i18n.money(amount, currency),
    )


def _mismatch(s: Session, r: ApprovalRequest, want: Approved) -> bool:
    if r.kind != want.kind or r.rule != want.rule or r.amount_minor != want.amount_minor:
        return True
    if want.required_role is not None:
        if ROLE_RANK.get(r.required_role or "", -1) < ROLE_RANK.get(want.required_role, 9):
            return True
        decider = s.execute(select(Staff.role).where(Staff.id == r.decided_by)).scalar_one_or_none()
        if ROLE_RANK.get(decider or "", -1) < ROLE_RANK.get(want.required_role, 9):
            return True
    stored = r.numbers or {}
    return any(stored.get(k) != v for k, v in (want.numbers or {}).items())


def consume(
    s: Session,
    approval_id: int | None,
    *,
    task_ref: str,
    amount_minor: int,
    now: datetime,
    expected: Approved | None = None,
) -> ApprovalRequest:
    """Inside the caller's transaction: the approval must be for this task and amount (and, with
    ``expected``, this kind, rule, role and numbers), approved, unexpired and unused; it is then
    used up."""
    if approval_id is None:
        raise ApprovalRequired(tr("This needs approval first; ask a shift lead."))
    r = s.execute(
        select(ApprovalRequest).where(ApprovalRequest.id == approval_id).with_for_update()
    ).scalar_one_or_none()
    if r is None:
        raise ApprovalRequired(tr("The approval was not found; ask again."))
    if r.task_ref != task_ref or r.amount_minor != amount_minor:
        raise ApprovalRequired(tr("The approval was given for a different task or amount; ask again for this one."))
    if r.status == "pending":
        raise ApprovalRequired(tr("Still waiting for a shift lead to approve."))
    if r.status == "denied":
        raise ApprovalRequired(tr("A shift lead denied this: {value}.", value=r.note or r.reason_code))
    if r.status != "approved":
        raise ApprovalRequired(tr("This approval was already {status}; ask again.", status=r.status))
    if r.decided_at is not None and r.decided_at + EXPIRES_AFTER < now:
        raise ApprovalRequired(tr("The approval has expired; ask again."))
    if expected is not None and _mismatch(s, r, expected):
        raise ApprovalRequired(
            tr(
                "The approval was given for {given}; this is {needed}; ask again.",
                given=_what(r.kind, r.rule, r.required_role, r.amount_minor, r.currency),
                needed=_what(expected.kind, expected.rule, expected.required_role, expected.amount_minor, r.currency),
            )
        )
    r.status, r.used_at = "used", now
    return r


class Approvals:
    """The override path: ask, decide with the approver's own credentials, watch the queue."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self._db, self._clock = db, clock

    def request(self, session: StaffSession, **kw: Any) -> ApprovalView:
        return request(self._db, staff=session, now=self._clock(), **kw)

    def decide(self, request_id: int, **kw: Any) -> ApprovalView:
        return decide(self._db, request_id, now=self._clock(), **kw)

    def get(self, request_id: int) -> ApprovalView:
        return get(self._db, request_id)

    def pending(self, store_id: int) -> list[ApprovalView]:
        return pending(self._db, store_id, self._clock())

    def recent_decisions(self, store_id: int, limit: int = 20) -> list[ApprovalView]:
        return recent_decisions(self._db, store_id, limit)

    def budget(self, session: StaffSession) -> Budget:
        return budget(self._db, session, self._clock())

    def reasons(self) -> list[tuple[str, str]]:
        """(code, admin's label) of the reasons an approver may give, in order."""
        return reasons(self._db)

    def reason_codes(self) -> list[str]:
        return [code for code, _ in reasons(self._db)]
