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
    return tr(
        "{customers} customers: {share}% bought again ({spend} each), {visits} return visits each, later rating {rating}",
        customers=a["customers"],
        share=round(100 * a["bought_again_share"]),
        spend=money(a["spend_per_customer_minor"]),
        visits=a["return_visits_per_customer"],
        rating=rating if rating is not None else "—",
    )


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
