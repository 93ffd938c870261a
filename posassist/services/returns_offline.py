"""Returns while the store's server is away (issue #21): the policy's offline limits
(domain/policy/offline.py) applied to a verdict judged on the counter's local copy, and the
return marked as made offline (``returns.offline_counter``).

Only inside a unit of work on the local copy (``db.failover.is_offline``); online, and on a SQLite
counter, nothing changes. The shift a limit counts over is the store's calendar day at this
counter: what this counter gave back offline since the store's midnight.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posassist.db.failover import is_offline
from posassist.db.session import Database
from posassist.db.tables.ops import ApprovalRequest
from posassist.db.tables.sales import Return
from posassist.domain.policy import Policy, Verdict
from posassist.domain.policy import offline as offline_rules
from posassist.services.returns_dto import ReturnDraft


def shift_start(tz_name: str, now: datetime) -> datetime:
    """The store's midnight before ``now`` (aware)."""
    tz = ZoneInfo(tz_name)
    local = now.astimezone(tz)
    return datetime.combine(local.date(), time(0), tzinfo=tz)


def given_back_offline(s: Session, counter: str, store_id: int, since: datetime) -> int:
    """Refunds and store credit this counter gave back offline since ``since``, in minor units."""
    total = s.execute(
        select(func.coalesce(func.sum(Return.refund_minor + Return.store_credit_minor), 0)).where(
            Return.offline_counter == counter,
            Return.store_id == store_id,
            Return.status == "committed",
            Return.committed_at >= since,
        )
    ).scalar_one()
    return int(total or 0)


def _approval_here(s: Session, approval_id: int | None, counter: str) -> bool:
    if approval_id is None:
        return True
    row = s.get(ApprovalRequest, approval_id)
    return row is None or row.counter == counter  # an unknown approval is refused by consume itself


def within_offline_limits(
    db: Database,
    s: Session,
    verdict: Verdict,
    policy: Policy,
    draft: ReturnDraft,
    counter: str,
    tz_name: str,
    now: datetime,
) -> Verdict:
    """``verdict`` unchanged online; offline, within the policy's offline limits or denied."""
    if not is_offline(db):
        return verdict
    return offline_rules.limit(
        verdict,
        policy.offline,
        no_receipt=draft.sale_id is None,
        shift_so_far_minor=given_back_offline(s, counter, draft.store_id, shift_start(tz_name, now)),
        approval_here=_approval_here(s, draft.approval_id, counter),
    )


def offline_counter(db: Database, counter: str) -> str | None:
    """What ``returns.offline_counter`` holds for a return committed now: the counter working on
    its local copy, or, when a counter's journal is replayed on the server, the counter that made
    the return offline (so the server's record says so too)."""
    replayed = getattr(db, "offline_replay_counter", None)
    if isinstance(replayed, str) and replayed:
        return replayed
    return (counter or "?") if is_offline(db) else None
