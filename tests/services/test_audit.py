import pytest
from sqlalchemy import exc, text

from posassist.db.session import Database
from posassist.services import audit


def _write(db: Database, n: int) -> None:
    for i in range(n):
        with db.transaction() as s:
            audit.record(
                s, actor_id=None, action="test.action", entity="thing", entity_id=i, payload={"i": i, "é": "ü"}
            )


def _tamper(db: Database, sql: str) -> None:
    with db.engine.begin() as c:
        if db.dialect == "sqlite":
            c.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            c.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            c.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        c.exec_driver_sql(sql)


def test_chain_verifies(db: Database) -> None:
    _write(db, 5)
    result = audit.verify(db)
    assert result.ok and result.entries == 5


def test_the_database_refuses_update_and_delete(db: Database) -> None:
    _write(db, 2)
    for sql in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(exc.DBAPIError, match="append-only"):
            with db.engine.begin() as c:
                c.execute(text(sql))
    assert audit.verify(db).ok


@pytest.mark.parametrize(
    "sql,seq,word",
    [
        ("UPDATE audit_log SET payload = '{\"i\": 99}' WHERE seq = 3", 3, "edited"),
        ("DELETE FROM audit_log WHERE seq = 3", 4, "missing"),
        ("UPDATE audit_log SET seq = seq + 100 WHERE seq = 2", 3, "missing"),
    ],
)
def test_tampering_is_found_and_named(db: Database, sql: str, seq: int, word: str) -> None:
    _write(db, 5)
    _tamper(db, sql)
    result = audit.verify(db)
    assert not result.ok
    assert result.first_bad_seq == seq
    assert word in (result.problem or "")


def test_reordering_two_entries_is_found(db: Database) -> None:
    _write(db, 4)
    _tamper(
        db, "UPDATE audit_log SET seq = CASE seq WHEN 2 THEN 3 WHEN 3 THEN 2 ELSE seq END + 1000 WHERE seq IN (2, 3)"
    )
    _tamper_fix = "UPDATE audit_log SET seq = seq - 1000 WHERE seq > 1000"
    with db.engine.begin() as c:
        c.exec_driver_sql(_tamper_fix)
    result = audit.verify(db)
    assert not result.ok and result.first_bad_seq == 2
