"""The service knows who is asking: a session the caller built or altered is refused, the role
comes from the staff record, and every admin action checks the permission table."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import StaffSessionRow
from posassist.db.tables.sales import Sale, SaleLine
from posassist.errors import ApprovalRequired
from posassist.services import (
    auth,
    catalogue_sync,
    customer_records,
    notes,
    policy_admin,
    returns,
    sessions,
    staff,
)
from posassist.services.catalogue_sync import Options
from posassist.services.dto import StaffSession
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
from posassist.services.sessions import Forbidden, NotSignedIn
from tests.signin import admin, as_role, manager

DATA = __import__("pathlib").Path(__file__).parent.parent / "data" / "catalogue"


def _forged(db: Database) -> StaffSession:
    """What a caller could type: the admin's id, code and role, with a made-up token."""
    real = admin(db)
    return dataclasses.replace(real, role="store_manager", token="made-up-token-" + "x" * 30)


def _admin_actions(db: Database) -> dict[str, object]:
    """Every admin action, as a function of the session it is given."""
    store = current_store(db, "DT")
    assert store is not None
    opts = Options(format="auto", currency="CAD", store_id=store.id)
    return {
        "catalogue apply": lambda who: catalogue_sync.apply(db, str(DATA / "feed.xml"), opts, staff=who),
        "catalogue rollback": lambda who: catalogue_sync.rollback(db, None, who),
        "policy save": lambda who: policy_admin.save(db, policy_admin.in_force(db).rules, staff=who),
        "staff add": lambda who: staff.add(db, code="999", name="Mallory", role="admin", pin="m4ll-0ry-9", actor=who),
        "staff set-pin": lambda who: staff.set_pin(db, "901", "taken-over-1", who),
        "staff unlock": lambda who: staff.unlock(db, "101", who),
        "staff deactivate": lambda who: staff.set_active(db, "301", False, who),
        "customer erase": lambda who: customer_records.erase(db, 1, who),
        "customer export": lambda who: customer_records.export(db, 1, who),
    }


def test_a_forged_or_altered_session_is_refused_for_every_admin_action(demo_db: Database) -> None:
    forged = _forged(demo_db)
    plain = StaffSession(1, "901", "Jordan Admin", "admin", False)  # no token at all
    for name, act in _admin_actions(demo_db).items():
        for who in (forged, plain, None):
            with pytest.raises(NotSignedIn):
                act(who)  # type: ignore[operator]
            assert name  # (for the failure message)


def test_the_role_comes_from_the_staff_record_not_the_caller(demo_db: Database) -> None:
    """An associate's real session with 'store_manager' written into it is still an associate."""
    alex = as_role(demo_db, "associate")
    promoted = dataclasses.replace(alex, role="admin", may_approve=True)
    for name, act in _admin_actions(demo_db).items():
        with pytest.raises(Forbidden, match="You are signed in as an associate"):
            act(promoted)  # type: ignore[operator]
        assert name


def _line_over(db: Database, minor: int) -> tuple[int, int]:
    """A recent counter sale line (one unit) worth more than ``minor``: (sale id, line id)."""
    with db.read() as s:
        row = s.execute(
            select(Sale.id, SaleLine.id)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .where(
                SaleLine.quantity == 1,
                SaleLine.total_minor > minor,
                SaleLine.total_minor < 90_000,
                SaleLine.final_sale.is_(False),
                Sale.sold_at > utcnow() - timedelta(days=10),
                Sale.receipt_no.like("R-ANON-%"),
            )
            .order_by(Sale.sold_at.desc())
            .limit(1)
        ).first()
    assert row is not None, "the demo store has a recent sale over the associate's limit"
    return row[0], row[1]


