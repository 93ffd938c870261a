"""A receipt's barcode scanned where a sale is asked for: the return wizard's receipt field and
the customer search. The barcode carries the receipt number itself; a return's number brings
back the sale it returned (and its customer), a voucher's number its customer."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posassist.db.tables.receipts import Voucher
from posassist.db.tables.sales import Return, Sale


def sale_for(s: Session, code: str) -> Sale | None:
    """The sale behind a return receipt's number (None: not a return of a sale on file)."""
    sale_id = s.execute(
        select(Return.sale_id).where(func.upper(Return.return_no) == code.strip().upper())
    ).scalar_one_or_none()
    return s.get(Sale, sale_id) if sale_id else None


def customer_for(s: Session, code: str) -> int | None:
    """The customer on a scanned sale, return or voucher receipt (None: none, or not on file)."""
    up = code.strip().upper()
    if not up or len(up) > 64:
        return None
    for q in (
        select(Sale.customer_id).where(func.upper(Sale.receipt_no) == up),
        select(Return.customer_id).where(func.upper(Return.return_no) == up),
        select(Voucher.customer_id).where(Voucher.number == up),
    ):
        found = s.execute(q.limit(1)).scalar_one_or_none()
        if found is not None:
            return int(found)
    return None
