"""The set-up wizard's optional step: more staff, and the files to bring in once the store stands —
the catalogue, the customers and the sales history its tills and web shop rang. Each import runs
after the store's one set-up transaction, in a child process when the window has one (as the
admin import windows do); a file that fails leaves the store standing and says what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from posassist.domain.permissions import ROLES
from posassist.errors import InvalidInput, PosassistError
from posassist.i18n import tr
from posassist.services import catalogue_sync, sales_import
from posassist.services.catalogue_sync.capability import Catalogue
from posassist.services.dto import StaffSession
from posassist.services.isolated import ChildCall, Isolated
from posassist.services.sales_import import Sales
from posassist.ui.widgets import named


def _file_row(name: str, accessible: str, placeholder: str, browse_name: str, title: str) -> tuple[QLineEdit, QWidget]:
    box = named(QLineEdit(), name, accessible)
    box.setPlaceholderText(placeholder)
    browse = named(QPushButton(tr("Browse…")), browse_name, tr("Choose: {what}", what=title))
    browse.setAutoDefault(False)

    def pick() -> None:
        path, _ = QFileDialog.getOpenFileName(box.window(), title)
        if path:
            box.setText(path)

    browse.clicked.connect(pick)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 1)
    row.addWidget(browse)
    holder = QWidget()
    holder.setLayout(row)
    holder.setProperty("browse", browse)
    return box, holder


class ExtrasPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Optional: staff, catalogue, customers and sales history"))
        self.setSubTitle(
            tr(
                "All can wait: Ctrl+Shift+S adds staff, Ctrl+Shift+I imports the catalogue and Ctrl+Shift+J the customers and sales later."
            )
        )
        self.staff = named(QPlainTextEdit(), "setupStaff", tr("More staff, one per line: code, name, role, PIN"))
        self.staff.setTabChangesFocus(True)
        self.staff.setPlaceholderText(tr("20, Luc Gagnon, shift_lead, 820463"))
        self.catalogue, cat_row = _file_row(
            "setupCatalogueFile",
            tr("Catalogue file to import"),
            tr("a CSV, JSON, Shopify or Google file"),
            "setupBrowse",
            tr("Catalogue file"),
        )
        self.customers, cust_row = _file_row(
            "setupCustomersFile",
            tr("Customers file to import"),
            tr("a Shopify customers export or a customers CSV"),
            "setupBrowseCustomers",
            tr("Customers file"),
        )
        self.sales, sales_row = _file_row(
            "setupSalesFile",
            tr("Sales history file to import"),
            tr("a Shopify, Square or WooCommerce orders export, or a sales CSV"),
            "setupBrowseSales",
            tr("Sales history file"),
        )
        self.browse = cat_row.property("browse")
        form = QFormLayout(self)
        form.addRow(tr("&Staff (code, name, role, PIN):"), self.staff)
        form.addRow(QLabel(tr("Roles: {roles}.", roles=", ".join(ROLES))))
        form.addRow(tr("&Catalogue:"), cat_row)
        form.addRow(tr("C&ustomers:"), cust_row)
        form.addRow(tr("Sales &history:"), sales_row)  # Enter in any of them goes on
        order = [
            self.staff,
            self.catalogue,
            self.browse,
            self.customers,
            cust_row.property("browse"),
            self.sales,
            sales_row.property("browse"),
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def initializePage(self) -> None:
        QTimer.singleShot(0, self.staff.setFocus)

    def files(self) -> list[tuple[str, str]]:
        """What to import after the set-up, in the order it is imported: the catalogue first (the
        sales' lines find their products), then the customers (the sales find their buyers)."""
        named_files = (("catalogue", self.catalogue), ("customers", self.customers), ("sales", self.sales))
        return [(kind, str(Path(box.text().strip()).expanduser())) for kind, box in named_files if box.text().strip()]

    def people(self) -> list[dict[str, Any]]:
        out = []
        for n, line in enumerate(self.staff.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(",")]
            if len(parts) != 4:
                raise InvalidInput(
                    tr("Staff line {n}: write code, name, role, PIN separated by commas.", n=n), field="staff", row=n
                )
            out.append({"code": parts[0], "name": parts[1], "role": parts[2], "pin": parts[3]})
        return out


def kind_label(kind: str) -> str:
    return {"catalogue": tr("the catalogue"), "customers": tr("the customers"), "sales": tr("the sales history")}[kind]


def run_imports(
    files: list[tuple[str, str]],
    admin: StaffSession,
    store: dict[str, Any],
    store_id: int | None,
    *,
    catalogue: Catalogue,
    sales: Sales | None,
    isolated: Isolated | None,
) -> tuple[dict[str, Any], list[str]]:
    """Import each file as ``admin``; returns the reports by kind and one line per file that failed."""
    lang = str(store.get("language") or "")
    region = lang.split("_")[-1].upper() if "_" in lang else "CA"
    reports: dict[str, Any] = {}
    problems: list[str] = []
    for kind, path in files:
        if kind == "catalogue":
            args: tuple[Any, ...] = (admin, path, catalogue_sync.Options(currency=store["currency"], store_id=store_id))
            capability, method = "catalogue", "apply"
            direct: Callable[..., Any] | None = catalogue.apply
        else:
            opts = sales_import.Options(
                currency=store["currency"], store_id=store_id, region=region, timezone=store["timezone"]
            )
            args, capability = (admin, path, opts), "sales"
            method = "import_customers" if kind == "customers" else "import_sales"
            direct = getattr(sales, method) if sales is not None else None
        try:
            if isolated is not None:
                reports[kind] = isolated.call(ChildCall(capability, method, args))
            elif direct is not None:
                reports[kind] = direct(*args)
            else:
                continue
        except PosassistError as err:  # the store stands; this file can be imported later
            problems.append(tr("{what} was not imported: {problem}", what=kind_label(kind), problem=err))
    return reports, problems
