"""This counter's receipt printers (store managers, admins): how each is connected, its roll
width, code page and barcode, which one is the default, and a test page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist.bootstrap import Services
from posassist.domain.receipt import Printer
from posassist.i18n import QT_TR_NOOP, tr
from posassist.printing.deliver import deliver
from posassist.services.dto import StaffSession
from posassist.ui.messages import red
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named

KINDS = {
    "network": QT_TR_NOOP("Thermal printer on the network (ESC/POS, port 9100)"),
    "usb": QT_TR_NOOP("Thermal printer on USB (ESC/POS)"),
    "serial": QT_TR_NOOP("Thermal printer on a serial port (ESC/POS)"),
    "file": QT_TR_NOOP("Thermal printer as a device file (ESC/POS)"),
    "system": QT_TR_NOOP("A printer of this computer (office printer)"),
    "pdf": QT_TR_NOOP("PDF files in a folder"),
}
CODE_PAGES = ("auto", "CP858", "CP1252", "CP850", "CP437", "CP865")


class PrintersDialog(QDialog):
    def __init__(self, svc: Services, session: StaffSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipts, self.session, self.tasks = svc.receipts, session, tasks
        self.setObjectName("printersDialog")
        self.setAccessibleName(tr("Receipt printers of this counter"))
        self.setWindowTitle(tr("Receipt printers of counter {counter}", counter=self.receipts.counter))
        self.list = named(QListWidget(), "printerList", tr("Printers of this counter"))
        self.list.setMaximumHeight(110)
        self.name = named(QLineEdit(), "printerName", tr("Printer name"))
        self.kind = named(QComboBox(), "printerKind", tr("How the printer is connected"))
        for code, words in KINDS.items():
            self.kind.addItem(tr(words), code)
        self.address = named(
            QLineEdit(), "printerAddress", tr("Where the printer is"), tr("04b8:0202, host:9100, /dev/ttyUSB0@9600")
        )
        self.roll_width = named(QComboBox(), "printerWidth", tr("Roll width"))
        for mm in (80, 58):
            self.roll_width.addItem(tr("{mm} mm", mm=mm), mm)
        self.code_page = named(QComboBox(), "printerCodePage", tr("Code page for accented letters"))
        for cp in CODE_PAGES:
            self.code_page.addItem(tr("automatic") if cp == "auto" else cp, cp)
        self.barcode = named(QComboBox(), "printerBarcode", tr("Barcode on the receipt"))
        self.barcode.addItem(tr("Code 128 (QR when too long)"), "code128")
        self.barcode.addItem(tr("QR code"), "qr")
        self.default = named(QCheckBox(tr("&Default printer of this counter")), "printerDefault", tr("Default printer"))
        self.save_btn = named(QPushButton(tr("&Save")), "printerSave", tr("Save the printer"))
        self.test_btn = named(QPushButton(tr("Print a &test page")), "printerTest", tr("Print a test page"))
        self.remove_btn = named(QPushButton(tr("&Remove")), "printerRemove", tr("Remove the printer"))
        self.choose_btn = named(
            QPushButton(tr("C&hoose a printer of this computer…")), "printerChoose", tr("Choose a system printer")
        )
        for b in (self.save_btn, self.test_btn, self.remove_btn, self.choose_btn):
            b.setAutoDefault(False)
        self.message = QLabel("")
        self.message.setObjectName("printerMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Printer message"))
        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Connection:"), self.kind)
        form.addRow(tr("&Address:"), self.address)
        form.addRow("", self.choose_btn)
        form.addRow(tr("Roll &width:"), self.roll_width)
        form.addRow(tr("Code &page:"), self.code_page)
        form.addRow(tr("&Barcode:"), self.barcode)
        form.addRow("", self.default)
        buttons = QHBoxLayout()
        for b in (self.save_btn, self.test_btn, self.remove_btn):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.save_btn.clicked.connect(self.save)
        self.test_btn.clicked.connect(self.test_page)
        self.remove_btn.clicked.connect(self.remove)
        self.choose_btn.clicked.connect(self.choose_system_printer)
        self.refresh()

    def _fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "kind": self.kind, "address": self.address}

    def refresh(self, select: str | None = None) -> None:
        receipts = self.receipts
        self.tasks.submit(receipts.printers, on_done=lambda found: self._listed(found, select), inline=self.message)

    def _listed(self, found: list[Printer], select: str | None) -> None:
        self.list.clear()
        for p in found:
            mark = " ★" if p.is_default else ""
            item = QListWidgetItem(f"{p.label}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
            if p.name == select:
                self.list.setCurrentItem(item)
        if not found:
            self.message.setText(tr("No printer yet: receipts are saved as PDFs in the data folder."))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        p: Printer = item.data(Qt.ItemDataRole.UserRole)
        self.name.setText(p.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.address.setText(p.address)
        self.roll_width.setCurrentIndex(max(0, self.roll_width.findData(p.width_mm)))
        self.code_page.setCurrentIndex(max(0, self.code_page.findData(p.code_page)))
        self.barcode.setCurrentIndex(max(0, self.barcode.findData(p.barcode)))
        self.default.setChecked(p.is_default)

    def choose_system_printer(self) -> None:
        """Qt's print dialog picks the office printer; its name is the address (empty: the default)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("systemPrintDialog")

        def chosen() -> None:
            self.kind.setCurrentIndex(self.kind.findData("system"))
            self.address.setText(printer.printerName())

        dialog.accepted.connect(chosen)
        dialog.setModal(True)
        dialog.show()  # never blocks the event loop

    def printer(self) -> Printer:
        return Printer(
            self.name.text().strip(),
            str(self.kind.currentData()),
            self.address.text().strip(),
            int(self.roll_width.currentData()),
            "",
            str(self.code_page.currentData()),
            str(self.barcode.currentData()),
            self.default.isChecked(),
        )

    def save(self) -> None:
        receipts, session, printer = self.receipts, self.session, self.printer()

        def saved(p: Printer) -> None:
            self.message.setText(tr("Saved {label}.", label=p.label))
            self.refresh(select=p.name)

        self.tasks.submit(
            lambda: receipts.save_printer(session, printer), on_done=saved, inline=self.message, fields=self._fields()
        )

    def test_page(self) -> None:
        """The test page off the GUI thread: a printer that is off or out of paper says so here."""
        receipts, printer = self.receipts, self.printer()
        self.message.setText(tr("Printing a test page on {name}…", name=printer.name))

        def work() -> str:
            return deliver(receipts.test_page(printer), printer)

        self.tasks.submit(
            work,
            on_done=lambda where: self.message.setText(tr("Test page printed: {where}", where=where)),
            on_error=lambda err: self.message.setText(red(str(err))),
        )

    def remove(self) -> None:
        receipts, session, name = self.receipts, self.session, self.name.text().strip()

        def removed(_result: object) -> None:
            self.message.setText(tr("Removed {name}.", name=name))
            self.refresh()

        self.tasks.submit(lambda: receipts.remove_printer(session, name), on_done=removed, inline=self.message)
