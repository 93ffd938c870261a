"""Thermal receipts against python-escpos's Dummy printer: the text, code pages, cut and barcode
commands in the byte stream; 58 and 80 mm; gift and copy; printer faults; the slip's barcode decoded."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zxingcpp
from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError
from PIL import Image

from posassist.domain.receipt import Credit, ItemLine, Person, Printer, ReceiptDoc, TenderLine, Totals, as_copy, as_gift
from posassist.printing import deliver, escpos_out, preview
from posassist.printing.faults import PrinterFault

NUMBER = "RT-DT-261202-AB12CD34"


def receipt(**kw) -> ReceiptDoc:  # type: ignore[no-untyped-def]
    base = dict(
        kind="return",
        number=NUMBER,
        issued_at=datetime(2026, 12, 2, 19, 5, tzinfo=UTC),
        timezone="America/Toronto",
        currency="CAD",
        store_name="Downtown",
        store_code="DT",
        store_address="120 King St W, Toronto ON",
        counter="till-1",
        associate=Person("Alex Rivera", "associate"),
        approver=Person("Sam Okafor", "shift_lead"),
        customer="Eleanor Whitfield",
        original_number="R-DT-2026-0871",
        original_date=datetime(2026, 9, 18, 15, 0, tzinfo=UTC),
        lines=(
            ItemLine("Trail Runner Größe 39, été, Åsa", 1, 17967, "in", "medical", "unopened", "refund"),
            ItemLine("Oslo Sofa cover", 1, 4520, "in", "wrong_colour", "opened", "store_credit"),
        ),
        tenders=(TenderLine("card", 17967, "****4242", refund=True),),
        totals=Totals(tax_minor=2067, fee_minor=250, refund_minor=17967),
        credits=(Credit("SC-7KQ2-M4XP", 4520, 4520, datetime(2027, 12, 2, tzinfo=UTC)),),
        policy_version=3,
        barcode=NUMBER,
    )
    base.update(kw)
    return ReceiptDoc(**base)  # type: ignore[arg-type]


def test_a_return_slip_carries_everything_and_ends_with_a_cut() -> None:
    data = escpos_out.to_bytes(receipt())
    assert data.startswith(b"\x1b@")  # initialise
    assert data.rstrip(b"\n").endswith(b"\x1dV\x00")  # full cut last
    # a return number is too long for Code 128 bars a scanner can read on a 512-dot head: a QR code
    assert not escpos_out.code128_fits(NUMBER, 512)
    assert b"\x1d(k" in data and b"1P0" + NUMBER.encode() in data
    # a sale's receipt number fits: Code 128, function B, with its code set prefix
    sale = escpos_out.to_bytes(receipt(kind="sale", number="R-DT-2026-0871", barcode="R-DT-2026-0871"))
    payload = b"{BR-DT-2026-0871"
    assert b"\x1dkI" + bytes([len(payload)]) + payload in sale
    assert [(c.symbology, c.payload) for c in preview.read(sale).codes] == [("code128", "R-DT-2026-0871")]
    slip = preview.read(data)
    text = " ".join(slip.text.split())  # a long line wraps on the slip
    for expected in (
        "Downtown",
        "Return receipt",
        NUMBER,
        "DT · till-1",
        "Served by Alex Rivera (Associate)",
        "Approved by Sam Okafor (Shift lead)",
        "Original receipt R-DT-2026-0871 of Sep 18, 2026",
        "Trail Runner Größe 39, été, Åsa",
        "Medical / personal · Unopened",
        "Wrong colour · Opened, as new",
        "-> Refund to original payment",
        "Refund to Card ****4242",
        "$179.67",
        "Restocking fees",
        "$2.50",
        "Tax (included)",
        "$20.67",
        "Store credit voucher SC-7KQ2-M4XP",
        "Balance",
        "$45.20",
        "Valid until",
        "Return policy version 3",
    ):
        assert " ".join(expected.split()) in text, expected
    assert [c.payload for c in slip.codes] == [NUMBER] and slip.cuts == 1
    assert all(len(line.text) <= 42 for line in slip.items if isinstance(line, preview.SlipLine) and not line.big)


def test_german_french_and_swedish_letters_print_through_a_code_page_the_printer_has() -> None:
    words = "Größe Straße Übergröße · été garçon cœur où · Åsa Köping Ärlig · 12,50 €"
    doc = receipt(note=words)
    data = escpos_out.to_bytes(doc)
    slip = preview.read(data)
    assert words in slip.text.replace("\n", " ")
    assert b"\x1bt" in data  # a code page was selected (ESC t n)
    assert "?" not in slip.text
    # a code page forced for a printer without "auto": CP858 (Latin-1 with the euro sign) still carries these
    forced = preview.read(escpos_out.to_bytes(receipt(note="Größe été Åsa €"), escpos_out.Thermal(code_page="CP858")))
    assert "Größe été Åsa €" in forced.text and "CP858" in forced.code_pages


def test_58_mm_rolls_wrap_at_32_characters_and_keep_the_amount_at_the_right() -> None:
    settings = escpos_out.Thermal(width_mm=58)
    slip = preview.read(escpos_out.to_bytes(receipt(), settings), settings.profile_name)
    lines = [i.text for i in slip.items if isinstance(i, preview.SlipLine) and not i.big]
    assert max(len(t) for t in lines) <= 32
    assert any(t.endswith("$179.67") and len(t) == 32 for t in lines)


def test_a_gift_receipt_has_no_prices_and_a_copy_says_so() -> None:
    gift = preview.read(escpos_out.to_bytes(as_gift(receipt(kind="sale", lines=(ItemLine("Oslo Sofa", 1, 89900),)))))
    assert "Gift receipt" in gift.text and "Oslo Sofa" in gift.text
    assert "$" not in gift.text and "Eleanor" not in gift.text and "Balance" not in gift.text
    assert [c.payload for c in gift.codes] == [NUMBER]  # the recipient can still exchange it
    copy = preview.read(escpos_out.to_bytes(as_copy(receipt())))
    assert copy.text.count("*** COPY ***") == 2


def test_a_qr_code_when_the_printer_is_set_to_qr() -> None:
    data = escpos_out.to_bytes(receipt(), escpos_out.Thermal(symbology="qr"))
    assert b"\x1d(k" in data and b"1P0" + NUMBER.encode() in data
    assert [(c.symbology, c.payload) for c in preview.read(data).codes] == [("qr", NUMBER)]


@pytest.mark.parametrize("width", [80, 58])
@pytest.mark.parametrize("symbology", ["code128", "qr"])
@pytest.mark.parametrize("number", [NUMBER, "R-DT-2026-0871"])
def test_the_barcode_on_the_printed_slip_decodes_to_the_receipt_number(
    tmp_path: Path, symbology: str, number: str, width: int
) -> None:
    settings = escpos_out.Thermal(width_mm=width, symbology=symbology)
    data = escpos_out.to_bytes(receipt(number=number, barcode=number), settings)
    slip = preview.read(data, settings.profile_name)
    png = preview.picture(slip, tmp_path / "slip.png")
    found = zxingcpp.read_barcodes(Image.open(png))
    assert [r.text for r in found] == [number]
    fits = escpos_out.code128_fits(number, slip.dots)
    assert [c.symbology for c in slip.codes] == ["code128" if symbology == "code128" and fits else "qr"]


# -- faults ---------------------------------------------------------------------------------


class FakePrinter(Escpos):  # type: ignore[misc]
    def __init__(self, *, fail_open: Exception | None = None, paper: bytes = b"\x12", fail_write: bool = False):
        super().__init__(profile="TM-T88V")
        self.fail_open, self.paper, self.fail_write = fail_open, paper, fail_write
        self.sent = b""

    def open(self) -> None:
        if self.fail_open:
            raise self.fail_open
        self.device = object()

    def _raw(self, msg: bytes) -> None:
        if msg.startswith(b"\x10\x04"):  # DLE EOT: status query
            return
        if self.fail_write:
            raise OSError(5, "Input/output error")
        self.sent += msg

    def _read(self) -> bytes:
        return self.paper

    def close(self) -> None:
        self.device = None


def test_faults_have_a_clear_message_and_nothing_is_half_sent() -> None:
    data = escpos_out.to_bytes(receipt())
    with pytest.raises(PrinterFault, match="is not there: check its cable") as unplugged:
        escpos_out.send(data, FakePrinter(fail_open=DeviceNotFoundError("USB device not found")), "Till 1")
    assert unplugged.value.code == "unplugged" and "printed again" in str(unplugged.value)
    out = FakePrinter(paper=bytes([114]))
    with pytest.raises(PrinterFault, match="out of paper: put in a new roll") as paper:
        escpos_out.send(data, out, "Till 1")
    assert paper.value.code == "out_of_paper" and out.sent == b""
    with pytest.raises(PrinterFault, match="stopped while printing"):
        escpos_out.send(data, FakePrinter(fail_write=True), "Till 1")
    ok = FakePrinter()
    escpos_out.send(data, ok, "Till 1")
    assert ok.sent == data


class FakeNetworkPrinter:
    """A raw-port-9100 printer on the loopback: answers the paper status, keeps what it is sent."""

    def __init__(self, paper: int = 0x12) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.paper = paper
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        conn.settimeout(30)
        with conn:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                if chunk.startswith(b"\x10\x04\x04"):
                    conn.sendall(bytes([self.paper]))
                    chunk = chunk[3:]
                self.received += chunk

    def close(self) -> None:
        self.thread.join(30)
        self.sock.close()


def test_a_network_printer_gets_the_slip_and_one_that_is_off_says_so() -> None:
    fake = FakeNetworkPrinter()
    printer = Printer("Till 1", "network", f"127.0.0.1:{fake.port}")
    where = deliver.deliver(receipt(), printer, timeout=30)
    fake.close()
    assert where == f"network:127.0.0.1:{fake.port}"
    assert fake.received == escpos_out.to_bytes(receipt())
    empty = FakeNetworkPrinter(paper=114)
    with pytest.raises(PrinterFault, match="out of paper"):
        deliver.deliver(receipt(), Printer("Till 1", "network", f"127.0.0.1:{empty.port}"), timeout=30)
    empty.close()
    assert empty.received == b""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: a printer switched off
    with pytest.raises(PrinterFault, match="Till 2 is not there"):
        deliver.deliver(receipt(), Printer("Till 2", "network", f"127.0.0.1:{port}"), timeout=5)


def test_escpos_file_and_unknown_targets(tmp_path: Path) -> None:
    target = deliver.parse_target(f"escpos-file:{tmp_path / 'slip.bin'}", lambda name: None)
    deliver.deliver(receipt(), target)
    assert (tmp_path / "slip.bin").read_bytes() == escpos_out.to_bytes(receipt())
    with pytest.raises(PrinterFault, match="no printer called Back office"):
        deliver.parse_target("Back office", lambda name: None)
    with pytest.raises(PrinterFault, match="could not be written"):
        deliver.deliver(receipt(), deliver.parse_target(f"escpos-file:{tmp_path}/no/such/dir/x.bin", lambda n: None))
    with pytest.raises(PrinterFault, match="is not there"):
        deliver.deliver(receipt(), Printer("Parallel", "file", "/dev/usb/lp9-not-plugged"))
