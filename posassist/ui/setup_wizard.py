"""The first start on an empty database: a keyboard-first wizard for the store, its tax, the first
admin and, if wanted, the catalogue and more staff. Nothing is written until Finish, and then the
whole configuration goes through the set-up service in one transaction (the same path as
``posassist setup FILE``); Cancel leaves the database as it was."""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from posassist.domain.tax import PRESETS, TaxScheme, rate_text
from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.auth import Auth
from posassist.services.catalogue_sync.capability import Catalogue
from posassist.services.isolated import Isolated
from posassist.services.sales_import import Sales
from posassist.services.setup import Setup
from posassist.ui.messages import Messages
from posassist.ui.setup_extras import ExtrasPage, kind_label, run_imports
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named, readable

CURRENCIES = ("CAD", "USD", "EUR", "GBP", "CHF", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "JPY", "MXN")
LANGUAGES = (
    ("en_CA", "English (Canada)"),
    ("fr_CA", "Français (Canada)"),
    ("en_US", "English (United States)"),
    ("de_DE", "Deutsch (Deutschland)"),
    ("en_GB", "English (United Kingdom)"),
    ("fr_FR", "Français (France)"),
)
_LINE = re.compile(r" \(line \d+\)")


def describe(region: str, scheme: TaxScheme) -> str:
    """CA-QC — GST 5 % + QST 9.975 %, prices before tax."""
    comps = " + ".join(f"{c.code} {rate_text(c.rate)} %" for c in scheme.components("standard"))
    if not comps:
        return tr("{region} — no sales tax", region=region)
    how = tr("prices include tax") if scheme.included else tr("prices before tax")
    return f"{region} — {comps}, {how}"


def _edit(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    box = named(QLineEdit(), name, accessible)
    box.setPlaceholderText(placeholder)
    return box


class StorePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your store"))
        self.setSubTitle(tr("What the receipts and the window will say. Tab moves on; Enter goes to the next step."))
        self.code = _edit("setupStoreCode", tr("Store code"), tr("e.g. QC1"))
        self.name = _edit("setupStoreName", tr("Store name"))
        self.address = _edit("setupStoreAddress", tr("Store address"))
        self.timezone = named(QComboBox(), "setupTimezone", tr("Time zone"))
        self.timezone.setEditable(True)
        zones = sorted(available_timezones())
        self.timezone.addItems(zones)
        completer = QCompleter(zones, self.timezone)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.timezone.setCurrentText("America/Toronto")
        self.currency = named(QComboBox(), "setupCurrency", tr("Currency"))
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.language = named(QComboBox(), "setupLanguage", tr("Language of the store"))
        for code, words in LANGUAGES:
            self.language.addItem(words, code)
        self.tax = named(QComboBox(), "setupTaxRegion", tr("Tax region"))
        for region, scheme in PRESETS.items():
            self.tax.addItem(describe(region, scheme), region)
        form = QFormLayout(self)
        form.addRow(tr("Store &code:"), self.code)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Address:"), self.address)
        form.addRow(tr("&Time zone:"), self.timezone)
        form.addRow(tr("C&urrency:"), self.currency)
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("Ta&x region:"), self.tax)
        self.problem = readable(QLabel(""), tr("What to fix on this page"))
        self.problem.setObjectName("setupStoreProblem")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)

    def initializePage(self) -> None:
        QTimer.singleShot(0, self.code.setFocus)

    def validatePage(self) -> bool:
        for box, what in ((self.code, tr("the store code")), (self.name, tr("the store name"))):
            if not box.text().strip():
                self.problem.setText(tr("Fill in {what}.", what=what))
                box.setFocus()
                return False
        self.problem.clear()
        return True


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("The first admin"))
        self.setSubTitle(tr("The account that signs in next and sets up everything else."))
        self.code = _edit("setupAdminCode", tr("Admin staff code"), tr("digits or letters, e.g. 1"))
        self.name = _edit("setupAdminName", tr("Admin name"))
        self.pin = _edit("setupAdminPin", tr("Admin PIN"), tr("at least 8 characters"))
        self.again = _edit("setupAdminPinAgain", tr("Admin PIN again"))
        for box in (self.pin, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(tr("Staff &code:"), self.code)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&PIN:"), self.pin)
        form.addRow(tr("PIN a&gain:"), self.again)
        self.problem = readable(QLabel(""), tr("What to fix on this page"))
        self.problem.setObjectName("setupAdminProblem")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)

    def initializePage(self) -> None:
        QTimer.singleShot(0, self.code.setFocus)

    def validatePage(self) -> bool:
        for box, what in ((self.code, tr("the staff code")), (self.name, tr("the name")), (self.pin, tr("a PIN"))):
            if not box.text().strip():
                self.problem.setText(tr("Fill in {what}.", what=what))
                box.setFocus()
                return False
        if self.pin.text() != self.again.text():
            self.problem.setText(tr("The two PINs differ; type the same PIN twice."))
            self.again.clear()
            self.again.setFocus()
            return False
        self.problem.clear()
        return True


class ConfirmPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Ready to set up"))
        self.text = readable(QLabel(""), tr("What Finish will write"))
        self.text.setObjectName("setupSummary")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = readable(QLabel(""), tr("What went wrong"))
        self.problem.setObjectName("setupProblem")
        self.problem.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.problem)
        self.setFinalPage(True)


