"""Receipts on ESC/POS thermal printers, through python-escpos.

The slip is first written in full onto python-escpos's ``Dummy`` printer (so what a printer gets
is one buffer that tests read byte by byte), then sent to the device in one write: USB, network
(raw port 9100), serial, or a file (a parallel port's device, or ``escpos-file:PATH``). Before
sending, a printer that can answer is asked for its paper status; a printer that is off, out of
paper or unplugged raises :class:`PrinterFault` with words for the associate (the return or sale
is already saved: print again)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
from dataclasses import dataclass
from typing import Any

from escpos import exceptions as escpos_errors
from escpos.escpos import Escpos
from escpos.printer import Dummy

from posassist.domain.receipt import ReceiptDoc, columns, two_columns, wrap
from posassist.printing.faults import PrinterFault
from posassist.printing.layout import Code, Logo, Pair, Rule, Text, blocks
from posassist.printing.logo import for_thermal, logo_or_none

log = logging.getLogger("posassist.printing")

# python-escpos printer profiles (capabilities database) for the two roll widths
DEFAULT_PROFILE = {80: "TM-T88V", 58: "RP-F10-58mm"}
# characters no code page of a thermal printer has, and what stands for them
_FALLBACK = str.maketrans(
    {
        "→": "->",
        "…": "...",
        "“": '"',
        "”": '"',
        "„": '"',
        "‘": "'",
        "’": "'",
        "–": "-",
        "—": "-",
        "\u202f": " ",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class Thermal:
    """How one thermal printer prints: roll width, python-escpos profile, code page, barcode."""

    width_mm: int = 80
    profile: str = ""
    code_page: str = "auto"  # auto: python-escpos picks, per character, a code page the printer has
    symbology: str | None = None  # code128/qr; None: what the receipt asks for
    cut: bool = True

    @property
    def profile_name(self) -> str:
        return self.profile or DEFAULT_PROFILE[self.width_mm]

    @property
    def columns(self) -> int:
        return columns(self.width_mm)


def render(doc: ReceiptDoc, printer: Escpos, settings: Thermal) -> None:
    """Write the receipt onto ``printer`` (any python-escpos printer; tests use Dummy)."""
    width = settings.columns
    printer.hw("INIT")
    if settings.code_page.lower() != "auto":
        printer.charcode(settings.code_page.upper())
    for b in blocks(doc):
        if isinstance(b, Logo):
            _logo(printer, b.path)
        elif isinstance(b, Rule):
            printer.set_with_default()
            printer.textln("-" * width)
        elif isinstance(b, Pair):
            printer.set_with_default(bold=b.bold)
            for line in two_columns(_fit(b.left), _fit(b.right), width):
                printer.textln(line)
        elif isinstance(b, Code):
            _barcode(printer, b.payload, settings.symbology or b.symbology)
        elif isinstance(b, Text):
            big = b.big
            printer.set_with_default(align=b.align, bold=b.bold, double_width=big, double_height=big)
            for line in wrap(_fit(b.text), width // 2 if big else width) or [""]:
                printer.textln(line)
    printer.set_with_default()
    if settings.cut:
        printer.cut()
    else:
        printer.ln(4)


def _logo(printer: Escpos, path: str) -> None:
    """The store's logo as an ESC/POS raster image (GS v 0), centred, as wide as the head allows."""
    img = logo_or_none(path)
    if img is None:
        return
    printer.set_with_default(align="center")
    quiet = io.StringIO()  # python-escpos reports on standard output how it cut the image
    with contextlib.redirect_stdout(quiet):
        printer.image(for_thermal(img, head_dots(printer)), impl="bitImageRaster", center=False)


def _fit(text: str) -> str:
    return text.translate(_FALLBACK)


def code128_fits(payload: str, dots: int, module: int = 2) -> bool:
    """Whether Code 128 (set B) of ``payload`` fits the print head at ``module`` dots a bar:
    11 modules a character plus start, check and stop, and a quiet zone of 10 on each side."""
    return (11 * (len(payload) + 3) + 2 + 20) * module <= dots


def head_dots(printer: Escpos) -> int:
    try:
        return int(printer.profile.profile_data["media"]["width"]["pixels"])
    except (KeyError, TypeError, ValueError):
        return 384


