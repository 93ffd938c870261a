"""The return policy: data an admin edits (``rules``), judged by a pure function (``judge``) that
returns a frozen ``Verdict`` (``verdict``): allowed, needs approval (which role, which limit) or
denied, with the rule that decided and the numbers — "bought 47 days ago; the window for shoes is
30 days; a shift lead may approve up to 60 days past it" is ``Finding("window_approval", days=47,
window_days=30, role="shift_lead", max_days_past=60, …)``. ``posassist.words.policy`` writes
the words in the reader's language."""

from posassist.domain.policy.judge import days_between, evaluate, refund_to
from posassist.domain.policy.rules import (
    ALLOWED,
    ANY,
    CONDITIONS,
    DENIED,
    NEEDS_APPROVAL,
    REASONS,
    REFUND_TO,
    RESOLUTIONS,
    RETURNS_ITEM,
    ROLE_RANK,
    WINDOW_FROM,
    ConditionRule,
    LineRequest,
    Policy,
    ReturnRequest,
    Season,
    Tier,
    month_day,
)
from posassist.domain.policy.verdict import Finding, LineVerdict, Verdict
from posassist.domain.policy.window import BLOCKS, ReturnWindow, blocked, return_window, window_days

__all__ = [
    "ALLOWED",
    "ANY",
    "BLOCKS",
    "CONDITIONS",
    "DENIED",
    "NEEDS_APPROVAL",
    "REASONS",
    "REFUND_TO",
    "RESOLUTIONS",
    "RETURNS_ITEM",
    "ROLE_RANK",
    "WINDOW_FROM",
    "ConditionRule",
    "Finding",
    "LineRequest",
    "LineVerdict",
    "Policy",
    "ReturnRequest",
    "ReturnWindow",
    "Season",
    "Tier",
    "Verdict",
    "blocked",
    "days_between",
    "evaluate",
    "month_day",
    "refund_to",
    "return_window",
    "window_days",
]
