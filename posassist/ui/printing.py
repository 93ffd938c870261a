"""Printing a receipt from the window: off the GUI thread, on the counter's printer (PDFs in the
data folder when none is set up); a printer that fails says what to do and offers to print again
(the sale or return is saved whatever the printer does)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from posassist.bootstrap import Services
from posassist.i18n import tr
from posassist.printing.deliver import deliver
from posassist.services.dto import StaffSession
from posassist.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Printed:
    number: str
    copy: bool
    gift: bool
    where: str
    kind: str


def print_receipt(
    tasks: TaskRunner,
    svc: Services,
    session: StaffSession,
    *,
    number: str | None = None,
    ref: tuple[str, int] | None = None,
    gift: bool = False,
    customer_pays_minor: int | None = None,
    on_done: Callable[[Printed], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QWidget | None = None,
) -> None:
    """Print the receipt ``number`` (or of the timeline's ``ref``: ("purchase"|"return", id))."""
    receipts = svc.receipts

    def work() -> Printed:
        num = number if number is not None else receipts.number(*ref) if ref else ""
        printer = receipts.target()
        doc = receipts.document(num, gift=gift, symbology=printer.barcode, customer_pays_minor=customer_pays_minor)
        where = deliver(doc, printer)
        receipts.printed(session, doc, where)
        return Printed(doc.number, doc.copy, doc.gift, where, doc.kind)

    def done(p: Printed) -> None:
        tasks.messages.say(printed_words(p), 10000)
        if on_done is not None:
            on_done(p)

    def failed(err: BaseException) -> None:
        if on_error is not None:
            on_error(err)
        # the caller heard of the failure once; a print again only reports in the status bar
        again = lambda: print_receipt(  # noqa: E731
            tasks,
            svc,
            session,
            number=number,
            ref=ref,
            gift=gift,
            customer_pays_minor=customer_pays_minor,
            parent=parent,
        )
        offer_again(parent, str(err), again)

    tasks.submit(work, on_done=done, on_error=failed)


def printed_words(p: Printed) -> str:
    what = tr("Gift receipt") if p.gift else tr("Receipt")
    copy = tr(" (copy)") if p.copy else ""
    return tr("{what} {number}{copy} printed: {where}", what=what, number=p.number, copy=copy, where=p.where)


def offer_again(parent: QWidget | None, text: str, again: Callable[[], None]) -> QMessageBox:
    """The printer's problem in words, with Print again (Enter) and Later (Esc)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("The receipt did not print"), text, parent=parent)
    box.setObjectName("printFailedDialog")
    box.setAccessibleName(tr("The receipt did not print"))
    retry = box.addButton(tr("&Print again"), QMessageBox.ButtonRole.AcceptRole)
    retry.setObjectName("printAgain")
    later = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("printLater")
    box.setDefaultButton(retry)
    box.setEscapeButton(later)
    box.buttonClicked.connect(lambda button: again() if button is retry else None)
    box.setModal(False)
    box.open()
    return box
