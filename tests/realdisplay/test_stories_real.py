"""Stories S1, S4 and S7 end to end on a real display: X key events at a person's and a scanner's
pace, and every check through what a screen reader reads (the AT-SPI tree)."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter
from tests.realdisplay.flows import customer, focused, shown, sign_in


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
    counter.key("F10")
    shown(counter, "statusBar", "Held", "the hold confirmed in the status bar")
