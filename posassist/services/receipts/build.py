"""Receipt documents from what is on file: a sale (exchange, order), a return, a voucher."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posassist.db.tables.customers import Customer
from posassist.db.tables.ops import ApprovalRequest, Goodwill
from posassist.db.tables.people import Staff, Store
from posassist.db.tables.promises import Hold
from posassist.db.tables.receipts import Voucher, VoucherMovement
from posassist.db.tables.sales import Return, ReturnLine, ReturnPolicy, Sale, SaleLine, Tender
from posassist.domain.receipt import Credit, ItemLine, Person, ReceiptDoc, TaxPart, TenderLine, Totals, barcode_payload
from posassist.domain.tax import rate_text, split
from posassist.domain.typed import tidy
from posassist.errors import NotFound
from posassist.i18n import tr
from posassist.services import tax as taxes

EXCHANGED = ("exchange_now", "exchange_shipped", "keep_and_order")
GOODWILL_PREFIX = "GW-"  # a goodwill gesture's receipt number: GW- and its record's id


def _person(s: Session, staff_id: int | None) -> Person | None:
    if staff_id is None:
        return None
    row = s.execute(select(Staff.name, Staff.role).where(Staff.id == staff_id)).first()
    return Person(row[0], row[1]) if row else None


def _customer(s: Session, customer_id: int | None) -> str | None:
    if customer_id is None:
        return None
    return s.execute(select(Customer.full_name).where(Customer.id == customer_id)).scalar_one_or_none()


def _store(s: Session, store_id: int) -> Store:
    store = s.get(Store, store_id)
    assert store is not None
    return store


def _reference(kind: str, ref: str | None) -> str | None:
    if not ref:
        return None
    if kind == "card":  # only the last four digits are ever kept
        return "****" + ref[-4:]
    return ref


def _base(
    s: Session, kind: str, number: str, store_id: int, when: datetime, currency: str, counter: str
) -> dict[str, Any]:
    store = _store(s, store_id)
    return {
        "kind": kind,
        "number": number,
        "issued_at": when,
        "timezone": store.timezone,
        "currency": currency,
        "store_name": store.name,
        "store_code": store.code,
        "store_address": store.address or "",
        "counter": counter,
        "barcode": barcode_payload(number),
        "logo": store.receipt_logo,
    }


def tax_parts(s: Session, store_id: int, lines: list[tuple[int | None, int]], total_tax: int) -> tuple[TaxPart, ...]:
    """The receipt's tax by component (GST 5 %, QST 9.975 %; VAT 19 % and VAT 7 % apart), from each
    line's tax (variant, tax) in its tax class, as the store that charged it taxes. Empty when the
    lines do not add up to the receipt's tax (then it shows as one line)."""
    if total_tax <= 0 or sum(t for _, t in lines) != total_tax:
        return ()
    scheme = taxes.scheme_for(s, store_id)
    classes = taxes.variant_classes(s, [v for v, _ in lines if v is not None])
    by_class: dict[str, int] = {}
    for variant, tax in lines:
        cls = classes.get(variant, "standard") if variant is not None else "standard"
        by_class[cls] = by_class.get(cls, 0) + tax
    merged: dict[tuple[str, str], int] = {}
    for cls, tax in by_class.items():
        parts = split(scheme, tax, cls)
        if tax and not parts:
            return ()  # tax with no component to name it by: one line
        for p in parts:
            key = (p.code, rate_text(p.rate))
            merged[key] = merged.get(key, 0) + p.amount_minor
    out = tuple(TaxPart(code, rate, amount) for (code, rate), amount in merged.items() if amount)
    return out if sum(p.amount_minor for p in out) == total_tax else ()


def find(s: Session, number: str) -> tuple[str, int]:
    """(kind, id) of the receipt with ``number``: a return, a sale or a voucher."""
    code = tidy(number)
    up = code.upper()
    if up and len(up) <= 64:
        rid = s.execute(select(Return.id).where(func.upper(Return.return_no) == up)).scalar_one_or_none()
        if rid is not None:
            return "return", rid
        sid = s.execute(select(Sale.id).where(func.upper(Sale.receipt_no) == up)).scalar_one_or_none()
        if sid is not None:
            return "sale", sid
        vid = s.execute(select(Voucher.id).where(Voucher.number == up)).scalar_one_or_none()
        if vid is not None:
            return "voucher", vid
        if up.startswith(GOODWILL_PREFIX) and up[len(GOODWILL_PREFIX) :].isdigit():
            gid = s.execute(select(Goodwill.id).where(Goodwill.id == int(up[len(GOODWILL_PREFIX) :]))).scalar()
            if gid is not None:
                return "goodwill", int(gid)
        hid = s.execute(select(Hold.id).where(Hold.hold_no == up)).scalar_one_or_none()
        if hid is not None:  # a hold slip (H-DT-00042)
            return "hold", int(hid)
    raise NotFound(
        tr(
            "No sale, return or store credit voucher has the number {code}; check it (or scan the receipt's barcode).",
            code=code[:64],
        )
    )


