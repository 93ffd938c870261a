"""Send a receipt where it should go: a configured printer, ``pdf:PATH`` or ``escpos-file:PATH``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from posassist.domain.receipt import Printer, ReceiptDoc
from posassist.printing import escpos_out
from posassist.printing.faults import PrinterFault


def parse_target(target: str, configured: Callable[[str], Printer | None]) -> Printer:
    """``pdf:PATH`` (a file, or a folder for NUMBER.pdf), ``escpos-file:PATH``, or the name of a
    printer configured for this counter."""
    text = target.strip()
    if text.startswith("pdf:") and text[4:]:
        return Printer("pdf", "pdf", text[4:])
    if text.startswith("escpos-file:") and text[12:]:
        return Printer("escpos-file", "file", text[12:])
    found = configured(text)
    if found is None:
        raise PrinterFault("unknown", text)
    return found


def thermal(printer: Printer) -> escpos_out.Thermal:
    return escpos_out.Thermal(
        width_mm=printer.width_mm, profile=printer.profile, code_page=printer.code_page, symbology=printer.barcode
    )


def pdf_path(printer: Printer, doc: ReceiptDoc) -> Path:
    path = Path(printer.address).expanduser()
    if path.suffix.lower() != ".pdf":  # a folder: one file per receipt, copies beside the original
        suffix = "-gift" if doc.gift else ""
        suffix += "-copy" if doc.copy else ""
        path = path / f"{doc.number}{suffix}.pdf"
    return path


def deliver(doc: ReceiptDoc, printer: Printer, *, timeout: float = 10) -> str:
    """Print ``doc`` on ``printer``; returns where it went (for the record). Raises PrinterFault."""
    doc = replace(doc, symbology=printer.barcode) if doc.barcode else doc
    if printer.kind == "pdf":
        from posassist.printing import pdf

        return str(pdf.write_pdf(doc, pdf_path(printer, doc)))
    if printer.kind == "system":
        from posassist.printing import pdf

        pdf.print_system(doc, printer.address)
        return f"system:{printer.address or 'default'}"
    settings = thermal(printer)
    data = escpos_out.to_bytes(doc, settings)
    if printer.kind == "file":
        path = Path(printer.address).expanduser()
        if str(path).startswith("/dev/") and not path.exists():
            raise PrinterFault("unplugged", printer.name)
        escpos_out.write_file(data, str(path))
        return f"escpos-file:{path}"
    device = escpos_out.open_device(printer.kind, printer.address, settings, timeout=timeout)
    escpos_out.send(data, device, printer.name)
    return f"{printer.kind}:{printer.address}"
