"""Sale import tests: the demo store (its catalogue has the SKUs the fixtures sell) and its admin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from posassist.db.session import Database
from posassist.db.tables.customers import Customer, CustomerSource
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Sale, SaleLine, SalesImport, Tender
from posassist.services import auth
from posassist.services.dto import StaffSession
from posassist.services.sales_import import Options, Sales

DATA = Path(__file__).parents[2] / "data" / "sales"


def opts(db: Database, **kw: Any) -> Options:
    with db.read() as s:
        dt = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
    return Options(currency="CAD", store_id=dt, region="CA", timezone="America/Toronto", **kw)


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.__tablename__: int(s.execute(select(func.count()).select_from(t)).scalar_one())
            for t in (Sale, SaleLine, Tender, Customer, CustomerSource, SalesImport)
        }


@pytest.fixture
def admin(demo_db: Database) -> StaffSession:
    return auth.sign_in(demo_db, "901", "admin-7391")


@pytest.fixture
def sales(demo_db: Database) -> Sales:
    return Sales(demo_db)