def sale_doc(s: Session, sale_id: int, counter: str) -> ReceiptDoc:
    sale = s.get(Sale, sale_id)
    assert sale is not None
    rows = list(s.execute(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)).scalars())
    lines = tuple(ItemLine(ln.description, ln.quantity, ln.total_minor, "out") for ln in rows)
    parts = tax_parts(s, sale.store_id, [(ln.variant_id, ln.tax_minor) for ln in rows], sale.tax_minor)
    tenders = tuple(
        TenderLine(t.kind, t.amount_minor, _reference(t.kind, t.reference))
        for t in s.execute(select(Tender).where(Tender.sale_id == sale.id).order_by(Tender.id)).scalars()
    )
    credits = tuple(
        Credit(number, m.amount_minor, m.balance_after_minor, expires)
        for m, number, expires in s.execute(
            select(VoucherMovement, Voucher.number, Voucher.expires_at)
            .join(Voucher, Voucher.id == VoucherMovement.voucher_id)
            .where(VoucherMovement.sale_id == sale.id)
            .order_by(VoucherMovement.id)
        ).all()
    )
    paid = sum(t.amount_minor for t in tenders)
    kind = sale.kind if sale.kind in ("exchange", "order") else "sale"
    origin = None
    if kind != "sale":
        origin = s.execute(select(Return).where(Return.exchange_sale_id == sale.id)).scalar_one_or_none()
    return ReceiptDoc(
        **_base(s, kind, sale.receipt_no, sale.store_id, sale.sold_at, sale.currency, counter),
        associate=_person(s, sale.staff_id),
        customer=_customer(s, sale.customer_id),
        original_number=origin.return_no if origin else None,
        original_date=origin.committed_at if origin else None,
        lines=lines,
        tenders=tenders,
        totals=Totals(
            subtotal_minor=sale.subtotal_minor,
            tax_minor=sale.tax_minor,
            total_minor=sale.total_minor,
            customer_pays_minor=max(0, sale.total_minor - paid) if kind != "sale" else 0,
            tax_included=kind != "sale",
            tax_parts=parts,
        ),
        credits=credits,
    )


def _refund_tenders(s: Session, ret: Return, sale: Sale | None) -> tuple[TenderLine, ...]:
    """The refund by tender: back onto what the sale was paid with, in the order it was paid."""
    if ret.refund_minor <= 0:
        return ()
    refund_to = (ret.verdict or {}).get("refund_to", "original_tender")
    paid = (
        list(s.execute(select(Tender).where(Tender.sale_id == sale.id).order_by(Tender.id)).scalars()) if sale else []
    )
    if refund_to != "original_tender" or not paid:
        kind = refund_to if refund_to not in ("original_tender", "none") else "cash"
        return (TenderLine(kind, ret.refund_minor, None, refund=True),)
    left = ret.refund_minor
    out: list[TenderLine] = []
    for t in paid:
        if left <= 0:
            break
        part = min(left, t.amount_minor)
        out.append(TenderLine(t.kind, part, _reference(t.kind, t.reference), refund=True))
        left -= part
    if left > 0:
        out.append(TenderLine("cash", left, None, refund=True))
    return tuple(out)


