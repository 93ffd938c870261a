"""Who may do what: one table, checked by every service that changes data.

The window and the command line only mirror it (menus, enabled actions); the services decide.
Actions are stable codes; roles are ranked so that nobody grants, or acts on, a role above their
own. Limits that depend on money or days (refund maximum, days past the window, goodwill budgets,
discounts) live with each role in the database (``role_limits``) and are checked by the services
that spend them; this table says which actions a role may take at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

ROLES = ("associate", "shift_lead", "store_manager", "admin")
RANK = {role: rank for rank, role in enumerate(ROLES)}


class Action(StrEnum):
    # the counter's daily work
    NOTE_WRITE = "note.write"
    CUSTOMER_EDIT = "customer.edit"
    CUSTOMER_MERGE = "customer.merge"  # merge two records into one, and undo it the same day
    ALERT_EDIT = "alert.edit"
    FOLLOW_UP_WRITE = "follow_up.write"
    HOLD_CREATE = "hold.create"
    RETURN_DRAFT = "return.draft"
    RETURN_COMMIT = "return.commit"
    APPROVAL_REQUEST = "approval.request"
    APPROVAL_DECIDE = "approval.decide"
    GOODWILL_GRANT = "goodwill.grant"
    RECEIPT_PRINT = "receipt.print"
    STORE_CREDIT_ISSUE = "store_credit.issue"
    STORE_CREDIT_REDEEM = "store_credit.redeem"
    # a customer's own data
    CUSTOMER_EXPORT = "customer.export"
    CUSTOMER_ERASE = "customer.erase"
    # administration
    STAFF_MANAGE = "staff.manage"
    POLICY_EDIT = "policy.edit"
    CATALOGUE_APPLY = "catalogue.apply"
    CATALOGUE_ROLLBACK = "catalogue.rollback"
    SALES_IMPORT = "sales.import"  # sales and customers from the till and the web shop
    SETUP_APPLY = "setup.apply"
    DB_RESTORE = "db.restore"
    AUDIT_KEY_ADD = "audit.key_add"  # register a counter's audit signing key (and rotate this counter's)
    AUDIT_KEY_REVOKE = "audit.key_revoke"  # a key that was lost or stolen signs nothing valid after this
    REPORTS_READ = "reports.read"
    PRINTERS_MANAGE = "printers.manage"
    # after an outage (issue #21): send the counter's journal; review what was done offline
    OFFLINE_UPLOAD = "offline.upload"
    OFFLINE_REVIEW = "offline.review"


_EVERYONE = frozenset(ROLES)
_LEADS = frozenset({"shift_lead", "store_manager", "admin"})
_MANAGERS = frozenset({"store_manager", "admin"})
_ADMIN = frozenset({"admin"})

PERMISSIONS: dict[Action, frozenset[str]] = {
    Action.NOTE_WRITE: _EVERYONE,
    Action.CUSTOMER_EDIT: _EVERYONE,
    Action.CUSTOMER_MERGE: _LEADS,  # moves sales, returns and store credit: a shift lead looks first
    Action.ALERT_EDIT: _EVERYONE,
    Action.FOLLOW_UP_WRITE: _EVERYONE,
    Action.HOLD_CREATE: _EVERYONE,
    Action.RETURN_DRAFT: _EVERYONE,
    Action.RETURN_COMMIT: _EVERYONE,
    Action.APPROVAL_REQUEST: _EVERYONE,
    # approving also needs the role's limits (may_approve, kinds, amounts): see approvals
    Action.APPROVAL_DECIDE: _LEADS,
    Action.GOODWILL_GRANT: _EVERYONE,  # only with an approval decided by someone else
    Action.RECEIPT_PRINT: _EVERYONE,
    Action.STORE_CREDIT_ISSUE: _EVERYONE,  # only for a return's credit or an approved goodwill gesture
    Action.STORE_CREDIT_REDEEM: _EVERYONE,
    Action.CUSTOMER_EXPORT: _MANAGERS,
    Action.CUSTOMER_ERASE: _MANAGERS,
    Action.STAFF_MANAGE: _MANAGERS,
    Action.POLICY_EDIT: _MANAGERS,
    Action.CATALOGUE_APPLY: _MANAGERS,
    Action.CATALOGUE_ROLLBACK: _MANAGERS,
    Action.SALES_IMPORT: _MANAGERS,
    Action.SETUP_APPLY: _ADMIN,
    Action.DB_RESTORE: _ADMIN,
    Action.AUDIT_KEY_ADD: _ADMIN,
    Action.AUDIT_KEY_REVOKE: _ADMIN,
    Action.REPORTS_READ: _LEADS,
    Action.PRINTERS_MANAGE: _MANAGERS,
    Action.OFFLINE_UPLOAD: _EVERYONE,  # it only sends what was done; the server checks each call again
    Action.OFFLINE_REVIEW: _LEADS,  # a shift lead reviews every offline transaction before the day closes
}


def may(role: str, action: Action | str) -> bool:
    """True when ``role`` may take ``action`` (an unknown role or action may do nothing)."""
    try:
        return role in PERMISSIONS[Action(action)]
    except ValueError:
        return False


def roles_for(action: Action | str) -> tuple[str, ...]:
    """The roles that may take ``action``, lowest first (for messages: "a store manager can…")."""
    allowed = PERMISSIONS.get(Action(action), frozenset())
    return tuple(r for r in ROLES if r in allowed)


def outranks_or_equals(actor_role: str, target_role: str) -> bool:
    """Nobody grants a role above their own, or changes the account of someone above them."""
    return RANK.get(actor_role, -1) >= RANK.get(target_role, len(ROLES))


@dataclass(frozen=True)
class Refusal:
    """Why an action was refused, as data: the edge words it in the reader's language."""

    code: str  # "not_permitted" | "above_own_role" | "own_account"
    action: str
    role: str
    needed: tuple[str, ...] = ()


def check(role: str, action: Action | str) -> Refusal | None:
    if may(role, action):
        return None
    return Refusal("not_permitted", str(action), role, roles_for(action))


def check_staff_change(actor_role: str, target_role: str, new_role: str | None = None) -> Refusal | None:
    """A staff change (add, PIN, unlock, activate, role) on an account of ``target_role``."""
    refused = check(actor_role, Action.STAFF_MANAGE)
    if refused:
        return refused
    for role in (target_role, new_role):
        if role is not None and not outranks_or_equals(actor_role, role):
            return Refusal("above_own_role", Action.STAFF_MANAGE.value, actor_role, (role,))
    return None


def check_pin_reset(actor_role: str, target_role: str, own: bool) -> Refusal | None:
    """Setting someone else's PIN: only for a role below one's own (whoever knows the new PIN can
    act as that person, so a manager must not become a fellow manager); an admin may for another
    admin (there is nobody above), and everyone may change their own."""
    if own:
        return None
    refused = check(actor_role, Action.STAFF_MANAGE)
    if refused:
        return refused
    if RANK.get(actor_role, -1) > RANK.get(target_role, len(ROLES)) or actor_role == "admin":
        return None
    return Refusal("above_own_role", Action.STAFF_MANAGE.value, actor_role, (target_role,))
