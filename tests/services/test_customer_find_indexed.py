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
