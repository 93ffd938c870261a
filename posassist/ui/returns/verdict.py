"""Wizard pages 4-5: the policy's verdict (and the override path), then the summary and confirm."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from posassist import i18n
from posassist.errors import PosassistError
from posassist.i18n import tr
from posassist.services import approvals, returns
from posassist.services.returns_commit import commit
from posassist.ui.approvals.panel import ApprovalPanel
from posassist.ui.returns.pages import money
from posassist.ui.returns.receipt import receipt_html, write_pdf
from posassist.words import policy as policy_words

STATUS_STYLE = {"allowed": "#0a7d32", "needs_approval": "#8a5a00", "denied": "#b00020"}


class VerdictPage(QWizardPage):
    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle(tr("What the policy says"))
        self.text = QLabel("")
        self.text.setObjectName("returnVerdict")
        self.text.setAccessibleName(tr("Policy verdict"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.box = ApprovalPanel(wizard.db, wizard.counter, self._ensure_request)
        self.box.decided.connect(self._decided)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.box)

    @property
    def status(self) -> QLabel:
        return self.box.status

    def initializePage(self) -> None:
        self.box.reset()
        try:
            ev = returns.evaluate(self.w.db, self.w.draft, self.w.staff)
        except PosassistError as err:
            self.w.evaluation = None
            self.text.setText(f"<span style='color:#b00020'>{escape(str(err))}</span>")
            self.box.hide()
            return
        self.w.evaluation = ev
        v = ev.verdict
        parts = [f"<h3 style='color:{STATUS_STYLE[v.status]}'>{escape(policy_words.head(v))}</h3>"]
        for lv in v.lines:
            parts.append(f"<p>{escape(policy_words.line(lv))}</p>")
        extra = " ".join(policy_words.rest(v))
        if extra:
            parts.append(f"<p>{escape(extra)}</p>")
        cur = v.currency
        parts.append(
            "<p>"
            + tr(
                "Back to the customer: <b>{refund}</b> refund, <b>{credit}</b> store credit",
                refund=money(v.refund_minor, cur),
                credit=money(v.store_credit_minor, cur),
            )
            + (tr(", fees {fees}", fees=money(v.fee_minor, cur)) if v.fee_minor else "")
            + ".</p>"
        )
        for i, r in ev.replacements.items():
            dl = self.w.draft.lines[i]
            if dl.resolution == "exchange_shipped" and r.ship_options:
                opt = next((o for o in r.ship_options if o.store_id == dl.ship_from_store_id), r.ship_options[0])
                parts.append(
                    "<p>"
                    + tr(
                        "<b>{item}</b> ships from {store} and arrives by <b>{day}</b>.",
                        item=escape(r.description),
                        store=escape(opt.store_name),
                        day=i18n.day(opt.arrive_by, "EEEE d MMMM"),
                    )
                    + "</p>"
                )
        for p in ev.problems:
            parts.append(f"<p style='color:#b00020'>{escape(p)}</p>")
        self.text.setText("".join(parts))
        needs = v.status == "needs_approval"
        self.box.setVisible(needs)
        if needs:
            self.box.setTitle(tr("Approval by {value}", value=(v.required_role or "shift_lead").replace("_", " ")))
            self.w.focus_later(self.box.reason)
        self.completeChanged.emit()

    def _ensure_request(self) -> int:
        v = self.w.evaluation.verdict
        kind = "goodwill" if self.w.draft.mode == "never_sold" else "return"
        req = approvals.request(
            self.w.db,
            kind=kind,
            staff=self.w.staff,
            store_id=self.w.store.id,
            task_ref=self.w.draft.key,
            rule=v.rule,
            explanation=policy_words.explain(v),
            amount_minor=v.total_minor,
            currency=v.currency,
            required_role=v.required_role,
            customer_id=self.w.draft.customer_id,
            counter=self.w.counter,
            numbers=v.numbers,
        )
        self.w.set_draft(replace(self.w.draft, approval_id=req.id))
        self.w.evaluation = returns.evaluate(self.w.db, self.w.draft, self.w.staff)
        returns.save_draft(self.w.db, self.w.draft)
        return req.id

    def _decided(self, res) -> None:  # type: ignore[no-untyped-def]
        self.completeChanged.emit()
        if res.status == "approved":  # go straight on to the summary
            QTimer.singleShot(0, self.w, self.w.next)

    def cleanupPage(self) -> None:
        self.box.reset()

    def isComplete(self) -> bool:
        ev = self.w.evaluation
        if ev is None or ev.problems:
            return False
        return ev.verdict.status == "allowed" or (ev.verdict.status == "needs_approval" and self.box.approved)


class SummaryPage(QWizardPage):
    def __init__(self, wizard) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Summary: check with the customer, then confirm"))
        self.text = QLabel("")
        self.text.setObjectName("returnSummary")
        self.text.setAccessibleName(tr("Return summary"))
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
        rows = [
            (tr("Refund to the original payment"), v.refund_minor, True),
            (tr("Store credit"), v.store_credit_minor, False),
            (tr("of which tax"), v.tax_minor, False),
            (tr("Restocking fees kept"), v.fee_minor, False),
            (tr("Customer pays (replacement or order)"), ev.customer_pays_minor, False),
            (tr("Price difference back to the customer"), ev.difference_back_minor, False),
        ]
        body = "".join(
            f"<tr><td>{escape(k)}</td><td align=right><b>{money(val, cur)}</b></td></tr>"
            for k, val, always in rows
            if val or always
        )
        self.text.setText(
            tr(
                "<table cellpadding=4>{body}</table><p>Press <b>Confirm</b> (Alt+C) to finish and print the receipt.</p>",
                body=body,
            )
        )
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
            self.w.receipt_path = write_pdf(
                receipt_html(result, self.w.store, self.w.staff, customer),
                self.w.receipts_dir / f"{result.return_no}.pdf",
            )
        except OSError:
            self.w.receipt_path = None  # the return is committed; the receipt can be printed again later
        self.w.committed.emit(result)
        return True
