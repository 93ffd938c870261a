"""``posassist return check``: the policy's verdict for a return of a sale's lines, without writing
anything. It builds the same draft the wizard would and judges it by the same functions
(``returns.build_request``, the policy in force, ``domain.policy.evaluate``), with the refund limit
of the person asking, or of an associate when nobody signed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import RoleLimit
from posassist.domain.money import Money
from posassist.domain.permissions import Action
from posassist.domain.policy import CONDITIONS, REASONS, RESOLUTIONS, Finding, Verdict
from posassist.domain.policy import evaluate as judge
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import policy_context, returns, sessions
from posassist.services.dto import StaffSession
from posassist.services.returns_dto import DraftLine, SaleView
from posassist.services.sessions import Actor, Limits
from posassist.words import policy as policy_words


@dataclass(frozen=True)
class Check:
    sale: SaleView
    verdict: Verdict
    on: datetime
    line_numbers: tuple[int, ...]


def _choose(value: str | None, allowed: tuple[str, ...], name: str, default: str) -> str:
    if value is None:
        return default
    if value not in allowed:
        raise InvalidInput(
            tr(
                "--{name} {value} is not known; use one of {allowed}.",
                name=name,
                value=value,
                allowed=", ".join(allowed),
            ),
            field=name,
        )
    return value


def _associate(s: Any, counter: str) -> Actor:
    row = s.get(RoleLimit, "associate")
    limits = Limits(max_refund_minor=row.max_refund_minor if row else 0)
    return Actor(None, "", "", "associate", counter, None, limits)


def check(
    db: Database,
    receipt: str,
    *,
    store_id: int | None,
    line: int | None = None,
    qty: int | None = None,
    reason: str | None = None,
    condition: str | None = None,
    resolution: str | None = None,
    on: date | None = None,
    staff: StaffSession | None = None,
    counter: str = "cli",
) -> Check:
    """The verdict for returning ``qty`` of line ``line`` (default: every unit left on every line)."""
    reason = _choose(reason, REASONS, "reason", "changed_mind")
    with db.read() as s:  # the store's own condition codes (set-up data) as well as the policy's
        known = tuple(dict.fromkeys([*policy_context.condition_codes(s), *CONDITIONS]))
    condition = _choose(condition, known, "condition", "unopened")
    resolution = _choose(resolution, RESOLUTIONS, "resolution", "refund")
    sale = returns.find_sale(db, receipt)
    if line is not None:
        picked = [ln for ln in sale.lines if ln.line_no == line]
        if not picked:
            raise NotFound(
                tr(
                    "Receipt {receipt} has no line {line} (it has lines {lines}).",
                    receipt=sale.receipt_no,
                    line=line,
                    lines=", ".join(str(ln.line_no) for ln in sale.lines),
                )
            )
    else:
        picked = [ln for ln in sale.lines if ln.available > 0]
        if not picked:
            raise NotFound(tr("Everything on receipt {receipt} has been returned already.", receipt=sale.receipt_no))
        if qty is not None and len(picked) > 1:
            raise InvalidInput(tr("--qty needs --line: say which line."), field="qty")
    lines = tuple(
        DraftLine(
            ln.id, ln.available if qty is None else qty, reason=reason, condition=condition, resolution=resolution
        )
        for ln in picked
    )
    with db.read() as s:
        store = store_id or sale.store_id
        tz = returns.store_tz(s, store)
        now = utcnow() if on is None else datetime.combine(on, time(12), tzinfo=ZoneInfo(tz))
        who = sessions.verify(s, staff, Action.RETURN_DRAFT) if staff is not None else _associate(s, counter)
        draft = returns.new_draft(store, who.id or 0, sale_id=sale.id, customer_id=sale.customer_id, lines=lines)
        _, policy = returns.current_policy(s, now)
        request, _ = returns.build_request(s, draft, who, tz)
        verdict = judge(request, policy, now)
    return Check(sale, verdict, now, tuple(ln.line_no for ln in picked))


def _deciding(v: Verdict) -> Finding | None:
    """The finding behind the verdict's rule (the window's numbers for rule "window", …)."""
    found = [f for lv in v.lines for f in lv.findings] + list(v.findings)
    for f in found:
        if f.code == v.rule or f.code.startswith(v.rule + "_"):
            return f
    return found[0] if found else None


def _money(minor: int, currency: str) -> str:
    return Money(minor, currency).decimal_str()


def as_json(c: Check) -> dict[str, Any]:
    """The verdict as ``return check --json`` prints it (CLI.md): codes and numbers, and the words."""
    v = c.verdict
    deciding = _deciding(v)
    numbers = {**(deciding.numbers if deciding else {}), **v.numbers}
    return {
        "status": v.status,
        "rule": v.rule,
        "numbers": numbers,
        "approver_role": v.required_role,
        "refund": _money(v.refund_minor, v.currency),
        "store_credit": _money(v.store_credit_minor, v.currency),
        "tax": _money(v.tax_minor, v.currency),
        "fee": _money(v.fee_minor, v.currency),
        "currency": v.currency,
        "refund_to": v.refund_to,
        "message": policy_words.explain(v),
        "receipt": c.sale.receipt_no,
        "on": c.on.isoformat(),
        "policy_version": v.policy_version,
        "lines": [
            {
                "line": n,
                "status": lv.status,
                "rule": lv.rule,
                "approver_role": lv.required_role,
                "refund": _money(lv.refund_minor, v.currency),
                "store_credit": _money(lv.store_credit_minor, v.currency),
                "fee": _money(lv.fee_minor, v.currency),
                "findings": [f.as_dict() for f in lv.findings],
                "message": policy_words.line(lv),
            }
            for n, lv in zip(c.line_numbers, v.lines, strict=True)
        ],
        "findings": [f.as_dict() for f in v.findings],
    }
