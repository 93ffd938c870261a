"""A staff member's first sign-in of a shift while the PostgreSQL server is away, through the real
``db.replica.LocalCopy``: the accounts' seals come with the copy (db/replica/seals.py), so the
shift lead signs in; an account edited in the copy file (a PIN hash copied from another account,
and then a seal forged to match it) is still refused."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select

from posassist.db.failover import FailoverDatabase
from posassist.db.replica import LocalCopy, seals
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.people import Staff
from posassist.db.tables.replica import ReplicaSeal
from posassist.errors import AuthError
from posassist.services import audit, audit_keys, auth, staff, staff_seal
from posassist.services.audit_keys import AuditWitness
from posassist.services.audit_sign import load_or_create
from posassist.services.demo.stories import STAFF
from tests.services import failover_support
from tests.services.failover_support import Outage
from tests.signin import admin, manager

outage = failover_support.outage  # the fixture
COUNTER = "till-9"
LEADS = [p for p in STAFF if p.role == "shift_lead"]
ALEX = next(p for p in STAFF if p.role == "associate")


def test_the_copied_seal_actions_are_the_ones_sign_in_checks() -> None:
    assert set(seals.STAFF_SEALS) == set(staff_seal.SEALING)
    assert seals.LIMITS_SEALS == (staff_seal.LIMITS_SEALED,)


@pytest.fixture
def real_copy(outage: Outage, tmp_path: Path) -> Iterator[tuple[FailoverDatabase, LocalCopy]]:
    primary = Database(outage.url)
    lc = LocalCopy(primary, tmp_path / "copy.db", store_id=None, counter=COUNTER)
    fdb = FailoverDatabase(primary, lc, timeout_ms=800, probe_interval_s=3600)
    yield fdb, lc
    fdb.dispose()
    lc.close()


def _row(path: Path, code: str) -> dict[str, object]:
    with sqlite3.connect(path) as c:
        c.row_factory = sqlite3.Row
        return dict(c.execute("SELECT * FROM staff WHERE code = ?", (code,)).fetchone())


def _copy_pin_hash(path: Path, to_code: str, from_code: str) -> None:
    """What someone with the copy file and sqlite3 does: another account's PIN hash on this one."""
    with sqlite3.connect(path) as c:
        (h,) = c.execute("SELECT pin_hash FROM staff WHERE code = ?", (from_code,)).fetchone()
        c.execute("UPDATE staff SET pin_hash = ? WHERE code = ?", (h, to_code))


def _forge_seal(path: Path, code: str) -> None:
    """...and then a seal that matches the edited account: digest and chain hash recomputed."""
    row = _row(path, code)
    st = SimpleNamespace(**{**row, "active": bool(row["active"])})
    with sqlite3.connect(path) as c:
        c.row_factory = sqlite3.Row
        seal = dict(
            c.execute(
                "SELECT * FROM replica_seals WHERE entity = 'staff' AND entity_id = ?", (str(row["id"]),)
            ).fetchone()
        )
        payload = {**json.loads(seal["payload"]), "digest": staff_seal.digest(st)}
        with Database(f"sqlite:///{path}").read() as s:  # the stored time, as the check reads it
            at = s.get(ReplicaSeal, ("staff", str(row["id"]))).at  # type: ignore[union-attr]
        content = audit.canonical(
            seal["seq"], at, seal["actor_id"], seal["action"], "staff", seal["entity_id"], payload
        )
        c.execute(
            "UPDATE replica_seals SET payload = ?, hash = ? WHERE entity = 'staff' AND entity_id = ?",
            (json.dumps(payload), audit.chain_hash(seal["prev_hash"], content), seal["entity_id"]),
        )


def _refused(fdb: FailoverDatabase, code: str, pin: str) -> str:
    with pytest.raises(AuthError) as err:
        auth.sign_in(fdb, code, pin, counter=COUNTER)
    return str(err.value)


