"""Issue 17, "the command line acts as nobody": each attack as the issue tried it (both engines).

The demo staff: 101 associate, 201/202 shift leads, 301 store manager, 901 admin."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from posassist.db.session import Database
from posassist.db.tables.people import Staff
from posassist.errors import AuthError, InvalidInput, LockedOut
from posassist.services import approvals, auth, staff
from posassist.services.sessions import Forbidden
from tests.signin import admin, as_role, manager

WRONG = [f"{n:04d}" for n in range(1000, 1100)]


def test_unlock_every_four_guesses_does_not_give_unlimited_tries(demo_db: Database) -> None:
    """The issue: 37 tries with an unlock after every four found a PIN. Now the count of wrong
    PINs since the last good sign-in survives unlocks: the tenth wrong PIN closes the account
    until a manager sets a new PIN, and even the right PIN is refused until then."""
    boss = manager(demo_db)
    tried = 0
    with pytest.raises(InvalidInput, match="set a new PIN"):
        for guess in WRONG[:40]:
            try:
                auth.sign_in(demo_db, "101", guess)
            except LockedOut as locked:
                assert "new PIN" in str(locked)
                break
            except AuthError:
                pass
            tried += 1
            if tried % 4 == 0:
                staff.unlock(demo_db, "101", boss)
        staff.unlock(demo_db, "101", boss)
    assert tried + 1 == auth.MAX_SINCE_SIGN_IN  # the tenth wrong PIN is the last one heard
    with pytest.raises(LockedOut, match="new PIN"):
        auth.sign_in(demo_db, "101", "4826")  # the right PIN, too late
    staff.set_pin(demo_db, "101", "5937", boss)
    assert auth.sign_in(demo_db, "101", "5937").code == "101"


def test_unlock_needs_a_manager(demo_db: Database) -> None:
    lead = as_role(demo_db, "shift_lead")
    with pytest.raises(Forbidden):
        staff.unlock(demo_db, "101", lead)


def test_nobody_resets_the_pin_of_an_equal_or_higher_role(demo_db: Database) -> None:
    boss = manager(demo_db)
    with pytest.raises(Forbidden):
        staff.set_pin(demo_db, "901", "take-over-1", boss)  # the admin
    staff.add(demo_db, code="302", name="Other Manager", role="store_manager", pin="582913", actor=admin(demo_db))
    with pytest.raises(Forbidden):
        staff.set_pin(demo_db, "302", "take-over-2", boss)  # a fellow manager
    with pytest.raises(Forbidden):
        staff.add(demo_db, code="999", name="Mallory", role="admin", pin="mallory-pin-1", actor=boss)
    staff.set_pin(demo_db, "301", "864210", boss)  # their own: fine


def test_a_manager_who_reset_a_leads_pin_cannot_approve_their_own_request_as_that_lead(demo_db: Database) -> None:
    from posassist.services import goodwill

    boss = manager(demo_db)
    staff.set_pin(demo_db, "201", "417293", boss)  # the manager now knows the lead's PIN
    with demo_db.read() as s:
        cid = s.execute(text("SELECT MIN(id) FROM customers")).scalar_one()
    req = goodwill.new_request("gift", 1000, "CAD", "Flowers for the wait.", (cid,))
    asked = goodwill.ask(demo_db, req, staff=boss, store_id=1)
    with pytest.raises(AuthError, match="PIN was set by the person asking"):
        approvals.decide(
            demo_db, asked.id, approver_code="201", secret="417293", approve=True, reason_code="goodwill", note="ok"
        )
    # once the lead has chosen their own PIN, they decide it
    lead = auth.sign_in(demo_db, "201", "417293")
    staff.set_pin(demo_db, "201", "739165", lead)
    done = approvals.decide(
        demo_db, asked.id, approver_code="201", secret="739165", approve=True, reason_code="goodwill", note="ok"
    )
    assert done.status == "approved"


def test_a_store_manager_inserted_with_sql_does_not_sign_in(demo_db: Database) -> None:
    with demo_db.read() as s:
        known = s.execute(select(Staff.pin_hash).where(Staff.code == "101")).scalar_one()
    with demo_db.engine.begin() as c:  # the insider: a new manager with a PIN hash they know
        c.execute(
            text(
                "INSERT INTO staff (code, name, role, pin_hash, active, failed_attempts, failed_since_sign_in, created_at, updated_at)"
                " VALUES ('666', 'Mallory', 'store_manager', :h, :t, 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"h": known, "t": True},
        )
    with pytest.raises(AuthError, match="changed outside posassist"):
        auth.sign_in(demo_db, "666", "4826")
    with demo_db.read() as s:
        refused = s.execute(text("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.sign_in_refused'")).scalar()
    assert refused == 1


def test_a_role_raised_with_sql_does_not_sign_in(demo_db: Database) -> None:
    with demo_db.engine.begin() as c:
        c.execute(update(Staff).where(Staff.code == "101").values(role="store_manager"))
    with pytest.raises(AuthError, match="changed outside posassist"):
        auth.sign_in(demo_db, "101", "4826")
    with demo_db.engine.begin() as c:  # put back as it was: the seal matches again
        c.execute(update(Staff).where(Staff.code == "101").values(role="associate"))
    assert auth.sign_in(demo_db, "101", "4826").role == "associate"


def test_cli_staff_add_needs_a_sign_in_and_names_the_person(demo_db: Database) -> None:
    """`staff add 999 Mallory --role admin` from anyone: the service refuses without a session."""
    from posassist.services.sessions import NotSignedIn, setup_session

    with pytest.raises(NotSignedIn):
        staff.add(demo_db, code="999", name="Mallory", role="admin", pin="mallory-pin-1", actor=setup_session())


def test_role_limits_raised_with_sql_are_noticed(demo_db: Database) -> None:
    """The issue: raised limits inserted with SQL were used without a trace. Now a shift lead does
    not sign in on them (audited), and an admin who signs in is recorded seeing them."""
    from posassist.db.tables.people import RoleLimit

    with demo_db.engine.begin() as c:
        c.execute(update(RoleLimit).where(RoleLimit.role.in_(["shift_lead", "admin"])).values(max_refund_minor=10**9))
    with pytest.raises(AuthError, match="limits of the role shift_lead were changed outside posassist"):
        auth.sign_in(demo_db, "201", "739164")
    assert admin(demo_db).role == "admin"
    with demo_db.read() as s:
        seen = s.execute(
            text("SELECT action FROM audit_log WHERE entity = 'role_limits' AND action <> 'role_limits.sealed'")
        ).all()
    assert sorted(a for (a,) in seen) == ["role_limits.unsealed_seen", "staff.sign_in_refused"]
