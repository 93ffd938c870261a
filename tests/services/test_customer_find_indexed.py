"""Customer search by e-mail and phone goes through indexes (migration 0013) on both engines,
whoever wrote the row (a raw insert too), and the phone matches as people type it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from posassist.db import customer_keys
from posassist.db.session import Database
from posassist.services import customers


def _insert(db: Database, name: str, email: str | None, phone: str | None) -> int:
    with db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO customers (public_id, full_name, email, phone, consent_email, consent_sms, lifetime_free_shipping, "
                "consent_phone, created_at, updated_at) VALUES (:pid, :n, :e, :p, false, false, false, false, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"pid": f"test-{name}", "n": name, "e": email, "p": phone},
        )
        return int(s.execute(text("SELECT id FROM customers WHERE full_name = :n"), {"n": name}).scalar_one())


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("+1 (604) 555-0142", "604-555-0142"),
        ("+1 (604) 555-0142", "555 0142"),  # the local part, seven digits
        ("604.555.0142", "+1 604 555 0142"),  # typed with the country code
        ("604 555 0142", "16045550142"),
    ],
)
def test_phone_as_typed(db: Database, stored: str, typed: str) -> None:
    cid = _insert(db, "Pia Phone", "pia@example.org", stored)
    assert [c.id for c in customers.find(db, typed)] == [cid]


def test_phone_other_number_same_tail_is_not_found(db: Database) -> None:
    _insert(db, "Tom Tail", None, "250-555-0142")
    assert customers.find(db, "604-555-0142") == []


def test_email_any_case(db: Database) -> None:
    cid = _insert(db, "Eve Mail", "Eve.Mail@Example.ORG", None)
    assert [c.id for c in customers.find(db, "eve.mail@example.org")] == [cid]
    assert [c.id for c in customers.find(db, "EVE.MAIL@EXAMPLE.ORG")] == [cid]


def _plan(db: Database, sql: str, params: dict[str, object]) -> str:
    with db.read() as s:
        if s.get_bind().dialect.name == "sqlite":
            rows = s.execute(text("EXPLAIN QUERY PLAN " + sql), params).all()
            return " ".join(str(r[-1]) for r in rows)
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: ask whether an index *can* serve
        return " ".join(r[0] for r in s.execute(text("EXPLAIN " + sql), params).all())


def test_the_queries_use_the_indexes(db: Database) -> None:
    dialect = db.engine.dialect.name
    tail = customer_keys.phone_tail_sql(dialect)
    phone_plan = _plan(db, f"SELECT id, phone FROM customers WHERE {tail} = :t", {"t": "5550142"})
    email_plan = _plan(db, "SELECT id FROM customers WHERE lower(email) = :e", {"e": "a@b.c"})
    assert "ix_customers_phone_tail" in phone_plan, phone_plan
    assert "ix_customers_email_lower" in email_plan, email_plan


@pytest.mark.parametrize("typed", ["Pia Phnoe", "Pai Phone", "Piia Phone", "phoone pia"])
def test_one_typo_per_word_is_forgiven(db: Database, typed: str) -> None:
    cid = _insert(db, "Pia Phone", None, None)
    _insert(db, "Tom Tail", None, None)
    assert [c.id for c in customers.find(db, typed)] == [cid]


def test_a_typo_is_one_probe_of_the_name_words_index_on_postgresql(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite answers typos through its FTS5 trigram table")
    sql = (
        f"SELECT id FROM customers WHERE {customers.NAME_WORDS_PG} && (SELECT CAST(:g AS text[])) AND erased_at IS NULL"
    )
    plan = _plan(db, sql, {"g": customers._one_edit("phnoe")})
    assert "ix_customers_name_words" in plan, plan  # migration 0020's expression, exactly


def test_a_name_in_letters_reads_no_receipts_and_one_statement_returns_the_rows(db: Database) -> None:
    from sqlalchemy import event

    cid = _insert(db, "Ines Tremblay", "ines@example.org", None)
    seen: list[str] = []

    def note(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        assert [c.name for c in customers.find(db, "tremblay")] == ["Ines Tremblay"]
        names = [s for s in seen if "customers" in s]
        assert not any(t in s for s in seen for t in ("FROM sales", "FROM returns", "FROM vouchers")), seen
        assert len(names) == 2, names  # the card/e-mail keys, then the name search with its rows
        seen.clear()
        assert [c.id for c in customers.find(db, "ines@example.org")] == [cid]
        assert len([s for s in seen if "customers" in s]) == 1, seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_a_loyalty_card_wins_over_an_email_and_erased_customers_are_never_found(db: Database) -> None:
    a = _insert(db, "Card Holder", "card@example.org", None)
    b = _insert(db, "Mail Holder", "x@card.example", None)
    with db.transaction() as s:
        s.execute(text("UPDATE customers SET loyalty_card = 'x@card.example' WHERE id = :a"), {"a": a})
    assert [c.id for c in customers.find(db, "x@card.example")] == [a]
    assert b != a
    gone = _insert(db, "Tom Tail", None, "250-555-0142")
    with db.transaction() as s:
        s.execute(text("UPDATE customers SET erased_at = CURRENT_TIMESTAMP WHERE id = :g"), {"g": gone})
    for typed in ("Tom Tail", "Tom Tial", "250-555-0142", "tail"):
        assert gone not in [c.id for c in customers.find(db, typed)], typed