class SetupWizard(QWizard):
    """Finish writes the store, its tax and the first admin in one transaction, then imports the
    catalogue if one was named; ``admin_code`` is who signs in next."""

    finished_setup = Signal(object)  # the SetupResult

    def __init__(
        self,
        setup: Setup,
        catalogue: Catalogue,
        auth: Auth,
        messages: Messages | None = None,
        parent: QWidget | None = None,
        *,
        isolated: Isolated | None = None,
        sales: Sales | None = None,
    ) -> None:
        super().__init__(parent)
        self.isolated = isolated  # the files are read in a child process, as in the import windows
        self.sales_service = sales
        self.setObjectName("setupWizard")
        self.setAccessibleName(tr("Set up the store"))
        self.setWindowTitle(tr("posassist — set up the store"))
        self.setup_service, self.catalogue_service, self.auth = setup, catalogue, auth
        self.tasks = TaskRunner(self, messages=messages)
        self.store_page, self.admin_page, self.extras_page, self.confirm_page = (
            StorePage(),
            AdminPage(),
            ExtrasPage(),
            ConfirmPage(),
        )
        for page in (self.store_page, self.admin_page, self.extras_page, self.confirm_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Set up"))
        self.button(QWizard.WizardButton.FinishButton).setObjectName("setupFinish")
        self.button(QWizard.WizardButton.NextButton).setObjectName("setupNext")
        self.button(QWizard.WizardButton.CancelButton).setObjectName("setupCancel")
        self.currentIdChanged.connect(self._page_changed)
        self.result_: Any = None
        self.import_report: Any = None  # the catalogue's
        self.import_reports: dict[str, Any] = {}  # by kind: catalogue, customers, sales
        self._pending = False

    @property
    def admin_code(self) -> str:
        return self.admin_page.code.text().strip()

    def values(self) -> dict[str, Any]:
        """The wizard's answers as the set-up document (the same keys as a set-up file)."""
        p, a = self.store_page, self.admin_page
        store = {
            "code": p.code.text().strip(),
            "name": p.name.text().strip(),
            "address": p.address.text().strip(),
            "timezone": p.timezone.currentText().strip(),
            "currency": p.currency.currentText().strip().upper(),
            "language": p.language.currentData(),
            "tax_region": p.tax.currentData(),
        }
        staff = [{"code": a.code.text().strip(), "name": a.name.text().strip(), "role": "admin", "pin": a.pin.text()}]
        for person in self.extras_page.people():
            staff.append({**person, "store": store["code"]})
        staff[0]["store"] = store["code"]
        return {"stores": [store], "staff": staff}

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is not self.confirm_page:
            return
        self.confirm_page.problem.clear()
        try:
            v = self.values()
        except InvalidInput as err:
            self.confirm_page.text.setText("")
            self.confirm_page.problem.setText(str(err))
            return
        st = v["stores"][0]
        lines = [
            tr("Store {code}: {name}", code=st["code"], name=st["name"]),
            tr("Time zone {tz}, currency {currency}", tz=st["timezone"], currency=st["currency"]),
            tr("Tax: {tax}", tax=self.store_page.tax.currentText()),
            tr("First admin: {code} {name}", code=v["staff"][0]["code"], name=v["staff"][0]["name"]),
        ]
        if len(v["staff"]) > 1:
            lines.append(tr("{n} more staff", n=len(v["staff"]) - 1))
        for kind, path in self.extras_page.files():
            lines.append(tr("Then import {what} from {file}", what=kind_label(kind), file=path))
        lines.append(tr("Press Set up (Alt+S) to write it; Cancel leaves nothing behind."))
        self.confirm_page.text.setText("\n".join(lines))
        QTimer.singleShot(0, self.button(QWizard.WizardButton.FinishButton).setFocus)

    def accept(self) -> None:
        """Finish: write through the set-up service off the GUI thread; close when it is done."""
        if self._pending:
            return
        if self.result_ is not None:  # set up already; only the catalogue import failed
            super().accept()
            return
        try:
            values = self.values()
        except InvalidInput as err:
            self.confirm_page.problem.setText(str(err))
            return
        self._pending = True
        self.confirm_page.problem.setText(tr("Setting up…"))
        setup, catalogue, sales, auth = self.setup_service, self.catalogue_service, self.sales_service, self.auth
        files = self.extras_page.files()
        code, pin, store = self.admin_code, self.admin_page.pin.text(), values["stores"][0]
        isolated = self.isolated

        def work() -> tuple[Any, Any, str | None]:
            result = setup.first_run(values)  # one transaction: nothing half-created
            if not files:
                return result, None, None
            admin = auth.sign_in(code, pin)
            try:
                reports, problems = run_imports(
                    files,
                    admin,
                    store,
                    setup.store_ids().get(store["code"]),
                    catalogue=catalogue,
                    sales=sales,
                    isolated=isolated,
                )
            finally:
                auth.sign_out(admin)
            return result, reports, (" ".join(problems) or None)

        self.tasks.submit(work, on_done=self._done, on_error=self._failed)

    def _failed(self, err: BaseException) -> None:
        self._pending = False
        self.confirm_page.problem.setText("")
        if isinstance(err, InvalidInput):  # the document is the wizard's, not a file: no line numbers
            self.confirm_page.problem.setText(_LINE.sub("", str(err)))
            return
        self.tasks.messages.error(err, inline=self.confirm_page.problem)

    def _done(self, outcome: tuple[Any, Any, str | None]) -> None:
        self._pending = False
        self.result_, reports, problem = outcome
        self.import_reports = dict(reports or {})
        self.import_report = self.import_reports.get("catalogue")
        self.finished_setup.emit(self.result_)
        if problem:
            self.confirm_page.problem.setText(
                tr(
                    "The store is set up, but {problem} Press Set up to go on; import it later from the admin menu (Ctrl+Shift+I the catalogue, Ctrl+Shift+J customers and sales).",
                    problem=problem,
                )
            )
            return
        super().accept()
