"""The exception → outcome table of the dashboard: each override rule with its count, cost and
approvers, what its customers did after, and the customers who returned without an exception."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from posassist.i18n import tr


def _after(a: dict[str, Any], money: Callable[[int], str]) -> str:
    if not a["customers"]:
        return tr("no customers on file")
    rating = a["later_rating_average"]
    visits = float(a["return_visits_per_customer"] or 0)
    values = {
        "customers": a["customers"],
        "share": round(100 * a["bought_again_share"]),
        "spend": money(a["spend_per_customer_minor"]),
        "rating": rating if rating is not None else "—",
    }
    if a["customers"] == 1:
        head = tr("1 customer: {share}% bought again ({spend}), later rating {rating}", **values)
    else:
        head = tr("{customers} customers: {share}% bought again ({spend} each), later rating {rating}", **values)
    if visits == 0:
        return tr("{head}; no return visit since", head=head)
    shown = f"{visits:.1f}".rstrip("0").rstrip(".")  # 1, 1.5 (never 1.0 or 0.0)
    return tr("{head}; {visits} return visits a customer", head=head, visits=shown)


def _approvers(r: dict[str, Any]) -> str:
    return ", ".join("{} ({})".format(a["approver"], a["count"]) for a in r["approvers"])


def outcome_html(exc: dict[str, Any], money: Callable[[int], str]) -> str:
    """Rich text for a QLabel (its plain text is what a screen reader reads)."""
    rows = [
        f"<tr><td>{escape(r['rule'].replace('_', ' '))} ({escape(r['kind'])})</td><td>{r['count']}</td>"
        f"<td>{escape(money(r['amount_minor']))}</td>"
        f"<td>{escape(_approvers(r))}</td>"
        f"<td>{escape(_after(r['after'], money))}</td></tr>"
        for r in exc.get("by_rule", [])
    ]
    if not rows:
        return tr("No exceptions were approved in this period.")
    head = "".join(
        f"<th align='left'>{escape(h)}</th>"
        for h in (tr("Exception (rule)"), tr("Count"), tr("Cost"), tr("Approved by"), tr("What followed"))
    )
    outcome = exc["outcome"]
    return (
        f"<b>{escape(tr('Exceptions and what followed'))}</b><table cellspacing='6'><tr>{head}</tr>{''.join(rows)}</table>"
        + "<p>"
        + escape(tr("With an exception: {after}", after=_after(outcome["with_exception"], money)))
        + "<br>"
        + escape(tr("Returned without one: {after}", after=_after(outcome["without_exception"], money)))
        + "</p>"
    )
