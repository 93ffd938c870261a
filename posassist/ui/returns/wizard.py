"""The return and exchange wizard: find the sale, pick lines, say why and what the customer
wants, let the policy judge, get approval when needed, confirm once, print the receipt.

The wizard reads and writes one ReturnDraft; services judge it. It is modeless, so the
associate can look things up (and send a card's item to it as the replacement) while it is open.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWizard

from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.services import returns
from posassist.services.dto import StaffInfo, StoreInfo
from posassist.services.returns_dto import Evaluation, ReturnDraft, ReturnResult, SaleView
from posassist.ui.returns.details import DetailsPage
from posassist.ui.returns.pages import FindPage, LinesPage
from posassist.ui.returns.verdict import SummaryPage, VerdictPage


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
        db: Database,
        store: StoreInfo,
        staff: StaffInfo,
        *,
        counter: str,
        receipts_dir: Path,
        customer_id: int | None = None,
        draft: ReturnDraft | None = None,
        sale: SaleView | None = None,
        parent=None,
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.store, self.staff, self.counter, self.receipts_dir = db, store, staff, counter, receipts_dir
        self.customer_id = customer_id
        self.draft: ReturnDraft = draft or returns.new_draft(store.id, staff.id, customer_id=customer_id)
        self.sale: SaleView | None = None
        self.evaluation: Evaluation | None = None
        self.result: ReturnResult | None = None
        self.receipt_path: Path | None = None
        self.setObjectName("returnWizard")
        self.setAccessibleName(tr("Return or exchange"))
        self.setWindowTitle(tr("Return or exchange"))
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
            self.sale = returns.sale_by_id(db, draft.sale_id)
        elif sale is not None:  # opened from a product card: the customer's purchase of it
            self.sale = sale
            self.draft = returns.new_draft(
                store.id, staff.id, sale_id=sale.id, customer_id=sale.customer_id or customer_id
            )

    def focus_later(self, widget) -> None:  # type: ignore[no-untyped-def]
        """Give a page's first field the focus once Qt has finished switching pages."""
        QTimer.singleShot(0, widget, widget.setFocus)

    # -- draft ----------------------------------------------------------------------------------
    def set_draft(self, draft: ReturnDraft) -> None:
        self.draft = draft
        self.evaluation = None

    def _save_draft(self, _page: int) -> None:
        if self.result is None and self.draft.lines:
            try:
                returns.save_draft(self.db, self.draft)
            except PosassistError:
                pass  # the draft is a convenience; the page shows real errors

    def use_replacement(self, variant_id: int) -> bool:
        """From the product card: the item the customer wants instead (for the current line)."""
        if self.currentId() != Page.DETAILS:
            return False
        self.details_page.set_replacement(variant_id)
        return True

    def reject(self) -> None:  # closing keeps the draft for later
        self._save_draft(self.currentId())
        super().reject()

    def accept(self) -> None:
        if self.summary_page.confirm():
            super().accept()
