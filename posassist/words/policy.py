"""The policy's verdict in words an associate can repeat to the customer, in the reader's language.

The domain returns codes and numbers (``posassist.domain.policy``); this module is the one place
that turns them into sentences. The English texts are the translation keys of
``resources/i18n/posassist_*.ts``: change one here and it must be translated again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from posassist.domain.money import Money
from posassist.domain.policy import ALLOWED, DENIED, NEEDS_APPROVAL, Finding, LineVerdict, ReturnWindow, Verdict
from posassist.domain.policy.offline import OfflineLimits
from posassist.i18n import QT_TR_NOOP, day, tr

ROLE_WORDS = {
    "associate": QT_TR_NOOP("an associate"),
    "shift_lead": QT_TR_NOOP("a shift lead"),
    "store_manager": QT_TR_NOOP("a store manager"),
}

Numbers = dict[str, Any]


def role(code: str | None) -> str:
    """The role in words ("a shift lead" for shift_lead); a role without words is shown as its code."""
    return tr(ROLE_WORDS.get(code or "", code or ""))


def _money(minor: int, currency: str) -> str:
    # the policy's amounts have always been written the North American way, whatever the language
    return Money(minor, currency).format("en_CA" if currency == "CAD" else "en_US")


def _day(iso: str) -> str:
    """A date from the verdict's numbers, in the reader's language."""
    return day(date.fromisoformat(iso))


def _words(code: str) -> str:
    return code.replace("_", " ")


def _department(n: Numbers) -> str:
    return str(n["department"] or tr("this item")).lower()


# a finding that is the whole explanation of its line: a sentence
_SENTENCES: dict[str, Callable[[Numbers], str]] = {
    "quantity": lambda n: tr("Nothing to return: the quantity must be at least 1."),
    "never_sold": lambda n: tr(
        "This store never sold “{description}”: taking it back is a goodwill exception that {role} must approve (declared value {money}).",
        description=n["description"],
        role=role(n["role"]),
        money=_money(n["value_minor"], n["currency"]),
    ),
    "keeps_item": lambda n: tr("The customer keeps the item; nothing comes back to the shelf."),
    "not_returnable": lambda n: tr(
        "{description} cannot be returned under this store's policy; only faulty goods are taken back.",
        description=n["description"],
    ),
    "hygiene": lambda n: tr(
        "{description} cannot be returned for hygiene reasons; only faulty goods are taken back.",
        description=n["description"],
    ),
    "perishable": lambda n: tr(
        "{description} is perishable and cannot be returned; only faulty goods are taken back.",
        description=n["description"],
    ),
    "more_than_bought": lambda n: tr(
        "The customer bought {available} of these and has not returned them yet; {quantity} cannot be taken back.",
        available=n["available"],
        quantity=n["quantity"],
    ),
    "final_sale": lambda n: tr(
        "{description} was a final-sale item; only faulty goods are taken back.", description=n["description"]
    ),
    "condition_denied": lambda n: tr(
        "Items returned {condition} cannot be taken back.", condition=_words(n["condition"])
    ),
    "window_denied": lambda n: tr(
        "Bought {days} days ago; the window for {dept} is {window} days and nobody may approve more than {limit} days past it.",
        days=n["days"],
        dept=_department(n),
        window=n["window_days"],
        limit=n["max_days_past"],
    ),
    "faulty_window_denied": lambda n: (
        tr(
            "Bought {days} days ago; the warranty is {window} days and nobody may approve more than {limit} days past it.",
            days=n["days"],
            window=n["window_days"],
            limit=n["max_days_past"],
        )
        if n["warranty"]
        else tr(
            "Bought {days} days ago; faulty goods are taken back within {window} days and nobody may approve more than {limit} days past it.",
            days=n["days"],
            window=n["window_days"],
            limit=n["max_days_past"],
        )
    ),
}

# the other findings of a line: clauses of one sentence, joined with "; "
_CLAUSES: dict[str, Callable[[Numbers], str]] = {
    "condition_approval": lambda n: tr(
        "the item is {condition}, which {role} must approve", condition=_words(n["condition"]), role=role(n["role"])
    ),
    "window_approval": lambda n: tr(
        "bought {days} days ago; the window for {dept} is {window} days; {role} may approve up to {max_days_past_window} days past it",
        days=n["days"],
        dept=_department(n),
        window=n["window_days"],
        role=role(n["role"]),
        max_days_past_window=n["max_days_past"],
    ),
    "faulty_window_approval": lambda n: (
        tr(
            "faulty, bought {days} days ago; the warranty is {window} days; {role} may approve up to {max_days_past_window} days past it",
            days=n["days"],
            window=n["window_days"],
            role=role(n["role"]),
            max_days_past_window=n["max_days_past"],
        )
        if n["warranty"]
        else tr(
            "faulty, bought {days} days ago; faulty goods are taken back within {window} days; {role} may approve up to {max_days_past_window} days past it",
            days=n["days"],
            window=n["window_days"],
            role=role(n["role"]),
            max_days_past_window=n["max_days_past"],
        )
    ),
    "faulty_window_within": lambda n: (
        tr("faulty, bought {days} days ago, within the {window}-day warranty", days=n["days"], window=n["window_days"])
        if n["warranty"]
        else tr(
            "faulty, bought {days} days ago, within the {window}-day window for faulty goods",
            days=n["days"],
            window=n["window_days"],
        )
    ),
    "window_within": lambda n: (
        tr(
            "bought {days} days ago, a holiday purchase returnable until {until}",
            days=n["days"],
            until=_day(n["season_until"]),
        )
        if n.get("season_until")
        else tr("bought {days} days ago, within the {window}-day window", days=n["days"], window=n["window_days"])
    ),
    "no_receipt": lambda n: tr(
        "no receipt: {no_receipt_refund_as} at the lowest price of the last {no_receipt_lowest_price_days} days",
        no_receipt_refund_as=_words(n["refund_as"]),
        no_receipt_lowest_price_days=n["lowest_price_days"],
    ),
    "restocking_fee": lambda n: (
        tr("restocking fee {fee_pct}% ({money})", fee_pct=n["fee_percent"], money=_money(n["fee_minor"], n["currency"]))
        if n["fee_percent"]
        else tr("restocking fee {money}", money=_money(n["fee_minor"], n["currency"]))
    ),
    "restocking_fee_waived": lambda n: tr(
        "no restocking fee: {jurisdiction} does not allow one", jurisdiction=n["jurisdiction"]
    ),
}

# findings about the whole return: each becomes a sentence after the lines'
_RETURN: dict[str, Callable[[Numbers], str]] = {
    "receipt_required": lambda n: tr("This store's policy requires the receipt"),
    "no_receipt_identity": lambda n: tr(
        "Without a receipt or a customer record the policy needs an identity document or a phone number"
    ),
    "no_receipt_cap": lambda n: (
        tr(
            "{no_receipt_returns_12m} returns without a receipt in the last 12 months (the limit is {no_receipt_cap_per_12m}); a shift lead must approve",
            no_receipt_returns_12m=n["returns_12m"],
            no_receipt_cap_per_12m=n["cap_per_12m"],
        )
        if n.get("period_days", 365) == 365
        else tr(
            "{no_receipt_returns_12m} returns without a receipt in the last {period_days} days (the limit is {no_receipt_cap_per_12m}); a shift lead must approve",
            no_receipt_returns_12m=n["returns_12m"],
            no_receipt_cap_per_12m=n["cap_per_12m"],
            period_days=n["period_days"],
        )
    ),
    "no_receipt_amount": lambda n: tr(
        "{money} without a receipt is over {money2}; a shift lead must approve",
        money=_money(n["amount_minor"], n["currency"]),
        money2=_money(n["cap_minor"], n["currency"]),
    ),
    "no_receipt_unverified": lambda n: tr(
        "no receipt and the purchase is not in the customer's history; a shift lead must approve"
    ),
    "other_store_denied": lambda n: tr("Receipts from other stores are not taken here"),
    "other_store_approval": lambda n: tr("bought at another store; a shift lead must approve"),
    "amount_denied": lambda n: tr(
        "{money} is more than anyone here may refund", money=_money(n["amount_minor"], n["currency"])
    ),
    "every_refund": lambda n: tr("This store's policy wants {role} on every refund", role=role(n["role"])),
    # while the server is away (domain/policy/offline.py)
    "offline_no_receipt": lambda n: tr(
        "The store's server is not answering: returns without a receipt wait until it is back"
    ),
    "offline_amount": lambda n: tr(
        "{money} is more than the {money2} one return may give back while the server is away",
        money=_money(n["amount_minor"], n["currency"]),
        money2=_money(n["cap_minor"], n["currency"]),
    ),
    "offline_shift": lambda n: tr(
        "This counter has given back {money} while the server is away this shift; {money2} more would pass the {money3} allowed",
        money=_money(n["shift_minor"], n["currency"]),
        money2=_money(n["amount_minor"], n["currency"]),
        money3=_money(n["cap_minor"], n["currency"]),
    ),
    "offline_approval": lambda n: tr(
        "While the server is away only a shift lead signing in at this counter can approve; ask here again"
    ),
    "amount_over_limit": lambda n: tr(
        "{money} is over your limit of {money2}; {role} may approve up to {money3}",
        money=_money(n["amount_minor"], n["currency"]),
        money2=_money(n["limit_minor"], n["currency"]),
        role=role(n["role"]),
        money3=_money(n["max_amount_minor"], n["currency"]),
    ),
}


def _first_upper(text: str) -> str:
    return text[0].upper() + text[1:]


def line(v: LineVerdict) -> str:
    """One line's explanation (e.g. "Bought 5 days ago, within the 30-day window.")."""
    sentence = next((f for f in v.findings if f.code in _SENTENCES), None)
    if sentence is not None:
        return _SENTENCES[sentence.code](sentence.numbers)
    clauses = [_CLAUSES[f.code](f.numbers) for f in v.findings if f.code in _CLAUSES]
    codes = {f.code for f in v.findings}
    if "exchange" in codes:
        return _first_upper("; ".join(clauses) or tr("within policy")) + tr(". Exchange: no refund.")
    if "no_receipt" in codes:
        return "; ".join(clauses).capitalize() + "."
    return _first_upper("; ".join(clauses) or tr("within policy")) + "."


