from sqlalchemy import func, select

from posassist.db.session import Database
from posassist.db.tables.catalogue import Department, Product, Stock, Variant
from posassist.db.tables.customers import Customer, CustomerAlert, Interaction
from posassist.db.tables.people import Staff, Store
from posassist.db.tables.sales import Sale, SaleLine
from posassist.services import audit, auth
from posassist.services.demo.stories import STAFF


def _count(s, table, *where) -> int:  # type: ignore[no-untyped-def]
    return s.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_demo_store_is_realistic(demo_db: Database) -> None:
    with demo_db.read() as s:
        assert _count(s, Store) >= 3
        assert _count(s, Product) >= 2000
        assert _count(s, Customer) >= 50
        assert _count(s, Stock, Stock.on_hand.is_(None)) > 0  # unknown stock exists, not 0
        depts = set(s.execute(select(Department.code)).scalars())
        assert {"APP", "SHOE", "FURN", "ELEC", "GROC", "GIFT", "CLEAR"} <= depts
        channels = set(s.execute(select(Interaction.channel)).scalars())
        assert {"counter", "phone", "email", "chat", "social"} <= channels
        assert _count(s, Sale, Sale.channel == "web") >= 3
        roles = set(s.execute(select(Staff.role)).scalars())
        assert {"associate", "shift_lead", "admin"} <= roles
        assert _count(s, Product, Product.width_mm.is_not(None)) > 0
        assert _count(s, Product, Product.warranty_months.is_not(None)) > 0
        assert _count(s, Product, Product.allergens.is_not(None)) > 0


def test_story_records_are_there(demo_db: Database) -> None:
    with demo_db.read() as s:
        picking = s.execute(select(SaleLine).where(SaleLine.shipped_variant_id.is_not(None))).scalars().all()
        assert len(picking) == 3 and all(line.shipped_variant_id != line.variant_id for line in picking)
        chef = s.execute(select(Customer).where(Customer.full_name == "Daniel Moreau")).scalar_one()
        assert _count(s, CustomerAlert, CustomerAlert.customer_id == chef.id, CustomerAlert.severity == "critical") == 1
        eleanor = s.execute(select(Customer).where(Customer.full_name == "Eleanor Whitfield")).scalar_one()
        assert eleanor.related_customer_id is not None
        oat = s.execute(select(Variant).where(Variant.sku == "DEMO-OATBARISTA")).scalar_one()
        stock = dict(
            s.execute(
                select(Store.code, Stock.on_hand)
                .join(Stock, Stock.store_id == Store.id)
                .where(Stock.variant_id == oat.id)
            ).all()
        )
        assert stock["DT"] == 0 and stock["MALL"] > 0
        # tyres: nothing like them in the catalogue
        assert _count(s, Product, Product.title.ilike("%tyre%")) == 0


def test_demo_pins_from_the_readme_work(demo_db: Database) -> None:
    for person in STAFF:
        assert auth.sign_in(demo_db, person.code, person.pin).role == person.role


def test_demo_audit_chain_is_intact(demo_db: Database) -> None:
    assert audit.verify(demo_db).ok
