"""A printer that could not print: one error type, with words for the associate."""

from __future__ import annotations

from posassist.errors import PosassistError, Text
from posassist.i18n import QT_TR_NOOP

AFTER = QT_TR_NOOP("Nothing is lost: the receipt can be printed again.")
WHY = {
    "unplugged": QT_TR_NOOP(
        "The printer {name} is not there: check its cable (or network) and that it is switched on, then print again."
    ),
    "off": QT_TR_NOOP("The printer {name} does not answer: switch it on, wait until it is ready, then print again."),
    "out_of_paper": QT_TR_NOOP(
        "The printer {name} is out of paper: put in a new roll, close the cover, then print again."
    ),
    "lost": QT_TR_NOOP(
        "The printer {name} stopped while printing (switched off or unplugged?): check it, then print again."
    ),
    "address": QT_TR_NOOP(
        "The printer address {name} is not one posassist can use: USB as 04b8:0202, network as host:9100, serial as /dev/ttyUSB0@9600."
    ),
    "file": QT_TR_NOOP("The receipt could not be written to {name}: {detail}."),
    "pdf": QT_TR_NOOP("The PDF {name} could not be written: {detail}."),
    "system": QT_TR_NOOP("The system printer {name} could not print: {detail}."),
    "unknown": QT_TR_NOOP(
        "There is no printer called {name} at this counter; see the counter's printers in the settings."
    ),
}


class PrinterFault(PosassistError):
    """``code``: unplugged/off/out_of_paper/lost/address/file/pdf/system/unknown."""

    def __init__(self, code: str, name: str, *, detail: str = "") -> None:
        self.code = code
        self.printer = name
        why = Text(WHY.get(code, WHY["off"]), name=name, detail=detail)
        super().__init__(Text("{why} {after}", why=why, after=Text(AFTER)))