def finding(f: Finding) -> str:
    """A finding about the whole return, as its own sentence."""
    return _first_upper(_RETURN[f.code](f.numbers)) + "."


def head(v: Verdict) -> str:
    """The verdict's first sentence: allowed, needs approval by whom, or not allowed."""
    if v.status == NEEDS_APPROVAL:
        return tr("Needs approval by {role}.", role=role(v.required_role))
    return {ALLOWED: tr("Allowed."), DENIED: tr("Not allowed by the policy.")}[v.status]


def rest(v: Verdict) -> list[str]:
    """The return's own findings after the lines' (the receipt, another store, the amount); a
    return judged on the local copy says so."""
    out = [finding(f) for f in v.findings]
    if v.numbers.get("offline"):
        out.append(tr("Judged on this counter's local copy while the server is away (offline limits apply)."))
    return out


def offline_limits(limits: OfflineLimits, currency: str) -> str:
    """The policy's limits while the server is away, in one paragraph (banner, policy show)."""
    parts = [
        tr(
            "While the store's server is away, a return may give back at most {money} and this counter at most {money2} in a shift",
            money=_money(limits.per_return_minor, currency),
            money2=_money(limits.per_shift_minor, currency),
        ),
        tr("returns without a receipt are taken") if limits.no_receipt else tr("returns without a receipt wait"),
        tr("approvals come only from a shift lead signing in at this counter"),
    ]
    return "; ".join(parts) + "."


