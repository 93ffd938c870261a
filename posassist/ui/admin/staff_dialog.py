"""Staff accounts for admins and store managers: add, new PIN, unlock, deactivate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from posassist.db.session import Database
from posassist.db.tables.people import ROLES
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.labels import label
from posassist.services import staff
from posassist.services.dto import StaffInfo
from posassist.ui.widgets import named


class StaffDialog(QDialog):
    def __init__(self, db: Database, actor: StaffInfo, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("staffDialog")
        self.setAccessibleName(tr("Staff accounts"))
        self.setWindowTitle(tr("Staff accounts"))
        self.table = named(QTableWidget(0, 4), "staffTable", tr("Staff accounts"))
        self.table.setHorizontalHeaderLabels([tr("Code"), tr("Name"), tr("Role"), tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.code = named(QLineEdit(), "staffCode", tr("New staff code"))
        self.name = named(QLineEdit(), "staffName", tr("Name"))
        self.role = named(QComboBox(), "staffRole", tr("Role"))
        for r in ROLES:
            self.role.addItem(label(r), r)
        self.pin = named(QLineEdit(), "staffPin", tr("PIN (never shown)"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_btn = named(QPushButton(tr("&Add")), "staffAdd", tr("Add this person"))
        self.pin_btn = named(
            QPushButton(tr("New &PIN for selected")), "staffSetPin", tr("Set the PIN above for the selected person")
        )
        self.unlock_btn = named(QPushButton(tr("&Unlock selected")), "staffUnlock", tr("Unlock the selected person"))
        self.active_btn = named(
            QPushButton(tr("De&activate / activate")), "staffActive", tr("Deactivate or activate the selected person")
        )
        for b in (self.add_btn, self.pin_btn, self.unlock_btn, self.active_btn):
            b.setAutoDefault(False)
        self.message = QLabel("")
        self.message.setObjectName("staffMessage")
        form = QFormLayout()
        form.addRow(tr("&Code:"), self.code)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Role:"), self.role)
        form.addRow(tr("P&IN:"), self.pin)
        buttons = QHBoxLayout()
        for b in (self.add_btn, self.pin_btn, self.unlock_btn, self.active_btn):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.add_btn.clicked.connect(self._add)
        self.pin_btn.clicked.connect(
            lambda: self._selected(lambda c: staff.set_pin(self.db, c, self.pin.text(), self.actor), tr("New PIN set"))
        )
        self.unlock_btn.clicked.connect(
            lambda: self._selected(lambda c: staff.unlock(self.db, c, self.actor), tr("Unlocked"))
        )
        self.active_btn.clicked.connect(self._toggle)
        self.resize(720, 520)
        self.refresh()

    def refresh(self) -> None:
        rows = staff.list_staff(self.db)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            state = (
                label("inactive")
                if not r.active
                else (tr("locked until {time}", time=f"{r.locked_until:%H:%M}") if r.locked_until else label("active"))
            )
            for c, v in enumerate((r.code, r.name, label(r.role), state)):
                self.table.setItem(i, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

    def _run(self, fn, done: str) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except PosassistError as err:
            self.message.setText(f"<span style='color:#b00020'>{err}</span>")
            return
        finally:
            self.pin.clear()
        self.message.setText(done)
        self.refresh()

    def _add(self) -> None:
        self._run(
            lambda: staff.add(
                self.db,
                code=self.code.text(),
                name=self.name.text(),
                role=self.role.currentData(),
                pin=self.pin.text(),
                actor=self.actor,
            ),
            f"Added {self.name.text()}",
        )

    def _selected(self, fn, done: str) -> None:  # type: ignore[no-untyped-def]
        row = self.table.currentRow()
        if row < 0:
            self.message.setText(tr("Choose a person in the list first (↑/↓)."))
            return
        code = self._rows[row].code
        self._run(lambda: fn(code), f"{done}: {code}")

    def _toggle(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.setText(tr("Choose a person in the list first (↑/↓)."))
            return
        r = self._rows[row]
        self._run(
            lambda: staff.set_active(self.db, r.code, not r.active, self.actor),
            tr("{code} is now {state}", code=r.code, state=label("inactive" if r.active else "active")),
        )
