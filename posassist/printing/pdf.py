"""Receipts as PDF pages (QPdfWriter) and on the system printer (QPrinter), from one HTML layout.

Runs off the GUI thread (the window hands it to its task runner; the command line calls it
directly): QTextDocument, QPdfWriter and QPrinter paint without a screen. The barcode is drawn
from the receipt number (python-barcode's Code 128 or qrcode) and placed as an image resource."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from posassist.domain.receipt import ReceiptDoc
from posassist.printing.faults import PrinterFault
from posassist.printing.layout import Code, Logo, Pair, Rule, Text, blocks
from posassist.printing.logo import logo_or_none, png_bytes

BARCODE_URL = "posassist-barcode.png"
LOGO_URL = "posassist-logo.png"
LOGO_WIDTH = 160  # points across the page
LAYOUT_DPI = 96  # the receipt is laid out as on screen; a printer draws it scaled to its own
# The barcode image is drawn at three times the layout's resolution, whole pixels a module (4 px,
# 0.35 mm), and placed at its physical size: at 96 dpi a Code 128 module fitting an A5 page was
# 1.5 px, bars of one and two pixels by turns that scanners (and zxing) could not read for some
# receipt numbers.
BARCODE_DPI = 3 * LAYOUT_DPI
BARCODE_MODULE_PX = 4
_APP: list[object] = []  # the command line's Qt application, made once when a page is asked for


def _qt() -> None:
    """Qt lays text out only inside an application object: the window has one; the command line
    gets an offscreen one here."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication([]))


def html(doc: ReceiptDoc, barcode_width: int | None = None) -> str:
    """The receipt's page; ``barcode_width`` is the barcode image's width in layout pixels."""
    parts: list[str] = []
    rows: list[str] = []

    def close_table() -> None:
        if rows:
            parts.append("<table width='100%' cellspacing=0 cellpadding=2>" + "".join(rows) + "</table>")
            rows.clear()

    for b in blocks(doc):
        if isinstance(b, Pair):
            weight = " style='font-weight:bold'" if b.bold else ""
            rows.append(f"<tr{weight}><td>{escape(b.left)}</td><td align=right>{escape(b.right)}</td></tr>")
            continue
        close_table()
        if isinstance(b, Rule):
            parts.append("<hr>")
        elif isinstance(b, Code):
            width = f" width={barcode_width}" if barcode_width else ""
            parts.append(f"<p align=center><img src='{BARCODE_URL}'{width}></p>")
        elif isinstance(b, Logo):
            parts.append(f"<p align=center><img src='{LOGO_URL}' width={LOGO_WIDTH}></p>")
        elif isinstance(b, Text):
            style = []
            if b.bold:
                style.append("font-weight:bold")
            if b.big:
                style.append("font-size:16pt")
            attr = f" style='{';'.join(style)}'" if style else ""
            parts.append(f"<p align={b.align}{attr}>{escape(b.text)}</p>")
    close_table()
    return "<body style='font-family:DejaVu Sans; font-size:9pt'>" + "".join(parts) + "</body>"


def barcode_png(payload: str, symbology: str) -> bytes:
    out = io.BytesIO()
    if symbology == "qr":
        import qrcode

        qrcode.make(payload, box_size=BARCODE_MODULE_PX * 3, border=2).save(out)  # 1 mm modules
    else:
        from barcode import Code128
        from barcode.writer import ImageWriter

        img = Code128(payload, writer=ImageWriter()).render(
            {
                "module_width": 25.4 / BARCODE_DPI * BARCODE_MODULE_PX,
                "module_height": 14,
                "write_text": False,
                "quiet_zone": 6,
                "dpi": BARCODE_DPI,
            }
        )
        img.save(out, format="PNG")
    return out.getvalue()


def document(doc: ReceiptDoc) -> QTextDocument:
    _qt()
    qdoc = QTextDocument()
    logo = logo_or_none(doc.logo)
    if logo is not None:
        qdoc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), QImage.fromData(png_bytes(logo)))
    else:
        doc = replace(doc, logo=None)
    width = None
    if doc.barcode:
        image = QImage.fromData(barcode_png(doc.barcode, doc.symbology))
        qdoc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(BARCODE_URL), image)
        width = round(image.width() * LAYOUT_DPI / BARCODE_DPI)
    qdoc.setDefaultStyleSheet("p { margin-top: 0px; margin-bottom: 3px; } hr { margin: 0px; }")
    qdoc.setHtml(html(doc, width))
    return qdoc


def write_pdf(doc: ReceiptDoc, path: Path, *, page: str = "A5") -> Path:
    """The receipt as a PDF at ``path`` (A5, or A4)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        probe = path.parent / f".{path.name}.probe"
        probe.write_bytes(b"")  # QPdfWriter says nothing when it cannot write: find out first
        probe.unlink()
    except OSError as err:
        raise PrinterFault("pdf", str(path), detail=err.strerror or str(err)) from err
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if page == "A4" else QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(LAYOUT_DPI)  # the document lays out in points as on screen
    writer.setTitle(doc.number)
    writer.setCreator("posassist")
    qdoc = document(doc)
    _fit_page(qdoc, writer)
    qdoc.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise PrinterFault("pdf", str(path), detail="nothing was written")
    return path


def _fit_page(qdoc: QTextDocument, device: QPdfWriter | QPrinter) -> None:
    """The page's own margins, not QTextDocument's default 2 cm on top of them."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    qdoc.setPageSize(QSizeF(rect.width(), rect.height()))
    qdoc.setDocumentMargin(0)


def system_printers() -> list[str]:

    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def print_system(doc: ReceiptDoc, printer_name: str = "") -> None:
    """Print on a printer the operating system knows (CUPS, Windows): by name, or its default."""

    info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrinterFault("unplugged", printer_name or "(default)")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if not printer.isValid():
        raise PrinterFault("off", info.printerName())
    print_on(doc, printer)


def print_on(doc: ReceiptDoc, printer: QPrinter) -> None:
    """The receipt on ``printer`` (a system printer, or a QPrinter writing a PDF in tests).

    The layout is in points as on screen (96 a inch, as the PDF's), drawn scaled to the printer's
    resolution: a 1200 dpi printer prints the receipt the size the PDF shows, not 1/12 of it."""
    printer.setDocName(doc.number)
    qdoc = document(doc)
    scale = printer.resolution() / LAYOUT_DPI
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    page = QSizeF(rect.width() / scale, rect.height() / scale)
    qdoc.setPageSize(page)
    qdoc.setDocumentMargin(0)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterFault("system", printer.printerName() or doc.number, detail="the printer refused the job")
    try:
        painter.scale(scale, scale)
        for n in range(qdoc.pageCount()):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(0, -n * page.height())
            qdoc.drawContents(painter, QRectF(QPointF(0, n * page.height()), page))
            painter.restore()
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrinterFault("system", printer.printerName() or doc.number, detail="the print job failed")


def page_png(pdf: Path, png: Path, page: int = 0, dpi: int = 192) -> Path:
    """A page of a PDF as a PNG (QtPdf), to look at what was printed."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    pdoc = QPdfDocument()
    pdoc.load(str(pdf))
    if pdoc.pageCount() <= page:
        raise ValueError(f"{pdf} has {pdoc.pageCount()} pages")
    size = pdoc.pagePointSize(page)
    image = pdoc.render(page, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
    png.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(png))
    pdoc.close()
    return png
