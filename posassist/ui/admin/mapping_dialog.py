"""Which column is which, for a generic CSV: filled in from the headers, corrected by the admin,
and remembered for the next file from the same source."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.services.catalogue_sync import formats, mappings
from posassist.ui.widgets import named

LABELS = {"sku": "SKU", "style": "Style / group", "title": "Product name", "brand": "Brand", "department": "Department",
          "colour": "Colour", "size": "Size", "price": "Price", "compare_at": "Compare-at price", "barcode": "Barcode",
          "stock": "Stock here", "weight": "Weight", "description": "Description", "currency": "Currency",
          "status": "Active / status", "mpn": "MPN", "image": "Picture"}


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
            box = named(QComboBox(), f"map_{key}", tr("Column for {get}", get=LABELS.get(key, key)))
            box.addItem(tr("(not in this file)"), None)
            for h in header:
                box.addItem(h, h)
            chosen = saved.get(key) or guess.get(key)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            self.boxes[key] = box
            form.addRow(f"{LABELS.get(key, key)}:", box)
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
