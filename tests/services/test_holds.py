import pytest
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.catalogue import Stock, Variant
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.errors import Conflict
from posassist.services import auth, followups, holds
from posassist.services.demo.stories import STAFF


def test_hold_the_oat_drink_at_the_mall_for_the_chef(demo_db: Database) -> None:
    here = current_store(demo_db, "DT")
    alex = auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin)
    with demo_db.read() as s:
        oat = s.execute(select(Variant.id).where(Variant.sku == "DEMO-OATBARISTA")).scalar_one()
        chef = s.execute(select(Customer.id).where(Customer.full_name == "Daniel Moreau")).scalar_one()
    h = holds.hold_for_customer(demo_db, variant_id=oat, quantity=12, customer_id=chef, here_id=here.id, staff=alex)
    assert h.from_store == "NORTH" or h.from_store == "MALL"
    with demo_db.read() as s:
        reserved = s.execute(
            select(Stock.reserved)
            .join(Store, Store.id == Stock.store_id)
            .where(Stock.variant_id == oat, Store.code == h.from_store)
        ).scalar_one()
    assert reserved == 12
    assert any("on its way" in f.text for f in followups.for_customer(demo_db, chef))
    with pytest.raises(Conflict, match="No other store"):
        holds.hold_for_customer(demo_db, variant_id=oat, quantity=500, customer_id=chef, here_id=here.id, staff=alex)
