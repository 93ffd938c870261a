"""The return receipt: QTextDocument to PDF (QPdfWriter), saved in the data directory."""

from __future__ import annotations

from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from posassist import i18n
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.dto import StaffInfo, StoreInfo
from posassist.services.returns_dto import ReturnResult

RESOLUTION_WORDS = {
    "refund": QT_TR_NOOP("Refund"),
    "store_credit": QT_TR_NOOP("Store credit"),
    "exchange_now": QT_TR_NOOP("Exchanged now"),
    "exchange_shipped": QT_TR_NOOP("Exchange shipped"),
    "keep_and_order": QT_TR_NOOP("Kept; other one ordered"),
    "keep_goodwill": QT_TR_NOOP("Kept (goodwill)"),
}


def receipt_html(res: ReturnResult, store: StoreInfo | None, staff: StaffInfo, customer: str | None) -> str:
    def m(minor: int) -> str:
        return escape(i18n.money(minor, res.currency))

    rows = "".join(
        f"<tr><td>{escape(desc)}</td><td align=right>{qty}</td><td>{escape(tr(RESOLUTION_WORDS.get(how, how)))}</td>"
        f"<td align=right>{m(amount)}</td></tr>"
        for desc, qty, how, amount in res.lines
    )
    totals = [
        (tr("Refund to original payment"), res.refund_minor),
        (tr("Store credit"), res.store_credit_minor),
        (tr("of which tax"), res.tax_minor),
        (tr("Restocking fees"), res.fee_minor),
        (tr("Customer pays (replacement or order)"), res.customer_pays_minor),
    ]
    total_rows = "".join(f"<tr><td colspan=3>{escape(k)}</td><td align=right>{m(v)}</td></tr>" for k, v in totals if v)
    where = f"{escape(store.name)} ({escape(store.code)})" if store else ""
    when = res.committed_at.astimezone(ZoneInfo(store.timezone)) if store else res.committed_at
    extra = (
        tr("<p>Replacement / order: <b>{receipt}</b></p>", receipt=escape(res.new_sale_receipt))
        if res.new_sale_receipt
        else ""
    )
    served = tr("{when} · served by {name}", when=f"{i18n.moment(when)} {when:%Z}", name=escape(staff.name))
    who = "<br>" + tr("Customer: {name}", name=escape(customer)) if customer else ""
    return (
        tr("<h2>Return receipt {number}</h2>", number=escape(res.return_no))
        + f"<p>{where}<br>{served}{who}</p>"
        + "<table width=100% cellspacing=0 cellpadding=4 border=1>"
        + tr("<tr><th align=left>Item</th><th>Qty</th><th align=left>Outcome</th><th align=right>Back</th></tr>")
        + f"{rows}{total_rows}</table>{extra}<p><small>{escape(res.explanation)}</small></p>"
        + tr("<p>Thank you. Keep this receipt for your records.</p>")
    )


def write_pdf(html: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    return path
