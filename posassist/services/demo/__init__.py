"""'posassist demo': a store a shift lead would recognise, plus a 1 M-variant benchmark catalogue."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, text

from posassist.db import migrate, search_index
from posassist.db.bulk import reset_sequences
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Department, Product, Promotion, Variant
from posassist.db.tables.people import Staff, Store
from posassist.db.tables.sales import ReturnPolicy
from posassist.errors import Conflict
from posassist.i18n import tr
from posassist.services import audit, policy_admin, setup
from posassist.services.demo import vocab
from posassist.services.demo.catalogue import CatalogueLoader
from posassist.services.demo.config import demo_config
from posassist.services.demo.customers import add_customers_and_history
from posassist.services.demo.stories import STAFF

DEFAULT_VARIANTS = 22_000
CURRENCY = "CAD"


@dataclass(frozen=True)
class DemoSummary:
    stores: int
    products: int
    variants: int
    customers: int
    sales: int
    seconds: float


def has_data(db: Database) -> bool:
    with db.read() as s:
        return bool(s.execute(select(func.count()).select_from(Store)).scalar_one())


def reset(db: Database) -> None:
    """Drop everything (the audit log included) and migrate an empty schema again."""
    migrate.downgrade(db.engine, "base")
    migrate.upgrade(db.engine, where=db.where)


def load_demo(
    db: Database,
    *,
    variants: int | None = None,
    seed: int = 42,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    started = time.perf_counter()
    if has_data(db):
        if not replace:
            raise Conflict(tr("The database already holds a store; pass --reset to replace it with the demo."))
        reset(db)
    rng = random.Random(seed)
    now = utcnow()
    target = variants or DEFAULT_VARIANTS
    config = demo_config()  # resources/demo/store.toml: stores, distances, HST, staff, policy
    if config.policy is not None:
        policy_admin.validate(config.policy)
    with db.transaction() as s:
        # the same set-up path a real store takes; the policy has been in force for a year of history
        setup.write(s, config, None, policy_from=now - timedelta(days=365))
        stores = list(s.execute(select(Store).order_by(Store.id)).scalars())
        by_code = {st.code: st for st in stores}
        staff = {st.code: st for st in s.execute(select(Staff)).scalars()}
        policy_row = s.execute(select(ReturnPolicy)).scalar_one()
        policy_row.note, policy_row.created_by = "Standard policy", staff["901"].id
        depts = {}
        for code, name, final in vocab.DEPARTMENTS:
            d = Department(code=code, name=name, final_sale=final)
            s.add(d)
            depts[code] = d
        s.flush()
        loader = CatalogueLoader(
            s.connection(),
            stores=[st.id for st in stores],
            dept_ids={k: d.id for k, d in depts.items()},
            now=now,
            currency=CURRENCY,
            rng=rng,
        )
        loader.load(target, progress=progress)
        reset_sequences(s.connection(), ["products", "variants"])
        s.add_all(
            [
                Promotion(
                    name="Winter warm-up: 20% off coats and jackets",
                    kind="percent_off",
                    value=20,
                    department_id=depts["APP"].id,
                    starts_at=now - timedelta(days=10),
                    ends_at=now + timedelta(days=20),
                ),
                Promotion(
                    name="Audio week: 10% off electronics",
                    kind="percent_off",
                    value=10,
                    department_id=depts["ELEC"].id,
                    starts_at=now - timedelta(days=3),
                    ends_at=now + timedelta(days=4),
                ),
            ]
        )
        # a few style-level promotions
        some = s.execute(select(Product.id).where(Product.department_id == depts["GIFT"].id).limit(5)).scalars().all()
        for pid in some:
            s.add(
                Promotion(
                    name="Gift shop: $5 off",
                    kind="amount_off",
                    value=500,
                    product_id=pid,
                    starts_at=now - timedelta(days=1),
                    ends_at=now + timedelta(days=30),
                )
            )
        n_customers, n_sales = add_customers_and_history(
            s,
            rng=rng,
            now=now,
            stores=by_code,
            depts={k: d.id for k, d in depts.items()},
            staff={k: v.id for k, v in staff.items()},
            currency=CURRENCY,
        )
        search_index.rebuild(s.connection())
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("ANALYZE"))
        audit.record(
            s,
            actor_id=staff["901"].id,
            action="demo.loaded",
            entity="store",
            entity_id=by_code["DT"].id,
            payload={"variants": loader.variants, "seed": seed},
        )
        n_products = s.execute(select(func.count()).select_from(Product)).scalar_one()
        n_variants = s.execute(select(func.count()).select_from(Variant)).scalar_one()
    from posassist.services.demo.history import add_goodwill_history, add_return_history

    add_return_history(db, rng, now, lead_code="201")
    people = {p.code: p for p in STAFF}
    add_goodwill_history(
        db,
        approvers=((people["301"].code, people["301"].pin),),  # the manager: leads' budgets stay whole
        associate=(people["102"].code, people["102"].pin),
        store_id=by_code["DT"].id,
    )
    if db.dialect == "sqlite":
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    return DemoSummary(len(stores), n_products, n_variants, n_customers, n_sales, time.perf_counter() - started)
