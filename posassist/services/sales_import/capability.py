"""The sales capability handed to the window and the command line: importing sales and customers
from the systems that rang them, the import history, and one sale as the return wizard sees it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.catalogue import Variant
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Sale, SaleLine
from posassist.services import return_sales
from posassist.services.dto import StaffSession
from posassist.services.returns_dto import SaleView
from posassist.services.sales_import import sync
from posassist.services.sales_import.model import Options, Progress, Report


@dataclass(frozen=True)
class SaleShown:
    """One sale as the return wizard sees it, with what the import knows of it."""

    view: SaleView
    tax_included: bool
    source: str | None
    payment_method: str | None
    refunded_elsewhere_minor: int
    financial_status: str | None
    fulfilment_status: str | None
    fulfilled_at: datetime | None
    timezone: str | None  # the store's
    sku_text: dict[int, str | None]  # by sale line id: the SKU an imported line had
    gtins: dict[int, str | None]
    unit_prices: dict[int, int]  # before discounts


class Sales:
    def __init__(self, db: Database, import_db: Database | None = None) -> None:
        """``import_db``: where the imports write (a server counter's own connection without the
        counter's short deadlines); look-ups (``show``, ``history``) go through ``db``."""
        self._db = db
        self._import_db = import_db or db

    def import_sales(
        self,
        session: StaffSession | None,
        source: str,
        opts: Options,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        holder: str = "",
    ) -> Report:
        """A dry run (``opts.dry_run``; no session needed) or the import in one transaction."""
        return sync.import_sales(
            self._import_db, source, opts, staff=session, progress=progress, cancelled=cancelled, holder=holder
        )

    def import_customers(
        self,
        session: StaffSession | None,
        source: str,
        opts: Options,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        holder: str = "",
    ) -> Report:
        return sync.import_customers(
            self._import_db, source, opts, staff=session, progress=progress, cancelled=cancelled, holder=holder
        )

    def history(self, limit: int = 100) -> list[sync.ImportRow]:
        return sync.history(self._db, limit)

    def show(self, receipt: str) -> SaleShown:
        view = return_sales.find_sale(self._db, receipt)
        with self._db.read() as s:
            row: Any = s.execute(
                select(
                    Sale.tax_included,
                    Sale.source,
                    Sale.payment_method,
                    Sale.refunded_minor,
                    Sale.financial_status,
                    Sale.fulfilment_status,
                    Sale.fulfilled_at,
                ).where(Sale.id == view.id)
            ).one()
            tz = s.execute(select(Store.timezone).where(Store.id == view.store_id)).scalar_one_or_none()
            lines = s.execute(
                select(SaleLine.id, SaleLine.sku_text, Variant.gtin, SaleLine.unit_price_minor)
                .outerjoin(Variant, Variant.id == SaleLine.variant_id)
                .where(SaleLine.sale_id == view.id)
            ).all()
        return SaleShown(
            view,
            bool(row[0]),
            row[1],
            row[2],
            int(row[3] or 0),
            row[4],
            row[5],
            row[6],
            tz,
            {lid: sku for lid, sku, _, _ in lines},
            {lid: gtin for lid, _, gtin, _ in lines},
            {lid: price for lid, _, _, price in lines},
        )
