"""Signed-in staff sessions, verified by every service that changes data.

Sign-in (PIN, badge + PIN, or the command line's ``--as``) issues a random token; the database
keeps only its SHA-256 with the staff member, the counter, and when it expires. ``verify`` looks
the token up inside the caller's unit of work, reads the role and its limits from the staff
record (never from the caller) and checks the permission table in ``domain.permissions``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import RoleLimit, Staff, StaffSessionRow
from posassist.domain import permissions
from posassist.domain.permissions import Action, Refusal
from posassist.errors import AuthError
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.dto import StaffInfo, StaffSession

SESSION_LENGTH = timedelta(hours=12)  # one long shift; the window's idle lock ends it sooner


class Forbidden(AuthError):
    """The signed-in person's role may not do this (the permission table said no)."""

    def __init__(self, message: str, refusal: Refusal | None = None) -> None:
        super().__init__(message)
        self.refusal = refusal


class NotSignedIn(AuthError):
    """No valid session: never signed in, signed out, locked, expired or forged."""


@dataclass(frozen=True)
class Limits:
    may_approve: bool = False
    max_refund_minor: int = 0
    max_days_past_window: int = 0
    goodwill_per_shift_minor: int = 0
    goodwill_per_month_minor: int = 0
    max_discount_percent: int = 0
    approvable_kinds: tuple[str, ...] = ()
    min_secret_length: int = 4
    goodwill_per_week_minor: int = 0


@dataclass(frozen=True)
class Actor:
    """The verified person behind a service call, as the database knows them right now."""

    id: int | None  # None only for the set-up of a store that has no staff yet
    code: str
    name: str
    role: str
    counter: str
    session_id: int | None
    limits: Limits

    @property
    def staff_id(self) -> int:
        """The staff member's id, for work only a signed-in person does (not the set-up)."""
        if self.id is None:
            raise NotSignedIn(tr("Sign in first: this needs a signed-in staff member."))
        return self.id

    @property
    def info(self) -> StaffInfo:
        return StaffInfo(self.id or 0, self.code, self.name, self.role, self.limits.may_approve)


_SETUP_TOKEN = "setup:no-staff-yet"


def setup_session(counter: str = "") -> StaffSession:
    """Acting before anyone can sign in: good only while the database has no staff accounts at
    all (a store being set up); refused once the first account exists."""
    return StaffSession(0, "", "set-up", "admin", False, token=_SETUP_TOKEN, counter=counter)


def _setup_actor(s: Session, counter: str) -> Actor:
    if s.execute(select(Staff.id).limit(1)).first() is not None:
        raise NotSignedIn(tr("This store has staff accounts: sign in (the command line: --as CODE)."))
    return Actor(None, "", "set-up", "admin", counter, None, Limits())


ROLE_NAMES = {
    "associate": QT_TR_NOOP("an associate"),
    "shift_lead": QT_TR_NOOP("a shift lead"),
    "store_manager": QT_TR_NOOP("a store manager"),
    "admin": QT_TR_NOOP("an admin"),
}
ACTION_WORDS = {
    Action.NOTE_WRITE: QT_TR_NOOP("write customer notes"),
    Action.CUSTOMER_EDIT: QT_TR_NOOP("change customer records"),
    Action.ALERT_EDIT: QT_TR_NOOP("change customer alerts"),
    Action.FOLLOW_UP_WRITE: QT_TR_NOOP("change follow-ups"),
    Action.HOLD_CREATE: QT_TR_NOOP("put items on hold"),
    Action.RETURN_DRAFT: QT_TR_NOOP("prepare returns"),
    Action.RETURN_COMMIT: QT_TR_NOOP("take returns"),
    Action.APPROVAL_REQUEST: QT_TR_NOOP("ask for approvals"),
    Action.APPROVAL_DECIDE: QT_TR_NOOP("decide approvals"),
    Action.GOODWILL_GRANT: QT_TR_NOOP("grant goodwill gestures"),
    Action.RECEIPT_PRINT: QT_TR_NOOP("print receipts"),
    Action.STORE_CREDIT_ISSUE: QT_TR_NOOP("issue store credit"),
    Action.STORE_CREDIT_REDEEM: QT_TR_NOOP("pay with store credit"),
    Action.CUSTOMER_EXPORT: QT_TR_NOOP("export a customer's data"),
    Action.CUSTOMER_ERASE: QT_TR_NOOP("erase a customer"),
    Action.STAFF_MANAGE: QT_TR_NOOP("change staff accounts"),
    Action.POLICY_EDIT: QT_TR_NOOP("change the return policy"),
    Action.CATALOGUE_APPLY: QT_TR_NOOP("import the catalogue"),
    Action.CATALOGUE_ROLLBACK: QT_TR_NOOP("roll the catalogue back"),
    Action.SALES_IMPORT: QT_TR_NOOP("import sales and customers"),
    Action.SETUP_APPLY: QT_TR_NOOP("change the store set-up"),
    Action.DB_RESTORE: QT_TR_NOOP("restore the database"),
    Action.AUDIT_KEY_ADD: QT_TR_NOOP("register an audit signing key"),
    Action.AUDIT_KEY_REVOKE: QT_TR_NOOP("revoke an audit signing key"),
    Action.REPORTS_READ: QT_TR_NOOP("read the shift reports"),
    Action.PRINTERS_MANAGE: QT_TR_NOOP("set up the counter's printers"),
    Action.OFFLINE_UPLOAD: QT_TR_NOOP("send what was done offline"),
    Action.OFFLINE_REVIEW: QT_TR_NOOP("review what was done offline"),
}


