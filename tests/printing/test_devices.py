"""Printing through python-escpos's own device classes, not only posassist's writer: ``Usb`` over
pyusb with a fake USB bus (a pyusb backend holding one thermal printer), ``Serial`` on a
pseudo-terminal, ``File`` on a file; the system printer through Qt's QPrinter. Each gets the exact
bytes of the slip, answers the paper-status query, and its faults (unplugged, out of paper, pulled
mid-print) become the associate's message."""

from __future__ import annotations

import array
import functools
import os
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import usb.backend  # type: ignore[import-untyped]
import usb.core  # type: ignore[import-untyped]
from escpos.printer import File, Serial, Usb

from posassist.domain.receipt import Printer
from posassist.printing import deliver, escpos_out, pdf
from posassist.printing.faults import PrinterFault
from tests.printing.test_escpos import NUMBER, receipt

EPSON = (0x04B8, 0x0202)
PAPER_OK, NO_PAPER = 0x12, 0x12 | 0x60  # DLE EOT 4 answers: paper adequate / paper end (bits 5 and 6)


def _desc(**fields: Any) -> SimpleNamespace:
    return SimpleNamespace(extra_descriptors=[], **fields)


class FakeBus(usb.backend.IBackend):
    """A USB bus with one ESC/POS printer (or none): one configuration, one interface, a bulk OUT
    endpoint 0x01 (what is printed) and a bulk IN endpoint 0x82 (status answers)."""

    def __init__(self, *, plugged: bool = True, paper: int = PAPER_OK, fail_after: int | None = None) -> None:
        self.plugged, self.paper, self.fail_after = plugged, paper, fail_after
        self.written = bytearray()
        self.claimed: list[int] = []
        self.closed = 0
        self._answer = b""

    def enumerate_devices(self):  # type: ignore[no-untyped-def]
        return ["printer"] if self.plugged else []

    def get_device_descriptor(self, dev):  # type: ignore[no-untyped-def]
        return _desc(
            bLength=18, bDescriptorType=1, bcdUSB=0x0200, bDeviceClass=0, bDeviceSubClass=0, bDeviceProtocol=0,
            bMaxPacketSize0=64, idVendor=EPSON[0], idProduct=EPSON[1], bcdDevice=0x0100, iManufacturer=1,
            iProduct=2, iSerialNumber=3, bNumConfigurations=1, address=4, bus=1, port_number=2,
            port_numbers=(2,), speed=3,
        )  # fmt: skip

    def get_configuration_descriptor(self, dev, config):  # type: ignore[no-untyped-def]
        if config != 0:
            raise IndexError(config)
        return _desc(
            bLength=9, bDescriptorType=2, wTotalLength=32, bNumInterfaces=1, bConfigurationValue=1,
            iConfiguration=0, bmAttributes=0xC0, bMaxPower=1,
        )  # fmt: skip

    def get_interface_descriptor(self, dev, intf, alt, config):  # type: ignore[no-untyped-def]
        if intf != 0 or alt != 0:
            raise IndexError(intf, alt)
        return _desc(
            bLength=9, bDescriptorType=4, bInterfaceNumber=0, bAlternateSetting=0, bNumEndpoints=2,
            bInterfaceClass=7, bInterfaceSubClass=1, bInterfaceProtocol=2, iInterface=0,
        )  # fmt: skip

    def get_endpoint_descriptor(self, dev, ep, intf, alt, config):  # type: ignore[no-untyped-def]
        address = (0x01, 0x82)[ep]
        return _desc(
            bLength=7, bDescriptorType=5, bEndpointAddress=address, bmAttributes=2, wMaxPacketSize=64,
            bInterval=0, bRefresh=0, bSynchAddress=0,
        )  # fmt: skip

    def open_device(self, dev):  # type: ignore[no-untyped-def]
        return "handle"

    def close_device(self, dev_handle):  # type: ignore[no-untyped-def]
        self.closed += 1

    def set_configuration(self, dev_handle, config_value):  # type: ignore[no-untyped-def]
        pass

    def get_configuration(self, dev_handle):  # type: ignore[no-untyped-def]
        return 1

    def claim_interface(self, dev_handle, intf):  # type: ignore[no-untyped-def]
        self.claimed.append(intf)

    def release_interface(self, dev_handle, intf):  # type: ignore[no-untyped-def]
        pass

    def reset_device(self, dev_handle):  # type: ignore[no-untyped-def]
        pass

    def bulk_write(self, dev_handle, ep, intf, data, timeout):  # type: ignore[no-untyped-def]
        assert ep == 0x01
        chunk = bytes(data)
        if chunk == b"\x10\x04\x04":  # DLE EOT 4: the paper sensor's status
            self._answer = bytes([self.paper])
            return len(chunk)
        if self.fail_after is not None and len(self.written) + len(chunk) > self.fail_after:
            raise usb.core.USBError("No such device (it may have been disconnected)", errno=19)
        self.written += chunk
        return len(chunk)

    def bulk_read(self, dev_handle, ep, intf, buff, timeout):  # type: ignore[no-untyped-def]
        assert ep == 0x82
        answer, self._answer = self._answer, b""
        buff[: len(answer)] = array.array("B", answer)
        return len(answer)


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> FakeBus:
    """pyusb's find() looks on the fake bus: python-escpos's Usb class runs unchanged on top."""
    fake = FakeBus()
    monkeypatch.setattr(usb.core, "find", functools.partial(usb.core.find, backend=fake))
    return fake


