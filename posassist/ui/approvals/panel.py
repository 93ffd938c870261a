"""The override step, used wherever policy says 'needs approval': a shift lead approves or denies
here with their own code and PIN, a reason and a note; or the request goes to the queue and a
shift lead at another counter decides while this one waits (polled, live)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from posassist.i18n import tr
from posassist.labels import label
from posassist.services.approvals import REASON_CODES, Approvals, ApprovalView
from posassist.ui.messages import red
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import EnterKey, named, readable

POLL_MS = 1500

# The owner's part: called on the GUI thread (it reads its form), it returns the work that asks
# for the approval (or finds the request already asked) off the GUI thread, giving its id.
RequestWork = Callable[[], int]
EnsureRequest = Callable[[], RequestWork]


class ApprovalPanel(QGroupBox):
    decided = Signal(object)  # ApprovalView, approved or denied
    requested = Signal(int)  # the request's id, once it exists

    def __init__(
        self,
        approvals: Approvals,
        counter: str,
        ensure_request: EnsureRequest,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Shift lead approval"), parent)
        self.approvals, self.counter, self.ensure_request, self.tasks = approvals, counter, ensure_request, tasks
        self.setObjectName("approvalBox")
        self.reason = named(QComboBox(), "approvalReason", tr("Reason for the exception"))
        for code in REASON_CODES:
            self.reason.addItem(label(code), code)
        self.reason.setCurrentIndex(-1)  # chosen by the associate, never preset (Enter alone records none)
        self.reason.setPlaceholderText(tr("Choose the reason (type its first letters or ↓)"))
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
        readable(self.status, tr("Approval status"))
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.approve.clicked.connect(lambda: self._decide(True))
        self.deny.clicked.connect(lambda: self._decide(False))
        self.remote.clicked.connect(self.ask_remote)
        EnterKey(self.secret, self._enter_in_pin)  # Enter in the PIN approves
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check)
        self.request_id: int | None = None
        self.result: ApprovalView | None = None
        self._pending = False

    def _enter_in_pin(self) -> bool:
        self._decide(True)
        return True

    def _fields(self) -> dict[str, QWidget]:
        return {"reason": self.reason, "note": self.note, "code": self.code, "pin": self.secret}

    def reset(self) -> None:
        self._poll.stop()
        self.request_id, self.result = None, None
        self.status.setText("")
        self.secret.clear()
        self.reason.setCurrentIndex(-1)  # each exception's reason is chosen for it
        approvals = self.approvals  # the reasons are data an admin edits: read them fresh
        self.tasks.submit(approvals.reasons, on_done=self._fill_reasons, key="reasons")

    def _fill_reasons(self, reasons: list[tuple[str, str]]) -> None:
        if not reasons or [self.reason.itemData(i) for i in range(self.reason.count())] == [c for c, _ in reasons]:
            return
        chosen = self.reason.currentData()
        self.reason.clear()
        for code, words in reasons:
            self.reason.addItem(words or label(code), code)
        self.reason.setCurrentIndex(self.reason.findData(chosen) if chosen is not None else -1)

    @property
    def approved(self) -> bool:
        return self.result is not None and self.result.status == "approved"

    def _have(self, request_id: int) -> None:
        if request_id != self.request_id:
            self.request_id = request_id
            self.requested.emit(request_id)

    def _decide(self, approve: bool) -> None:
        if self._pending:
            return
        if self.reason.currentIndex() < 0:
            self.status.setText(red(tr("Choose the reason for the exception first.")))
            self.reason.setFocus()
            return
        ask = self.ensure_request()
        approvals, counter = self.approvals, self.counter
        code, secret, reason, note = self.code.text(), self.secret.text(), self.reason.currentData(), self.note.text()
        self.secret.clear()
        asked: list[int] = []

        def work() -> ApprovalView:
            asked.append(ask())
            return approvals.decide(
                asked[0],
                approver_code=code,
                secret=secret,
                approve=approve,
                reason_code=reason,
                note=note,
                counter=counter,
            )

        def done(res: ApprovalView) -> None:
            self._pending = False
            self._have(asked[0])
            self._show(res)

        def failed(err: BaseException) -> None:
            self._pending = False
            if asked:  # asked, but not decided (a wrong PIN): the request stays for another try
                self._have(asked[0])
            self.tasks.messages.error(err, inline=self.status, fields=self._fields())

        self._pending = True
        self.tasks.submit(work, on_done=done, on_error=failed, fields=self._fields())

    def ask_remote(self) -> None:
        ask = self.ensure_request()

        def waiting(request_id: int) -> None:
            self._have(request_id)
            self.status.setText(
                tr("Waiting for a shift lead to decide request #{request_id}… (it is saved)", request_id=request_id)
            )
            self._poll.start()

        self.tasks.submit(ask, on_done=waiting, inline=self.status, fields=self._fields())

    def _check(self) -> None:
        if self.request_id is None:
            self._poll.stop()
            return
        approvals, request_id = self.approvals, self.request_id
        self.tasks.submit(lambda: approvals.get(request_id), on_done=self._checked, key=f"approval-{id(self)}")

    def _checked(self, res: ApprovalView) -> None:
        if res.id == self.request_id and res.status != "pending" and self._poll.isActive():
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

    def stop(self) -> None:
        self._poll.stop()
