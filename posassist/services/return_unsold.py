"""Return lines without a receipt (no receipt, or never sold here): the catalogue's view of the item, the customer's purchase of it on file, their no-receipt history, the lowest recent price and the warranty."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.db.tables.sales import Return, Sale, SaleLine
from posassist.domain.policy import LineRequest
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import tax as taxes
from posassist.services.return_sales import (
    returned_quantities,
)
from posassist.services.returns_dto import (
    DraftLine,
    ReturnDraft,
)


def bought_line(s: Session, draft: ReturnDraft, dl: DraftLine) -> tuple[int, datetime, int] | None:
    """No receipt, but the customer's purchase of this item is on file: (sale line, sold at, units
    bought and not returned yet). A no-receipt return of it then counts against that line."""
    if draft.mode != "no_receipt" or draft.customer_id is None or dl.variant_id is None:
        return None
    row = s.execute(
        select(SaleLine.id, Sale.sold_at, SaleLine.quantity)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.customer_id == draft.customer_id, SaleLine.variant_id == dl.variant_id)
        .order_by(Sale.sold_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    line_id, sold_at, qty = row
    return int(line_id), sold_at, int(qty) - returned_quantities(s, [int(line_id)]).get(int(line_id), 0)


def warranty_days(s: Session, product_ids: list[int]) -> dict[int, int]:
    """The products' warranties in days: the window for faulty goods."""
    if not product_ids:
        return {}
    rows = s.execute(
        select(Product.id, Product.warranty_months).where(
            Product.id.in_(product_ids), Product.warranty_months.is_not(None)
        )
    ).all()
    return {int(pid): int(months) * 365 // 12 for pid, months in rows if months}


def unsold_line(s: Session, draft: ReturnDraft, i: int, dl: DraftLine) -> LineRequest:
    """A line without a receipt (no receipt, or never sold here): the catalogue's view of it."""
    if not isinstance(dl.quantity, int) or dl.quantity <= 0:
        raise InvalidInput(
            tr("Line {i}: the quantity must be a whole number of at least 1.", i=i), field="quantity", row=i
        )
    desc = (dl.description or "").strip()
    price = lowest = unit_tax = 0
    dept = dept_name = None
    returnable, final = True, False
    if dl.variant_id is not None:
        v = s.execute(
            select(
                Variant.price_minor,
                Product.title,
                Department.code,
                Department.name,
                Product.returnable,
                Department.final_sale,
            )
            .join(Product, Product.id == Variant.product_id)
            .outerjoin(Department, Department.id == Product.department_id)
            .where(Variant.id == dl.variant_id)
        ).first()
        if v is None:
            raise NotFound(tr("Line {i}: that item is not in the catalogue.", i=i))
        price, desc, dept, dept_name, returnable, final = (v[0] or 0), desc or v[1], v[2], v[3], v[4], bool(v[5])
        lowest = lowest_recent_price(s, dl.variant_id, price)
        # what the customer would have paid: the store's tax on the shelf price (added or included)
        taxed = taxes.taxed_price(s, draft.store_id, dl.variant_id, price)
        price, unit_tax = taxed.gross_minor, taxed.tax_minor
        lowest = taxes.taxed_price(s, draft.store_id, dl.variant_id, lowest).gross_minor
    if draft.mode == "never_sold":
        if not desc:
            raise InvalidInput(tr("Line {i}: describe what the customer brought.", i=i), field="description", row=i)
        if dl.declared_value_minor is None or dl.declared_value_minor < 0:
            raise InvalidInput(
                tr("Line {i}: enter the value of {desc} (0 or more).", i=i, desc=desc), field="value", row=i
            )
    elif dl.variant_id is None:
        raise InvalidInput(tr("Line {i}: scan or find the item being returned.", i=i), field="item", row=i)
    bought = bought_line(s, draft, dl)
    return LineRequest(
        f"n{i}",
        desc,
        dept,
        dl.quantity,
        price,
        unit_tax,
        dl.condition,
        dl.reason,
        dl.resolution,
        final,
        returnable,
        lowest_recent_price_minor=lowest,
        declared_value_minor=dl.declared_value_minor,
        department_name=dept_name,
        purchased_at=bought[1] if bought else None,
        available=bought[2] if bought else None,
    )


def no_receipt_history(s: Session, draft: ReturnDraft) -> tuple[bool, int]:
    """(the customer bought these items here, their no-receipt returns in the last 12 months)."""
    if draft.customer_id is None or draft.mode != "no_receipt":
        return False, 0
    ids = [dl.variant_id for dl in draft.lines if dl.variant_id]
    verified = bool(ids) and bool(
        s.execute(
            select(func.count())
            .select_from(SaleLine)
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.customer_id == draft.customer_id, SaleLine.variant_id.in_(ids))
        ).scalar_one()
    )
    twelve = s.execute(
        select(func.count())
        .select_from(Return)
        .where(
            Return.customer_id == draft.customer_id,
            Return.sale_id.is_(None),
            Return.status == "committed",
            Return.committed_at >= utcnow() - timedelta(days=365),
        )
    ).scalar_one()
    return verified, int(twelve)


def lowest_recent_price(s: Session, variant_id: int, current: int, days: int = 90) -> int:
    low = s.execute(
        select(func.min(SaleLine.unit_price_minor - SaleLine.discount_minor))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.variant_id == variant_id, Sale.sold_at >= utcnow() - timedelta(days=days))
    ).scalar()
    return min(current, int(low)) if low is not None else current
