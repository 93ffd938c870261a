"""Sign-in by staff code and PIN or by badge scan; argon2id hashes; lockout kept in the database."""

from __future__ import annotations

import dataclasses
from contextvars import ContextVar
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from posassist.db import offline_hooks
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import RoleLimit, Staff
from posassist.domain.permissions import Action
from posassist.domain.typed import tidy
from posassist.errors import AuthError, InvalidInput, LockedOut
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services import audit, sessions, staff_seal
from posassist.services.audit_keys import AuditWitness
from posassist.services.dto import StaffInfo, StaffSession

MAX_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
# wrong PINs since the last good sign-in, across lockouts and unlocks: past this, only a new PIN
# (set by a manager) opens the account, so "unlock every four guesses" cannot go on for ever
MAX_SINCE_SIGN_IN = 10
_hasher = PasswordHasher()  # argon2id, memory-hard; parameters from argon2-cffi's RFC 9106 profile
_BAD = QT_TR_NOOP("Staff code or PIN not recognised; try again.")
_NEEDS_NEW_PIN = QT_TR_NOOP(
    "Too many wrong PINs for {code} since its last sign-in: a store manager sets a new PIN (an unlock is not enough)."
)
_LIMITS_UNSEALED = QT_TR_NOOP(
    "The limits of the role {role} were changed outside posassist; an admin applies the set-up again (posassist setup) before this role signs in."
)
_UNSEALED = QT_TR_NOOP(
    "The account {code} was changed outside posassist (no matching record in the audit log); it cannot sign in until an admin sets it up again."
)


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def pin_matches(pin_hash: str, pin: str) -> bool:
    """True when ``pin`` is the one ``pin_hash`` was made from (no lockout: not a sign-in)."""
    try:
        return bool(_hasher.verify(pin_hash, pin))
    except (VerificationError, InvalidHashError):
        return False


def check_secret_strength(secret: str, min_length: int) -> None:
    if len(secret) < min_length:
        raise InvalidInput(
            tr("The PIN must have at least {min_length} characters for this role.", min_length=min_length), field="pin"
        )
    if len(set(secret)) < 2 or secret in "0123456789" or secret in "9876543210":
        raise InvalidInput(
            tr("That PIN is too easy to guess (all the same or a run of digits); choose another."), field="pin"
        )


def _locked_message(staff: Staff, tz_name: str | None) -> str:
    until = staff.locked_until
    assert until is not None
    if tz_name:
        from zoneinfo import ZoneInfo

        until = until.astimezone(ZoneInfo(tz_name))
    return tr(
        "Too many wrong PINs: {code} is locked until {until:%H:%M}. A store manager can unlock it.",
        code=staff.code,
        until=until,
    )


@retrying
def sign_in(
    db: Database, code: str, pin: str, *, counter: str = "", tz_name: str | None = None, via: str = "pin"
) -> StaffSession:
    """Check a staff code and PIN; five wrong PINs lock the account for 15 minutes, everywhere.

    Returns the session the services verify on every change (``via``: pin, badge or cli)."""
    session = _authenticate(db, code, pin, counter=counter, tz_name=tz_name, via=via)
    assert isinstance(session, StaffSession)
    return session


# An approval decided offline: the approver's PIN was checked at the counter, against its local
# copy, and the journal never holds it. While the uploader (services/offline/replay.py, in this
# process) replays that decision on the server, this holds the approver's code (nothing else sets it).
replayed_approver: ContextVar[str | None] = ContextVar("posassist_replayed_approver", default=None)


@retrying
def check_credentials(db: Database, code: str, pin: str, *, counter: str = "", tz_name: str | None = None) -> StaffInfo:
    """The same check as sign-in, without a session: an approver's own code and PIN at a counter
    where someone else is signed in."""
    if not pin and code and replayed_approver.get() == code:
        with db.read() as s:
            staff = s.execute(select(Staff).where(Staff.code == code, Staff.active.is_(True))).scalar_one_or_none()
            if staff is None:
                raise AuthError(tr(_BAD))
            limits = s.get(RoleLimit, staff.role)
            return StaffInfo(staff.id, staff.code, staff.name, staff.role, bool(limits and limits.may_approve))
    return _authenticate(db, code, pin, counter=counter, tz_name=tz_name, via=None)