def explain(v: Verdict, approved_by: tuple[str, str] | None = None) -> str:
    """The whole verdict: the head, each line, then the return's own findings. ``approved_by``
    (name, role code): the approval was given, so the head says who gave it, not that one is needed."""
    first = head(v)
    if approved_by is not None and v.status == NEEDS_APPROVAL:
        from posassist.labels import label

        first = tr("Approved by {name} ({role})", name=approved_by[0], role=label(approved_by[1])) + "."
    return " ".join([first, *(line(lv) for lv in v.lines), *rest(v)])


def record(v: Verdict, approved_by: tuple[str, str] | None = None) -> dict[str, Any]:
    """What is stored with a return: the verdict's codes and numbers, and its words as shown then
    (after an approval: who approved it)."""
    out = v.as_dict()
    out["explanation"] = explain(v, approved_by)
    for stored, lv in zip(out["lines"], v.lines, strict=True):
        stored["explanation"] = line(lv)
    return out


@dataclass(frozen=True)
class ExplainedVerdict(Verdict):
    """A verdict with its words, for the services' results that carry them."""

    explanation: str = ""


def explained(v: Verdict) -> ExplainedVerdict:
    return ExplainedVerdict(**{f.name: getattr(v, f.name) for f in fields(v)}, explanation=explain(v))


_NOT_RETURNABLE = {
    "hygiene": QT_TR_NOOP("Not returnable (hygiene)."),
    "perishable": QT_TR_NOOP("Not returnable (perishable)."),
    "final_sale": QT_TR_NOOP("Final sale: not returnable."),
}


def window_rule(w: ReturnWindow) -> str:
    """The product card's line about returns, from the same window the verdict uses."""
    if w.returnable:
        return tr("Returnable within {window} days of purchase with the receipt.", window=w.days)
    return tr(_NOT_RETURNABLE.get(w.rule, QT_TR_NOOP("Not returnable under the current policy.")))
