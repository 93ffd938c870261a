"""The receipt's words and order, once, for every printer: a list of blocks (text, label and
amount pairs, rules, the barcode) in the counter's language and the store's money format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from posassist import i18n
from posassist.domain.receipt import ItemLine, ReceiptDoc
from posassist.i18n import QT_TR_NOOP, tr


@dataclass(frozen=True)
class Text:
    text: str
    align: str = "left"  # left/center/right
    bold: bool = False
    big: bool = False


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    bold: bool = False


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Code:
    payload: str
    symbology: str  # code128/qr


@dataclass(frozen=True)
class Logo:
    path: str  # the store's image file; each printer draws it its own way (raster, picture)


Block = Text | Pair | Rule | Code | Logo

TITLES = {
    "sale": QT_TR_NOOP("Sales receipt"),
    "exchange": QT_TR_NOOP("Exchange receipt"),
    "order": QT_TR_NOOP("Order receipt"),
    "return": QT_TR_NOOP("Return receipt"),
    "voucher": QT_TR_NOOP("Store credit voucher"),
    "hold": QT_TR_NOOP("Hold receipt"),
    "goodwill": QT_TR_NOOP("Goodwill receipt"),
    "test": QT_TR_NOOP("Printer test page"),
}
# the same texts as the return wizard shows, so they share its translations
WORDS = {
    "wrong_colour": QT_TR_NOOP("Wrong colour"),
    "wrong_size": QT_TR_NOOP("Wrong size"),
    "picking_error": QT_TR_NOOP("We sent the wrong item"),
    "faulty": QT_TR_NOOP("Faulty / doesn't work"),
    "not_as_described": QT_TR_NOOP("Not as described"),
    "changed_mind": QT_TR_NOOP("Changed mind"),
    "arrived_late": QT_TR_NOOP("Arrived late"),
    "gift_return": QT_TR_NOOP("Unwanted gift"),
    "medical": QT_TR_NOOP("Medical / personal"),
    "other": QT_TR_NOOP("Other"),
    "unopened": QT_TR_NOOP("Unopened"),
    "opened": QT_TR_NOOP("Opened, as new"),
    "worn": QT_TR_NOOP("Worn / used"),
    "damaged_by_customer": QT_TR_NOOP("Damaged"),
    "hygiene": QT_TR_NOOP("Hygiene item opened"),
    "refund": QT_TR_NOOP("Refund to original payment"),
    "store_credit": QT_TR_NOOP("Store credit"),
    "exchange_now": QT_TR_NOOP("Exchanged now"),
    "exchange_shipped": QT_TR_NOOP("Exchange shipped"),
    "keep_and_order": QT_TR_NOOP("Kept; other one ordered"),
    "keep_goodwill": QT_TR_NOOP("Kept (goodwill)"),
}
TENDERS = {
    "card": QT_TR_NOOP("Card"),
    "cash": QT_TR_NOOP("Cash"),
    "gift_card": QT_TR_NOOP("Gift card"),
    "store_credit": QT_TR_NOOP("Store credit"),
    "original_tender": QT_TR_NOOP("Original payment"),
    "cheque": QT_TR_NOOP("Cheque"),
    "other": QT_TR_NOOP("Other"),
}
ROLES = {
    "associate": QT_TR_NOOP("Associate"),
    "shift_lead": QT_TR_NOOP("Shift lead"),
    "store_manager": QT_TR_NOOP("Store manager"),
    "admin": QT_TR_NOOP("Admin"),
}


def word(code: str | None, table: dict[str, str] = WORDS) -> str:
    if not code:
        return ""
    return tr(table[code]) if code in table else code.replace("_", " ").capitalize()


def blocks(doc: ReceiptDoc) -> list[Block]:  # noqa: C901, PLR0915 - one receipt, read top to bottom
    """Everything the receipt says, top to bottom."""

    def m(minor: int) -> str:
        return i18n.money(minor, doc.currency)

    tz = ZoneInfo(doc.timezone)
    out: list[Block] = []
    if doc.logo:
        out.append(Logo(doc.logo))
    if doc.copy:
        out.append(Text(tr("*** COPY ***"), "center", bold=True))
    out.append(Text(doc.store_name, "center", bold=True, big=True))
    for line in doc.store_address.splitlines():
        if line.strip():
            out.append(Text(line.strip(), "center"))
    title = tr("Gift receipt") if doc.gift else tr(TITLES[doc.kind])
    out.append(Text(title, "center", bold=True))
    out.append(Rule())
    when = doc.issued_at.astimezone(tz)
    out.append(Pair(tr("No."), doc.number, bold=True))
    out.append(Pair(tr("Date"), f"{i18n.moment(when)} {when:%Z}"))
    store_counter = f"{doc.store_code} · {doc.counter}" if doc.counter else doc.store_code
    out.append(Pair(tr("Store / counter"), store_counter))
    if doc.associate:
        out.append(Text(tr("Served by {name} ({role})", name=doc.associate.name, role=word(doc.associate.role, ROLES))))
    if doc.approver:
        out.append(Text(tr("Approved by {name} ({role})", name=doc.approver.name, role=word(doc.approver.role, ROLES))))
    if doc.customer:
        out.append(Text(tr("Customer: {name}", name=doc.customer)))
    if doc.original_number:
        if doc.original_date:
            odate = i18n.day(doc.original_date.astimezone(tz))
            out.append(Text(tr("Original receipt {number} of {date}", number=doc.original_number, date=odate)))
        else:
            out.append(Text(tr("Original receipt {number}", number=doc.original_number)))
    out.append(Rule())
    if doc.lines_in:
        out.append(Text(tr("Returned"), bold=True))
        for ln in doc.lines_in:
            out.extend(_item(ln, m))
            details = " · ".join(x for x in (word(ln.reason), word(ln.condition)) if x)
            if details:
                out.append(Text("  " + details))
            if ln.resolution:
                out.append(Text("  → " + word(ln.resolution)))
    if doc.lines_out:
        out.append(Text(tr("Items") if doc.kind not in ("return",) else tr("Given"), bold=True))
        for ln in doc.lines_out:
            out.extend(_item(ln, m))
    if doc.lines:
        out.append(Rule())
    t = doc.totals
    if not doc.gift:
        if t.subtotal_minor is not None:
            out.append(Pair(tr("Subtotal"), m(t.subtotal_minor)))
        if t.fee_minor:
            out.append(Pair(tr("Restocking fees"), m(t.fee_minor)))
        if t.tax_minor and t.tax_parts:
            for part in t.tax_parts:  # each component its own line: GST 5 %, QST 9.975 %
                rate = i18n.number(Decimal(part.rate))
                label = (
                    tr("{component} {rate} % (included)", component=part.component, rate=rate)
                    if t.tax_included
                    else tr("{component} {rate} %", component=part.component, rate=rate)
                )
                out.append(Pair(label, m(part.amount_minor)))
        elif t.tax_minor:
            out.append(Pair(tr("Tax (included)") if t.tax_included else tr("Tax"), m(t.tax_minor)))
        if t.total_minor is not None:
            out.append(Pair(tr("Total"), m(t.total_minor), bold=True))
        if t.refund_minor:
            out.append(Pair(tr("Refunded"), m(t.refund_minor), bold=True))
        if t.customer_pays_minor:
            out.append(Pair(tr("Customer pays (replacement or order)"), m(t.customer_pays_minor), bold=True))
        for tl in doc.tenders:
            name = word(tl.kind, TENDERS)
            if tl.reference:
                name = f"{name} {tl.reference}"
            label = tr("Refund to {tender}", tender=name) if tl.refund else tr("Paid by {tender}", tender=name)
            out.append(Pair(label, m(tl.amount_minor)))
        for c in doc.credits:
            out.append(Rule())
            out.append(Text(tr("Store credit voucher {number}", number=c.voucher), bold=True))
            if c.amount_minor > 0:
                out.append(Pair(tr("Issued here"), m(c.amount_minor)))
            elif c.amount_minor < 0:
                out.append(Pair(tr("Spent here"), m(-c.amount_minor)))
            out.append(Pair(tr("Balance"), m(c.balance_minor), bold=True))
            if c.expires_at:
                out.append(Pair(tr("Valid until"), i18n.day(c.expires_at.astimezone(tz))))
    if doc.new_sale:
        out.append(Text(tr("Replacement / order: {receipt}", receipt=doc.new_sale)))
    if doc.policy_version is not None:
        out.append(Text(tr("Return policy version {version}", version=doc.policy_version)))
    if doc.note:
        out.append(Text(doc.note))
    if doc.barcode:
        out.append(Code(doc.barcode, doc.symbology))
        out.append(Text(doc.barcode, "center"))
    if doc.gift:
        out.append(Text(tr("A gift for you: show this receipt to exchange or return it."), "center"))
    elif doc.kind == "test":
        out.append(Text("ÄÖÜ äöüß · éèêàçù œ · ÅÄÖ åäö · €", "center"))
    else:
        out.append(Text(tr("Thank you. Keep this receipt for your records."), "center"))
    if doc.copy:
        out.append(Text(tr("*** COPY ***"), "center", bold=True))
    return out


def _item(ln: ItemLine, m: Callable[[int], str]) -> list[Block]:
    text = f"{ln.quantity} × {ln.description}"
    if ln.amount_minor is None:
        return [Text(text)]
    return [Pair(text, m(ln.amount_minor))]


def plain(doc: ReceiptDoc, width: int = 42) -> str:
    """The receipt as plain text lines of ``width`` characters (what the thermal slip shows)."""
    from posassist.domain.receipt import two_columns, wrap

    lines: list[str] = []
    for b in blocks(doc):
        if isinstance(b, Logo):
            continue  # a picture: the slip's text has none
        if isinstance(b, Rule):
            lines.append("-" * width)
        elif isinstance(b, Pair):
            lines.extend(two_columns(b.left, b.right, width))
        elif isinstance(b, Code):
            lines.append(f"[{b.symbology}: {b.payload}]".center(width))
        else:
            for ln in wrap(b.text, width) or [""]:
                lines.append(ln.center(width) if b.align == "center" else ln)
    return "\n".join(lines)
