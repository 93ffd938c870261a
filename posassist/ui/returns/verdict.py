"""Wizard pages 4-5: the policy's verdict (and the override path), then the summary and confirm."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
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
from posassist.ui.returns.pages import held_item, money
from posassist.ui.widgets import readable
from posassist.words import policy as policy_words

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard

STATUS_STYLE = {"allowed": "#0a7d32", "needs_approval": "#8a5a00", "denied": "#b00020"}
EXCHANGES = ("exchange_now", "exchange_shipped", "keep_and_order")


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


def _percent(rate: str) -> str:
    return tr("{rate} %", rate=i18n.number(Decimal(rate)))


def tax_rows(ev: Evaluation) -> list[tuple[str, int, bool]]:
    """The tax given back, named by component (GST 5 %, QST 9.975 %), as the receipt names it."""
    v = ev.verdict
    parts = ev.tax.refund_parts if ev.tax else ()
    if not v.tax_minor or len(parts) < 1:
        return [(tr("of which tax"), v.tax_minor, False)]
    return [
        (tr("of which {component} {rate}", component=code, rate=_percent(rate)), amount, False)
        for code, rate, amount in parts
    ]


def tax_lines(ev: Evaluation) -> list[str]:
    """Whether this store's prices include tax, which taxes, and each replacement's price on the
    card's basis, so the summary's amounts can be checked against the product card."""
    note = ev.tax
    if note is None:
        return []
    rates = " + ".join(f"{code} {_percent(rate)}" for code, rate in note.rates if Decimal(rate))
    cur = ev.verdict.currency
    if not rates:
        lines = [tr("No sales tax is charged in this store: the amounts are the prices on the card.")]
    elif note.included:
        lines = [tr("Prices here include tax ({rates}), as on the product card.", rates=rates)]
    else:
        lines = [tr("Prices on the product card are before tax; {rates} is added to them here.", rates=rates)]
    for r in ev.replacements.values():
        shelf = r.price_minor if r.shelf_price_minor is None else r.shelf_price_minor
        if r.tax_minor and not note.included:
            lines.append(
                tr(
                    "{item}: {shelf} on the card + {tax} tax = {price}.",
                    item=r.description,
                    shelf=money(shelf, cur),
                    tax=money(r.tax_minor, cur),
                    price=money(r.price_minor, cur),
                )
            )
        elif r.tax_minor:
            lines.append(
                tr(
                    "{item}: {price}, of which {tax} tax.",
                    item=r.description,
                    price=money(r.price_minor, cur),
                    tax=money(r.tax_minor, cur),
                )
            )
    return lines


# -- in words: what comes back, what goes out, the sums, what to do next -------------------------
def _returned(w: ReturnWizard, i: int) -> tuple[str, int | None]:
    """The item coming back (the one the customer holds) and what was paid for it, if known."""
    dl = w.draft.lines[i]
    by_id = {ln.id: ln for ln in w.sale.lines} if w.sale else {}
    ln = by_id.get(dl.sale_line_id or -1)
    if ln is None:
        return dl.description or tr("the item"), None
    return held_item(ln), ln.unit_paid_minor * dl.quantity


def _same_product(w: ReturnWizard, i: int, product_id: int) -> bool:
    """Another colour or size of the same item: an even exchange, whatever today's price."""
    dl = w.draft.lines[i]
    ln = next((ln for ln in w.sale.lines if ln.id == dl.sale_line_id), None) if w.sale else None
    return ln is not None and ln.product_id == product_id


def what_moves(w: ReturnWizard, ev: Evaluation) -> list[str]:
    """Per line: the item that comes back and, for an exchange, the one the customer gets."""
    out = []
    for i, dl in enumerate(w.draft.lines):
        old, _paid = _returned(w, i)
        r = ev.replacements.get(i)
        if dl.resolution in ("keep_and_order", "keep_goodwill"):
            out.append(tr("The customer keeps: {item} × {count}.", item=old, count=dl.quantity))
        else:
            out.append(tr("Coming back: {item} × {count}.", item=old, count=dl.quantity))
        if r is not None and dl.resolution in EXCHANGES:
            out.append(tr("The customer gets: {item} × {count}.", item=r.description, count=dl.quantity))
    return out


def arithmetic(w: ReturnWizard, ev: Evaluation) -> list[str]:
    """The sums, done: paid − fee = back; an exchange's price difference."""
    v, cur = ev.verdict, ev.verdict.currency
    out = []
    for i, dl in enumerate(w.draft.lines):
        lv = v.lines[i] if i < len(v.lines) else None
        old, paid = _returned(w, i)
        r = ev.replacements.get(i)
        if r is not None and dl.resolution in EXCHANGES:
            new = r.price_minor * dl.quantity
            if dl.resolution == "keep_and_order":
                out.append(tr("{item}: the customer pays {price}.", item=r.description, price=money(new, cur)))
            elif paid is None or new == paid or _same_product(w, i, r.product_id):
                out.append(tr("An even exchange: nothing to pay, nothing back."))
            elif new > paid:
                out.append(
                    tr(
                        "{new} − {old} paid = {diff} for the customer to pay.",
                        new=money(new, cur),
                        old=money(paid, cur),
                        diff=money(new - paid, cur),
                    )
                )
            else:
                out.append(
                    tr(
                        "{old} paid − {new} = {diff} back to the customer.",
                        new=money(new, cur),
                        old=money(paid, cur),
                        diff=money(paid - new, cur),
                    )
                )
        elif lv is not None and paid is not None and lv.fee_minor:
            out.append(
                tr(
                    "{item}: {paid} paid − {fee} restocking fee = {back} back.",
                    item=old,
                    paid=money(paid, cur),
                    fee=money(lv.fee_minor, cur),
                    back=money(lv.refund_minor + lv.store_credit_minor, cur),
                )
            )
    return out


def next_step(w: ReturnWizard, ev: Evaluation) -> str:
    """What the associate does now, in one sentence."""
    v, cur = ev.verdict, ev.verdict.currency
    if ev.problems:
        return tr("Fix what is marked in red (Back), then come here again.")
    if v.status == "denied":
        return tr("Tell the customer why it cannot be taken back; a goodwill gesture is F8 after closing this.")
    if v.status == "needs_approval":
        return tr("A shift lead approves here with their code and PIN, or ask one elsewhere (Alt+E).")
    resolutions = {dl.resolution for dl in w.draft.lines}
    if resolutions & {"exchange_now"}:
        return tr("Enter for the summary and confirm; take the item back and hand over the replacement from here.")
    if resolutions & {"exchange_shipped", "keep_and_order"}:
        return tr("Enter for the summary and confirm; the new item is ordered and the receipt says when it arrives.")
    if resolutions == {"keep_goodwill"}:
        return tr("Enter for the summary and confirm; the customer keeps the item and nothing is refunded.")
    if v.store_credit_minor and not v.refund_minor:
        return tr(
            "Enter for the summary and confirm; {amount} store credit goes on the receipt.",
            amount=money(v.store_credit_minor, cur),
        )
    return tr(
        "Enter for the summary and confirm; then give back {amount} to the original payment.",
        amount=money(v.refund_minor, cur),
    )
