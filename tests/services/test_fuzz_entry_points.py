"""Hypothesis on every service entry point that takes what a person typed: notes, ratings,
customers, follow-ups, staff codes and PINs, sign-in, approvals, goodwill, receipts and the return
policy. Whatever comes in, the answer is a result or a clear PosassistError (never a driver error
or a crash), and a refused input writes nothing. Runs on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.domain.typed import tidy
from posassist.errors import AuthError, Conflict, InvalidInput, NotFound, PolicyDenied
from posassist.services import (
    approvals,
    auth,
    customer_records,
    customers,
    followups,
    goodwill,
    notes,
    policy_admin,
    returns,
    staff,
)
from posassist.services.demo.stories import STAFF

CLEAR = (InvalidInput, AuthError, NotFound, Conflict, PolicyDenied)
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
typed = st.text(max_size=300) | st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x00b",
        "🙂" * 50,
        "x" * 20_000,
        "'; DROP TABLE staff;--",
        "4111 1111 1111 1111",
        "\u202eevil",
        "NaN",
        "-0",
        "1e309",
    ]
)


def _audit_rows(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


@pytest.fixture
def lead(demo_db: Database):  # type: ignore[no-untyped-def]
    return auth.sign_in(demo_db, STAFF[2].code, STAFF[2].pin)


@pytest.fixture
def admin(demo_db: Database):  # type: ignore[no-untyped-def]
    row = next(s for s in STAFF if s.role == "admin")
    return auth.sign_in(demo_db, row.code, row.pin)


def _one_of(call: Any) -> Any:
    try:
        return call()
    except CLEAR as err:
        assert str(err) and "Traceback" not in str(err)
        return err


@FUZZ
@given(
    body=typed,
    channel=st.sampled_from(["phone", "chat", "counter"]) | typed,
    topic=st.sampled_from(["other", "order_status"]) | typed,
    csat=st.none() | st.integers(-10, 10),
)
def test_notes(demo_db: Database, lead, body: str, channel: str, topic: str, csat: int | None) -> None:  # type: ignore[no-untyped-def]
    before = _audit_rows(demo_db)
    got = _one_of(
        lambda: notes.add(demo_db, customer_id=None, staff=lead, store_id=1, channel=channel, topic=topic, body=body)
    )
    if isinstance(got, Exception):
        assert _audit_rows(demo_db) == before
        return
    assert got.body == tidy(body, multiline=True)
    _one_of(lambda: notes.finish(demo_db, got.id, staff=lead, csat=csat, comment=body))
    _one_of(lambda: notes.edit(demo_db, got.id, staff=lead, body=body[::-1]))


@FUZZ
@given(
    name=typed,
    phone=st.none() | typed | st.from_regex(r"\+?[0-9 ()-]{7,30}", fullmatch=True),
    email=st.none() | typed | st.emails(),
    card=st.none() | typed,
)
def test_customers(
    demo_db: Database,
    lead,
    name: str,
    phone: str | None,
    email: str | None,  # type: ignore[no-untyped-def]
    card: str | None,
) -> None:
    before = _audit_rows(demo_db)
    got = _one_of(lambda: customer_records.create(demo_db, name=name, phone=phone, email=email, card=card, staff=lead))
    if isinstance(got, Exception):
        assert _audit_rows(demo_db) == before
    else:
        assert customers.profile(demo_db, got).name
        _one_of(
            lambda: customer_records.add_alert(demo_db, got, kind="allergy", severity="high", text=name, staff=lead)
        )
    customers.find(demo_db, name)


@FUZZ
@given(text=typed, days=st.integers(-1000, 1000), aware=st.booleans())
def test_follow_ups(demo_db: Database, lead, text: str, days: int, aware: bool) -> None:  # type: ignore[no-untyped-def]
    due = datetime(2026, 6, 1, 12, tzinfo=UTC if aware else None) + timedelta(days=days)
    _one_of(lambda: followups.create(demo_db, customer_id=None, owner_id=lead.id, text=text, due_at=due, by=lead))


@settings(FUZZ, max_examples=15)
@given(code=typed, name=typed, pin=typed, role=st.sampled_from(["associate", "shift_lead"]) | typed)
def test_staff_codes_and_pins(demo_db: Database, admin, code: str, name: str, pin: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assume(tidy(code) not in {s.code for s in STAFF})
    before = _audit_rows(demo_db)
    got = _one_of(lambda: staff.add(demo_db, code=code, name=name, role=role, pin=pin, actor=admin))
    if isinstance(got, Exception):
        assert _audit_rows(demo_db) == before
        return
    assert auth.sign_in(demo_db, code, pin).code == tidy(code)  # what was set is what signs in
    _one_of(lambda: staff.set_pin(demo_db, code, pin[::-1] + "9", actor=admin))


@settings(FUZZ, max_examples=15)
@given(code=typed, pin=typed)
def test_sign_in_with_anything(demo_db: Database, code: str, pin: str) -> None:
    assume(tidy(code) not in {s.code for s in STAFF})  # a real code would lock that person out
    got = _one_of(lambda: auth.sign_in(demo_db, code, pin))
    assert isinstance(got, Exception)
    _one_of(lambda: auth.code_for_badge(demo_db, code))


@settings(FUZZ, max_examples=15)
@given(reason=st.sampled_from(approvals.REASON_CODES) | typed, note=typed, code=typed, secret=typed)
def test_approval_decisions(demo_db: Database, lead, reason: str, note: str, code: str, secret: str) -> None:  # type: ignore[no-untyped-def]
    assume(tidy(code) not in {s.code for s in STAFF})
    alex = auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin)
    r = approvals.request(
        demo_db,
        kind="return",
        staff=alex,
        store_id=1,
        task_ref="fuzz",
        rule="window",
        explanation="fuzz",
        amount_minor=1000,
        currency="CAD",
        required_role="shift_lead",
    )
    got = _one_of(
        lambda: approvals.decide(
            demo_db, r.id, approver_code=code, secret=secret, approve=True, reason_code=reason, note=note
        )
    )
    assert isinstance(got, Exception)  # nobody approves without real credentials


@FUZZ
@given(
    kind=st.sampled_from(["flowers", "free_shipping"]) | typed,
    cost=st.integers(-(10**12), 10**12),
    currency=st.sampled_from(["CAD"]) | typed,
    story=typed,
)
def test_goodwill_requests(kind: str, cost: int, currency: str, story: str) -> None:
    got = _one_of(lambda: goodwill.new_request(kind, cost, currency, story, ()))
    if not isinstance(got, Exception):
        assert got.cost_minor >= 0 and got.story.strip()


@FUZZ
@given(receipt=typed)
def test_receipt_numbers(demo_db: Database, receipt: str) -> None:
    got = _one_of(lambda: returns.find_sale(demo_db, receipt))
    assert isinstance(got, Exception) or got.receipt_no


@pytest.fixture
def base_rules(demo_db: Database) -> dict[str, Any]:
    return dict(policy_admin.in_force(demo_db).rules)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=20) | st.floats(allow_nan=True),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(data=st.data())
def test_policy_inputs(demo_db: Database, admin, base_rules, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    rules = dict(base_rules)
    for _ in range(data.draw(st.integers(1, 3))):  # damage the policy in force a little, or a lot
        key = data.draw(st.sampled_from(sorted(rules)) | st.text(max_size=10))
        rules[key] = data.draw(json_values)
    before = len(policy_admin.versions(demo_db))
    got = _one_of(lambda: policy_admin.save(demo_db, rules, staff=admin, note=data.draw(typed)))
    assert len(policy_admin.versions(demo_db)) == before + (0 if isinstance(got, Exception) else 1)
    _one_of(lambda: policy_admin.validate(data.draw(json_values)))
