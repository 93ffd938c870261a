"""Staff accounts for admins and store managers: add, new PIN, unlock, deactivate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.permissions import ROLES
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.dto import StaffSession
from posassist.services.staff import StaffAccounts, StaffRow
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import message_line, named


class StaffDialog(QDialog):
    def __init__(
        self, staff: StaffAccounts, session: StaffSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.staff, self.session, self.tasks = staff, session, tasks
        self._rows: list[StaffRow] = []
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
        self.message = message_line("staffMessage")
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
        self.pin_btn.clicked.connect(self._set_pin)
        self.unlock_btn.clicked.connect(self._unlock)
        self.active_btn.clicked.connect(self._toggle)
        self.resize(720, 520)
        self.refresh()

    def _fields(self) -> dict[str, QWidget]:
        return {"code": self.code, "name": self.name, "role": self.role, "pin": self.pin}

    def refresh(self) -> None:
        self.tasks.submit(self.staff.list, on_done=self._show, inline=self.message, key="staff-list")

    def _show(self, rows: list[StaffRow]) -> None:
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

    def _run(self, work: Callable[[], object], done: str) -> None:
        self.pin.clear()

        def finished(_result: object) -> None:
            self.message.setText(done)
            self.refresh()

        self.tasks.submit(work, on_done=finished, inline=self.message, fields=self._fields())

    def _add(self) -> None:
        staff, session = self.staff, self.session
        code, name, role, pin = self.code.text(), self.name.text(), self.role.currentData(), self.pin.text()
        self._run(
            lambda: staff.add(session, code=code, name=name, role=role, pin=pin),
            tr("Added {name}", name=name),
        )

    def _selected(self) -> StaffRow | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._rows):
            self.message.setText(tr("Choose a person in the list first (↑/↓)."))
            return None
        return self._rows[row]

    def _set_pin(self) -> None:
        r, staff, session, pin = self._selected(), self.staff, self.session, self.pin.text()
        if r is not None:
            code = r.code
            self._run(lambda: staff.set_pin(session, code, pin), f"{tr('New PIN set')}: {code}")

    def _unlock(self) -> None:
        r, staff, session = self._selected(), self.staff, self.session
        if r is not None:
            code = r.code
            self._run(lambda: staff.unlock(session, code), f"{tr('Unlocked')}: {code}")

    def _toggle(self) -> None:
        r, staff, session = self._selected(), self.staff, self.session
        if r is not None:
            code, active = r.code, not r.active
            self._run(
                lambda: staff.set_active(session, code, active),
                tr("{code} is now {state}", code=code, state=label("active" if active else "inactive")),
            )