def _authenticate(
    db: Database, code: str, pin: str, *, counter: str, tz_name: str | None, via: str | None
) -> StaffInfo:
    code = tidy(code)[:64]  # no stored code is longer; NUL and control characters never reach a query
    if not code or not pin:
        raise InvalidInput(tr("Type your staff code and PIN."), field="code" if not code else "pin")
    # argon2id takes a fraction of a second by design: it runs outside any transaction, so that
    # counters signing in at once never hold SQLite's write lock (or a row lock) while it hashes
    with db.read() as s:
        row = s.execute(
            select(Staff.pin_hash, Staff.active, Staff.locked_until, Staff.failed_since_sign_in).where(
                Staff.code == code
            )
        ).one_or_none()
    if row is None or not row.active:
        _hasher.hash(pin)  # same cost either way, so timing does not reveal which codes exist
        raise AuthError(tr(_BAD))
    if row.failed_since_sign_in >= MAX_SINCE_SIGN_IN:
        raise LockedOut(tr(_NEEDS_NEW_PIN, code=code))
    if row.locked_until and row.locked_until > utcnow():
        with db.read() as s:
            staff = s.execute(select(Staff).where(Staff.code == code)).scalar_one()
            raise LockedOut(_locked_message(staff, tz_name))
    good = pin_matches(row.pin_hash, pin)
    rehash = _hasher.hash(pin) if good and _hasher.check_needs_rehash(row.pin_hash) else None
    return _record_attempt(db, code, pin, row.pin_hash, good, rehash, counter=counter, tz_name=tz_name, via=via)


def _seal_refusal(s: Any, staff: Staff, counter: str) -> str | None:
    """Why a good PIN still does not sign in: the account, or its role's limits, were written
    outside posassist (no matching seal in the audit chain). Audited either way; an admin signs
    in on tampered limits (to set the store up again), nobody on a tampered account."""
    if not staff_seal.is_sealed(s, staff):
        audit.record(
            s,
            actor_id=None,
            where=counter,
            action="staff.sign_in_refused",
            entity="staff",
            entity_id=staff.id,
            payload={"reason": "not_sealed", "code": staff.code, "role": staff.role, "counter": counter},
        )
        return tr(_UNSEALED, code=staff.code)
    if staff_seal.limits_sealed(s, staff.role):
        return None
    admin = staff.role == "admin"
    audit.record(
        s,
        actor_id=staff.id if admin else None,
        where=counter,
        action="role_limits.unsealed_seen" if admin else "staff.sign_in_refused",
        entity="role_limits",
        entity_id=staff.role,
        payload={"reason": "limits_not_sealed", "code": staff.code, "counter": counter},
    )
    return None if admin else tr(_LIMITS_UNSEALED, role=staff.role)


