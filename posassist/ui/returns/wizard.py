"""The return and exchange wizard: find the sale, pick lines, say why and what the customer
wants, let the policy judge, get approval when needed, confirm once, print the receipt.

The wizard reads and writes one ReturnDraft; services judge it, off the GUI thread (the pages
wait for their answers; the keyboard keeps working). It is modeless, so the associate can look
things up (and send a card's item to it as the replacement) while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from posassist.i18n import tr
from posassist.services.dto import StaffSession, StoreInfo
from posassist.services.returns_dto import Evaluation, ReturnDraft, ReturnResult, SaleView
from posassist.ui.returns.details import DetailsPage
from posassist.ui.returns.lines_page import LinesPage
from posassist.ui.returns.pages import FindPage
from posassist.ui.returns.verdict import SummaryPage, VerdictPage
from posassist.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from posassist.bootstrap import Services


class Page(IntEnum):
    FIND = 0
    LINES = 1
    DETAILS = 2
    VERDICT = 3
    SUMMARY = 4


class ReturnWizard(QWizard):
    customer_selected = Signal(int)
    committed = Signal(object)  # ReturnResult

    def __init__(
        self,
        svc: Services,
        store: StoreInfo,
        session: StaffSession,
        tasks: TaskRunner,
        *,
        counter: str,
        receipts_dir: Path,
        customer_id: int | None = None,
        draft: ReturnDraft | None = None,
        sale: SaleView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc, self.returns, self.tasks = svc, svc.returns, tasks
        self.store, self.session, self.counter, self.receipts_dir = store, session, counter, receipts_dir
        self.customer_id = customer_id
        self.draft: ReturnDraft = draft or self.returns.new_draft(store.id, session, customer_id=customer_id)
        self.sale: SaleView | None = None
        self.evaluation: Evaluation | None = None
        self.result: ReturnResult | None = None  # type: ignore[assignment]  # the stories read it; QDialog.result() is unused here
        self.receipt_path: Path | None = None
        self._left = False  # the counter was locked: nothing more is saved from here
        self.setObjectName("returnWizard")
        self.setAccessibleName(tr("Return or exchange"))
        self.setWindowTitle(tr("Return or exchange"))
        self._buttons()
        self.find_page = FindPage(self)
        self.lines_page = LinesPage(self)
        self.details_page = DetailsPage(self)
        self.verdict_page = VerdictPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(Page.FIND, self.find_page)
        self.setPage(Page.LINES, self.lines_page)
        self.setPage(Page.DETAILS, self.details_page)
        self.setPage(Page.VERDICT, self.verdict_page)
        self.setPage(Page.SUMMARY, self.summary_page)
        self.currentIdChanged.connect(self._save_draft)
        self.resize(900, 620)
        if draft is not None and draft.sale_id is not None:
            returns, sale_id = self.returns, draft.sale_id
            tasks.submit(lambda: returns.sale(sale_id), on_done=self.find_page.show_sale, inline=self.find_page.info)
        elif sale is not None:  # opened from a product card: the customer's purchase of it
            self.sale = sale
            self.draft = self.returns.new_draft(
                store.id, session, sale_id=sale.id, customer_id=sale.customer_id or customer_id
            )

    def _buttons(self) -> None:
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Confirm"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Next >"))  # Alt+N on every platform
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Back"))
        for which, name in (
            (QWizard.WizardButton.NextButton, "wizardNext"),
            (QWizard.WizardButton.BackButton, "wizardBack"),
            (QWizard.WizardButton.FinishButton, "wizardConfirm"),
            (QWizard.WizardButton.CancelButton, "wizardCancel"),
        ):
            b = self.button(which)
            b.setObjectName(name)
            b.setAccessibleName(b.text().replace("&", "").strip(" <>") or name)

    def focus_later(self, widget: QWidget) -> None:
        """Give a page's first field the focus once Qt has finished switching pages."""
        QTimer.singleShot(0, widget, widget.setFocus)

    def go_on_from(self, page: int) -> None:
        """An answer that arrived after Enter: go on, unless the associate has moved meanwhile."""
        if self.currentId() == page:
            self.next()

    # -- draft ----------------------------------------------------------------------------------
    def set_draft(self, draft: ReturnDraft, *, keep_evaluation: bool = False) -> None:
        self.draft = draft
        if not keep_evaluation:
            self.evaluation = None

    def _save_draft(self, _page: int = -1) -> None:
        if self._left or self.result is not None or not self.draft.lines:
            return
        returns, session, draft = self.returns, self.session, self.draft
        self.tasks.submit(lambda: returns.save_draft(session, draft))  # a failure shows in the status bar

    def leave(self) -> list[Callable[[StaffSession], object]]:
        """The counter locks: the return in progress leaves the screen; its draft is kept for
        later (returned, to run with the leaving session before it ends)."""
        keep: list[Callable[[StaffSession], object]] = []
        if self.result is None and self.draft.lines:
            returns, draft = self.returns, self.draft
            keep.append(lambda session: returns.save_draft(session, draft))
        self._left = True
        self.verdict_page.box.reset()
        self.hide()
        return keep

    def use_replacement(self, variant_id: int) -> bool:
        """From the product card: the item the customer wants instead (for the current line)."""
        if self.currentId() != Page.DETAILS:
            return False
        self.details_page.set_replacement(variant_id)
        return True

    def reject(self) -> None:  # closing keeps the draft for later
        self._save_draft()
        self.verdict_page.box.reset()
        super().reject()

    def accept(self) -> None:
        """Confirm: the commit runs off the GUI thread; the wizard closes once it is done."""
        if self.result is not None:
            super().accept()
            return
        self.summary_page.confirm()

    def confirmed(self) -> None:
        super().accept()
