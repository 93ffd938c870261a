"""The return receipt: QTextDocument to PDF (QPdfWriter), saved in the data directory."""

from __future__ import annotations

from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from posassist.domain.money import Money
from posassist.services.dto import StaffInfo, StoreInfo
from posassist.services.returns_dto import ReturnResult

RESOLUTION_WORDS = {"refund": "Refund", "store_credit": "Store credit", "exchange_now": "Exchanged now",
                    "exchange_shipped": "Exchange shipped", "keep_and_order": "Kept; other one ordered",
                    "keep_goodwill": "Kept (goodwill)"}


def receipt_html(res: ReturnResult, store: StoreInfo | None, staff: StaffInfo, customer: str | None) -> str:
    def m(minor: int) -> str:
        return escape(Money(minor, res.currency).format(store.locale if store else "en_US"))

    rows = "".join(
        f"<tr><td>{escape(desc)}</td><td align=right>{qty}</td><td>{escape(RESOLUTION_WORDS.get(how, how))}</td>"
        f"<td align=right>{m(amount)}</td></tr>" for desc, qty, how, amount in res.lines)
    totals = [("Refund to original payment", res.refund_minor), ("Store credit", res.store_credit_minor),
              ("of which tax", res.tax_minor), ("Restocking fees", res.fee_minor),
              ("Customer pays (replacement or order)", res.customer_pays_minor)]
    total_rows = "".join(f"<tr><td colspan=3>{escape(k)}</td><td align=right>{m(v)}</td></tr>" for k, v in totals if v)
    where = f"{escape(store.name)} ({escape(store.code)})" if store else ""
    when = res.committed_at.astimezone(ZoneInfo(store.timezone)) if store else res.committed_at
    extra = f"<p>Replacement / order: <b>{escape(res.new_sale_receipt)}</b></p>" if res.new_sale_receipt else ""
    return (
        f"<h2>Return receipt {escape(res.return_no)}</h2>"
        f"<p>{where}<br>{when:%Y-%m-%d %H:%M %Z} · served by {escape(staff.name)}"
        f"{'<br>Customer: ' + escape(customer) if customer else ''}</p>"
        f"<table width=100% cellspacing=0 cellpadding=4 border=1>"
        f"<tr><th align=left>Item</th><th>Qty</th><th align=left>Outcome</th><th align=right>Back</th></tr>{rows}"
        f"{total_rows}</table>{extra}<p><small>{escape(res.explanation)}</small></p>"
        f"<p>Thank you. Keep this receipt for your records.</p>"
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