def return_doc(s: Session, return_id: int, counter: str, customer_pays_minor: int | None = None) -> ReceiptDoc:
    ret = s.get(Return, return_id)
    assert ret is not None
    sale = s.get(Sale, ret.sale_id) if ret.sale_id else None
    returned = list(
        s.execute(select(ReturnLine).where(ReturnLine.return_id == ret.id).order_by(ReturnLine.id)).scalars()
    )
    lines: list[ItemLine] = [
        ItemLine(ln.description, ln.quantity, ln.refund_minor, "in", ln.reason, ln.condition, ln.resolution)
        for ln in returned
    ]
    parts = tax_parts(
        s, sale.store_id if sale else ret.store_id, [(ln.variant_id, ln.tax_minor) for ln in returned], ret.tax_minor
    )
    new_sale = s.get(Sale, ret.exchange_sale_id) if ret.exchange_sale_id else None
    if new_sale is not None:
        lines += [
            ItemLine(ln.description, ln.quantity, ln.total_minor, "out")
            for ln in s.execute(
                select(SaleLine).where(SaleLine.sale_id == new_sale.id).order_by(SaleLine.line_no)
            ).scalars()
        ]
        if customer_pays_minor is None:
            back = sum(ln.amount_minor or 0 for ln in lines if ln.direction == "in" and ln.resolution in EXCHANGED)
            customer_pays_minor = max(0, new_sale.total_minor - back)
    approver = None
    if ret.approval_id:
        decided = s.execute(
            select(ApprovalRequest.decided_by).where(ApprovalRequest.id == ret.approval_id)
        ).scalar_one_or_none()
        approver = _person(s, decided)
    version = (
        s.execute(select(ReturnPolicy.version).where(ReturnPolicy.id == ret.policy_id)).scalar_one_or_none()
        if ret.policy_id
        else None
    )
    credits = tuple(
        Credit(v.number, v.issued_minor, v.balance_minor, v.expires_at)
        for v in s.execute(select(Voucher).where(Voucher.return_id == ret.id).order_by(Voucher.id)).scalars()
    )
    return ReceiptDoc(
        **_base(s, "return", ret.return_no, ret.store_id, ret.committed_at or ret.created_at, ret.currency, counter),
        associate=_person(s, ret.staff_id),
        approver=approver,
        customer=_customer(s, ret.customer_id),
        original_number=sale.receipt_no if sale else None,
        original_date=sale.sold_at if sale else None,
        lines=tuple(lines),
        tenders=_refund_tenders(s, ret, sale),
        totals=Totals(
            tax_minor=ret.tax_minor,
            fee_minor=ret.fee_minor,
            refund_minor=ret.refund_minor,
            customer_pays_minor=customer_pays_minor or 0,
            tax_parts=parts,
        ),
        credits=credits,
        policy_version=version,
        rule=(ret.verdict or {}).get("rule"),
        new_sale=new_sale.receipt_no if new_sale else None,
    )


def voucher_doc(s: Session, voucher_id: int, counter: str) -> ReceiptDoc:
    v = s.get(Voucher, voucher_id)
    assert v is not None
    origin = s.get(Return, v.return_id) if v.return_id else None
    return ReceiptDoc(
        **_base(s, "voucher", v.number, v.store_id, v.issued_at, v.currency, counter),
        associate=_person(s, v.issued_by),
        customer=_customer(s, v.customer_id),
        original_number=origin.return_no if origin else None,
        original_date=origin.committed_at if origin else None,
        credits=(Credit(v.number, v.issued_minor, v.balance_minor, v.expires_at),),
    )


def goodwill_doc(s: Session, goodwill_id: int, counter: str) -> ReceiptDoc:
    """A goodwill gesture: what was granted, to whom, approved by whom; its cost stays off the slip
    unless it was given as store credit (then the voucher and its balance are on it)."""
    g = s.get(Goodwill, goodwill_id)
    assert g is not None
    credits = tuple(
        Credit(v.number, v.issued_minor, v.balance_minor, v.expires_at)
        for v in s.execute(select(Voucher).where(Voucher.goodwill_id == g.id).order_by(Voucher.id)).scalars()
    )
    return ReceiptDoc(
        **_base(s, "goodwill", f"{GOODWILL_PREFIX}{g.id}", g.store_id, g.created_at, g.currency, counter),
        associate=_person(s, g.requested_by),
        approver=_person(s, g.approved_by),
        customer=_customer(s, g.customer_id),
        lines=(ItemLine(g.story, 1, None, "out", resolution=g.kind),),
        credits=credits,
    )


def hold_doc(s: Session, hold_id: int, counter: str) -> ReceiptDoc:
    """A hold slip: its number (and barcode), the item, where and from when to collect it, until
    when it is kept, and the date promised when the customer needs it by one."""
    from posassist import i18n
    from posassist.db.tables.catalogue import Product, Variant

    h = s.get(Hold, hold_id)
    assert h is not None
    title, colour, size, sku, currency = s.execute(
        select(Product.title, Variant.colour, Variant.size, Variant.sku, Variant.currency)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.id == h.variant_id)
    ).one()
    desc = " — ".join(x for x in (title, ", ".join(y for y in (colour, size) if y)) if x)
    pickup, source = _store(s, h.pickup_store_id), _store(s, h.from_store_id)
    words = [tr("Collect at {store} from {day}.", store=pickup.name, day=i18n.day(h.ready_on, "EEEE d MMMM"))]
    if source.id != pickup.id:
        words.append(tr("Sent from {store}.", store=source.name))
    if h.needed_by:
        words.append(tr("Promised for {day}.", day=i18n.day(h.needed_by, "EEEE d MMMM")))
    words.append(tr("Kept until {day}, then back on the shelf.", day=i18n.day(h.expires_on, "EEEE d MMMM")))
    return ReceiptDoc(
        **_base(s, "hold", h.hold_no, h.pickup_store_id, h.created_at, currency, counter),
        associate=_person(s, h.created_by),
        customer=_customer(s, h.customer_id),
        lines=(ItemLine(desc, h.quantity, None, "out", sku=sku),),
        note=" ".join(words),
    )
