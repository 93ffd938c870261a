"""The override step, used wherever policy says 'needs approval': a shift lead approves or denies
here with their own code and PIN, a reason and a note; or the request goes to the queue and a
shift lead at another counter decides while this one waits (polled, live)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.labels import label
from posassist.services import approvals
from posassist.services.approvals import ApprovalView
from posassist.ui.widgets import named

POLL_MS = 1500


class ApprovalPanel(QGroupBox):
    decided = Signal(object)  # ApprovalView, approved or denied

    def __init__(self, db: Database, counter: str, ensure_request: Callable[[], int], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(tr("Shift lead approval"), parent)
        self.db, self.counter, self.ensure_request = db, counter, ensure_request
        self.setObjectName("approvalBox")
        self.reason = named(QComboBox(), "approvalReason", tr("Reason for the exception"))
        for code in approvals.REASON_CODES:
            self.reason.addItem(label(code), code)
        self.note = named(QLineEdit(), "approvalNote", tr("Note kept with the decision"))
        self.code = named(
            QLineEdit(), "approverCode", tr("Approver staff code"), tr("The shift lead types their own code")
        )
        self.secret = named(QLineEdit(), "approverPin", tr("Approver PIN"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.approve = named(QPushButton(tr("&Approve here")), "approveHere", tr("Approve at this counter"))
        self.deny = named(QPushButton(tr("&Deny")), "denyHere", tr("Deny at this counter"))
        self.remote = named(
            QPushButton(tr("Ask a shift lead &elsewhere")), "askRemote", tr("Send to the approval queue")
        )
        for b in (self.approve, self.deny, self.remote):
            b.setAutoDefault(False)
        form = QFormLayout(self)
        # the associate fills reason and note; then the shift lead types code and PIN and Enter
        form.addRow(tr("Rea&son:"), self.reason)
        form.addRow(tr("&Note:"), self.note)
        form.addRow(tr("Shift lead &code:"), self.code)
        form.addRow(tr("&PIN:"), self.secret)
        row = QHBoxLayout()
        for b in (self.approve, self.deny, self.remote):
            row.addWidget(b)
        form.addRow(row)
        self.status = QLabel("")
        self.status.setObjectName("approvalStatus")
        self.status.setAccessibleName(tr("Approval status"))
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.approve.clicked.connect(lambda: self._decide(True))
        self.deny.clicked.connect(lambda: self._decide(False))
        self.remote.clicked.connect(self.ask_remote)
        self.secret.installEventFilter(self)  # Enter in the PIN approves
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check)
        self.request_id: int | None = None
        self.result: ApprovalView | None = None

    def reset(self) -> None:
        self._poll.stop()
        self.request_id, self.result = None, None
        self.status.setText("")
        self.secret.clear()

    @property
    def approved(self) -> bool:
        return self.result is not None and self.result.status == "approved"

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            obj is self.secret
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._decide(True)
            return True
        return super().eventFilter(obj, event)

    def _decide(self, approve: bool) -> None:
        try:
            self.request_id = self.ensure_request()
            res = approvals.decide(
                self.db,
                self.request_id,
                approver_code=self.code.text(),
                secret=self.secret.text(),
                approve=approve,
                reason_code=self.reason.currentData(),
                note=self.note.text(),
                counter=self.counter,
            )
        except PosassistError as err:
            self.status.setText(f"<span style='color:#b00020'>{escape(str(err))}</span>")
            return
        finally:
            self.secret.clear()
        self._show(res)

    def ask_remote(self) -> None:
        try:
            self.request_id = self.ensure_request()
        except PosassistError as err:
            self.status.setText(escape(str(err)))
            return
        self.status.setText(
            tr("Waiting for a shift lead to decide request #{request_id}… (it is saved)", request_id=self.request_id)
        )
        self._poll.start()

    def _check(self) -> None:
        if self.request_id is None:
            self._poll.stop()
            return
        try:
            res = approvals.get(self.db, self.request_id)
        except PosassistError:
            return
        if res.status != "pending":
            self._poll.stop()
            self._show(res)

    def _show(self, res: ApprovalView) -> None:
        self.result = res
        ok = res.status == "approved"
        color = "#0a7d32" if ok else "#b00020"
        self.status.setText(
            tr(
                "<span style='color:{color}'><b>{status}</b> by {value} ({value2}): {value3}</span>",
                color=color,
                status=res.status.capitalize(),
                value=escape(res.decided_by or ""),
                value2=escape(res.reason_code or ""),
                value3=escape(res.note or ""),
            )
        )
        self.decided.emit(res)