def role_words(role: str) -> str:
    return tr(ROLE_NAMES.get(role, role))


def refusal_message(refusal: Refusal) -> str:
    what = tr(ACTION_WORDS.get(Action(refusal.action), refusal.action))
    if refusal.code == "above_own_role":
        return tr(
            "You are signed in as {role}: you cannot give or change the account of {other}.",
            role=role_words(refusal.role),
            other=role_words(refusal.needed[0] if refusal.needed else ""),
        )
    who = tr(" or ").join(role_words(r) for r in refusal.needed) or tr("nobody")
    return tr(
        "You are signed in as {role}; only {who} may {what}. Ask them to sign in.",
        role=role_words(refusal.role),
        who=who,
        what=what,
    )


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _limits(row: RoleLimit | None) -> Limits:
    if row is None:
        return Limits()
    kinds = tuple(k for k in (row.approvable_kinds or "").split(",") if k)
    return Limits(
        bool(row.may_approve),
        row.max_refund_minor,
        row.max_days_past_window,
        row.goodwill_per_shift_minor,
        row.goodwill_per_month_minor,
        row.max_discount_percent,
        kinds,
        row.min_secret_length,
        row.goodwill_per_week_minor,
    )


def issue(s: Session, staff: Staff, *, counter: str, via: str, now: datetime | None = None) -> StaffSession:
    """A new session for ``staff``, inside the sign-in's unit of work (services only)."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    expires = now + SESSION_LENGTH
    s.add(
        StaffSessionRow(
            token_hash=_hash(token),
            staff_id=staff.id,
            counter=counter[:100],
            via=via,
            issued_at=now,
            expires_at=expires,
        )
    )
    limits = s.get(RoleLimit, staff.role)
    return StaffSession(
        staff.id,
        staff.code,
        staff.name,
        staff.role,
        bool(limits and limits.may_approve),
        token=token,
        counter=counter,
        expires_at=expires,
    )


@retrying
def issue_for_code(db: Database, code: str, *, counter: str, via: str) -> StaffSession:
    """A session without a PIN, for work the program does on someone's behalf in-process (the
    demo store's history); never reachable from the window or the command line."""
    with db.transaction() as s:
        staff = s.execute(select(Staff).where(Staff.code == code, Staff.active.is_(True))).scalar_one()
        return issue(s, staff, counter=counter, via=via)


def actor(s: Session, session: object, *, now: datetime | None = None) -> Actor:
    """The verified person behind ``session``; NotSignedIn for anything else."""
    token = getattr(session, "token", "") if isinstance(session, StaffSession) else ""
    if not token or not isinstance(token, str):
        raise NotSignedIn(tr("Sign in first: this needs a signed-in staff member."))
    if token == _SETUP_TOKEN:
        return _setup_actor(s, getattr(session, "counter", ""))
    now = now or utcnow()
    row = s.execute(
        select(StaffSessionRow, Staff)
        .join(Staff, Staff.id == StaffSessionRow.staff_id)
        .where(StaffSessionRow.token_hash == _hash(token))
    ).first()
    if row is None:
        raise NotSignedIn(tr("This sign-in is not recognised; sign in again."))
    sess, staff = row
    if sess.ended_at is not None:
        raise NotSignedIn(tr("You were signed out; sign in again."))
    if sess.expires_at <= now:
        raise NotSignedIn(tr("Your sign-in has expired; sign in again."))
    if not staff.active:
        raise NotSignedIn(tr("This staff account is no longer active."))
    return Actor(
        staff.id, staff.code, staff.name, staff.role, sess.counter, sess.id, _limits(s.get(RoleLimit, staff.role))
    )


def verify(s: Session, session: object, action: Action, *, now: datetime | None = None) -> Actor:
    """Check ``session`` may take ``action``, inside the unit of work that then takes it."""
    who = actor(s, session, now=now)
    refused = permissions.check(who.role, action)
    if refused is not None:
        raise Forbidden(refusal_message(refused), refused)
    return who


def refuse(refusal: Refusal | None) -> None:
    """Raise Forbidden for a refusal the domain returned (``None``: carry on)."""
    if refusal is not None:
        raise Forbidden(refusal_message(refusal), refusal)


@retrying
def end(db: Database, session: object) -> None:
    """Sign out: the token stops working at once (lock, sign-out, the command's end)."""
    token = getattr(session, "token", "")
    if not token:
        return
    with db.transaction() as s:
        s.execute(
            update(StaffSessionRow)
            .where(StaffSessionRow.token_hash == _hash(token), StaffSessionRow.ended_at.is_(None))
            .values(ended_at=utcnow())
        )


def check(db: Database, session: object, action: Action) -> Actor:
    """Verify in a read of its own: for the window to mirror a permission before it asks."""
    with db.read() as s:
        return verify(s, session, action)
