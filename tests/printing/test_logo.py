"""The store's logo on its receipts: a raster image (GS v 0) in the ESC/POS byte stream, as wide as
the roll's head allows and no wider, ahead of the store's name; a picture on the PDF page; a logo
file that has gone leaves the receipt without it (the receipt still prints)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from posassist.domain.receipt import ReceiptDoc
from posassist.printing import escpos_out, pdf, preview
from posassist.printing.logo import LOGO_HEIGHT_DOTS
from tests.printing.test_escpos import receipt


def _logo(path: Path, size: tuple[int, int] = (200, 80), mode: str = "RGB") -> Path:
    """A black block on the left half of a white (or transparent) image: easy to find again."""
    img = Image.new(mode, size, (255, 255, 255, 0) if mode == "RGBA" else "white")
    ImageDraw.Draw(img).rectangle((0, 0, size[0] // 2 - 1, size[1] - 1), fill="black")
    img.save(path)
    return path


def _raster_header(data: bytes) -> tuple[int, int, int]:
    """(offset, bytes across, rows) of the one GS v 0 command in ``data``."""
    at = data.find(b"\x1dv0")
    assert at >= 0, "no raster image (GS v 0) in the byte stream"
    across = data[at + 4] + 256 * data[at + 5]
    rows = data[at + 6] + 256 * data[at + 7]
    return at, across, rows


def test_the_logo_is_a_raster_image_in_the_byte_stream_before_the_store_name(tmp_path: Path) -> None:
    doc = receipt(logo=str(_logo(tmp_path / "logo.png")))
    data = escpos_out.to_bytes(doc)
    at, across, rows = _raster_header(data)
    assert data[at + 3] == 0  # m = 0: normal size, one dot a dot
    assert (across, rows) == (200 // 8, 80)  # a small logo prints at its own size, whole bytes a row
    assert at < data.find(b"Downtown")  # at the top, above the store's name
    slip = preview.read(data)
    [image] = slip.images
    assert (image.width, image.height) == (200, 80) and image.align == "center"
    picture = image.image().convert("L")
    assert picture.getpixel((10, 40)) == 0 and picture.getpixel((190, 40)) == 255  # black left, paper right
    # without a logo: no raster image at all
    assert b"\x1dv0" not in escpos_out.to_bytes(receipt())


@pytest.mark.parametrize(("width_mm", "dots"), [(80, 512), (58, 432)])
def test_a_wide_logo_is_scaled_to_the_print_head_and_kept_in_proportion(
    tmp_path: Path, width_mm: int, dots: int
) -> None:
    settings = escpos_out.Thermal(width_mm=width_mm)
    doc = receipt(logo=str(_logo(tmp_path / "wide.png", (1600, 200))))
    data = escpos_out.to_bytes(doc, settings)
    _, across, rows = _raster_header(data)
    assert across * 8 <= dots and across * 8 > dots - 8  # as wide as the head allows, whole bytes
    assert rows == pytest.approx(200 * (across * 8) / 1600, abs=2)  # its proportions kept
    [image] = preview.read(data, settings.profile_name).images
    assert image.width == across * 8


def test_a_tall_logo_is_kept_short_and_a_transparent_one_prints_on_paper(tmp_path: Path) -> None:
    data = escpos_out.to_bytes(receipt(logo=str(_logo(tmp_path / "tall.png", (300, 900)))))
    _, across, rows = _raster_header(data)
    assert rows == LOGO_HEIGHT_DOTS and across * 8 >= 300 * LOGO_HEIGHT_DOTS // 900
    clear = escpos_out.to_bytes(receipt(logo=str(_logo(tmp_path / "clear.png", (160, 40), mode="RGBA"))))
    [image] = preview.read(clear).images
    picture = image.image().convert("L")
    assert picture.getpixel((150, 20)) == 255  # the transparent half is paper, not black ink


def test_a_logo_file_that_has_gone_leaves_the_receipt_without_it(tmp_path: Path) -> None:
    doc = receipt(logo=str(tmp_path / "gone.png"))
    data = escpos_out.to_bytes(doc)
    assert b"\x1dv0" not in data and b"Downtown" in data
    assert preview.read(data).cuts == 1
    out = pdf.write_pdf(doc, tmp_path / "gone.pdf")
    assert out.stat().st_size > 0


def _on_paper(png: Path) -> Image.Image:
    """The rendered page on white (QtPdf leaves what is not printed transparent)."""
    page = Image.open(png).convert("RGBA")
    return Image.alpha_composite(Image.new("RGBA", page.size, "white"), page).convert("L")


def _dark_rows(page: Image.Image, top_fraction: float) -> int:
    """How many pixel rows of the page's top part have ink on them."""
    w = page.width
    band = page.crop((0, 0, w, int(page.height * top_fraction))).tobytes()
    return sum(1 for y in range(len(band) // w) if min(band[y * w : (y + 1) * w]) < 60)


def test_the_pdf_receipt_carries_the_logo_as_an_image_above_the_store_name(tmp_path: Path) -> None:
    logo = _logo(tmp_path / "logo.png", (400, 160))
    with_logo: ReceiptDoc = receipt(logo=str(logo))
    a = pdf.write_pdf(with_logo, tmp_path / "with.pdf")
    b = pdf.write_pdf(receipt(), tmp_path / "without.pdf")
    raw = a.read_bytes()
    assert b"/Subtype /Image" in raw or b"/Subtype/Image" in raw
    assert "posassist-logo.png" in pdf.html(with_logo)
    assert pdf.html(receipt()).count("<img") == 1  # only the barcode
    # rendered: the page with the logo has a block of ink at the top that the one without has not
    page_a = _on_paper(pdf.page_png(a, tmp_path / "with.png", dpi=96))
    page_b = _on_paper(pdf.page_png(b, tmp_path / "without.png", dpi=96))
    assert _dark_rows(page_a, 1 / 6) > _dark_rows(page_b, 1 / 6) + 25
    # the logo's black half: a solid block in the page's upper middle
    w = page_a.width
    block = page_a.crop((w // 3, 0, 2 * w // 3, page_a.height // 6)).tobytes()
    assert block.count(0) > 1000