def test_an_altered_role_refunds_nothing_without_approval(demo_db: Database) -> None:
    """The probe of the issue: an associate's session saying store_manager refunded without approval."""
    store = current_store(demo_db, "DT")
    assert store is not None
    sale_id, line_id = _line_over(demo_db, 20_000)  # the associate may refund up to $200
    alex = as_role(demo_db, "associate")
    line = DraftLine(line_id, 1, reason="changed_mind", condition="unopened", resolution="refund")
    draft = returns.new_draft(store.id, alex.id, sale_id=sale_id, lines=(line,))
    as_manager = returns.evaluate(demo_db, draft, manager(demo_db))
    assert as_manager.verdict.status == "allowed"  # a real manager may refund it ...
    as_alex = returns.evaluate(demo_db, draft, alex)
    assert as_alex.verdict.status == "needs_approval"  # ... the associate needs a shift lead
    promoted = dataclasses.replace(alex, role="store_manager")
    assert returns.evaluate(demo_db, draft, promoted).verdict == as_alex.verdict
    with pytest.raises(ApprovalRequired):
        commit(demo_db, draft, promoted)
    with pytest.raises(NotSignedIn):
        commit(demo_db, draft, _forged(demo_db))


def test_signed_out_and_expired_sessions_stop_working(demo_db: Database) -> None:
    alex = as_role(demo_db, "associate")
    note = dict(customer_id=None, store_id=1, channel="counter", topic="other", body="Asked about hours.")
    assert notes.add(demo_db, staff=alex, **note).id
    sessions.end(demo_db, alex)
    with pytest.raises(NotSignedIn, match="signed out"):
        notes.add(demo_db, staff=alex, **note)
    jamie = as_role(demo_db, "associate", 1)
    with demo_db.transaction() as s:
        s.execute(update(StaffSessionRow).values(expires_at=utcnow() - timedelta(seconds=1)))
    with pytest.raises(NotSignedIn, match="expired"):
        notes.add(demo_db, staff=jamie, **note)


def test_the_session_is_kept_only_as_a_hash_with_its_counter(demo_db: Database) -> None:
    alex = auth.sign_in(demo_db, "101", "4826", counter="Counter 3")
    with demo_db.read() as s:
        row = s.execute(select(StaffSessionRow).order_by(StaffSessionRow.id.desc())).scalars().first()
        assert row is not None and row.counter == "Counter 3" and row.ended_at is None
        assert alex.token not in row.token_hash and len(row.token_hash) == 64
        assert s.execute(select(func.count()).where(StaffSessionRow.token_hash == alex.token)).scalar_one() == 0


def test_nobody_grants_or_touches_a_role_above_their_own(demo_db: Database) -> None:
    mgr = manager(demo_db)
    with pytest.raises(Forbidden, match="cannot give or change the account of an admin"):
        staff.add(demo_db, code="998", name="Eve", role="admin", pin="e-v-e-12345", actor=mgr)
    with pytest.raises(Forbidden, match="an admin"):
        staff.set_pin(demo_db, "901", "taken-over-1", mgr)
    lead = as_role(demo_db, "shift_lead")
    with pytest.raises(Forbidden, match="only a store manager or an admin may change staff accounts"):
        staff.unlock(demo_db, "101", lead)
    added = staff.add(demo_db, code="997", name="New Lead", role="shift_lead", pin="n3w-l34d", actor=mgr)
    assert added.role == "shift_lead"
    with demo_db.read() as s:
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
    assert entry is not None and entry.action == "staff.added" and entry.actor_id == mgr.id
    assert entry.payload["where"] == "tests"  # the counter (or cli:user@host) the manager acted from


def test_the_set_up_session_works_only_while_there_is_no_staff(db: Database) -> None:
    setup = sessions.setup_session()
    first = staff.add(db, code="1", name="First Admin", role="admin", pin="first-admin-1", actor=setup)
    assert first.role == "admin"
    with pytest.raises(NotSignedIn, match="has staff accounts"):
        staff.add(db, code="2", name="Second", role="admin", pin="second-admin-2", actor=setup)