def test_first_sign_in_offline_on_an_unsigned_store(outage: Outage, real_copy) -> None:  # type: ignore[no-untyped-def]
    fdb, lc = real_copy
    lc.ensure()
    with lc.local.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 0  # no server log here
        assert s.execute(select(func.count()).select_from(ReplicaSeal)).scalar_one() >= len(STAFF)
    outage.proxy.down()
    lead = auth.sign_in(fdb, LEADS[0].code, LEADS[0].pin, counter=COUNTER)  # never signed in here before
    assert not fdb.online and lead.role == "shift_lead"
    _copy_pin_hash(lc.path, LEADS[1].code, ALEX.code)
    assert "changed outside posassist" in _refused(fdb, LEADS[1].code, ALEX.pin)


class _DueForRehash:
    def __init__(self, hasher: Any) -> None:
        self._hasher = hasher

    def __getattr__(self, name: str) -> Any:
        return getattr(self._hasher, name)

    def check_needs_rehash(self, _hash: str) -> bool:
        return True


def test_a_pin_hash_due_for_rehashing_is_left_as_the_server_sealed_it_offline(  # type: ignore[no-untyped-def]
    outage: Outage, real_copy, monkeypatch
) -> None:
    fdb, lc = real_copy
    lc.ensure()
    outage.proxy.down()
    monkeypatch.setattr(auth, "_hasher", _DueForRehash(auth._hasher))  # new hashing parameters
    before = _row(lc.path, LEADS[0].code)["pin_hash"]
    for _ in range(2):  # the second sign-in still matches the copied seal
        assert auth.sign_in(fdb, LEADS[0].code, LEADS[0].pin, counter=COUNTER).role == "shift_lead"
    assert _row(lc.path, LEADS[0].code)["pin_hash"] == before and not fdb.online


def test_first_sign_in_offline_with_the_counters_key_and_a_forged_seal_refused(  # type: ignore[no-untyped-def]
    outage: Outage, real_copy, tmp_path: Path
) -> None:
    fdb, lc = real_copy
    server = Database(outage.server_url)
    try:
        key = load_or_create(tmp_path / "config" / "audit-signing.key")
        w = AuditWitness(key, tmp_path / "config" / "checkpoints", server.url, COUNTER)
        w.attach(server)
        audit_keys.add_key(server, admin(server), public_hex=key.public_hex, name=COUNTER, own=key)
        staff.set_pin(server, LEADS[0].code, "246813", manager(server))  # a seal signed by the key
        w.attach(fdb)  # as bootstrap does: the copy countersigns with the counter's key
        lc.ensure()
        with lc.local.read() as s:
            copied = list(s.execute(select(ReplicaSeal)).scalars())
        assert copied and all(r.local_key_id == key.key_id and r.local_sig for r in copied)
        staff.set_pin(server, LEADS[1].code, "135792", manager(server))  # arrives by catch-up
        lc.catch_up()
        outage.proxy.down()
        assert auth.sign_in(fdb, LEADS[0].code, "246813", counter=COUNTER).role == "shift_lead"
        assert not fdb.online
        assert auth.sign_in(fdb, LEADS[1].code, "135792", counter=COUNTER).role == "shift_lead"
        _refused(fdb, LEADS[1].code, LEADS[1].pin)  # the PIN before the change no longer works
        _copy_pin_hash(lc.path, LEADS[0].code, ALEX.code)
        assert "changed outside posassist" in _refused(fdb, LEADS[0].code, ALEX.pin)
        _forge_seal(lc.path, LEADS[0].code)  # digest and hash recomputed: the countersignature is not
        with lc.local.read() as s:  # the forgery is good but for the countersignature
            st = s.execute(select(Staff).where(Staff.code == LEADS[0].code)).scalar_one()
            e = s.get(ReplicaSeal, ("staff", str(st.id)))
            assert e is not None and e.payload["digest"] == staff_seal.digest(st)
            content = audit.canonical(e.seq, e.at, e.actor_id, e.action, e.entity, e.entity_id, e.payload)
            assert audit.chain_hash(e.prev_hash, content) == e.hash
        assert "changed outside posassist" in _refused(fdb, LEADS[0].code, ALEX.pin)
    finally:
        server.dispose()
