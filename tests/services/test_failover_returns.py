"""Returns while the server is away: judged on the local copy within the policy's offline limits
(per return, per shift at this counter, no receipt off), marked offline; unchanged online."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db import offline_hooks
from posassist.db.failover import FailoverDatabase
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Variant
from posassist.db.tables.sales import Return
from posassist.domain.policy import ALLOWED, DENIED, Verdict
from posassist.domain.policy.offline import OfflineLimits, limit
from posassist.errors import PolicyDenied
from posassist.services import auth, policy_checks, returns
from posassist.services.demo.stories import STAFF
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
from posassist.services.returns_offline import shift_start
from posassist.words import policy as policy_words
from tests.conftest import sell_one
from tests.services import failover_support
from tests.services.failover_support import Outage

outage = failover_support.outage  # the fixture
SAM = STAFF[2]  # a shift lead: no approval for these amounts


def _verdict(total: int) -> Verdict:
    return Verdict(ALLOWED, "ok", (), total, 0, 0, 0, "CAD", 1)


def test_limits_default_and_from_the_policy() -> None:
    assert OfflineLimits.from_rules(None) == OfflineLimits(10_000, 50_000, False)
    rules = {"currency": "CAD", "offline": {"per_return_minor": 2500, "per_shift_minor": 9000, "no_receipt": True}}
    assert policy_checks.validate(rules).offline == OfflineLimits(2500, 9000, True)
    with pytest.raises(Exception, match="offline"):
        policy_checks.validate({"currency": "CAD", "offline": {"per_return": 1}})


def test_limit_says_which_limit_and_by_how_much() -> None:
    lim = OfflineLimits(10_000, 50_000, False)
    ok = limit(_verdict(9_000), lim, no_receipt=False, shift_so_far_minor=0)
    assert ok.status == ALLOWED and ok.numbers["offline"]
    big = limit(_verdict(12_000), lim, no_receipt=False, shift_so_far_minor=0)
    assert big.status == DENIED and [f.code for f in big.findings] == ["offline_amount"]
    shift = limit(_verdict(9_000), lim, no_receipt=False, shift_so_far_minor=45_000)
    assert shift.status == DENIED and shift.findings[-1].numbers["shift_minor"] == 45_000
    anon = limit(_verdict(1_000), lim, no_receipt=True, shift_so_far_minor=0)
    assert anon.findings[-1].code == "offline_no_receipt"
    far = limit(_verdict(1_000), lim, no_receipt=False, shift_so_far_minor=0, approval_here=False)
    assert far.findings[-1].code == "offline_approval"
    words = policy_words.explain(shift)
    assert "while the server is away" in words and "local copy" in words
    assert "$500.00" in policy_words.offline_limits(lim, "USD")


def test_a_shift_starts_at_the_stores_midnight() -> None:
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # 22:00 the day before in Toronto
    assert shift_start("America/Toronto", now).isoformat() == "2026-12-01T00:00:00-05:00"


@pytest.fixture
def offline_db(outage: Outage) -> Iterator[FailoverDatabase]:
    db = outage.failover()
    outage.proxy.down()
    yield db
    db.dispose()


def _sale(db: FailoverDatabase, price_minor: int) -> str:
    receipt = f"T-OFF-{uuid.uuid4().hex[:6]}"
    with db.local_copy.local.transaction() as s:  # what the copy holds (a sale of the window)
        store = current_store(db.local_copy.local, "DT")
        assert store is not None
        vid = s.execute(select(Variant.id).where(Variant.sku == "DEMO-FIELDJKT-NAVY-M")).scalar_one()
        sell_one(s, receipt=receipt, store_id=store.id, variant_id=vid, price_minor=price_minor)
    return receipt


def _draft(db: FailoverDatabase, staff, receipt: str):  # type: ignore[no-untyped-def]
    store = current_store(db, "DT")
    assert store is not None
    sale = returns.find_sale(db, receipt)
    return returns.new_draft(
        store.id,
        staff.id,
        sale_id=sale.id,
        lines=(DraftLine(sale.lines[0].id, 1, reason="changed_mind", condition="unopened", resolution="refund"),),
    )


def _commit(db: FailoverDatabase, draft, staff):  # type: ignore[no-untyped-def]
    call = offline_hooks.Call(
        "returns.commit", {}, uuid.uuid4().hex, staff.id, {"counter": "C1", "at": utcnow().isoformat()}
    )
    with offline_hooks.journaled(call):
        return commit(db, draft, staff)


def test_an_offline_return_within_the_limits_is_made_and_marked(offline_db: FailoverDatabase) -> None:
    staff = auth.sign_in(offline_db, SAM.code, SAM.pin, counter="C1")
    assert not offline_db.online
    draft = _draft(offline_db, staff, _sale(offline_db, 4_000))
    ev = returns.evaluate(offline_db, draft, staff)
    assert ev.verdict.status == ALLOWED and "local copy" in policy_words.explain(ev.verdict)
    done = _commit(offline_db, draft, staff)
    with offline_db.local_copy.local.read() as s:
        row = s.get(Return, done.return_id)
        assert row is not None and row.offline_counter == "C1"
        assert row.verdict is not None and row.verdict["numbers"]["offline"]


def test_an_offline_return_over_the_limit_is_refused_with_the_reason(offline_db: FailoverDatabase) -> None:
    staff = auth.sign_in(offline_db, SAM.code, SAM.pin, counter="C1")
    draft = _draft(offline_db, staff, _sale(offline_db, 15_000))
    ev = returns.evaluate(offline_db, draft, staff)
    assert ev.verdict.status == DENIED and ev.verdict.rule == "offline_amount"
    with pytest.raises(PolicyDenied, match="while the server is away"):
        _commit(offline_db, draft, staff)


def test_the_shift_limit_counts_this_counters_offline_returns(offline_db: FailoverDatabase) -> None:
    staff = auth.sign_in(offline_db, SAM.code, SAM.pin, counter="C1")
    for price in (9_000, 9_000, 9_000, 9_000, 9_000):
        _commit(offline_db, _draft(offline_db, staff, _sale(offline_db, price)), staff)
    store = current_store(offline_db, "DT")
    assert store is not None
    draft = _draft(offline_db, staff, _sale(offline_db, 9_000))  # 450.00 given back + 90.00 > 500.00
    ev = returns.evaluate(offline_db, draft, staff)
    assert ev.verdict.status == DENIED and ev.verdict.rule == "offline_shift"
    other = auth.sign_in(offline_db, SAM.code, SAM.pin, counter="C2")  # another counter's own shift
    assert (
        returns.evaluate(offline_db, _draft(offline_db, other, _sale(offline_db, 9_000)), other).verdict.status
        == ALLOWED
    )


def test_no_receipt_returns_wait_for_the_server(offline_db: FailoverDatabase) -> None:
    staff = auth.sign_in(offline_db, SAM.code, SAM.pin, counter="C1")
    store = current_store(offline_db, "DT")
    assert store is not None
    with offline_db.local_copy.local.read() as s:
        vid = s.execute(select(Variant.id).where(Variant.sku == "DEMO-FIELDJKT-NAVY-M")).scalar_one()
    draft = returns.new_draft(
        store.id,
        staff.id,
        mode="no_receipt",
        lines=(
            DraftLine(None, 1, variant_id=vid, reason="changed_mind", condition="unopened", resolution="store_credit"),
        ),
    )
    ev = returns.evaluate(offline_db, draft, staff)
    assert ev.verdict.status == DENIED and "offline_no_receipt" in [f.code for f in ev.verdict.findings]


def test_online_the_same_return_is_judged_as_always(outage: Outage) -> None:
    db = outage.failover()
    try:
        staff = auth.sign_in(db, SAM.code, SAM.pin, counter="C1")
        assert db.online
        store = current_store(db, "DT")
        assert store is not None
        with db.transaction() as s:
            vid = s.execute(select(Variant.id).where(Variant.sku == "DEMO-FIELDJKT-NAVY-M")).scalar_one()
            sell_one(s, receipt="T-ON-1", store_id=store.id, variant_id=vid, price_minor=15_000)
        ev = returns.evaluate(db, _draft(db, staff, "T-ON-1"), staff)
        assert ev.verdict.status != DENIED and not ev.verdict.numbers.get("offline")
    finally:
        db.dispose()
