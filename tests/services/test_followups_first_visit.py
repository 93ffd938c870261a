"""Follow-ups with a time on the store's clock, reminders (snooze, dismiss, hand-over with a note,
audited) and first-visit resolution with its figures per associate and per counter against the
store, on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.customers import Customer, Interaction
from posassist.errors import Conflict, InvalidInput
from posassist.services import auth, notes, reports
from posassist.services.demo.stories import STAFF
from posassist.services.dto import StaffSession, StoreInfo
from posassist.services.followups import FollowUps

TORONTO = StoreInfo(1, "DT", "Downtown", "CAD", "en_CA", "metric", "America/Toronto")


def _sign(db: Database, i: int, counter: str = "counter-1") -> StaffSession:
    return auth.sign_in(db, STAFF[i].code, STAFF[i].pin, counter=counter)


def _cid(db: Database, name: str) -> int:
    with db.read() as s:
        return s.execute(select(Customer.id).where(Customer.full_name == name)).scalar_one()


def _actions(db: Database, entity_id: int) -> list[str]:
    with db.read() as s:
        return list(
            s.execute(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "follow_up", AuditEntry.entity_id == str(entity_id))
                .order_by(AuditEntry.seq)
            ).scalars()
        )


def test_due_time_is_on_the_store_clock_not_the_machine(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # the machine is elsewhere; the store is in Toronto
    import time as _time

    _time.tzset()
    try:
        alex = _sign(demo_db, 0)
        svc = FollowUps(demo_db, TORONTO)
        f = svc.create(
            alex,
            customer_id=_cid(demo_db, "Daniel Moreau"),
            owner_id=alex.id,
            text="call",
            due=date(2026, 12, 4),
            at=time(16, 0),
        )
        assert f.due_at == datetime(2026, 12, 4, 21, 0, tzinfo=UTC)  # 16:00 EST = 21:00 UTC
        shown = svc.local(f.due_at)
        assert (shown.hour, shown.minute, shown.tzname()) == (16, 0, "EST")
        # a day only: 17:00 there; summer time is kept apart (EDT, UTC-4)
        g = svc.create(alex, customer_id=None, owner_id=alex.id, text="check", due_at=date(2026, 7, 3))
        assert g.due_at == datetime(2026, 7, 3, 21, 0, tzinfo=UTC)
        # the old call with an aware datetime still works
        h = svc.create(
            alex, customer_id=None, owner_id=alex.id, text="x", due_at=datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
        )
        assert h.due_at == datetime(2026, 12, 5, 9, 30, tzinfo=UTC) and h.remind_at == h.due_at
        with pytest.raises(InvalidInput, match="time zone"):
            svc.create(alex, customer_id=None, owner_id=alex.id, text="x", due_at=datetime(2026, 12, 5, 9, 30))
    finally:
        monkeypatch.delenv("TZ")
        _time.tzset()


def test_reminders_snooze_dismiss_and_hand_over(demo_db: Database) -> None:
    alex, other = _sign(demo_db, 0), _sign(demo_db, 1)
    now = [datetime(2026, 12, 2, 15, 0, tzinfo=UTC)]  # 10:00 in Toronto
    svc = FollowUps(demo_db, TORONTO, clock=lambda: now[0])
    cid = _cid(demo_db, "Daniel Moreau")
    soon = svc.create(
        alex, customer_id=cid, owner_id=alex.id, text="call about the sofa", due_at=now[0] + timedelta(minutes=5)
    )
    later = svc.create(alex, customer_id=cid, owner_id=alex.id, text="later", due_at=now[0] + timedelta(hours=3))
    assert [f.id for f in svc.reminders_due(alex)] == []
    now[0] += timedelta(minutes=6)
    due = svc.reminders_due(alex)
    assert [f.id for f in due] == [soon.id] and due[0].overdue
    mine = svc.mine(alex)
    assert [f.id for f in mine][:2] == [soon.id, later.id] or mine.index(next(f for f in mine if f.id == soon.id)) < [
        f.id for f in mine
    ].index(later.id)
    # 15 minutes
    snoozed = svc.snooze(alex, soon.id, "15m")
    assert snoozed.remind_at == now[0] + timedelta(minutes=15)
    assert svc.reminders_due(alex) == []
    now[0] += timedelta(minutes=16)
    assert [f.id for f in svc.reminders_due(alex)] == [soon.id]
    # tomorrow: 09:00 on the store's clock (14:00 UTC in December)
    snoozed = svc.snooze(alex, soon.id, "tomorrow")
    assert snoozed.remind_at == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="15 minutes"):
        svc.snooze(alex, soon.id, "forever")
    with pytest.raises(Conflict, match="owner"):
        svc.snooze(other, soon.id, "1h")
    # hand over with a note: the new owner sees it with the note, reminded at once (it is overdue)
    handed = svc.reassign(alex, soon.id, STAFF[1].code, note="She prefers a call after 5 pm.")
    assert handed.owner_id == other.id and handed.handover_note == "She prefers a call after 5 pm."
    assert handed.handed_over_by == alex.name
    theirs = svc.reminders_due(other)
    assert [f.id for f in theirs] == [soon.id] and theirs[0].handover_note
    assert soon.id not in [f.id for f in svc.mine(alex)]
    with pytest.raises(InvalidInput, match="code"):
        svc.reassign(other, soon.id, "nobody-999")
    with pytest.raises(InvalidInput, match="card"):
        svc.reassign(other, soon.id, STAFF[0].code, note="card 4111 1111 1111 1111")
    svc.dismiss(other, soon.id)
    assert svc.reminders_due(other) == []
    assert [f.id for f in svc.mine(other)] == [soon.id]  # still open, just no reminder
    svc.complete(other, soon.id)
    assert svc.mine(other) == []
    assert _actions(demo_db, soon.id) == [
        "follow_up.snoozed",
        "follow_up.snoozed",
        "follow_up.handed_over",
        "follow_up.reminder_dismissed",
        "follow_up.done",
    ]


def _contact(db: Database, who: StaffSession, cid: int, at: datetime, minutes: int, **kw: object) -> notes.NoteView:
    return notes.add(
        db,
        customer_id=cid,
        staff=who,
        store_id=None,
        channel="counter",
        topic="product_problem",
        body="The zip of the jacket broke.",
        outcome="open",
        opened_at=at,
        first_response_at=at + timedelta(minutes=minutes),
        **kw,  # type: ignore[arg-type]
    )


def test_first_visit_resolution_recorded_and_counted(demo_db: Database) -> None:
    alex, sam = _sign(demo_db, 0, "counter-1"), _sign(demo_db, 1, "counter-2")
    daniel, other = _cid(demo_db, "Daniel Moreau"), _cid(demo_db, "Maria Gonzalez")
    t0 = datetime(2020, 3, 2, 15, 0, tzinfo=UTC)  # a period with nothing else in it
    # 1. Alex solves Priya's question at once (first-visit), rated 5, answered in 2 min
    a = _contact(demo_db, alex, other, t0, 2)
    notes.finish(demo_db, a.id, staff=alex, csat=5, resolution="solved")
    # 2. Alex cannot solve Daniel's zip: needs a follow-up
    b = _contact(demo_db, alex, daniel, t0 + timedelta(hours=1), 4)
    v = notes.finish(demo_db, b.id, staff=alex, csat=3, resolution="follow_up")
    assert (v.resolution, v.outcome) == ("follow_up", "follow_up")
    open_ = notes.matters(demo_db, daniel)
    assert open_[0].id == b.id and open_[0].open
    # 3. Daniel comes back: Sam links it to the matter and solves it -> not first-visit
    c = _contact(demo_db, sam, daniel, t0 + timedelta(days=1), 10, matter_id=b.id)
    assert c.matter_id == b.id
    notes.finish(demo_db, c.id, staff=sam, csat=4, resolution="solved")
    m = next(x for x in notes.matters(demo_db, daniel, now=t0 + timedelta(days=2)) if x.id == b.id)
    assert (m.contacts, m.resolution, m.open) == (2, "solved", False)
    assert b.id not in [x.id for x in notes.matters(demo_db, daniel, now=t0 + timedelta(days=40))]  # long settled
    # 4. Sam could not help someone (a third matter, not first-visit)
    d = _contact(demo_db, sam, other, t0 + timedelta(days=1, hours=2), 6)
    notes.finish(demo_db, d.id, staff=sam, csat=None, resolution="not_helped")
    with pytest.raises(InvalidInput, match="outcome"):
        notes.finish(demo_db, d.id, staff=sam, csat=None, resolution="maybe")
    with pytest.raises(InvalidInput, match="not this customer"):
        _contact(demo_db, sam, other, t0 + timedelta(days=1, hours=3), 1, matter_id=b.id)
    with demo_db.read() as s:
        assert s.get(Interaction, c.id).counter == "counter-2"  # type: ignore[union-attr]

    doc = reports.service(demo_db, date(2020, 3, 1), date(2020, 3, 31), by=("associate", "counter"))
    store = doc["store"]
    assert (store["interactions"], store["matters"], store["first_visit_resolved"]) == (4, 3, 1)
    assert store["first_visit_rate"] == pytest.approx(0.333, abs=0.001)
    assert store["csat_average"] == 4.0 and store["first_response_avg_minutes"] == 5.5
    assert doc["first_visit_rate"] == store["first_visit_rate"]
    people = {r["associate"]: r for r in doc["groups"]["associate"]}
    assert people[alex.name]["matters"] == 2 and people[alex.name]["first_visit_rate"] == 0.5
    assert people[alex.name]["first_response_avg_minutes"] == 3.0 and people[alex.name]["csat_average"] == 4.0
    assert people[sam.name]["matters"] == 1 and people[sam.name]["first_visit_rate"] == 0.0  # c is a later contact
    assert people[sam.name]["first_response_avg_minutes"] == 8.0 and people[sam.name]["csat_average"] == 4.0
    counters = {r["counter"]: r for r in doc["groups"]["counter"]}
    assert counters["counter-1"]["first_visit_rate"] == 0.5 and counters["counter-2"]["interactions"] == 2
