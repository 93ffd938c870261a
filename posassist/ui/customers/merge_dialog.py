"""Merge a duplicate into the pane's customer (Ctrl+M): find the duplicate, see what moves, confirm;
and undo the latest merge while the day is open."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist.i18n import tr
from posassist.services.customer_edit import CustomerRecord
from posassist.services.customer_merge import MergePreview, MergeResult
from posassist.services.customers import Customers, CustomerSummary
from posassist.services.dto import StaffSession
from posassist.ui.customers.words import field_label, moves_label
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import message_line, named, readable


class MergeDialog(QDialog):
    """Keeps ``keep``; the duplicate chosen here is merged into it once confirmed."""

    def __init__(
        self,
        customers: Customers,
        session: StaffSession,
        tasks: TaskRunner,
        keep: CustomerRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.customers, self.session, self.tasks, self.keep = customers, session, tasks, keep
        self.plan: MergePreview | None = None
        self.merged: MergeResult | None = None
        self.undone: CustomerRecord | None = None
        title = tr("Merge a duplicate into {name}", name=keep.full_name or "")
        self.setWindowTitle(title)
        self.setObjectName("mergeCustomer")
        self.setAccessibleName(title)
        self.find_box = named(QLineEdit(), "mergeFind", tr("Find the duplicate: name, phone, email or card"))
        self.find_box.returnPressed.connect(self._find)
        self.results = named(
            QListWidget(), "mergeResults", tr("Possible duplicates"), tr("Enter shows what would move")
        )
        self.results.itemActivated.connect(self._chosen)
        self.results.setMaximumHeight(120)
        self.preview = QLabel(tr("Find the duplicate record, then Enter on it to see what moves."))
        self.preview.setObjectName("mergePreview")
        readable(self.preview, tr("What the merge moves"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.confirm = named(
            QPushButton(tr("&Merge into this customer")), "mergeConfirm", tr("Merge the duplicate into this customer")
        )
        self.confirm.setEnabled(False)
        self.confirm.setAutoDefault(False)
        self.confirm.clicked.connect(self._merge)
        undoable = next((m for m in keep.merges if m.kept and not m.undone), None)
        self.undo = named(
            QPushButton(
                tr("&Undo the merge of {name}", name=undoable.other_name) if undoable else tr("&Undo the last merge")
            ),
            "mergeUndo",
            tr("Undo the last merge into this customer"),
        )
        self.undo.setAutoDefault(False)
        self.undo.setVisible(undoable is not None)
        self.undo.clicked.connect(self._unmerge)
        close = named(QPushButton(tr("&Close")), "mergeClose", tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.message = message_line("mergeMessage")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("&Duplicate:"), self.find_box)
        lay.addLayout(form)
        lay.addWidget(self.results)
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.confirm)
        lay.addWidget(self.undo)
        lay.addWidget(close)
        self.resize(560, 460)
        QTimer.singleShot(0, self.find_box, self.find_box.setFocus)

    def _find(self) -> None:
        customers, text = self.customers, self.find_box.text()
        self.tasks.submit(lambda: customers.find(text), on_done=self._found, inline=self.message, key="merge-find")

    def _found(self, rows: list[CustomerSummary]) -> None:
        self.results.clear()
        for r in rows:
            if r.id == self.keep.id:
                continue
            item = QListWidgetItem(f"#{r.id} {r.name} · {r.phone or ''} · {r.email or ''} · {r.loyalty_card or ''}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()
            self.message.setText("")
        else:
            self.message.setText(tr("No other record found. Check the spelling, or try the phone number."))

    def _chosen(self, item: QListWidgetItem) -> None:
        customers, keep, other = self.customers, self.keep.id, int(item.data(Qt.ItemDataRole.UserRole))
        self.tasks.submit(lambda: customers.merge_preview(keep, other), on_done=self._show_plan, inline=self.message)

    def _show_plan(self, plan: MergePreview) -> None:
        self.plan = plan
        moves = (
            "".join(f"<li>{n} {escape(moves_label(t))}</li>" for t, n in plan.moves) or "<li>" + tr("nothing") + "</li>"
        )
        fills = "".join(f"<li>{escape(field_label(f))}: {escape(v)}</li>" for f, v in plan.fills)
        text = (
            "<b>"
            + escape(
                tr(
                    "#{other} {other_name} goes into #{keep} {keep_name}.",
                    other=plan.other_id,
                    other_name=plan.other_name,
                    keep=plan.keep_id,
                    keep_name=plan.keep_name,
                )
            )
            + "</b><br>"
            + escape(tr("These move:"))
            + f"<ul>{moves}</ul>"
        )
        if fills:
            text += escape(tr("This customer takes from the duplicate:")) + f"<ul>{fills}</ul>"
        text += escape(tr("It can be undone until the day is closed."))
        self.preview.setText(text)
        self.confirm.setEnabled(True)
        self.confirm.setFocus()

    def _merge(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.confirm.setEnabled(False)
        customers, session = self.customers, self.session

        def done(result: MergeResult) -> None:
            self.merged = result
            self.accept()

        def failed(err: BaseException) -> None:
            self.confirm.setEnabled(True)
            self.tasks.messages.error(err, inline=self.message)

        self.tasks.submit(lambda: customers.merge(session, plan.keep_id, plan.other_id), on_done=done, on_error=failed)

    def _unmerge(self) -> None:
        customers, session, keep = self.customers, self.session, self.keep.id

        def done(record: CustomerRecord) -> None:
            self.undone = record
            self.accept()

        self.tasks.submit(lambda: customers.unmerge(session, customer_id=keep), on_done=done, inline=self.message)
