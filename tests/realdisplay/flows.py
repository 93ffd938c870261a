"""What an associate does often, by keyboard on the real display, checked through what a screen
reader reads (the accessibility tree)."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter, Node

PINS = {"101": "4826", "102": "7315", "201": "739164", "202": "582937", "301": "864209"}
CARDS = {
    "Maria Gonzalez": "LC-100001",
    "Tom Becker": "LC-100002",
    "Aisha Khan": "LC-100003",
    "Walter Brennan": "LC-100004",
    "Daniel Moreau": "LC-100005",
    "Margaret Whitfield": "LC-100006",
    "Eleanor Whitfield": "LC-100007",
    "Harold Jensen": "LC-100008",
    "Nina Patel": "LC-100009",
}


def focused(c: Counter, object_name: str, what: str | None = None) -> Node:
    def cond(t: Node) -> Node | None:
        f = t.focus()
        return f if f is not None and f.object_name == object_name else None

    return c.wait_for(cond, what or f"the keyboard in {object_name}")  # type: ignore[no-any-return]


def shown(c: Counter, object_name: str, contains: str = "", what: str | None = None) -> Node:
    """Until the object is shown and what a screen reader reads of it contains ``contains``."""

    def cond(t: Node) -> Node | None:
        n = t.find(object_name)
        return n if n is not None and contains in n.readable() else None

    return c.wait_for(cond, what or f"{object_name} reading {contains!r}")  # type: ignore[no-any-return]


def gone(c: Counter, object_name: str) -> None:
    c.wait_for(lambda t: t.find(object_name) is None, f"{object_name} to close")


def sign_in(c: Counter, code: str = "101", follow_ups: bool | None = None) -> None:
    """Staff code, Enter, PIN, Enter; the follow-ups shown at sign-in are closed with Esc (in the
    demo store only Alex, 101, has open follow-ups)."""
    follow_ups = code == "101" if follow_ups is None else follow_ups
    focused(c, "signInCode", "the staff code field")
    c.type(code)
    c.key("Return")
    focused(c, "signInPin", "the PIN field")
    c.type(PINS[code])
    c.key("Return")
    if follow_ups:
        shown(c, "myFollowUps", what="my follow-ups, shown at sign-in")
        c.key("Escape")
        gone(c, "myFollowUps")
    shown(c, "lookupSearch", what="the counter window")


def customer(c: Counter, name: str) -> Node:
    """F3 and the loyalty card scanned: the customer is in the pane (what the screen reader reads)."""
    c.key("F3")
    focused(c, "customerSearch")
    c.scan(CARDS[name])
    return shown(c, "customerProfile", name, f"{name} in the customer pane")


def text_of(c: Counter, object_name: str) -> str:
    n = c.tree().find(object_name)
    return (n.text or "") if n is not None else ""


def record(c: Counter, story: str) -> None:
    """The keys a person pressed (signing in included) and the scans, for the README's table."""
    print(f"\n[counter flow, real display] {story}: {c.keys} keystrokes, {c.scans} scans")
