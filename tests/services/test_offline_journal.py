"""The offline journal and its upload: every offline write sent once, in order, conflicts to the
review queue, the local audit chain merged; on an SQLite server (the PostgreSQL server is in
test_offline_pg.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.db.offline_hooks import LOCAL_ID_FLOOR
from posassist.db.tables.customers import Customer, Interaction
from posassist.db.tables.offline import OfflineApplied, OfflineAudit, OfflineJournal, OfflineReview
from posassist.services import audit
from posassist.services.offline.errors import NotAvailableOffline
from posassist.services.offline.upload import Uploader
from tests.services.offline_support import Counter, counter
from tests.signin import as_role


@pytest.fixture
def ctr(tmp_path: Path, _demo_templates: dict[str, str]) -> Iterator[Counter]:
    server, local = tmp_path / "server.db", tmp_path / "local-copy.db"
    shutil.copyfile(_demo_templates["sqlite"], server)
    shutil.copyfile(_demo_templates["sqlite"], local)
    c = counter(f"sqlite:///{server}", local)
    c.fdb.go_offline("test: server unplugged")
    yield c
    c.close()


def _customer(c: Counter, n: int = 0) -> int:
    with c.server.read() as s:
        return int(s.execute(select(Customer.id).order_by(Customer.id).offset(n).limit(1)).scalar_one())


def _note(c: Counter, staff, customer_id: int, body: str = "Asked about boots offline"):  # type: ignore[no-untyped-def]
    return c.caps.notes.add(
        staff, customer_id=customer_id, store_id=c.caps.store.id, channel="counter", topic="other", body=body
    )


def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def test_an_offline_note_is_journaled_with_a_local_id_and_sent_once(ctr: Counter) -> None:
    staff = as_role(ctr.fdb, "associate")
    cid = _customer(ctr)
    note = _note(ctr, staff, cid)
    assert note.id >= LOCAL_ID_FLOOR
    with ctr.local.read() as s:
        (row,) = s.execute(select(OfflineJournal)).scalars()
        assert row.call == "notes.add" and row.state == "pending" and row.staff_id == staff.id
        assert row.payload["body"] == "Asked about boots offline" and row.payload["session"] == "$staff"
        assert "token" not in str(row.payload)
        assert row.new_ids["ids"] == [["interactions", note.id]]
    before = _count(ctr.server, Interaction, Interaction.customer_id == cid)
    report = ctr.uploader.upload()
    assert (report.sent, report.skipped, report.conflicts, report.pending) == (1, 0, 0, 0)
    assert _count(ctr.server, Interaction, Interaction.customer_id == cid) == before + 1
    assert _count(ctr.server, OfflineApplied) == 1 and _count(ctr.server, OfflineReview) == 1
    with ctr.server.read() as s:
        i = s.execute(select(Interaction).where(Interaction.body == "Asked about boots offline")).scalar_one()
        assert i.id < LOCAL_ID_FLOOR and i.created_by == staff.id if hasattr(i, "created_by") else True
    # the local row is gone (the server's comes by catch-up); a second upload sends nothing
    assert _count(ctr.local, Interaction, Interaction.id >= LOCAL_ID_FLOOR) == 0
    again = ctr.uploader.upload()
    assert (again.sent, again.skipped, again.conflicts) == (0, 0, 0)
    assert _count(ctr.server, Interaction, Interaction.customer_id == cid) == before + 1
    assert audit.verify(ctr.server).ok


def test_a_write_no_journaled_call_explains_is_refused_and_nothing_is_saved(ctr: Counter) -> None:
    staff = as_role(ctr.fdb, "associate")
    with pytest.raises(NotAvailableOffline):
        ctr.caps.notes.save_draft(staff, _customer(ctr), "half a note")
    assert _count(ctr.local, OfflineJournal) == 0


def test_a_crash_between_the_server_commit_and_the_local_mark_never_sends_twice(
    ctr: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = as_role(ctr.fdb, "associate")
    cid = _customer(ctr)
    for n in range(3):
        _note(ctr, staff, cid, f"offline note {n}")
    before = _count(ctr.server, Interaction)
    real = Uploader._mark
    calls = {"n": 0}

    def crash_on_second(self, entry, done):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise SystemExit("power cut")  # the server committed entry 2; the counter never heard
        return real(self, entry, done)

    monkeypatch.setattr(Uploader, "_mark", crash_on_second)
    with pytest.raises(SystemExit):
        ctr.uploader.upload()
    monkeypatch.setattr(Uploader, "_mark", real)
    assert _count(ctr.server, Interaction) == before + 2
    report = ctr.uploader.upload()
    assert (report.sent, report.skipped, report.pending) == (1, 1, 0)
    assert _count(ctr.server, Interaction) == before + 3
    with ctr.server.read() as s:
        bodies = sorted(s.execute(select(Interaction.body).where(Interaction.body.like("offline note %"))).scalars())
    assert bodies == ["offline note 0", "offline note 1", "offline note 2"]


def test_a_follow_up_on_an_offline_note_points_at_the_servers_note(ctr: Counter) -> None:
    staff = as_role(ctr.fdb, "associate")
    cid = _customer(ctr)
    note = _note(ctr, staff, cid, "wants a call back")
    fu = ctr.caps.follow_ups.create(
        staff,
        customer_id=cid,
        owner_id=staff.id,
        text="Call back about boots",
        due=date.today() + timedelta(days=2),
        interaction_id=note.id,
    )
    assert fu.id >= LOCAL_ID_FLOOR
    report = ctr.uploader.upload()
    assert report.sent == 2 and report.conflicts == 0
    from posassist.db.tables.customers import FollowUp

    with ctr.server.read() as s:
        server_note = s.execute(select(Interaction).where(Interaction.body == "wants a call back")).scalar_one()
        f = s.execute(select(FollowUp).where(FollowUp.text == "Call back about boots")).scalar_one()
        assert f.interaction_id == server_note.id


def test_a_customer_edited_on_both_sides_goes_to_review_and_the_server_keeps_its_value(ctr: Counter) -> None:
    staff = as_role(ctr.fdb, "associate")
    cid = _customer(ctr, 3)
    ctr.caps.customers.update(staff, cid, {"preferred_name": "Offline Name"})
    # meanwhile at another counter, on the server
    from posassist.services.customers import Customers

    other = as_role(ctr.server, "associate", 1)
    Customers(ctr.server).update(other, cid, {"preferred_name": "Server Name"})
    report = ctr.uploader.upload()
    assert report.conflicts == 1 and report.sent == 0
    with ctr.server.read() as s:
        assert s.get(Customer, cid).preferred_name == "Server Name"  # type: ignore[union-attr]
        r = s.execute(select(OfflineReview)).scalar_one()
        assert r.call == "customers.update" and r.problem and "changed elsewhere" in r.problem


def test_local_audit_entries_are_merged_verbatim_and_the_server_chain_stays_valid(ctr: Counter) -> None:
    staff = as_role(ctr.fdb, "associate")
    _note(ctr, staff, _customer(ctr))
    with ctr.local.read() as s:
        from posassist.db.tables.audit import AuditEntry

        local = [(e.seq, e.hash, e.sig) for e in s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()]
    ctr.uploader.upload()
    with ctr.server.read() as s:
        merged = [(e.seq, e.hash, e.sig) for e in s.execute(select(OfflineAudit).order_by(OfflineAudit.seq)).scalars()]
    assert merged == local
    assert audit.verify(ctr.server).ok


def _cheap_sales(db, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    from posassist.db.tables.sales import Sale, SaleLine

    with db.read() as s:
        rows = s.execute(
            select(Sale.receipt_no)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .where(SaleLine.total_minor < 4000, SaleLine.quantity == 1, Sale.customer_id.is_not(None))
            .order_by(Sale.sold_at.desc())
            .limit(n)
        ).scalars()
        return list(dict.fromkeys(rows))


def _return_first_line(returns, store_id: int, staff, receipt: str):  # type: ignore[no-untyped-def]
    from posassist.services.returns_dto import DraftLine

    sale = returns.find_sale(receipt)
    line = next(ln for ln in sale.lines if ln.quantity == 1 and ln.line_total_minor < 4000)
    draft = returns.new_draft(
        store_id, staff, sale_id=sale.id, customer_id=sale.customer_id, lines=(DraftLine(line.id, 1),)
    )
    return returns.commit(staff, draft)


def test_offline_returns_are_sent_once_and_a_line_returned_elsewhere_meanwhile_goes_to_review(ctr: Counter) -> None:
    from posassist.db.tables.sales import Return
    from posassist.services.returns_service import Returns

    staff = as_role(ctr.fdb, "associate")
    first, second = _cheap_sales(ctr.server, 2)[:2]
    here = _return_first_line(ctr.caps.returns, ctr.caps.store.id, staff, first)
    _return_first_line(ctr.caps.returns, ctr.caps.store.id, staff, second)
    assert here.return_id >= LOCAL_ID_FLOOR
    other = as_role(ctr.server, "associate", 1)  # another counter, online, takes the second back too
    _return_first_line(Returns(ctr.server), ctr.caps.store.id, other, second)
    before = _count(ctr.server, Return)
    report = ctr.uploader.upload()
    assert (report.sent, report.conflicts) == (1, 1)
    assert _count(ctr.server, Return) == before + 1
    with ctr.server.read() as s:
        (conflict,) = s.execute(select(OfflineReview).where(OfflineReview.problem.is_not(None))).scalars()
        assert conflict.call == "returns.commit"
        newest = s.execute(select(Return).order_by(Return.id.desc()).limit(1)).scalar_one()
        assert newest.offline_counter  # the server's record says the return was made offline, and where
    assert ctr.uploader.upload().sent == 0 and _count(ctr.server, Return) == before + 1
    assert audit.verify(ctr.server).ok
