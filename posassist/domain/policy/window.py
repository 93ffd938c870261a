"""How long an item may come back, and why not: one pure function the verdict and the product
card both read, so the card's "returnable until" is the verdict's window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from posassist.domain.policy.rules import ConditionRule, Policy

# why an item is not taken back at all (unless faulty), in the order they are checked
BLOCKS = ("hygiene", "perishable", "not_returnable", "final_sale")


@dataclass(frozen=True)
class ReturnWindow:
    returnable: bool
    days: int | None  # the window's length in days; None when the item is not returnable at all
    last_day: date | None  # the last day it may come back without approval (store's calendar)
    rule: str  # window / warranty / defective_window, or one of BLOCKS


def blocked(
    policy: Policy,
    department: str | None,
    *,
    returnable: bool = True,
    final_sale: bool = False,
    condition: str | None = None,
) -> str | None:
    """The rule that keeps an item from coming back at all (faulty goods aside), or None. Sealed
    hygiene goods come back where the policy says so (the EU's withdrawal right)."""
    dept = department or ""
    if dept in policy.hygiene_departments and not (policy.hygiene_unopened_returnable and condition == "unopened"):
        return "hygiene"
    if dept in policy.perishable_departments:
        return "perishable"
    if not returnable or dept in policy.non_returnable_departments:
        return "not_returnable"
    if final_sale or dept in policy.final_sale_departments:
        return "final_sale"
    return None


def window_days(
    policy: Policy,
    department: str | None,
    override: int | None,
    *,
    faulty: bool = False,
    warranty_days: int | None = None,
    sku: str | None = None,
    channel: str | None = None,
    tiers: frozenset[str] = frozenset(),
    condition: str | None = None,
    bought: date | None = None,
) -> tuple[int, str]:
    """(days, rule): faulty goods have the product's warranty, else the policy's defective window;
    other goods the return window (``Policy.window_for``), shortened by their condition's own
    window, and lengthened to a holiday season's last day when bought in it (rule "season")."""
    if faulty:
        if warranty_days:
            return warranty_days, "warranty"
        return policy.defective_window_days, "defective_window"
    days = policy.window_for(department, override, sku=sku, channel=channel, tiers=tiers)
    cond = policy.conditions.get(condition or "", ConditionRule())
    if cond.window_days is not None:
        days = min(days, cond.window_days)
    rule = "window"
    if bought is not None and cond.window_days is None:
        for season in policy.seasons:
            last = season.last_day(bought, department)
            if last is not None and (last - bought).days > days:
                days, rule = (last - bought).days, "season"
    return days, rule


def return_window(
    policy: Policy,
    department: str | None,
    override: int | None,
    sold_at: datetime,
    tz: str,
    *,
    returnable: bool = True,
    final_sale: bool = False,
    faulty: bool = False,
    warranty_days: int | None = None,
    sku: str | None = None,
    channel: str | None = None,
    tiers: frozenset[str] = frozenset(),
) -> ReturnWindow:
    """Whether an item sold at ``sold_at`` may come back, until which day, and the rule that says so."""
    if not faulty:
        rule = blocked(policy, department, returnable=returnable, final_sale=final_sale)
        if rule is not None:
            return ReturnWindow(False, None, None, rule)
    first = sold_at.astimezone(ZoneInfo(tz)).date() if sold_at.tzinfo else sold_at.date()
    days, rule = window_days(
        policy,
        department,
        override,
        faulty=faulty,
        warranty_days=warranty_days,
        sku=sku,
        channel=channel,
        tiers=tiers,
        bought=first,
    )
    if days <= 0:
        return ReturnWindow(False, 0, None, rule)
    return ReturnWindow(True, days, first + timedelta(days=days), rule)
