"""Focus and typing on a real display (issue 18): where the keys go, at a person's and a
scanner's pace, checked through what a screen reader reads."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter
from tests.realdisplay.flows import customer, focused, shown, sign_in, text_of

SHOES = "R-DT-2026-0871"  # Eleanor's shoes, bought before her surgery


def test_f4_puts_the_cursor_in_the_note_text(counter: Counter) -> None:
    sign_in(counter)
    customer(counter, "Nina Patel")
    counter.key("F4")
    focused(counter, "noteText", "the note's text, not the channel")
    counter.type("Asked about")
    counter.wait_for(lambda t: (t.find("noteText").text or "") == "Asked about", "the note typed")
    counter.keep("note-tab")


def test_a_receipt_scanned_while_the_return_window_opens_arrives_whole(counter: Counter) -> None:
    sign_in(counter)
    counter.key("F5")
    counter.scan(SHOES)  # straight after F5, while the window is still being built and shown
    focused(counter, "returnQuantity", "the lines of the receipt found")
    shown(counter, "returnLines", "Shoe", "the shoes' line")
    counter.type("0")  # the quantity box takes a typed digit
    counter.wait_for(lambda t: "0" == (t.find("returnQuantity").text or "").strip(), "the quantity 0")
    counter.type("1")
    counter.wait_for(lambda t: "1" == (t.find("returnQuantity").text or "").strip(), "the quantity 1")


def test_one_enter_picks_the_customer(counter: Counter) -> None:
    sign_in(counter)
    counter.key("F3")
    focused(counter, "customerSearch")
    counter.type("Whitfield")  # two: Margaret and Eleanor
    listed = shown(counter, "customerResults", "Whitfield", "the two Whitfields listed")
    assert listed.readable().count("Whitfield") >= 2
    counter.key("Down")
    counter.key("Return")
    profile = shown(counter, "customerProfile", "Whitfield", "a Whitfield in the pane after one Enter")
    assert "No customer selected" not in profile.readable()
    counter.wait_for(lambda t: t.find("customerResults") is None, "the list closed")


def test_ctrl_plus_enlarges_the_text(counter: Counter) -> None:
    sign_in(counter)
    counter.key("ctrl+plus")  # Shift+= on this keyboard
    shown(counter, "statusBar", "Text size 125", "the text larger after Ctrl++")
    counter.key("ctrl+shift+equal")
    shown(counter, "statusBar", "Text size 150", "larger again after Ctrl+Shift+=")
    counter.key("ctrl+minus", times=2)
    shown(counter, "statusBar", "Text size 100", "back to 100 %")
    assert text_of(counter, "lookupSearch") == ""


def test_a_receipt_return_after_the_scan_takes_at_most_8_keys(counter: Counter) -> None:
    """Maria's jacket refunded: F5, the receipt scanned, then only keys that choose (no typing)."""
    sign_in(counter)
    counter.key("F5")
    counter.scan("W-2026-4101")
    focused(counter, "returnQuantity", "the receipt's line")
    before = counter.keys
    counter.key("Return")  # one jacket
    focused(counter, "returnReason")
    counter.key("Down")  # the first reason: chosen, not preset
    counter.key("Return")  # the customer wants a refund (the first choice)
    shown(counter, "returnVerdict", "Allowed", "the verdict")
    counter.key("Return")
    shown(counter, "returnSummary", "Refund to the original payment", "the summary")
    counter.key("Return")  # confirm
    shown(counter, "statusBar", "confirmed", "the refund confirmed")
    assert counter.keys - before <= 8, counter.keys - before
    print(f"\n[counter flow] receipt return after the scan: {counter.keys - before} keys")
