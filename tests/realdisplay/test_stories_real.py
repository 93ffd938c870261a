"""Stories S1, S4 and S7 end to end on a real display: X key events at a person's and a scanner's
pace, and every check through what a screen reader reads (the AT-SPI tree)."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter
from tests.realdisplay.flows import PINS, customer, focused, record, shown, sign_in


def test_s7_allergy_safe_milk(counter: Counter) -> None:
    sign_in(counter)
    customer(counter, "Daniel Moreau")
    banner = shown(counter, "alertBanner", "milk allergy", "the pinned allergy in the banner")
    assert "ALLERGY" in banner.readable().upper()
    counter.key("F2")
    focused(counter, "lookupSearch")
    counter.scan("DEMO-OATBARISTA")
    card = shown(counter, "cardSummary", "Oat Drink Barista", "the oat drink's card")
    assert "milk-free" in card.readable() and "$4.49" in card.readable()
    grid = shown(counter, "cardGrid", "MALL")
    assert "DT 0" in grid.readable()
    counter.key("F10")  # the hold dialog: needed-by day first, then the stores that have it
    focused(counter, "holdNeededBy", "the hold dialog's needed-by field")
    counter.key("Return")  # no day: on to the stores
    stores = focused(counter, "holdStores", "the stores to hold from, nearest first")
    assert "km" in stores.readable() or "free" in stores.readable()
    counter.key("Return")  # the nearest store that has it free
    shown(counter, "cardGrid", "1 held", "the held unit shown as reserved in the grid")
    record(counter, "7 allergy-safe milk")


def test_s1_wrong_colour_exchange(counter: Counter) -> None:
    """Maria got the red jacket instead of the navy one: exchanged from the shelf here."""
    sign_in(counter)
    customer(counter, "Maria Gonzalez")
    counter.key("F5")
    focused(counter, "returnReceipt", "the receipt field of the return")
    counter.key("Tab")
    focused(counter, "returnCustomerSales", "Maria's purchases")
    counter.key("Down")
    counter.key("Return")
    notice = shown(counter, "returnLinesNotice", "Not the customer's mistake", "what was packed, on step 2")
    assert "Red" in notice.readable()
    lines = shown(counter, "returnLines", "ordered", "the line: the colour Maria holds, then the one ordered")
    assert "Red" in lines.readable()
    counter.keep("s1-step-2")
    focused(counter, "returnQuantity")
    counter.key("Return")  # one jacket
    focused(counter, "returnReason", "the reason (chosen, never preset)")
    counter.key("Return")  # Enter alone records no reason: still here
    focused(counter, "returnReason", "the reason still to choose")
    counter.type("We")  # we sent the wrong item
    counter.key("Tab", times=2)
    focused(counter, "returnResolution")
    counter.type("Exchange")
    counter.key("Tab")
    focused(counter, "returnReplacement")
    counter.scan("DEMO-FIELDJKT-NAVY-M")
    shown(counter, "returnReplacementInfo", "Navy", "the navy jacket found")
    counter.key("Return")
    verdict = shown(counter, "returnVerdict", "Allowed", "the verdict")
    assert "Next:" in verdict.readable() and "even exchange" in verdict.readable()
    counter.keep("s1-verdict")
    counter.key("Return")
    summary = shown(counter, "returnSummary", "The customer gets", "the summary naming both jackets")
    said = summary.readable()
    assert "Coming back: Field Jacket" in said and "Navy" in said and "Refund to the original payment" not in said
    counter.keep("s1-summary")
    counter.key("Return")  # confirm
    shown(counter, "statusBar", "confirmed", "the return confirmed")
    record(counter, "1 wrong colour, exchanged here")
    assert counter.keys <= 40


def test_s4_tyres_the_store_never_sold(counter: Counter) -> None:
    """Walter brings four winter tyres the store never sold: a goodwill exception a shift lead approves."""
    sign_in(counter)
    customer(counter, "Walter Brennan")
    counter.key("F5")
    focused(counter, "returnReceipt")
    counter.key("shift+Tab")
    focused(counter, "returnModeReceipt", "the kind of return")
    counter.key("Right", times=2)
    focused(counter, "returnModeNeverSold")
    counter.key("Return")
    focused(counter, "returnDescription", "what the customer brought")
    counter.type("4 winter tyres")
    counter.key("Tab")
    counter.type("480.00")
    counter.key("Return")
    focused(counter, "returnReason")
    counter.type("Oth")  # the reason: other
    counter.key("Return")
    verdict = shown(counter, "returnVerdict", "never sold", "the verdict: needs approval")
    assert "Next:" in verdict.readable() and "shift lead" in verdict.readable()
    focused(counter, "approvalReason", "the approval's reason")
    counter.type("Goodwill")
    counter.key("Tab")
    counter.type("Loyal customer")
    counter.key("Tab")
    counter.type("201")  # Sam, the shift lead, types their own code and PIN
    counter.key("Tab")
    counter.type(PINS["201"])
    counter.key("Return")
    shown(counter, "returnSummary", "4 winter tyres", "the summary after the approval")
    counter.key("Return")
    shown(counter, "statusBar", "confirmed", "the goodwill exception confirmed")
    record(counter, "4 tyres the store never sold")
