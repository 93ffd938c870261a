"""Audit signing keys over a counter's life (both engines): a rotation gives the counter a new key
registered with the old one's signature, every process of the counter follows it, the old key's
entries and checkpoints still verify; a lost or stolen key is revoked, and whatever it signs after
that is named by ``audit verify``; only an admin does either, and a counter cannot revoke itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from posassist.db.session import Database
from posassist.errors import AuthError, InvalidInput, PolicyDenied
from posassist.services import audit, audit_keys
from posassist.services.audit_keys import AuditWitness
from posassist.services.audit_sign import load_or_create
from tests.signin import admin, manager


def _witness(tmp_path: Path, db: Database, name: str) -> AuditWitness:
    key = load_or_create(tmp_path / name / "audit-signing.key")
    w = AuditWitness(key, tmp_path / name / "checkpoints", db.url, name)
    w.attach(db)
    return w


def _write(db: Database, n: int) -> None:
    for i in range(n):
        with db.transaction() as s:
            audit.record(s, actor_id=None, action="test.action", entity="thing", entity_id=i, payload={"i": i})


def _two_counters(tmp_path: Path, db: Database) -> tuple[AuditWitness, AuditWitness]:
    """Counter 1 registers itself and then counter 2's key (each signed by a registered key)."""
    one = _witness(tmp_path, db, "counter-1")
    audit_keys.add_key(db, admin(db), public_hex=one.key.public_hex, name="counter-1", own=one.key)
    two_key = load_or_create(tmp_path / "counter-2" / "audit-signing.key")
    audit_keys.add_key(db, admin(db), public_hex=two_key.public_hex, name="counter-2", own=one.key)
    _write(db, 3)
    return one, AuditWitness(two_key, tmp_path / "counter-2" / "checkpoints", db.url, "counter-2")


def test_a_rotation_keeps_the_chain_valid_and_the_old_checkpoints_agree(demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    one, _two = _two_counters(tmp_path, db)
    one.checkpoint(db, "test")  # signed by the old key
    old_id = one.key.key_id
    old, new = audit_keys.rotate_key(db, admin(db), one)
    assert old.key_id == old_id and new.key_id != old_id and old.replaced_by == new.key_id
    assert load_or_create(tmp_path / "counter-1" / "audit-signing.key").key_id == new.key_id  # the file
    assert not (tmp_path / "counter-1" / "audit-signing.key.next").exists()
    _write(db, 2)  # signed by the new key
    assert audit.verify(db).ok
    found, compared = one.findings(db)
    assert compared == 1 and found == []  # the old key's checkpoint is still this counter's
    rows = {r.key_id: r for r in audit_keys.list_keys(db)}
    assert rows[old_id].replaced_by == new.key_id and rows[old_id].revoked_seq is None


def test_another_process_of_the_counter_follows_a_rotation(demo_db: Database, tmp_path: Path) -> None:
    """The window keeps running while an admin rotates the key from the command line: the window's
    next entry is signed with the new key, read from the replaced file."""
    db = demo_db
    one, _two = _two_counters(tmp_path, db)
    window = AuditWitness(
        load_or_create(tmp_path / "counter-1" / "audit-signing.key"), tmp_path / "w", db.url, "counter-1"
    )
    _old, new = audit_keys.rotate_key(db, admin(db), one)
    assert window.key.key_id != new.key_id
    key_id, _sig = window.sign_entry("0" * 64)
    assert key_id == new.key_id


def test_a_stolen_key_is_revoked_and_what_it_signs_afterwards_is_named(demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    one, two = _two_counters(tmp_path, db)
    two.attach(db)
    _write(db, 2)  # counter 2's entries before the theft stay valid
    one.attach(db)
    row = audit_keys.revoke_key(db, admin(db), key_id=two.key.key_id, reason="laptop stolen", own=one.key)
    assert row.revoked_seq is not None and row.reason == "laptop stolen"
    assert audit.verify(db).ok
    two.attach(db)  # the thief writes with the stolen key
    _write(db, 1)
    result = audit.verify(db)
    assert not result.ok and result.first_bad_seq == row.revoked_seq + 1
    assert "revoked at entry" in (result.problem or "")


def test_who_may_revoke_and_what_cannot_be_revoked(demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    one, two = _two_counters(tmp_path, db)
    with pytest.raises((AuthError, PolicyDenied)):
        audit_keys.revoke_key(db, manager(db), key_id=two.key.key_id, reason="x", own=one.key)
    with pytest.raises(InvalidInput, match="own key"):
        audit_keys.revoke_key(db, admin(db), key_id=one.key.key_id, reason="x", own=one.key)
    with pytest.raises(InvalidInput, match="Say why"):
        audit_keys.revoke_key(db, admin(db), key_id=two.key.key_id, reason="  ", own=one.key)
    with pytest.raises(InvalidInput, match="No registered key"):
        audit_keys.revoke_key(db, admin(db), key_id="feedfacefeedface", reason="x", own=one.key)
    with pytest.raises((AuthError, PolicyDenied)):
        audit_keys.rotate_key(db, manager(db), one)
    assert not (tmp_path / "counter-1" / "audit-signing.key.next").exists()  # a refused rotation leaves nothing
    assert audit.verify(db).ok


def test_a_forged_revocation_by_the_revoked_key_itself_is_found(demo_db: Database, tmp_path: Path) -> None:
    """An entry that revokes a key with that key's own signature (so that a thief could, e.g., make
    a legitimate counter's later entries look bad) is not a revocation verify accepts."""
    db = demo_db
    one, two = _two_counters(tmp_path, db)
    two.attach(db)
    with db.transaction() as s:
        audit.record(
            s,
            actor_id=None,
            action=audit.KEY_REVOKED,
            entity="audit_key",
            entity_id=two.key.key_id,
            payload={"key_id": two.key.key_id, "reason": "self"},
        )
    result = audit.verify(db)
    assert not result.ok and "with its own signature" in (result.problem or "")
