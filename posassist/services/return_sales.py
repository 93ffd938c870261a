"""Finding the sale a return is for: by receipt (printed or imported order number), by id, or
among a customer's purchases; each line says how much of it is still returnable."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import case, func, literal, select, union_all
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Return, ReturnLine, Sale, SaleLine, Tender
from posassist.domain.receipt_keys import receipt_key
from posassist.domain.typed import tidy
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services.receipts import scan as receipt_scan
from posassist.services.returns_dto import (
    SaleLineView,
    SaleView,
)


def returned_quantities(s: Session, line_ids: list[int]) -> dict[int, int]:
    if not line_ids:
        return {}
    rows = s.execute(
        select(ReturnLine.sale_line_id, func.sum(ReturnLine.quantity))
        .join(Return, Return.id == ReturnLine.return_id)
        .where(ReturnLine.sale_line_id.in_(line_ids), Return.status == "committed")
        .group_by(ReturnLine.sale_line_id)
    ).all()
    return {int(lid): int(q) for lid, q in rows if lid is not None}


def sale_view(s: Session, sale: Sale) -> SaleView:
    rows = s.execute(
        select(
            SaleLine,
            Variant.sku,
            Variant.colour,
            Variant.size,
            Variant.product_id,
            Product.returnable,
            Product.return_window_days,
            Department.name,
        )
        .outerjoin(Variant, Variant.id == SaleLine.variant_id)
        .outerjoin(Product, Product.id == Variant.product_id)
        .outerjoin(Department, Department.code == SaleLine.department_code)
        .where(SaleLine.sale_id == sale.id)
        .order_by(SaleLine.line_no)
    ).all()
    returned = returned_quantities(s, [r[0].id for r in rows])
    shipped_ids = [r[0].shipped_variant_id for r in rows if r[0].shipped_variant_id]
    shipped = {}
    if shipped_ids:
        for vid, title, colour, size in s.execute(
            select(Variant.id, Product.title, Variant.colour, Variant.size)
            .join(Product, Product.id == Variant.product_id)
            .where(Variant.id.in_(shipped_ids))
        ).all():
            shipped[vid] = " — ".join(x for x in (title, ", ".join(y for y in (colour, size) if y)) if x)
    lines = tuple(
        SaleLineView(
            id=ln.id,
            line_no=ln.line_no,
            variant_id=ln.variant_id,
            product_id=pid,
            description=ln.description,
            sku=sku,
            colour=colour,
            size=size,
            department_code=ln.department_code,
            department_name=dname,
            quantity=ln.quantity,
            returned=returned.get(ln.id, 0),
            unit_paid_minor=ln.total_minor // ln.quantity,
            unit_tax_minor=ln.tax_minor // ln.quantity,
            line_total_minor=ln.total_minor,
            line_tax_minor=ln.tax_minor,
            final_sale=ln.final_sale,
            returnable=True if returnable is None else bool(returnable),
            window_override_days=window,
            shipped_variant_id=ln.shipped_variant_id,
            shipped_description=shipped.get(ln.shipped_variant_id) if ln.shipped_variant_id else None,
            fulfilment_note=ln.fulfilment_note,
        )
        for ln, sku, colour, size, pid, returnable, window, dname in rows
    )
    store_code = s.execute(select(Store.code).where(Store.id == sale.store_id)).scalar_one()
    name = (
        s.execute(select(Customer.full_name).where(Customer.id == sale.customer_id)).scalar_one_or_none()
        if sale.customer_id
        else None
    )
    refunded = s.execute(
        select(func.coalesce(func.sum(Return.refund_minor), 0)).where(
            Return.sale_id == sale.id, Return.status == "committed"
        )
    ).scalar_one()
    tenders = tuple(
        s.execute(select(Tender.kind, Tender.amount_minor, Tender.reference).where(Tender.sale_id == sale.id)).all()
    )
    elsewhere = int(sale.refunded_minor or 0)
    if elsewhere:
        lines = _cap_by_refunds(lines, sale.total_minor - elsewhere - int(refunded))
    return SaleView(
        sale.id,
        sale.receipt_no,
        sale.store_id,
        store_code,
        sale.sold_at,
        sale.channel,
        sale.customer_id,
        name,
        sale.currency,
        sale.total_minor,
        int(refunded),
        lines,
        tenders,
        refunded_elsewhere_minor=elsewhere,
    )


def receipt_sale_id(s: Session, code: str) -> int | None:
    """The sale a receipt number names, in one statement of index probes: the receipt number as
    printed (this letter case first, then upper case), else an imported order's number as the
    customer has it ('#1042', '1042', a scanned receipt barcode), else a POS receipt '2-1015'
    (the latest sale of each; an OR of the columns would scan the table)."""
    up = code.upper()
    codes = [code] if up == code else [code, up]
    ranked = [
        select(Sale.id.label("id"), case((Sale.receipt_no == code, 0), else_=1).label("rank")).where(
            Sale.receipt_no.in_(codes)
        )
    ]
    key = receipt_key(code)
    if key:
        for rank, column in ((2, Sale.lookup_key), (3, Sale.pos_receipt)):
            latest = select(Sale.id).where(column == key).order_by(Sale.id.desc()).limit(1).subquery()
            ranked.append(select(latest.c.id, literal(rank).label("rank")))
    found = union_all(*ranked).subquery()
    return s.execute(select(found.c.id).order_by(found.c.rank).limit(1)).scalar_one_or_none()


def _by_receipt(s: Session, code: str) -> Sale | None:
    sale_id = receipt_sale_id(s, code)
    return None if sale_id is None else s.get(Sale, sale_id)


def _cap_by_refunds(lines: tuple[SaleLineView, ...], money_left: int) -> tuple[SaleLineView, ...]:
    """An order refunded in part where it was rung, with no line named: each line keeps only the
    units the money left still pays for."""
    out = []
    for ln in lines:
        left = ln.quantity - ln.returned
        if left > 0 and ln.unit_paid_minor > 0:
            can = max(0, money_left) // ln.unit_paid_minor
            if can < left:
                ln = replace(ln, unavailable=left - can)
        out.append(ln)
    return tuple(out)


def find_sale(db: Database, receipt_no: str) -> SaleView:
    code = tidy(receipt_no)
    if not code:
        raise InvalidInput(tr("Scan or type the receipt number."), field="receipt")
    if len(code) > 64:
        raise NotFound(tr("No receipt {code}… on file: that is longer than any receipt number.", code=code[:20]))
    with db.read() as s:
        sale = _by_receipt(s, code)
        if sale is None:  # a return receipt's barcode brings back the sale it returned
            sale = receipt_scan.sale_for(s, code)
        if sale is None:
            raise NotFound(
                tr(
                    "No sale has the receipt number {code}. Check it, find the customer instead, or continue without a receipt.",
                    code=code,
                )
            )
        return sale_view(s, sale)


def sale_by_id(db: Database, sale_id: int) -> SaleView:
    with db.read() as s:
        sale = s.get(Sale, sale_id)
        if sale is None:
            raise NotFound(tr("That sale is not on file."))
        return sale_view(s, sale)


def customer_sales(db: Database, customer_id: int, limit: int = 30) -> list[SaleView]:
    with db.read() as s:
        sales = (
            s.execute(select(Sale).where(Sale.customer_id == customer_id).order_by(Sale.sold_at.desc()).limit(limit))
            .scalars()
            .all()
        )
        return [sale_view(s, sale) for sale in sales]


def customer_sale_with(db: Database, customer_id: int, variant_id: int) -> SaleView | None:
    """The customer's latest purchase of this item (or another colour or size of it)."""
    with db.read() as s:
        product_id = s.execute(select(Variant.product_id).where(Variant.id == variant_id)).scalar_one_or_none()
        sale = s.execute(
            select(Sale)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .join(Variant, Variant.id == SaleLine.variant_id)
            .where(Sale.customer_id == customer_id, Variant.product_id == product_id)
            .order_by(Sale.sold_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        return sale_view(s, sale) if sale else None