def _barcode(printer: Escpos, payload: str, symbology: str) -> None:
    printer.set_with_default(align="center")
    if symbology != "qr" and not code128_fits(payload, head_dots(printer)):
        symbology = "qr"  # a long number would run off the roll as bars narrow enough to fit are unreadable
    quiet = io.StringIO()  # python-escpos prints which renderer it chose on standard output
    with contextlib.redirect_stdout(quiet):
        if symbology == "qr":
            native = bool(printer.profile.supports("qrCode"))
            printer.qr(payload, size=6, native=native, center=not native)  # native: the alignment set above
        else:
            # Code 128 set B: every printable ASCII character, the receipt number as typed
            printer.barcode("{B" + payload, "CODE128", height=80, width=2, pos="OFF", function_type="B")
    printer.ln()


def to_bytes(doc: ReceiptDoc, settings: Thermal | None = None) -> bytes:
    """The exact bytes a thermal printer is sent for ``doc``."""
    settings = settings or Thermal()
    dummy = Dummy(profile=settings.profile_name)
    render(doc, dummy, settings)
    return bytes(dummy.output)


# -- devices ---------------------------------------------------------------------------------


def open_device(kind: str, address: str, settings: Thermal, *, timeout: float = 10) -> Escpos:
    """The python-escpos printer for a configured address: ``usb`` "04b8:0202", ``network``
    "host[:port]", ``serial`` "/dev/ttyUSB0[@baud]", ``file`` a device or file path."""
    profile = settings.profile_name
    if kind == "usb":
        vendor, _, product = address.partition(":")
        try:
            ids = int(vendor, 16), int(product, 16)
        except ValueError as err:
            raise PrinterFault("address", address) from err
        from escpos.printer import Usb

        return Usb(ids[0], ids[1], timeout=int(timeout * 1000), profile=profile)
    if kind == "network":
        host, _, port = address.rpartition(":") if address.count(":") == 1 else (address, "", "")
        from escpos.printer import Network

        return Network(host or address, int(port or 9100), timeout=timeout, profile=profile)
    if kind == "serial":
        dev, _, baud = address.partition("@")
        from escpos.printer import Serial

        return Serial(dev, baudrate=int(baud or 9600), timeout=timeout, profile=profile)
    if kind == "file":
        from escpos.printer import File

        return File(address, profile=profile)
    raise PrinterFault("address", address)


def send(data: bytes, device: Escpos, name: str, *, ask_status: bool = True) -> None:
    """Open ``device``, check it has paper (when it can say), send ``data`` in one write, close.
    Every failure is a :class:`PrinterFault` naming the printer and what to do."""
    try:
        device.open()
    except escpos_errors.DeviceNotFoundError as err:
        log.info("printer %s not found: %s", name, err)
        raise PrinterFault("unplugged", name) from err
    except (OSError, escpos_errors.Error) as err:
        log.info("printer %s could not be opened: %s", name, err)
        raise PrinterFault("off", name) from err
    if not getattr(device, "device", None):
        raise PrinterFault("unplugged", name)
    try:
        if ask_status and can_answer(device):
            _check_paper(device, name)
        device._raw(data)
    except PrinterFault:
        raise
    except Exception as err:  # a cable pulled or the printer switched off while printing
        log.info("printer %s failed while printing: %s", name, err)
        raise PrinterFault("lost", name) from err
    finally:
        with contextlib.suppress(Exception):
            device.close()


def can_answer(device: Escpos) -> bool:
    """Whether the connection reads the printer's answers (USB, serial, network do; a file or a
    parallel port's device does not: a status query would only end up in front of the slip)."""
    return type(device)._read is not Escpos._read


def _check_paper(device: Escpos, name: str) -> None:
    try:
        status = device.paper_status()
    except Exception as err:  # a printer that does not answer status queries: print anyway
        log.info("printer %s gave no paper status (%s)", name, err)
        return
    if status == 0:
        raise PrinterFault("out_of_paper", name)


def write_file(data: bytes, path: str) -> None:
    """``escpos-file:PATH``: the raw bytes a thermal printer would get."""
    try:
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        raise PrinterFault("file", path, detail=err.strerror or str(err)) from err


def describe(settings: Thermal) -> dict[str, Any]:
    return {
        "width_mm": settings.width_mm,
        "profile": settings.profile_name,
        "code_page": settings.code_page,
        "columns": settings.columns,
    }
