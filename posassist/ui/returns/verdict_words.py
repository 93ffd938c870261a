"""The return's summary in words: each tax line, what moves (returned and replacing items), the arithmetic of the refund and what to do next."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from posassist import i18n
from posassist.i18n import tr
from posassist.services.returns_dto import Evaluation
from posassist.ui.returns.page_parts import held_item, money

if TYPE_CHECKING:
    from posassist.ui.returns.wizard import ReturnWizard

EXCHANGES = ("exchange_now", "exchange_shipped", "keep_and_order")


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
