"""What a screen reader reads where the associate must read something (issue 18): the sign-in
error, the look-up's result count, and the approval's status (the reason is never preset: asking
for an approval without choosing one says so)."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter
from tests.realdisplay.flows import PINS, customer, focused, gone, shown, sign_in


def test_the_sign_in_error_and_the_result_count_are_read(counter: Counter) -> None:
    focused(counter, "signInCode", "the staff code field")
    counter.type("101")
    counter.key("Return")
    focused(counter, "signInPin")
    counter.type("0000")  # a wrong PIN
    counter.key("Return")
    error = shown(counter, "signInError", "not recognised", "the sign-in error, read aloud")
    assert "try again" in error.readable()
    focused(counter, "signInPin", "the keyboard still in the PIN")
    counter.key("ctrl+a")  # the PIN typed again over the wrong one
    counter.type(PINS["101"])
    counter.key("Return")
    shown(counter, "myFollowUps", what="my follow-ups, shown at sign-in")
    counter.key("Escape")
    gone(counter, "myFollowUps")
    counter.key("F2")
    focused(counter, "lookupSearch")
    counter.type("jacket")
    status = shown(counter, "lookupStatus", "found", "the number of results, read aloud")
    assert any(ch.isdigit() for ch in status.readable()), status.readable()


def test_the_approval_status_is_read_and_the_reason_never_preset(counter: Counter) -> None:
    sign_in(counter)
    customer(counter, "Walter Brennan")
    counter.key("F5")
    focused(counter, "returnReceipt")
    counter.key("shift+Tab")
    focused(counter, "returnModeReceipt")
    counter.key("Right", times=2)
    focused(counter, "returnModeNeverSold")
    counter.key("Return")
    focused(counter, "returnDescription")
    counter.type("4 winter tyres")
    counter.key("Tab")
    counter.type("480.00")
    counter.key("Return")
    focused(counter, "returnReason")
    counter.type("Oth")
    counter.key("Return")
    shown(counter, "returnVerdict", "never sold", "the verdict: needs approval")
    reason = focused(counter, "approvalReason", "the approval's reason")
    assert "Customer loyalty" not in reason.spoken() and "Goodwill" not in (reason.text or ""), reason.spoken()
    counter.key("Tab", times=2)  # past the note, straight to the shift lead's code: no reason chosen
    focused(counter, "approverCode")
    counter.type("201")
    counter.key("Tab")
    counter.type(PINS["201"])
    counter.key("Return")
    shown(counter, "approvalStatus", "Choose the reason", "the approval asking for its reason, read aloud")
    focused(counter, "approvalReason", "the keyboard back at the reason")
    counter.type("Goodwill")
    counter.key("Tab")
    focused(counter, "approvalNote")
    counter.type("Loyal customer")
    counter.key("Tab", times=2)
    focused(counter, "approverPin")
    counter.type("000000")  # the shift lead mistypes
    counter.key("Return")
    shown(counter, "approvalStatus", "not recognised", "the approver's wrong PIN, read aloud")
