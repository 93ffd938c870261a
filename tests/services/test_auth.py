from datetime import timedelta

import pytest
from freezegun import freeze_time

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import Staff
from posassist.errors import AuthError, InvalidInput, LockedOut
from posassist.services import auth, staff_seal


@pytest.fixture
def staff(db: Database) -> Database:
    with db.transaction() as s:
        st = Staff(
            code="501",
            name="Test Lead",
            role="shift_lead",
            pin_hash=auth.hash_secret("739164"),
            badge_code="BADGE-0501",
        )
        s.add(st)
        staff_seal.seal(s, st, actor_id=None)  # as posassist's own staff changes do (issue 17)
    return db


def test_sign_in_ok_with_role_limits(staff: Database) -> None:
    info = auth.sign_in(staff, "501", "739164")
    assert info.name == "Test Lead" and info.may_approve


def test_pin_is_hashed_with_argon2id(staff: Database) -> None:
    with staff.read() as s:
        h = s.query(Staff).one().pin_hash
    assert h.startswith("$argon2id$") and "739164" not in h


def test_wrong_pin_and_unknown_code_say_the_same(staff: Database) -> None:
    with pytest.raises(AuthError) as a:
        auth.sign_in(staff, "501", "000000")
    with pytest.raises(AuthError) as b:
        auth.sign_in(staff, "999", "000000")
    assert str(a.value) == str(b.value)


def test_five_failures_lock_for_fifteen_minutes_and_survive_restart(staff: Database) -> None:
    for _ in range(4):
        with pytest.raises(AuthError):
            auth.sign_in(staff, "501", "111111")
    with pytest.raises(LockedOut, match="locked until"):
        auth.sign_in(staff, "501", "111111")
    # a new process (new engine) sees the lockout, and the right PIN does not get through
    other = Database(staff.url)
    try:
        with pytest.raises(LockedOut, match=r"locked until \d\d:\d\d"):
            auth.sign_in(other, "501", "739164")
        with freeze_time(utcnow() + timedelta(minutes=16)):
            assert auth.sign_in(other, "501", "739164").code == "501"
    finally:
        other.dispose()


def test_empty_input_is_a_clear_message(staff: Database) -> None:
    with pytest.raises(InvalidInput):
        auth.sign_in(staff, "", "1234")


def test_badge_stands_for_the_code(staff: Database) -> None:
    assert auth.code_for_badge(staff, "BADGE-0501") == "501"
    with pytest.raises(AuthError):
        auth.code_for_badge(staff, "BADGE-9999")


@pytest.mark.parametrize("pin", ["1111", "123456", "12"])
def test_weak_secrets_are_refused(pin: str) -> None:
    with pytest.raises(InvalidInput):
        auth.check_secret_strength(pin, 6 if len(pin) > 4 else 4)


@pytest.mark.parametrize("pin", ["739164", "000000"])
def test_the_pin_is_hashed_outside_any_write_transaction(staff: Database, monkeypatch, pin: str) -> None:  # type: ignore[no-untyped-def]
    """Counters signing in at once never wait for each other's argon2id: while the hash is checked,
    another writer takes the write lock at once (SQLite) / the staff row is not locked (PostgreSQL)."""
    from sqlalchemy import select, text

    seen: list[str] = []
    real = auth._hasher.verify

    def verify(h: str, p: str) -> bool:
        if staff.engine.dialect.name == "sqlite":
            import sqlite3

            raw = sqlite3.connect(staff.engine.url.database or "", isolation_level=None, timeout=0)
            raw.execute("BEGIN IMMEDIATE")  # fails at once if a write transaction is open
            raw.execute("ROLLBACK")
            raw.close()
            seen.append("free")
        else:
            with staff.engine.connect() as other:
                with other.begin():
                    other.execute(text("SET LOCAL lock_timeout = '100ms'"))
                    other.execute(select(Staff.id).where(Staff.code == "501").with_for_update(nowait=True))
            seen.append("free")
        return bool(real(h, p))

    class Watched:
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(real.__self__, name)  # type: ignore[attr-defined]

    watched = Watched()
    watched.verify = verify  # type: ignore[attr-defined]
    monkeypatch.setattr(auth, "_hasher", watched)
    if pin == "739164":
        assert auth.sign_in(staff, "501", pin).name == "Test Lead"
    else:
        with pytest.raises(AuthError):
            auth.sign_in(staff, "501", pin)
        with staff.read() as s:
            assert s.execute(select(Staff.failed_attempts).where(Staff.code == "501")).scalar_one() == 1
    assert seen == ["free"]
