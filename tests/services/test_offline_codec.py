"""The journal's arguments: DTOs to JSON and back by their declared types (no database)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import pytest

from posassist.services.dto import StaffSession
from posassist.services.offline.calls import SPECS, STAFF, arguments, build_call
from posassist.services.offline.codec import structure, unstructure
from posassist.services.returns_dto import DraftLine, ReturnDraft
from posassist.services.returns_service import Returns


def test_a_return_draft_comes_back_as_the_same_draft() -> None:
    draft = ReturnDraft(
        "k1",
        1,
        7,
        sale_id=42,
        lines=(DraftLine(5, 1, reason="defective", needed_by="2026-12-11"), DraftLine(None, 2, description="scarf")),
        approval_id=2**40 + 3,
    )
    doc = json.loads(json.dumps(unstructure(draft)))
    assert structure(doc, ReturnDraft) == draft


def test_scalars_by_hint_and_by_tag() -> None:
    when = datetime(2026, 12, 2, 16, 0, tzinfo=UTC)
    for value, hint in ((when, datetime), (date(2026, 12, 2), date), (time(17, 0), time), (Decimal("1.10"), Decimal)):
        assert structure(json.loads(json.dumps(unstructure(value))), hint) == value
        assert structure(json.loads(json.dumps(unstructure(value))), Any) == value  # the tag says
    assert structure(None, int | None) is None
    assert structure({"a": [1, 2]}, dict[str, list[int]]) == {"a": [1, 2]}
    with pytest.raises(TypeError):
        structure("7", int)
    with pytest.raises(ValueError, match="naive"):
        unstructure(datetime(2026, 1, 1))


def test_a_call_keeps_the_staff_member_never_the_token_nor_a_pin() -> None:
    staff = StaffSession(7, "101", "Alex", "associate", False, token="SECRET-TOKEN", counter="till-7")
    returns = Returns(None)  # type: ignore[arg-type]
    draft = ReturnDraft("k1", 1, 7, sale_id=42, lines=(DraftLine(5, 1),))
    call = build_call(SPECS["returns.commit"], returns.commit, (staff, draft), {}, "till-7")
    text = json.dumps(call.payload)
    assert "SECRET-TOKEN" not in text and call.staff_id == 7 and call.payload["session"] == STAFF
    assert len(call.key) == 32 and call.extra["counter"] == "till-7"
    again = arguments(SPECS["returns.commit"], returns.commit, json.loads(text), staff)
    assert again == {"session": staff, "draft": draft}

    from posassist.services.approvals import Approvals

    approvals = Approvals(None)  # type: ignore[arg-type]
    decide = build_call(
        SPECS["approvals.decide"],
        approvals.decide,
        (3,),
        {"approver_code": "201", "secret": "739164", "approve": True, "reason_code": "customer", "note": "ok"},
        "till-7",
    )
    assert "739164" not in json.dumps(decide.payload) and decide.payload["secret"] is None