def test_a_usb_printer_gets_the_slip_through_python_escpos_usb(bus: FakeBus) -> None:
    printer = Printer("Till 1", "usb", "04b8:0202")
    device = escpos_out.open_device("usb", printer.address, escpos_out.Thermal(), timeout=5)
    assert isinstance(device, Usb) and device.usb_args == {"idVendor": EPSON[0], "idProduct": EPSON[1]}
    assert deliver.deliver(receipt(), printer, timeout=5) == "usb:04b8:0202"
    assert bytes(bus.written) == escpos_out.to_bytes(receipt())
    assert NUMBER.encode() in bus.written and bus.claimed == [0]


def test_usb_faults_unplugged_out_of_paper_and_pulled_while_printing(bus: FakeBus) -> None:
    printer = Printer("Till 1", "usb", "04b8:0202")
    bus.plugged = False
    with pytest.raises(PrinterFault, match="Till 1 is not there: check its cable") as gone:
        deliver.deliver(receipt(), printer, timeout=5)
    assert gone.value.code == "unplugged"
    bus.plugged, bus.paper = True, NO_PAPER
    with pytest.raises(PrinterFault, match="out of paper") as paper:
        deliver.deliver(receipt(), printer, timeout=5)
    assert paper.value.code == "out_of_paper" and bytes(bus.written) == b""  # nothing half printed
    bus.paper, bus.fail_after = PAPER_OK, 0
    with pytest.raises(PrinterFault, match="stopped while printing") as pulled:
        deliver.deliver(receipt(), printer, timeout=5)
    assert pulled.value.code == "lost" and "printed again" in str(pulled.value)
    with pytest.raises(PrinterFault, match="USB as 04b8:0202"):
        deliver.deliver(receipt(), Printer("Till 1", "usb", "epson"), timeout=5)


class PtyPrinter:
    """A serial thermal printer at the other end of a pseudo-terminal: keeps what it is sent and
    answers the paper-status query."""

    def __init__(self, paper: int = PAPER_OK) -> None:
        import tty

        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)  # bytes as they are: no newline translation, no echo
        self.path = os.ttyname(self.slave)  # held open here until close(): the line stays up between opens
        self.paper, self.received = paper, bytearray()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        pending = b""
        try:
            while True:
                chunk = os.read(self.master, 65536)
                if not chunk:
                    break
                pending += chunk
                if b"\x10\x04\x04" in pending:
                    before, _, pending = pending.partition(b"\x10\x04\x04")
                    self.received += before
                    os.write(self.master, bytes([self.paper]))
                self.received += pending
                pending = b""
        except OSError:  # the port was closed at the other end
            pass
        finally:
            self.done.set()

    def close(self) -> bytes:
        os.close(self.slave)  # the last end of the line: the reader sees it hung up once all is read
        assert self.done.wait(60)
        os.close(self.master)
        return bytes(self.received)


def _serial(path: str) -> Serial:
    # the printer's own class, as open_device makes it (timeout short: a pty answers at once)
    device = escpos_out.open_device("serial", f"{path}@19200", escpos_out.Thermal(), timeout=2)
    assert isinstance(device, Serial) and device.baudrate == 19200
    return device


def test_a_serial_printer_on_a_pty_gets_the_slip_through_python_escpos_serial() -> None:
    fake = PtyPrinter()
    data = escpos_out.to_bytes(receipt())
    escpos_out.send(data, _serial(fake.path), "Till 1")
    assert fake.close() == data
    empty = PtyPrinter(paper=NO_PAPER)
    with pytest.raises(PrinterFault, match="out of paper"):
        escpos_out.send(data, _serial(empty.path), "Till 1")
    assert empty.close() == b""
    with pytest.raises(PrinterFault, match="is not there") as gone:
        deliver.deliver(receipt(), Printer("Till 1", "serial", "/dev/ttyNOPE9@9600"), timeout=2)
    assert gone.value.code == "unplugged"


def test_a_file_printer_through_python_escpos_file(tmp_path: Path) -> None:
    data = escpos_out.to_bytes(receipt())
    device = escpos_out.open_device("file", str(tmp_path / "lp0"), escpos_out.Thermal())
    assert isinstance(device, File)
    escpos_out.send(data, device, "Back office")  # a file has no status to ask: printed anyway
    assert (tmp_path / "lp0").read_bytes() == data
    nowhere = escpos_out.open_device("file", str(tmp_path / "no" / "lp0"), escpos_out.Thermal())
    with pytest.raises(PrinterFault, match="Back office is not there"):
        escpos_out.send(data, nowhere, "Back office")


def test_the_system_printer_prints_through_qprinter_and_a_missing_one_says_so(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    with pytest.raises(PrinterFault, match="Office laser is not there") as gone:
        pdf.print_system(receipt(), "Office laser")
    assert gone.value.code == "unplugged"
    # what the system printer is given: the same QTextDocument, laid out on a QPrinter's page
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "system.pdf"
    printer.setOutputFileName(str(out))
    pdf.print_on(receipt(), printer)
    assert printer.printerState() != QPrinter.PrinterState.Error
    png = pdf.page_png(out, tmp_path / "system.png", dpi=150)  # a page as a reader sees it
    import zxingcpp
    from PIL import Image

    page = Image.open(png).convert("RGBA")
    flat = Image.alpha_composite(Image.new("RGBA", page.size, "white"), page)
    # the receipt the size the PDF shows (a 1200 dpi layout once made it 1/12 of that, unreadable)
    assert [r.text for r in zxingcpp.read_barcodes(flat)] == [NUMBER]
    inked = flat.convert("L").point(lambda v: 255 if v < 128 else 0).getbbox()
    assert inked is not None and inked[2] - inked[0] > flat.width * 0.8
