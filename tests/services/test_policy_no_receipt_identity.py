"""Hole 2: anonymous no-receipt returns are counted per person, by their identity document or
phone, across stores; only a keyed hash is stored, never the number (both engines)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, text

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.sales import Return
from posassist.errors import InvalidInput
from posassist.services import approvals, auth, policy_admin, policy_context, returns
from posassist.services.demo.stories import STAFF
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine

ALEX, SAM, PRIYA, ADMIN = STAFF[0], STAFF[2], STAFF[3], STAFF[5]
PHONE = "+1 (416) 555-0199"


def _sign(db: Database, person):  # type: ignore[no-untyped-def]
    return auth.sign_in(db, person.code, person.pin)


def _variant(db: Database) -> int:
    sale = returns.find_sale(db, "R-DT-2026-0871")
    vid = sale.lines[0].variant_id
    assert vid is not None
    return vid


def _anonymous(db: Database, staff, store: str, identity: str | None):  # type: ignore[no-untyped-def]
    hashed = policy_context.hash_identity(db, staff, "phone", identity) if identity else None
    return returns.new_draft(
        current_store(db, store).id,
        staff.id,
        mode="no_receipt",
        identity_hash=hashed,
        lines=(DraftLine(None, 1, variant_id=_variant(db), resolution="store_credit", condition="unopened"),),
    )


def _take(db: Database, staff, draft) -> None:  # type: ignore[no-untyped-def]
    ev = returns.evaluate(db, draft, staff)
    if ev.verdict.status == "needs_approval":
        v = ev.verdict
        req = approvals.request(
            db,
            kind="return",
            staff=staff,
            store_id=draft.store_id,
            task_ref=draft.key,
            rule=v.rule,
            explanation=v.explanation,
            amount_minor=v.total_minor,
            currency=v.currency,
            required_role=v.required_role,
            verdict=v,
        )
        approvals.decide(
            db, req.id, approver_code=PRIYA.code, secret=PRIYA.pin, approve=True, reason_code="other", note="ok"
        )
        draft = replace(draft, approval_id=req.id)
    returns.save_draft(db, draft, staff)
    commit(db, draft, staff)


def _policy(db: Database, **no_receipt) -> None:  # type: ignore[no-untyped-def]
    admin = _sign(db, ADMIN)
    rules = dict(policy_admin.in_force(db).rules)
    rules["no_receipt"] = {**rules["no_receipt"], **no_receipt}
    policy_admin.save(db, rules, staff=admin)


def test_the_same_phone_is_counted_at_every_store(demo_db: Database) -> None:
    _policy(demo_db, cap_per_customer_12m=2, identity_required=True)
    sam = _sign(demo_db, SAM)
    first = returns.evaluate(demo_db, _anonymous(demo_db, sam, "DT", PHONE), sam).verdict
    assert not any(f.code == "no_receipt_cap" for f in first.findings)
    _take(demo_db, sam, _anonymous(demo_db, sam, "DT", PHONE))
    _take(demo_db, sam, _anonymous(demo_db, sam, "MALL", "416-555-0199"))  # written another way, another store
    third = returns.evaluate(demo_db, _anonymous(demo_db, sam, "NORTH", "4165550199"), sam).verdict
    cap = next(f for f in third.findings if f.code == "no_receipt_cap")
    assert cap.numbers["returns_12m"] == 2 and cap.numbers["cap_per_12m"] == 2
    assert third.status == "needs_approval"
    # someone else's phone starts from zero
    other = returns.evaluate(demo_db, _anonymous(demo_db, sam, "NORTH", "416 555 0100"), sam).verdict
    assert not any(f.code == "no_receipt_cap" for f in other.findings)


def test_an_anonymous_return_without_identity_is_refused_when_the_policy_wants_one(demo_db: Database) -> None:
    _policy(demo_db, identity_required=True)
    sam = _sign(demo_db, SAM)
    v = returns.evaluate(demo_db, _anonymous(demo_db, sam, "DT", None), sam).verdict
    assert v.status == "denied" and v.rule == "no_receipt_identity"
    assert "identity document or a phone number" in v.explanation


def test_only_a_keyed_hash_is_stored(demo_db: Database) -> None:
    sam = _sign(demo_db, SAM)
    draft = _anonymous(demo_db, sam, "DT", PHONE)
    _take(demo_db, sam, draft)
    with demo_db.read() as s:
        stored = s.execute(select(Return.identity_hash).where(Return.idempotency_key == draft.key)).scalar_one()
        assert stored is not None and len(stored) == 64
        # not the plain SHA-256 of the number: without the key it cannot be looked up
        import hashlib

        assert stored != hashlib.sha256(b"phone:4165550199").hexdigest()
        dumped = " ".join(str(r) for r in s.execute(text("SELECT * FROM returns")).all())
        drafts = " ".join(str(r) for r in s.execute(text("SELECT payload FROM drafts")).all())
    assert "5550199" not in dumped and "5550199" not in drafts


def test_a_short_identity_is_refused_with_a_message(demo_db: Database) -> None:
    sam = _sign(demo_db, SAM)
    with pytest.raises(InvalidInput) as err:
        policy_context.hash_identity(demo_db, sam, "phone", "12")
    assert err.value.field == "identity"
