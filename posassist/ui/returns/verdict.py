"""Wizard pages 4-5: the policy's verdict (and the override path), then the summary and confirm."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizardPage,
)

from posassist.errors import PosassistError
from posassist.services import approvals, returns
from posassist.services.returns_commit import commit
from posassist.ui.returns.pages import money
from posassist.ui.returns.receipt import receipt_html, write_pdf
from posassist.ui.widgets import named

STATUS_STYLE = {"allowed": "#0a7d32", "needs_approval": "#8a5a00", "denied": "#b00020"}
POLL_MS = 1500


class VerdictPage(QWizardPage):
    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle("What the policy says")
        self.text = QLabel("")
        self.text.setObjectName("returnVerdict")
        self.text.setAccessibleName("Policy verdict")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.box = QGroupBox("Shift lead approval")
        self.box.setObjectName("approvalBox")
        self.code = named(QLineEdit(), "approverCode", "Approver staff code", "The shift lead types their own code")
        self.secret = named(QLineEdit(), "approverPin", "Approver PIN")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = named(QComboBox(), "approvalReason", "Reason for the exception")
        for code in approvals.REASON_CODES:
            self.reason.addItem(code.replace("_", " ").capitalize(), code)
        self.note = named(QLineEdit(), "approvalNote", "Note kept with the decision")
        self.approve = named(QPushButton("&Approve here"), "approveHere", "Approve at this counter")
        self.deny = named(QPushButton("&Deny"), "denyHere", "Deny at this counter")
        self.remote = named(QPushButton("Ask a shift lead &elsewhere"), "askRemote", "Send to the approval queue")
        for b in (self.approve, self.deny, self.remote):
            b.setAutoDefault(False)
        form = QFormLayout(self.box)
        # the associate fills reason and note, then the shift lead types code and PIN and Enter
        form.addRow("Rea&son:", self.reason)
        form.addRow("&Note:", self.note)
        form.addRow("Shift lead &code:", self.code)
        form.addRow("&PIN:", self.secret)
        row = QHBoxLayout()
        for b in (self.approve, self.deny, self.remote):
            row.addWidget(b)
        form.addRow(row)
        self.status = QLabel("")
        self.status.setObjectName("approvalStatus")
        self.status.setAccessibleName("Approval status")
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.box)
        lay.addWidget(self.status)
        self.approve.clicked.connect(lambda: self._decide(True))
        self.deny.clicked.connect(lambda: self._decide(False))
        self.remote.clicked.connect(self._ask_remote)
        self.secret.installEventFilter(self)  # Enter in the PIN approves
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_remote)
        self._request_id: int | None = None
        self._approved = False

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if obj is self.secret and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._decide(True)
            return True
        return super().eventFilter(obj, event)

    def initializePage(self) -> None:
        self._approved = False
        self._request_id = None
        self.status.setText("")
        try:
            ev = returns.evaluate(self.w.db, self.w.draft, self.w.staff)
        except PosassistError as err:
            self.w.evaluation = None
            self.text.setText(f"<span style='color:#b00020'>{escape(str(err))}</span>")
            self.box.hide()
            return
        self.w.evaluation = ev
        v = ev.verdict
        parts = [f"<h3 style='color:{STATUS_STYLE[v.status]}'>{escape(v.explanation.split('.')[0])}.</h3>"]
        for lv in v.lines:
            parts.append(f"<p>{escape(lv.explanation)}</p>")
        rest = v.explanation[len(v.explanation.split('.')[0]) + 1:].strip()
        line_text = " ".join(lv.explanation for lv in v.lines)
        extra = rest.replace(line_text, "").strip()
        if extra:
            parts.append(f"<p>{escape(extra)}</p>")
        cur = v.currency
        parts.append(f"<p>Back to the customer: <b>{money(v.refund_minor, cur)}</b> refund, "
                     f"<b>{money(v.store_credit_minor, cur)}</b> store credit"
                     + (f", fees {money(v.fee_minor, cur)}" if v.fee_minor else "") + ".</p>")
        for i, r in ev.replacements.items():
            dl = self.w.draft.lines[i]
            if dl.resolution == "exchange_shipped" and r.ship_options:
                opt = next((o for o in r.ship_options if o.store_id == dl.ship_from_store_id), r.ship_options[0])
                parts.append(f"<p><b>{escape(r.description)}</b> ships from {escape(opt.store_name)} and arrives by "
                             f"<b>{opt.arrive_by:%A %d %B}</b>.</p>")
        for p in ev.problems:
            parts.append(f"<p style='color:#b00020'>{escape(p)}</p>")
        self.text.setText("".join(parts))
        needs = v.status == "needs_approval"
        self.box.setVisible(needs)
        if needs:
            self.box.setTitle(f"Approval by {(v.required_role or 'shift_lead').replace('_', ' ')}")
            self.w.focus_later(self.reason)
        self.completeChanged.emit()

    def _ensure_request(self) -> int:
        v = self.w.evaluation.verdict
        kind = "goodwill" if self.w.draft.mode == "never_sold" else "return"
        req = approvals.request(self.w.db, kind=kind, staff=self.w.staff, store_id=self.w.store.id,
                                task_ref=self.w.draft.key, rule=v.rule, explanation=v.explanation,
                                amount_minor=v.total_minor, currency=v.currency, required_role=v.required_role,
                                customer_id=self.w.draft.customer_id, counter=self.w.counter, numbers=v.numbers)
        self._request_id = req.id
        self.w.set_draft(replace(self.w.draft, approval_id=req.id))
        returns.save_draft(self.w.db, self.w.draft)
        return req.id

    def _decide(self, approve: bool) -> None:
        if not self.box.isVisible():
            return
        try:
            rid = self._ensure_request()
            res = approvals.decide(self.w.db, rid, approver_code=self.code.text(), secret=self.secret.text(),
                                   approve=approve, reason_code=self.reason.currentData(), note=self.note.text(),
                                   counter=self.w.counter)
        except PosassistError as err:
            self.status.setText(f"<span style='color:#b00020'>{escape(str(err))}</span>")
            self.secret.clear()
            return
        finally:
            self.secret.clear()
        self._show_decision(res)

    def _ask_remote(self) -> None:
        try:
            rid = self._ensure_request()
        except PosassistError as err:
            self.status.setText(escape(str(err)))
            return
        self.status.setText(f"Waiting for a shift lead to approve request #{rid}… (the draft is saved)")
        self._poll.start()

    def _check_remote(self) -> None:
        if self._request_id is None:
            self._poll.stop()
            return
        try:
            res = approvals.get(self.w.db, self._request_id)
        except PosassistError:
            return
        if res.status != "pending":
            self._poll.stop()
            self._show_decision(res)

    def _show_decision(self, res) -> None:  # type: ignore[no-untyped-def]
        self._approved = res.status == "approved"
        color = "#0a7d32" if self._approved else "#b00020"
        self.status.setText(f"<span style='color:{color}'><b>{res.status.capitalize()}</b> by {escape(res.decided_by or '')}"
                            f" ({escape(res.reason_code or '')}): {escape(res.note or '')}</span>")
        self.completeChanged.emit()
        if self._approved:  # go straight on to the summary
            QTimer.singleShot(0, self.w.next)

    def cleanupPage(self) -> None:
        self._poll.stop()

    def isComplete(self) -> bool:
        ev = self.w.evaluation
        if ev is None or ev.problems:
            return False
        return ev.verdict.status == "allowed" or (ev.verdict.status == "needs_approval" and self._approved)


class SummaryPage(QWizardPage):
    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle("Summary: check with the customer, then confirm")
        self.text = QLabel("")
        self.text.setObjectName("returnSummary")
        self.text.setAccessibleName("Return summary")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        ev = self.w.evaluation
        if ev is None:
            return
        v = ev.verdict
        cur = v.currency
        rows = [("Refund to the original payment", v.refund_minor), ("Store credit", v.store_credit_minor),
                ("of which tax", v.tax_minor), ("Restocking fees kept", v.fee_minor),
                ("Customer pays (replacement or order)", ev.customer_pays_minor),
                ("Price difference back to the customer", ev.difference_back_minor)]
        body = "".join(f"<tr><td>{escape(k)}</td><td align=right><b>{money(val, cur)}</b></td></tr>"
                       for k, val in rows if val or k.startswith("Refund"))
        self.text.setText(f"<table cellpadding=4>{body}</table><p>Press <b>Confirm</b> (Alt+C) to finish and "
                          f"print the receipt.</p>")
        self.w.focus_later(self.w.button(self.w.WizardButton.FinishButton))

    def confirm(self) -> bool:
        try:
            result = commit(self.w.db, self.w.draft, self.w.staff)
        except PosassistError as err:
            self.text.setText(self.text.text() + f"<p style='color:#b00020'>{escape(str(err))}</p>")
            return False
        self.w.result = result
        customer = self.w.sale.customer_name if self.w.sale else None
        try:
            self.w.receipt_path = write_pdf(receipt_html(result, self.w.store, self.w.staff, customer),
                                            self.w.receipts_dir / f"{result.return_no}.pdf")
        except OSError:
            self.w.receipt_path = None  # the return is committed; the receipt can be printed again later
        self.w.committed.emit(result)
        return True