def _record_attempt(
    db: Database,
    code: str,
    pin: str,
    checked_hash: str,
    good: bool,
    rehash: str | None,
    *,
    counter: str,
    tz_name: str | None,
    via: str | None,
) -> StaffInfo:
    """The attempt's outcome, in one short transaction that re-reads the account under lock (another
    counter may have locked it, or an admin reset the PIN, since the hash was checked)."""
    failed = locked = unsealed = for_good = False
    with db.transaction() as s:
        staff = s.execute(select(Staff).where(Staff.code == code).with_for_update()).scalar_one_or_none()
        if staff is None or not staff.active:
            raise AuthError(tr(_BAD))
        now = utcnow()
        if staff.locked_until and staff.locked_until > now:
            raise LockedOut(_locked_message(staff, tz_name))
        if staff.failed_since_sign_in >= MAX_SINCE_SIGN_IN:
            raise LockedOut(tr(_NEEDS_NEW_PIN, code=staff.code))
        if staff.pin_hash != checked_hash:  # the PIN changed meanwhile: judge against the new one
            good = pin_matches(staff.pin_hash, pin)
            rehash = None
        refused = _seal_refusal(s, staff, counter) if good else None
        if refused:
            unsealed, message = True, refused
        elif not good:
            staff.failed_attempts += 1
            staff.failed_since_sign_in += 1
            if staff.failed_since_sign_in >= MAX_SINCE_SIGN_IN:
                audit.record(
                    s,
                    actor_id=None,
                    action="staff.locked_until_new_pin",
                    entity="staff",
                    entity_id=staff.id,
                    payload={"counter": counter, "wrong_pins": staff.failed_since_sign_in},
                )
            if staff.failed_attempts >= MAX_ATTEMPTS:
                staff.locked_until = now + LOCKOUT
                staff.failed_attempts = 0
                audit.record(
                    s,
                    actor_id=None,
                    action="staff.locked",
                    entity="staff",
                    entity_id=staff.id,
                    payload={"counter": counter},
                )
            failed = True
            for_good = staff.failed_since_sign_in >= MAX_SINCE_SIGN_IN
            locked = staff.locked_until is not None and staff.locked_until > now
            message = _locked_message(staff, tz_name) if locked else tr(_BAD)
        else:
            staff.failed_attempts = 0
            staff.failed_since_sign_in = 0
            staff.locked_until = None
            staff.last_sign_in_at = now
            # not on a counter's local copy: the server's seal there (db/replica/seals.py) would
            # no longer match; the server rehashes at the next sign-in there
            if rehash is not None and not offline_hooks.is_local(s):
                staff.pin_hash = rehash
                staff_seal.seal(s, staff, actor_id=staff.id, where=counter)
            if via is None:
                limits = s.get(RoleLimit, staff.role)
                return StaffInfo(staff.id, staff.code, staff.name, staff.role, bool(limits and limits.may_approve))
            return sessions.issue(s, staff, counter=counter, via=via, now=now)
    # the failed attempt (or the refused account) is committed above before we say no
    if unsealed:
        raise AuthError(message)
    assert failed
    if for_good:
        raise LockedOut(tr(_NEEDS_NEW_PIN, code=code))
    raise (LockedOut if locked else AuthError)(message)


def code_for_badge(db: Database, badge: str) -> str:
    """A badge scan stands for typing the staff code; the PIN is still asked."""
    badge = tidy(badge)[:64]
    with db.read() as s:
        code = s.execute(
            select(Staff.code).where(Staff.badge_code == badge, Staff.active.is_(True))
        ).scalar_one_or_none()
    if code is None:
        raise AuthError(tr("Badge not recognised; sign in with your staff code and PIN."))
    return code


class Auth:
    """Signing in and out: a verified session for the window or the command line."""

    def __init__(
        self, db: Database, *, counter: str = "", tz_name: str | None = None, witness: AuditWitness | None = None
    ) -> None:
        self._db, self.counter, self._tz = db, counter, tz_name
        self.witness = witness

    def sign_in(self, code: str, pin: str, *, via: str = "pin") -> StaffSession:
        """A verified session; the counter's audit checkpoints are compared first (a mismatch is
        recorded and comes back in ``warnings``), then the head becomes a new checkpoint."""
        session = sign_in(self._db, code, pin, counter=self.counter, tz_name=self._tz, via=via)
        if self.witness is None:
            return session
        warnings = self.witness.on_sign_in(self._db, session.id, self.counter)
        return dataclasses.replace(session, warnings=warnings) if warnings else session

    def checkpoint(self, reason: str) -> None:
        """The audit log's head as a checkpoint of this counter (a command that signed in ends)."""
        if self.witness is not None:
            try:
                self.witness.checkpoint(self._db, reason)
            except OSError:
                pass  # the next sign-in or verify writes one

    def code_for_badge(self, badge: str) -> str:
        return code_for_badge(self._db, badge)

    def sign_out(self, session: StaffSession | None) -> None:
        if session is not None:
            sessions.end(self._db, session)

    def check(self, session: StaffSession, action: Action) -> bool:
        """For the window to mirror a permission (menus); the service still decides."""
        try:
            sessions.check(self._db, session, action)
        except AuthError:
            return False
        return True
