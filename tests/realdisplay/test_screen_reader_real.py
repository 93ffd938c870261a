"""What a screen reader announces for the controls (issue 18): drop-downs by their label (then
their value), the search boxes' clear buttons by name, every shown button with a name."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter, Node
from tests.realdisplay.flows import customer, focused, shown, sign_in


def _unlabelled(tree: Node) -> list[str]:
    out = []
    for n in tree.walk():
        if not n.showing:
            continue
        if n.role == "combo box" and not n.labelled_by:
            out.append(f"combo box {n.object_name} ({n.name!r}) has no label")
        if n.role == "push button" and not n.name:
            out.append(f"button {n.object_name} has no name")
    return out


def test_drop_downs_and_clear_buttons_are_named(counter: Counter) -> None:
    sign_in(counter)
    customer(counter, "Nina Patel")
    counter.key("F2")
    focused(counter, "lookupSearch")
    counter.type("jacket")  # the clear button shows once there is text
    shown(counter, "lookupSearchClear", what="the search's clear button")
    tree = counter.tree()
    clear = tree.find("lookupSearchClear")
    assert clear is not None and clear.name == "Clear the search", clear.spoken() if clear else None
    cust = tree.find("customerSearchClear")
    assert cust is not None and cust.name == "Clear the customer search"
    dept = tree.find("lookupDepartment")
    assert dept is not None and dept.labelled_by == ["Department:"], dept.spoken() if dept else None
    assert "Department:" in dept.spoken() and "All departments" in dept.spoken()  # label, then value
    assert _unlabelled(tree) == []
    counter.key("F4")  # the note's drop-downs
    focused(counter, "noteText")
    tree = counter.tree()
    channel = tree.find("noteChannel")
    assert channel is not None and channel.labelled_by and "Channel" in channel.labelled_by[0]
    assert _unlabelled(tree) == []
