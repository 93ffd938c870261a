"""The receipt's barcode on a PDF page scans, whatever the receipt number and the reader's resolution."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp

from posassist.printing import pdf
from tests.printing.test_escpos import receipt
from tests.printing.test_logo import _on_paper

# RT-NORTH-260907-EF376463 did not scan when its modules were 1.5 px of a 96 dpi image
NUMBERS = ["RT-NORTH-260907-EF376463", "SA-1", "RT-DOWNTOWN-261231-00000000", "RT-N-260101-FFFFFFFF"]


@pytest.mark.parametrize("symbology", ["code128", "qr"])
def test_the_barcode_image_has_whole_pixel_modules_and_scans(symbology: str, tmp_path: Path) -> None:
    for number in NUMBERS:
        doc = replace(receipt(), number=number, barcode=number, symbology=symbology)
        out = pdf.write_pdf(doc, tmp_path / f"{number}.pdf")
        for dpi in (150, 203, 300):  # a page viewer, a thermal head, an office printer
            page = _on_paper(pdf.page_png(out, tmp_path / f"{number}-{dpi}.png", dpi=dpi))
            found = [r.text for r in zxingcpp.read_barcodes(page)]
            assert found == [number], (number, dpi, found)


def test_the_barcode_is_placed_at_its_physical_size() -> None:
    doc = replace(receipt(), barcode="RT-NORTH-260907-EF376463")
    qdoc = pdf.document(doc)
    html = qdoc.toHtml()
    image = pdf.QImage.fromData(pdf.barcode_png(doc.barcode, doc.symbology))
    width = round(image.width() * pdf.LAYOUT_DPI / pdf.BARCODE_DPI)
    assert f'width="{width}"' in html
    # 0.35 mm modules: the image's pixels a module are whole
    assert pdf.BARCODE_DPI % pdf.LAYOUT_DPI == 0 and pdf.BARCODE_MODULE_PX >= 3
