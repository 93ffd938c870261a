"""Holds from a chosen store, needed-by dates held to, promises at risk (both engines)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.catalogue import Stock, Variant
from posassist.db.tables.customers import Customer, FollowUp
from posassist.db.tables.people import Store
from posassist.db.tables.promises import Promise
from posassist.errors import Conflict, NotFound
from posassist.services import auth, holds, promises
from posassist.services.demo.stories import STAFF

TUESDAY = datetime(2026, 12, 8, 16, 0, tzinfo=UTC)  # 11:00 in Toronto
WEDNESDAY, THURSDAY, FRIDAY = date(2026, 12, 9), date(2026, 12, 10), date(2026, 12, 11)


def _ids(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        oat = s.execute(select(Variant.id).where(Variant.sku == "DEMO-OATBARISTA")).scalar_one()
        chef = s.execute(select(Customer.id).where(Customer.full_name == "Daniel Moreau")).scalar_one()
        stores = dict(s.execute(select(Store.code, Store.id)).all())
    return oat, chef, stores["DT"]


def _stock(db: Database, variant_id: int, code: str) -> tuple[int | None, int]:
    with db.read() as s:
        on_hand, reserved = s.execute(
            select(Stock.on_hand, Stock.reserved)
            .join(Store, Store.id == Stock.store_id)
            .where(Stock.variant_id == variant_id, Store.code == code)
        ).one()
    return on_hand, reserved


def test_the_stores_to_choose_from_nearest_first_with_km_and_transfer_time(demo_db: Database) -> None:
    oat, _chef, dt = _ids(demo_db)
    c = holds.options(demo_db, variant_id=oat, here_id=dt, now=TUESDAY)
    assert [(x.store_code, x.km, x.how) for x in c.sources] == [("NORTH", 90, "transfer"), ("MALL", 450, "transfer")]
    north, mall = c.sources
    assert north.transit_hours == 2 and north.ready_on == TUESDAY.date()  # the van arrives before closing
    assert mall.transit_days == 2 and mall.ready_on == THURSDAY
    assert (north.free, mall.free) == (6, 24)


def test_a_needed_by_date_only_one_store_can_meet(demo_db: Database) -> None:
    oat, chef, dt = _ids(demo_db)
    alex = auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin)
    c = holds.options(demo_db, variant_id=oat, here_id=dt, needed_by=WEDNESDAY, now=TUESDAY)
    assert [x.store_code for x in c.in_time] == ["NORTH"] and c.message() is None
    with pytest.raises(Conflict, match="cannot get it here by Wednesday"):
        holds.create(
            demo_db,
            variant_id=oat,
            quantity=1,
            customer_id=chef,
            here_id=dt,
            staff=alex,
            from_store_id=c.sources[1].store_id,  # the Mall: Thursday
            needed_by=WEDNESDAY,
            now=TUESDAY,
        )
    h = holds.create(
        demo_db,
        variant_id=oat,
        quantity=1,
        customer_id=chef,
        here_id=dt,
        staff=alex,
        from_store_id=c.in_time[0].store_id,
        needed_by=WEDNESDAY,
        now=TUESDAY,
    )
    assert h.hold_no.startswith("H-DT-") and h.from_store == "NORTH" and h.arrives == TUESDAY.date()
    with demo_db.read() as s:
        p = s.execute(select(Promise).where(Promise.hold_id == h.id)).scalar_one()
        f = s.get(FollowUp, p.follow_up_id)
        assert p.needed_by == WEDNESDAY and p.promised_on == TUESDAY.date() and p.customer_id == chef
        assert f is not None and "Check the promise" in f.text
        # the day before Wednesday is today: the check-up is due today, not in the past
        assert f.due_at >= TUESDAY
    # ten by Wednesday: nobody has ten close enough; the Mall has them to pick up today
    c10 = holds.options(demo_db, variant_id=oat, here_id=dt, quantity=10, needed_by=WEDNESDAY, now=TUESDAY)
    assert c10.in_time == ()
    words = c10.message() or ""
    assert "No store can get" in words and "pick it up at Riverside Mall (450 km) today" in words


def test_hold_from_a_chosen_store_then_release_collect_and_expire(demo_db: Database) -> None:
    oat, chef, dt = _ids(demo_db)
    alex = auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin)
    mall_id = next(
        x.store_id for x in holds.options(demo_db, variant_id=oat, here_id=dt).sources if x.store_code == "MALL"
    )
    one = holds.create(
        demo_db,
        variant_id=oat,
        quantity=3,
        customer_id=chef,
        here_id=dt,
        staff=alex,
        from_store_id=mall_id,
        now=TUESDAY,
    )
    assert one.from_store == "MALL" and one.to_store == "DT" and one.arrives == THURSDAY
    assert one.expires_on == THURSDAY + timedelta(days=7) and one.follow_up_id is not None  # call when it arrives
    assert _stock(demo_db, oat, "MALL") == (24, 3)
    assert [h.hold_no for h in holds.list_holds(demo_db, store_id=dt)] == [one.hold_no]
    released = holds.release(demo_db, alex, one.hold_no, TUESDAY)
    assert released.status == "released" and _stock(demo_db, oat, "MALL") == (24, 0)
    with pytest.raises(Conflict, match="already released"):
        holds.release(demo_db, alex, one.hold_no)
    two = holds.create(
        demo_db,
        variant_id=oat,
        quantity=2,
        customer_id=chef,
        here_id=dt,
        staff=alex,
        from_store_id=mall_id,
        pickup_there=True,
        now=TUESDAY,
    )
    assert two.to_store == "MALL" and two.arrives == TUESDAY.date() and two.hold_no.startswith("H-MALL-")
    assert holds.collect(demo_db, alex, two.id, TUESDAY).status == "collected"
    assert _stock(demo_db, oat, "MALL") == (22, 0)  # the customer took two
    three = holds.create(
        demo_db,
        variant_id=oat,
        quantity=1,
        customer_id=chef,
        here_id=dt,
        staff=alex,
        from_store_id=mall_id,
        now=TUESDAY,
    )
    assert holds.expire(demo_db, alex, datetime(2026, 12, 17, 16, tzinfo=UTC)) == []  # its last day
    gone = holds.expire(demo_db, alex, datetime(2026, 12, 18, 16, tzinfo=UTC))
    assert [h.hold_no for h in gone] == [three.hold_no] and _stock(demo_db, oat, "MALL") == (22, 0)
    with demo_db.read() as s:
        actions = list(
            s.execute(
                select(AuditEntry.action).where(AuditEntry.action.like("hold.%")).order_by(AuditEntry.id)
            ).scalars()
        )
    assert actions == [
        "hold.created",
        "hold.released",
        "hold.created",
        "hold.collected",
        "hold.created",
        "hold.expired",
    ]
    with pytest.raises(NotFound, match="no hold H-DT-99999"):
        holds.get(demo_db, "H-DT-99999")


def test_a_promise_at_risk_when_its_hold_goes_or_its_check_is_overdue(demo_db: Database) -> None:
    oat, chef, dt = _ids(demo_db)
    alex = auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin)
    h = holds.create(
        demo_db, variant_id=oat, quantity=1, customer_id=chef, here_id=dt, staff=alex, needed_by=FRIDAY, now=TUESDAY
    )
    assert promises.promises_at_risk(demo_db, dt, TUESDAY) == []
    thursday_noon = datetime(2026, 12, 10, 17, tzinfo=UTC)  # the 10:00 check-up not done
    [late] = promises.promises_at_risk(demo_db, dt, thursday_noon)
    assert late.reason == "overdue" and late.customer_name and late.needed_by == FRIDAY
    holds.release(demo_db, alex, h.hold_no, TUESDAY)
    [gone] = promises.promises_at_risk(demo_db, dt, TUESDAY)
    assert gone.reason == "source_gone" and "released" in gone.why()


def test_the_set_up_carries_carrier_days_closing_days_hold_days_and_van_hours(demo_db: Database) -> None:
    from posassist.services.setup import Setup, parse

    text = Setup(demo_db).export()
    doc = parse(text)
    north = next(sd for sd in doc.stores if sd.code == "NORTH")
    assert (north.carrier_days, north.closed_weekdays, north.hold_days) == (2, "6", 5)
    assert "2026-12-25" in north.closed_dates and doc.transit_hours[("NORTH", "DT")] == 2
    bad = text.replace('closed_on = ["sun"]', 'closed_on = ["funday"]', 1)
    with pytest.raises(Exception, match=r"stores\[3\]\.closed_on \(line \d+\)"):
        parse(bad)
    with demo_db.read() as s:
        assert current_store(demo_db, "NORTH") is not None
        assert s.execute(select(Store.hold_days).where(Store.code == "NORTH")).scalar_one() == 5
