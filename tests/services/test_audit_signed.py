"""Issue 17, the audit log an insider cannot rewrite unseen (both engines).

The insider has the database (sqlite3 / psql as the owner) and hashlib; they do not have a
counter's signing key, nor the checkpoint file a counter keeps in its configuration folder.
On the old code every one of these said "intact".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from posassist.db import backup
from posassist.db.session import Database
from posassist.services import audit, audit_keys, auth, sessions
from posassist.services.audit import Audit
from posassist.services.audit_keys import AuditWitness
from posassist.services.audit_sign import SigningKey, entry_message, load_or_create
from posassist.services.restore_log import record_restore
from tests.signin import admin


def _witness(tmp_path: Path, db: Database, name: str = "counter-1") -> AuditWitness:
    key = load_or_create(tmp_path / name / "audit-signing.key")
    w = AuditWitness(key, tmp_path / name / "checkpoints", db.url, name)
    w.attach(db)
    return w


def _write(db: Database, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        with db.transaction() as s:
            audit.record(s, actor_id=None, action="test.action", entity="thing", entity_id=i, payload={"i": i})


def _signed_store(tmp_path: Path, db: Database) -> AuditWitness:
    w = _witness(tmp_path, db)
    audit_keys.add_key(db, sessions.setup_session("tests"), public_hex=w.key.public_hex, name="counter-1", own=w.key)
    _write(db, 10)
    return w


def _sql(db: Database, *statements: str) -> None:
    """As the insider: triggers off, then raw SQL."""
    with db.engine.begin() as c:
        if db.dialect == "sqlite":
            c.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
            c.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        else:
            c.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        for sql in statements:
            c.exec_driver_sql(sql)
        if db.dialect == "postgresql":
            c.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")


def _rechain(db: Database, from_seq: int, *, sign_with: SigningKey | None = None, strip: bool = False) -> None:
    """Recompute every hash from ``from_seq`` on, as the issue's insider did with hashlib."""
    with db.engine.connect() as c:
        rows = c.execute(
            text("SELECT seq, at, actor_id, action, entity, entity_id, payload, prev_hash FROM audit_log ORDER BY seq")
        ).all()
    prev = audit.GENESIS
    updates = []
    for r in rows:
        if r.seq < from_seq:
            with db.engine.connect() as c:
                prev = c.execute(text("SELECT hash FROM audit_log WHERE seq = :s"), {"s": r.seq}).scalar_one()
            continue
        payload = r.payload if isinstance(r.payload, dict) else __import__("json").loads(r.payload)
        at = r.at
        if db.dialect == "sqlite" and isinstance(at, str):
            from datetime import UTC, datetime

            at = datetime.fromisoformat(at).replace(tzinfo=UTC)
        h = audit.chain_hash(prev, audit.canonical(r.seq, at, r.actor_id, r.action, r.entity, r.entity_id, payload))
        sig = "NULL"
        kid = "key_id"
        if sign_with is not None:
            sig, kid = f"'{sign_with.sign(entry_message(h))}'", f"'{sign_with.key_id}'"
        elif strip:
            sig, kid = "NULL", "NULL"
        else:
            sig = "sig"
        updates.append(
            f"UPDATE audit_log SET prev_hash = '{prev}', hash = '{h}', sig = {sig}, key_id = {kid} WHERE seq = {r.seq}"
        )
        prev = h
    _sql(db, *updates)


def test_a_signed_chain_verifies_and_counts_its_signatures(db: Database, tmp_path: Path) -> None:
    _signed_store(tmp_path, db)
    result = audit.verify(db)
    assert result.ok, result.problem
    assert result.keys == 1 and result.signed == 11 and result.entries == 11
    assert result.as_dict()["head"]["seq"] == 11


@pytest.mark.parametrize("how", ["keep", "strip", "own_key"])
def test_an_edited_entry_with_the_chain_recomputed_is_found(db: Database, tmp_path: Path, how: str) -> None:
    _signed_store(tmp_path, db)
    _sql(db, "UPDATE audit_log SET payload = '{\"i\": 99}' WHERE seq = 5")
    mallory = load_or_create(tmp_path / "mallory.key")
    _rechain(db, 5, sign_with=mallory if how == "own_key" else None, strip=how == "strip")
    result = audit.verify(db)
    assert not result.ok
    assert result.first_bad_seq == 5
    word = {"keep": "signature does not match", "strip": "not signed", "own_key": "not registered"}[how]
    assert word in (result.problem or "")


def test_a_key_inserted_with_sql_is_not_trusted(db: Database, tmp_path: Path) -> None:
    _signed_store(tmp_path, db)
    mallory = load_or_create(tmp_path / "mallory.key")
    with db.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO audit_keys (key_id, public_key, name, added_at, added_seq) VALUES (:k, :p, 'x', CURRENT_TIMESTAMP, 1)"
            ),
            {"k": mallory.key_id, "p": mallory.public_hex},
        )
    result = audit.verify(db)
    assert not result.ok and "inserted by SQL" in (result.problem or "")


