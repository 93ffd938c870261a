"""Which column is which, for a generic CSV: filled in from the headers, corrected by the admin,
and remembered for the next file from the same source."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.catalogue_sync import formats
from posassist.services.catalogue_sync.capability import Catalogue
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import message_line, named

LABELS = {
    "sku": "SKU",
    "style": QT_TR_NOOP("Style / group"),
    "title": QT_TR_NOOP("Product name"),
    "brand": QT_TR_NOOP("Brand"),
    "department": QT_TR_NOOP("Department"),
    "colour": QT_TR_NOOP("Colour"),
    "size": QT_TR_NOOP("Size"),
    "price": QT_TR_NOOP("Price"),
    "compare_at": QT_TR_NOOP("Compare-at price"),
    "barcode": QT_TR_NOOP("Barcode"),
    "stock": QT_TR_NOOP("Stock here"),
    "weight": QT_TR_NOOP("Weight"),
    "description": QT_TR_NOOP("Description"),
    "currency": QT_TR_NOOP("Currency"),
    "status": QT_TR_NOOP("Active / status"),
    "mpn": "MPN",
    "image": QT_TR_NOOP("Picture"),
    "warranty": QT_TR_NOOP("Warranty"),
    "returnable": QT_TR_NOOP("Returnable"),
    "final_sale": QT_TR_NOOP("Final sale"),
    "allergens": QT_TR_NOOP("Allergens"),
    "ingredients": QT_TR_NOOP("Ingredients"),
    "net_content": QT_TR_NOOP("Net content"),
}


Columns = tuple[list[str], dict[str, str], dict[str, str]]  # headers, posassist's guess, the saved mapping


class MappingDialog(QDialog):
    def __init__(self, catalogue: Catalogue, source: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue, self.source, self.tasks = catalogue, source, tasks
        self.loaded = False
        self.setObjectName("mappingDialog")
        self.setAccessibleName(tr("Map the file's columns"))
        self.setWindowTitle(tr("Columns of {source_key}", source_key=catalogue.source_key(source)))
        self.boxes: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        for key in formats.ALIASES:
            box = named(QComboBox(), f"map_{key}", tr("Column for {field}", field=tr(LABELS.get(key, key))))
            box.addItem(tr("(not in this file)"), None)
            self.boxes[key] = box
            self.form.addRow(tr("{field}:", field=tr(LABELS.get(key, key))), box)
        self.error = message_line("mappingError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for b in buttons.buttons():
            b.setObjectName(f"mapping{b.text().replace('&', '')}")
            b.setAccessibleName(b.text().replace("&", ""))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        def read() -> Columns:
            header, guess = catalogue.headers_and_guess(Path(source))
            return header, guess, catalogue.saved_mapping(source) or {}

        tasks.submit(read, on_done=self._fill, inline=self.error)

    def _fill(self, columns: Columns) -> None:
        header, guess, saved = columns
        for key, box in self.boxes.items():
            for h in header:
                box.addItem(h, h)
            chosen = saved.get(key) or guess.get(key)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
        self.loaded = True

    def mapping(self) -> dict[str, str]:
        return {k: b.currentData() for k, b in self.boxes.items() if b.currentData()}

    def _save(self) -> None:
        catalogue, source, mapping = self.catalogue, self.source, self.mapping()
        self.tasks.submit(
            lambda: catalogue.save_mapping(source, mapping), on_done=lambda _r: self.accept(), inline=self.error
        )
