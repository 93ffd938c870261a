"""The customer editor's dates and links, each saved at once (a date added or removed, a related
customer found, linked, unlinked or opened); the record is then shown again. A base of
CustomerEditor, which builds the widgets declared here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSpinBox

from posassist.i18n import tr
from posassist.services.customer_edit import CustomerRecord
from posassist.services.customers import Customers, CustomerSummary
from posassist.services.dto import StaffSession
from posassist.ui.customers.dialogs import _FormDialog


class DatesAndLinks(_FormDialog):
    customers: Customers
    session: StaffSession
    record: CustomerRecord
    open_customer: Callable[[int], None] | None
    date_list: QListWidget
    date_label: QLineEdit
    date_month: QSpinBox
    date_day: QSpinBox
    date_remind: QSpinBox
    date_message: QLabel
    link_list: QListWidget
    link_find: QLineEdit
    link_relation: QComboBox
    link_results: QListWidget
    link_message: QLabel

    def _fill(self, r: CustomerRecord) -> None:
        raise NotImplementedError  # CustomerEditor: the record into the fields

    def _load_history(self) -> None:
        raise NotImplementedError  # CustomerEditor: the history of changes, again

    # -- dates and links: saved at once ---------------------------------------------------------
    def _reload(self, message: QLabel, said: str) -> None:
        assert self.tasks is not None
        customers, cid = self.customers, self.record.id

        def shown(r: CustomerRecord) -> None:
            self._fill(r)
            message.setText(said)
            self._load_history()

        self.tasks.submit(lambda: customers.record(cid), on_done=shown, inline=message)

    def _add_date(self) -> None:
        assert self.tasks is not None
        customers, session, cid = self.customers, self.session, self.record.id
        kw = {
            "label": self.date_label.text(),
            "month": self.date_month.value(),
            "day": self.date_day.value(),
            "remind_days": self.date_remind.value(),
        }
        fields = {
            "label": self.date_label,
            "month": self.date_month,
            "day": self.date_day,
            "remind_days": self.date_remind,
        }

        def done(_r: object) -> None:
            self.date_label.clear()
            self._reload(self.date_message, tr("Date added."))

        self.tasks.submit(
            lambda: customers.add_date(session, cid, **kw), on_done=done, inline=self.date_message, fields=fields
        )

    def _remove_date(self) -> None:
        item = self.date_list.currentItem()
        if item is None or self.tasks is None:
            return
        customers, session, cid, which = (
            self.customers,
            self.session,
            self.record.id,
            int(item.data(Qt.ItemDataRole.UserRole)),
        )
        self.tasks.submit(
            lambda: customers.remove_date(session, cid, which),
            on_done=lambda _r: self._reload(self.date_message, tr("Date removed.")),
            inline=self.date_message,
        )

    def _find_link(self) -> None:
        assert self.tasks is not None
        customers, text = self.customers, self.link_find.text()
        self.tasks.submit(
            lambda: customers.find(text), on_done=self._show_found, inline=self.link_message, key="link-find"
        )

    def _show_found(self, rows: list[CustomerSummary]) -> None:
        self.link_results.clear()
        for r in rows:
            if r.id == self.record.id:
                continue
            item = QListWidgetItem(f"{r.name} · {r.phone or ''} · {r.email or ''}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.link_results.addItem(item)
        if self.link_results.count():
            self.link_results.setCurrentRow(0)
            self.link_results.setFocus()
            self.link_message.setText(tr("Enter links the selected customer."))
        else:
            self.link_message.setText(tr("No customer found. Check the spelling, or try the phone number."))

    def _link(self, item: QListWidgetItem) -> None:
        assert self.tasks is not None
        customers, session, cid = self.customers, self.session, self.record.id
        other, relation = int(item.data(Qt.ItemDataRole.UserRole)), self.link_relation.currentData()

        def done(_r: object) -> None:
            self.link_results.clear()
            self.link_find.clear()
            self._reload(self.link_message, tr("Linked."))
            self.link_list.setFocus()

        self.tasks.submit(
            lambda: customers.link(session, cid, other, relation),
            on_done=done,
            inline=self.link_message,
            fields={"relation": self.link_relation, "related": self.link_find},
        )

    def _unlink(self) -> None:
        item = self.link_list.currentItem()
        if item is None or self.tasks is None:
            return
        customers, session, cid, other = (
            self.customers,
            self.session,
            self.record.id,
            int(item.data(Qt.ItemDataRole.UserRole)),
        )
        self.tasks.submit(
            lambda: customers.unlink(session, cid, other),
            on_done=lambda _r: self._reload(self.link_message, tr("Unlinked.")),
            inline=self.link_message,
        )

    def _open_link(self, item: QListWidgetItem) -> None:
        """Enter on a related customer: they become the pane's customer."""
        if self.open_customer is not None:
            other = int(item.data(Qt.ItemDataRole.UserRole))
            self.reject()
            self.open_customer(other)
