"""Wizard pages 4-5: the policy's verdict (and the override path), then the summary and confirm."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizardPage

from posassist import i18n
from posassist.i18n import tr
from posassist.services.approvals import ApprovalView
from posassist.services.returns_dto import Evaluation, ReturnDraft, ReturnResult
from posassist.ui.approvals.panel import ApprovalPanel, RequestWork
from posassist.ui.messages import red
from posassist.ui.printing import Printed, print_receipt
from posassist.ui.returns.page_parts import money
from posassist.ui.returns.verdict_words import (
    EXCHANGES,
    arithmetic,
    next_step,
    tax_lines,
    tax_rows,
    what_moves,
)
from posassist.ui.widgets import readable
from posassist.words import policy as policy_words

__all__ = [
    "EXCHANGES",
    "STATUS_STYLE",
    "SummaryPage",
    "VerdictPage",
    "arithmetic",
    "next_step",
    "tax_lines",
    "tax_rows",
    "what_moves",
]

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard

STATUS_STYLE = {"allowed": "#0a7d32", "needs_approval": "#8a5a00", "denied": "#b00020"}


class VerdictPage(QWizardPage):
    def __init__(self, wizard: ReturnWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("What the policy says"))
        self.text = QLabel("")
        self.text.setObjectName("returnVerdict")
        readable(self.text, tr("Policy verdict"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.box = ApprovalPanel(wizard.svc.approvals, wizard.counter, self._ensure_request, wizard.tasks)
        self.box.decided.connect(self._decided)
        self.box.requested.connect(self._requested)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.box)

    @property
    def status(self) -> QLabel:
        return self.box.status

    def initializePage(self) -> None:
        self.box.reset()
        self.box.hide()
        self.w.evaluation = None
        self.text.setText(tr("Checking the policy…"))
        returns, session, draft = self.w.returns, self.w.session, self.w.draft
        self.w.tasks.submit(
            lambda: returns.evaluate(session, draft),
            on_done=lambda ev: self._judged(draft, ev),
            on_error=self._not_judged,
            key="verdict",
        )

    def _not_judged(self, err: BaseException) -> None:
        self.w.evaluation = None
        self.w.tasks.messages.error(err, inline=self.text)
        self.completeChanged.emit()

    def _judged(self, draft: ReturnDraft, ev: Evaluation) -> None:
        if draft is not self.w.draft:
            return  # the draft changed meanwhile (Back): its own verdict is on its way
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
        parts += [f"<p>{escape(line)}</p>" for line in arithmetic(self.w, ev)]
        parts += self._shipping(ev)
        then = tr("Next:")
        parts.append(f"<p><b>{escape(then)}</b> {escape(next_step(self.w, ev))}</p>")
        for p in ev.problems:
            parts.append(f"<p>{red(p)}</p>")
        self.text.setText("".join(parts))
        needs = v.status == "needs_approval"
        self.box.setVisible(needs)
        if needs:
            self.box.setTitle(tr("Approval by {value}", value=(v.required_role or "shift_lead").replace("_", " ")))
            held = QApplication.focusWidget()
            if held is None or not self.box.isAncestorOf(held):  # never pull the keys out of a field being typed in
                self.w.focus_later(self.box.reason)
        self.completeChanged.emit()

    def _shipping(self, ev: Evaluation) -> list[str]:
        parts = []
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
        return parts

    def _ensure_request(self) -> RequestWork:
        ev = self.w.evaluation
        assert ev is not None  # the approval box shows only under a verdict
        v, draft, session, store = ev.verdict, self.w.draft, self.w.session, self.w.store
        kind = "goodwill" if draft.mode == "never_sold" else "return"
        approvals, returns, counter = self.w.svc.approvals, self.w.returns, self.w.counter
        explanation = policy_words.explain(v)

        def ask() -> int:
            req = approvals.request(
                session,
                kind=kind,
                store_id=store.id,
                task_ref=draft.key,
                rule=v.rule,
                explanation=explanation,
                amount_minor=v.total_minor,
                currency=v.currency,
                required_role=v.required_role,
                customer_id=draft.customer_id,
                counter=counter,
                numbers=v.numbers,
                verdict=v,  # the request is bound to this verdict's kind, rule, role, numbers and amount
            )
            returns.save_draft(session, replace(draft, approval_id=req.id))
            return req.id

        return ask

    def _requested(self, request_id: int) -> None:
        # the verdict does not depend on the approval: the evaluation stands
        self.w.set_draft(replace(self.w.draft, approval_id=request_id), keep_evaluation=True)

    def _decided(self, res: ApprovalView) -> None:
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
    def __init__(self, wizard: ReturnWizard) -> None:
        super().__init__()
        self.w = wizard
        self._pending = False
        self.setTitle(tr("Summary: check with the customer, then confirm"))
        self.text = QLabel("")
        self.text.setObjectName("returnSummary")
        readable(self.text, tr("Return summary"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.problem = QLabel("")
        self.problem.setObjectName("returnConfirmProblem")
        self.problem.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.problem)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.problem.clear()
        ev = self.w.evaluation
        if ev is None:
            return
        v = ev.verdict
        cur = v.currency
        money_back = not any(dl.resolution in EXCHANGES for dl in self.w.draft.lines)
        rows = [
            (tr("Refund to the original payment"), v.refund_minor, money_back and not v.store_credit_minor),
            (tr("Store credit"), v.store_credit_minor, False),
            *tax_rows(ev),
            (tr("Restocking fees kept"), v.fee_minor, False),
            (tr("Customer pays (replacement or order)"), ev.customer_pays_minor, False),
            (tr("Price difference back to the customer"), ev.difference_back_minor, False),
        ]
        body = "".join(
            f"<tr><td>{escape(k)}</td><td align=right><b>{money(val, cur)}</b></td></tr>"
            for k, val, always in rows
            if val or always
        )
        items = "".join(f"<p>{escape(line)}</p>" for line in what_moves(self.w, ev))
        self.text.setText(
            items
            + tr(
                "<table cellpadding=4>{body}</table><p>Press <b>Confirm</b> (Alt+C) to finish and print the receipt.</p>",
                body=body,
            )
            + "".join(f"<p>{escape(line)}</p>" for line in tax_lines(ev))
        )
        self.w.focus_later(self.w.button(self.w.WizardButton.FinishButton))

    def confirm(self) -> None:
        """Commit once (a second Confirm while the first is on its way does nothing)."""
        if self._pending:
            return
        self._pending = True
        self.problem.clear()
        returns, session, draft = self.w.returns, self.w.session, self.w.draft

        def failed(err: BaseException) -> None:
            self._pending = False
            self.w.tasks.messages.error(err, inline=self.problem)

        self.w.tasks.submit(lambda: returns.commit(session, draft), on_done=self._committed, on_error=failed)

    def _committed(self, result: ReturnResult) -> None:
        """The return is saved; its receipt prints off the GUI thread on the counter's printer (a
        printer that fails offers to print again; the return stays confirmed either way)."""

        def finish(printed: Printed | None) -> None:
            self._pending = False
            where = printed.where if printed else ""
            self.w.receipt_path = Path(where) if where.endswith(".pdf") else None
            self.w.result = result
            self.w.committed.emit(result)
            self.w.confirmed()

        print_receipt(
            self.w.tasks,
            self.w.svc,
            self.w.session,
            number=result.return_no,
            customer_pays_minor=result.customer_pays_minor,
            on_done=finish,
            on_error=lambda _err: finish(None),
            parent=self.w.parentWidget(),
        )
