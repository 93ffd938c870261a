"""Which column is which, for a generic CSV: filled in from the headers, corrected by the admin,
and remembered for the next file from the same source."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.catalogue_sync import formats, mappings
from posassist.ui.widgets import named

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
}


class MappingDialog(QDialog):
    def __init__(self, db: Database, source: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.source = db, source
        self.setObjectName("mappingDialog")
        self.setAccessibleName(tr("Map the file's columns"))
        self.setWindowTitle(tr("Columns of {source_key}", source_key=mappings.source_key(source)))
        header, guess = mappings.headers_and_guess(Path(source))
        saved = mappings.load(db, source) or {}
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key in formats.ALIASES:
            box = named(QComboBox(), f"map_{key}", tr("Column for {field}", field=tr(LABELS.get(key, key))))
            box.addItem(tr("(not in this file)"), None)
            for h in header:
                box.addItem(h, h)
            chosen = saved.get(key) or guess.get(key)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            self.boxes[key] = box
            form.addRow(tr("{field}:", field=tr(LABELS.get(key, key))), box)
        self.error = QLabel("")
        self.error.setObjectName("mappingError")
        self.error.setStyleSheet("color:#b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for b in buttons.buttons():
            b.setObjectName(f"mapping{b.text().replace('&', '')}")
            b.setAccessibleName(b.text().replace("&", ""))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {k: b.currentData() for k, b in self.boxes.items() if b.currentData()}

    def _save(self) -> None:
        try:
            mappings.save(self.db, self.source, self.mapping())
        except PosassistError as err:
            self.error.setText(str(err))
            return
        self.accept()
