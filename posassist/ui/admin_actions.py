"""The counter window's windows for leads, managers and admins: the dashboard, catalogue and sales
imports, policy, store credit, the offline review, printers, set-up and staff. Each slot checks the
permission table itself (a key pressed or code calling it), then opens its window non-modally;
the windows load only when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from posassist.domain.permissions import Action
from posassist.i18n import tr
from posassist.ui.customer_actions import CustomerActions
from posassist.ui.widgets import open_dialog

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard


class AdminActions(CustomerActions):
    wizard: ReturnWizard | None

    def open_dashboard(self) -> None:
        if not self._may(Action.REPORTS_READ):
            self.messages.say(tr("The dashboard is for shift leads and managers."), 6000)
            return
        from posassist.ui.dashboard.window import DashboardWindow

        dashboard = DashboardWindow(self.svc.reports, self.tasks, self.store.currency if self.store else "CAD", self)
        open_dialog(self, dashboard, name="dashboard")

    def open_catalogue(self) -> None:
        if self._refused(Action.CATALOGUE_APPLY) or self.session is None:
            return
        from posassist.ui.admin.catalogue_dialog import CatalogueDialog

        open_dialog(
            self,
            CatalogueDialog(self.svc.catalogue, self.store, self.session, self.tasks, self, isolated=self.svc.isolated),
        )

    def open_sales_import(self) -> None:
        if self._refused(Action.SALES_IMPORT) or self.session is None:
            return
        from posassist.ui.admin.sales_import_dialog import SalesImportDialog

        open_dialog(
            self,
            SalesImportDialog(self.svc.sales, self.store, self.session, self.tasks, self, isolated=self.svc.isolated),
        )

    def open_policy(self) -> None:
        if self._refused(Action.POLICY_EDIT) or self.session is None:
            return
        from posassist.ui.admin.policy_dialog import PolicyDialog

        open_dialog(self, PolicyDialog(self.svc.policy, self.session, self.tasks, self))

    def open_store_credit(self) -> None:
        if self._refused(Action.STORE_CREDIT_REDEEM) or self.session is None:
            return
        from posassist.ui.store_credit_dialog import StoreCreditDialog

        last = self.wizard.result if self.wizard is not None else None
        order = last.new_sale_receipt if last is not None and last.new_sale_receipt else ""
        open_dialog(
            self, StoreCreditDialog(self.svc, self.session, self.tasks, order, self), name="store_credit_dialog"
        )

    def open_offline_review(self) -> None:
        """What counters did while the server was away, for a shift lead to review (issue #21)."""
        if self._refused(Action.OFFLINE_REVIEW) or self.session is None:
            return
        from posassist.ui.offline.review_window import OfflineReviewWindow

        open_dialog(self, OfflineReviewWindow(self.svc.offline, self.session, self.tasks, self))

    def open_printers(self) -> None:
        if self._refused(Action.PRINTERS_MANAGE) or self.session is None:
            return
        from posassist.ui.admin.printers_dialog import PrintersDialog

        open_dialog(self, PrintersDialog(self.svc, self.session, self.tasks, self))

    def open_setup(self) -> None:
        if self._refused(Action.SETUP_APPLY) or self.session is None:
            return
        from posassist.ui.admin.setup_dialog import SetupDialog

        open_dialog(self, SetupDialog(self.svc.setup, self.session, self.tasks, self))

    def open_staff(self) -> None:
        if self._refused(Action.STAFF_MANAGE) or self.session is None:
            return
        from posassist.ui.admin.staff_dialog import StaffDialog

        open_dialog(self, StaffDialog(self.svc.staff, self.session, self.tasks, self))