def test_a_forged_key_registration_appended_to_the_chain_is_refused(db: Database, tmp_path: Path) -> None:
    """The insider appends a well-chained 'audit.key_added' entry for their own key, self-signed."""
    _signed_store(tmp_path, db)
    mallory = load_or_create(tmp_path / "mallory.key")
    forger = Database(db.url)
    forger.audit_signer = mallory.sign_entry
    try:
        with forger.transaction() as s:
            e = audit.record(
                s,
                actor_id=None,
                action=audit.KEY_ADDED,
                entity="audit_key",
                entity_id=mallory.key_id,
                payload={"key_id": mallory.key_id, "public_key": mallory.public_hex, "name": "x"},
            )
            seq = e.seq
        with forger.engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO audit_keys (key_id, public_key, name, added_at, added_seq) VALUES (:k, :p, 'x', CURRENT_TIMESTAMP, :s)"
                ),
                {"k": mallory.key_id, "p": mallory.public_hex, "s": seq},
            )
    finally:
        forger.dispose()
    result = audit.verify(db)
    assert not result.ok and result.first_bad_seq == seq
    assert "without the signature of a key registered before it" in (result.problem or "")


def test_deleting_the_last_entries_is_found_by_the_checkpoints(db: Database, tmp_path: Path) -> None:
    w = _signed_store(tmp_path, db)
    w.checkpoint(db, "test")
    _sql(db, "DELETE FROM audit_log WHERE seq > 5")
    assert audit.verify(db).ok  # the chain alone cannot tell: five good entries remain
    result = Audit(db, w).verify()
    assert not result.ok
    assert "ends at entry 5" in (result.problem or "") and "11" in (result.problem or "")


def test_a_rewritten_history_is_found_by_the_checkpoints_without_keys(db: Database, tmp_path: Path) -> None:
    """No key registered at all: an edit re-chained from entry 3 is still found, by the checkpoint."""
    w = _witness(tmp_path, db)
    _write(db, 8)
    w.checkpoint(db, "test")
    _sql(db, "UPDATE audit_log SET payload = '{\"i\": 42}' WHERE seq = 3")
    _rechain(db, 3, strip=True)
    assert audit.verify(db).ok  # chain-only: intact, as the issue found
    result = Audit(db, w).verify()
    assert not result.ok and result.first_bad_seq == 8 and "rewritten" in (result.problem or "")


def _restore_behind_the_back(db: Database, copy: Path) -> None:
    db.dispose()
    backup.restore(db.url, copy)


def test_a_restored_older_copy_is_found_at_the_next_sign_in_of_any_counter(db: Database, tmp_path: Path) -> None:
    from posassist.services.demo import stories  # noqa: F401  (the demo staff's codes and PINs)

    _seed_staff(db)
    w1 = _witness(tmp_path, db, "counter-1")
    audit_keys.add_key(db, admin(db), public_hex=w1.key.public_hex, name="counter-1", own=w1.key)
    old = tmp_path / "older.backup"
    backup.backup(db.url, old)
    _write(db, 6)
    w2 = AuditWitness(load_or_create(tmp_path / "c2.key"), tmp_path / "c2", db.url, "counter-2")
    a2 = auth.Auth(db, counter="counter-2", witness=w2)
    first = a2.sign_in("301", "864209")  # counter 2 sees the log as it is now: a checkpoint
    assert first.warnings == ()
    _restore_behind_the_back(db, old)  # a restore that is not recorded (pg_restore / cp by hand)
    again = a2.sign_in("301", "864209")
    assert again.warnings and "older copy was restored" in again.warnings[0]
    with db.read() as s:
        found = s.execute(text("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.checkpoint_mismatch'")).scalar()
    assert found == 1  # recorded in the log, with who signed in
    result = Audit(db, w2).verify()
    assert not result.ok and "older copy was restored" in (result.problem or "")


def test_a_recorded_restore_is_in_the_chain_and_explains_the_checkpoints(db: Database, tmp_path: Path) -> None:
    _seed_staff(db)
    w1 = _witness(tmp_path, db, "counter-1")
    me = admin(db)
    audit_keys.add_key(db, me, public_hex=w1.key.public_hex, name="counter-1", own=w1.key)
    old = tmp_path / "older.backup"
    backup.backup(db.url, old)
    _write(db, 4)
    w2 = AuditWitness(load_or_create(tmp_path / "c2.key"), tmp_path / "c2", db.url, "counter-2")
    w2.checkpoint(db, "test")
    with db.read() as s:
        discarded = audit.head(s)
    _restore_behind_the_back(db, old)
    seq = record_restore(db, me, old, discarded)
    with db.read() as s:
        e = s.execute(text("SELECT action, payload FROM audit_log WHERE seq = :s"), {"s": seq}).one()
    assert e.action == "db.restored"
    result = Audit(db, w2).verify()
    assert result.ok, result.problem
    assert result.signed >= 1


def _seed_staff(db: Database) -> None:
    from posassist.services.demo.config import demo_config
    from posassist.services.setup import write

    with db.transaction() as s:
        write(s, demo_config(), None)


def test_the_key_file_is_private_and_outside_the_data_directory(tmp_path: Path) -> None:
    from posassist.config import resolve

    settings = resolve(data_dir=tmp_path / "data", environ={"POSASSIST_CONFIG_DIR": str(tmp_path / "cfg")})
    key = load_or_create(settings.audit_key_path)
    p = Path(key.where)
    assert p.stat().st_mode & 0o777 == 0o600 and p.parent.stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "data") not in p.parents
    shutil.copy(p, tmp_path / "copy.key")
    (tmp_path / "copy.key").chmod(0o644)
    from posassist.errors import StorageError

    with pytest.raises(StorageError, match="chmod 600"):
        load_or_create(tmp_path / "copy.key")
