"""The defects a real display, a real scanner's timing and a screen reader found (issue 18), each
played with X key events and checked through the accessibility tree."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter
from tests.realdisplay.flows import customer, focused, gone, shown, sign_in, text_of

JACKET = "DEMO-FIELDJKT-NAVY-M"
OAT = "DEMO-OATBARISTA"
CHEDDAR = "GROC-0000057"  # Cheddar 200g, allergens: milk


def _card(c: Counter, contains: str):  # type: ignore[no-untyped-def]
    return shown(c, "cardSummary", contains, f"the card of {contains}")


def test_back_to_back_scans_replace_the_field_and_the_card(counter: Counter) -> None:
    sign_in(counter)
    counter.key("F2")
    focused(counter, "lookupSearch")
    counter.scan(OAT)
    _card(counter, "Oat Drink Barista")
    counter.scan(JACKET)  # the next item, straight after: the field holds this code alone
    card = _card(counter, JACKET)
    assert "Oat Drink" not in card.readable()
    assert text_of(counter, "lookupSearch") == JACKET
    counter.scan("DEMO-NOSUCH-0001")  # a code the store does not have: no card at all
    shown(counter, "lookupStatus", "Nothing found")
    card = counter.wait_for(lambda t: t.find("cardSummary"), "the card area")
    assert JACKET not in card.readable() and "$" not in card.readable()
    counter.scan(OAT)
    _card(counter, "$4.49")
    counter.key("Escape")  # start over: field, results and card go
    counter.wait_for(
        lambda t: (t.find("lookupSearch").text == "") and "$" not in t.find("cardSummary").readable(),
        "Esc to clear the search and the card",
    )


def test_the_allergy_conflict_must_be_acknowledged_before_a_hold(counter: Counter) -> None:
    sign_in(counter)
    customer(counter, "Daniel Moreau")
    counter.key("F2")
    counter.scan(CHEDDAR)
    box = shown(counter, "allergyConflict", "milk", "the allergy conflict asked about")
    assert "Chef Moreau" in box.readable()
    counter.key("Escape")  # not acknowledged: the warning stays on the card, nothing is held
    gone(counter, "allergyConflict")
    warning = shown(counter, "cardAllergyConflict", "milk allergy", "the conflict on the card")
    assert "Cheddar" not in warning.name or "milk" in warning.name
    counter.key("F10")
    shown(counter, "allergyConflict", "milk", "the conflict asked again before holding")
    counter.key("alt+a")  # acknowledged: now the hold goes ahead
    gone(counter, "allergyConflict")
    focused(counter, "holdNeededBy", "the hold dialog after the acknowledgement")
    counter.key("Return")
    focused(counter, "holdStores", "the stores to hold from")
    counter.key("Return")  # held at the nearest store that has it free
    gone(counter, "holdDialog")
    counter.scan(OAT)  # dairy-free ("made in a milk-free facility"): no conflict
    _card(counter, "Oat Drink")
    tree = counter.tree()
    assert tree.find("allergyConflict") is None and tree.find("cardAllergyConflict") is None


def test_end_of_interaction_and_lock_leave_no_customer(counter: Counter) -> None:
    sign_in(counter)
    customer(counter, "Daniel Moreau")
    shown(counter, "alertBanner", "milk allergy")
    counter.key("F11")
    focused(counter, "csatStars", "the rating")
    counter.type("5")
    counter.key("Return")
    gone(counter, "rateInteraction")
    shown(counter, "customerProfile", "No customer selected", "the pane empty after F11")
    tree = counter.tree()
    assert tree.find("alertBanner") is None and (tree.find("customerSearch").text or "") == ""
    customer(counter, "Nina Patel")
    counter.key("F2")
    counter.scan(OAT)
    _card(counter, "Oat Drink")
    counter.key("F9")  # lock; Jamie signs in next
    sign_in(counter, "102")
    tree = counter.tree()
    assert "Nina" not in tree.find("customerProfile").readable()
    assert (tree.find("customerSearch").text or "") == "" and (tree.find("lookupSearch").text or "") == ""
    assert "Oat Drink" not in tree.find("cardSummary").readable()
