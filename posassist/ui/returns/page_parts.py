"""What the return wizard's pages share: their page ids, the words for reasons and resolutions, money in the user's locale, the labelled drop-down, the item the customer holds and the fulfilment notes of a sale."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
)

from posassist import i18n
from posassist.i18n import QT_TR_NOOP, tr
from posassist.services.returns_dto import SaleLineView, SaleView
from posassist.ui.appearance import readable_colour
from posassist.ui.widgets import named

FIND_PAGE, LINES_PAGE = 0, 1  # the wizard's page ids (wizard.Page)

WORDS = {
    "wrong_colour": QT_TR_NOOP("Wrong colour"),
    "wrong_size": QT_TR_NOOP("Wrong size"),
    "picking_error": QT_TR_NOOP("We sent the wrong item"),
    "faulty": QT_TR_NOOP("Faulty / doesn't work"),
    "not_as_described": QT_TR_NOOP("Not as described"),
    "changed_mind": QT_TR_NOOP("Changed mind"),
    "arrived_late": QT_TR_NOOP("Arrived late"),
    "gift_return": QT_TR_NOOP("Unwanted gift"),
    "medical": QT_TR_NOOP("Medical / personal"),
    "other": QT_TR_NOOP("Other"),
    "unopened": QT_TR_NOOP("Unopened"),
    "opened": QT_TR_NOOP("Opened, as new"),
    "worn": QT_TR_NOOP("Worn / used"),
    "damaged_by_customer": QT_TR_NOOP("Damaged"),
    "hygiene": QT_TR_NOOP("Hygiene item opened"),
    "refund": QT_TR_NOOP("Refund to original payment"),
    "store_credit": QT_TR_NOOP("Store credit"),
    "exchange_now": QT_TR_NOOP("Exchange now (from here)"),
    "exchange_shipped": QT_TR_NOOP("Ship an exchange (from another store)"),
    "keep_and_order": QT_TR_NOOP("Keep it and order the other one"),
    "keep_goodwill": QT_TR_NOOP("Goodwill: keep it with a gesture"),
}


def money(minor: int, currency: str) -> str:
    return i18n.money(minor, currency)


def labelled_combo(name: str, accessible: str, keys: tuple[str, ...]) -> QComboBox:
    box = named(QComboBox(), name, accessible)
    for k in keys:
        box.addItem(tr(WORDS.get(k, k)), k)
    return box


def held_item(ln: SaleLineView) -> str:
    """What the customer holds: the item sent when it was not the one ordered."""
    if ln.shipped_description and ln.shipped_description != ln.description:
        return tr("{held} (ordered: {ordered})", held=ln.shipped_description, ordered=ln.description)
    return ln.description


def fulfilment_notes(sale: SaleView) -> list[str]:
    """'Not the customer's mistake: Red M was packed. Sent: …' per line, in a green that reads on
    the theme's background (4.5:1 at least), bold."""
    colour = readable_colour("good")
    return [
        f"<span style='color:{colour}'><b>"
        + tr("Not the customer's mistake:")
        + f"</b> {escape(ln.fulfilment_note)}"
        + (" " + tr("Sent: {item}.", item=escape(ln.shipped_description)) if ln.shipped_description else "")
        + "</span>"
        for ln in sale.lines
        if ln.fulfilment_note
    ]
