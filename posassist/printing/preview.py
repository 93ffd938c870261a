"""Reading ESC/POS bytes back: what a thermal printer would put on paper, as data and as a picture.

``read`` interprets the commands posassist sends (initialise, code page, alignment, bold, double
size, Code 128 and QR barcodes, feeds, cut) and decodes the text through the code page in force,
so a test sees what the paper says and a reviewer sees the slip (``picture``). A command it does
not know is an error, never silently skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from escpos.capabilities import get_profile

if TYPE_CHECKING:
    from PIL import Image

_PY_CODECS = {"ISO_8859-7": "iso8859_7", "ISO_8859-15": "iso8859_15", "KATAKANA": "cp932"}


@dataclass
class SlipLine:
    text: str
    align: str = "left"
    bold: bool = False
    big: bool = False


@dataclass
class SlipCode:
    symbology: str  # code128/qr
    payload: str
    align: str = "center"
    module: int = 2  # dots a bar (Code 128) or a cell (QR)


@dataclass
class SlipImage:
    """A raster image (GS v 0): ``width`` dots across, ``height`` rows, 1 bit a dot, 1 = black."""

    width: int
    height: int
    bits: bytes
    align: str = "center"

    def image(self) -> Image.Image:
        from PIL import Image, ImageOps

        return ImageOps.invert(Image.frombytes("1", (self.width, self.height), self.bits).convert("L"))


@dataclass
class Slip:
    items: list[SlipLine | SlipCode | SlipImage] = field(default_factory=list)
    cuts: int = 0
    code_pages: set[str] = field(default_factory=set)
    dots: int = 512  # the print head's width (the profile's)

    @property
    def text(self) -> str:
        return "\n".join(i.text for i in self.items if isinstance(i, SlipLine))

    @property
    def codes(self) -> list[SlipCode]:
        return [i for i in self.items if isinstance(i, SlipCode)]

    @property
    def images(self) -> list[SlipImage]:
        return [i for i in self.items if isinstance(i, SlipImage)]


def _codec(profile: str, n: int) -> tuple[str, str]:
    pages = {str(k): str(v) for k, v in get_profile(profile).profile_data.get("codePages", {}).items()}
    name = pages.get(str(n), "CP437")
    return name, _PY_CODECS.get(name, name.lower().replace("-", "_"))


def read(data: bytes, profile: str = "TM-T88V") -> Slip:  # noqa: C901, PLR0915 - one command table
    media = get_profile(profile).profile_data.get("media", {}).get("width", {})
    slip = Slip(dots=int(media.get("pixels", 512)) if str(media.get("pixels", "")).isdigit() else 512)
    state = {"align": "left", "bold": False, "big": False}
    module = {"bar": 2, "qr": 3}
    page_name, codec = _codec(profile, 0)
    buf = bytearray()
    text = ""
    i = 0

    def flush() -> None:
        nonlocal text
        if buf:
            text += bytes(buf).decode(codec, errors="replace")
            buf.clear()

    def newline() -> None:
        nonlocal text
        flush()
        slip.items.append(SlipLine(text, str(state["align"]), bool(state["bold"]), bool(state["big"])))
        text = ""

    aligns = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}
    while i < len(data):
        b = data[i]
        if b == 0x0A:
            newline()
            i += 1
        elif b == 0x1B:  # ESC
            cmd = data[i + 1]
            if cmd == 0x40:  # ESC @
                state.update(align="left", bold=False, big=False)
                i += 2
            elif cmd == 0x74:  # ESC t n: code page
                flush()
                page_name, codec = _codec(profile, data[i + 2])
                slip.code_pages.add(page_name)
                i += 3
            elif cmd == 0x61:  # ESC a n
                state["align"] = aligns.get(data[i + 2], "left")
                i += 3
            elif cmd == 0x45:  # ESC E n
                state["bold"] = bool(data[i + 2])
                i += 3
            elif cmd == 0x21:  # ESC ! n
                state["big"] = bool(data[i + 2] & 0x30)
                i += 3
            elif cmd in (
                0x7B,
                0x2D,
                0x4D,
                0x47,
                0x56,
                0x33,
            ):  # upside down, underline, font, double strike, rotate, spacing
                i += 3
            elif cmd == 0x32:  # ESC 2: default line spacing
                i += 2
            elif cmd == 0x64:  # ESC d n: feed n lines
                for _ in range(data[i + 2]):
                    newline()
                i += 3
            else:
                raise ValueError(f"ESC {cmd:#04x} at byte {i} is not a command posassist sends")
        elif b == 0x1D:  # GS
            cmd = data[i + 1]
            if cmd in (
                0x62,
                0x42,
                0x68,
                0x77,
                0x66,
                0x48,
                0x21,
            ):  # smoothing, invert, barcode height/width/font/HRI, size
                if cmd == 0x21:
                    state["big"] = bool(data[i + 2] & 0x11)
                if cmd == 0x77:  # GS w n: a bar's width in dots
                    module["bar"] = data[i + 2]
                i += 3
            elif cmd == 0x56:  # GS V m [n]: cut
                flush()
                slip.cuts += 1
                i += 4 if data[i + 2] >= 65 else 3
            elif cmd == 0x6B:  # GS k m …: barcode
                m = data[i + 2]
                if m >= 65:
                    n = data[i + 3]
                    raw = bytes(data[i + 4 : i + 4 + n])
                    i += 4 + n
                else:
                    end = data.index(0, i + 3)
                    raw = bytes(data[i + 3 : end])
                    i = end + 1
                payload = raw.decode("ascii")
                if m == 73 and payload[:1] == "{":  # Code 128: the code set prefix is not data
                    payload = payload[2:]
                kind = "code128" if m == 73 else f"barcode{m}"
                slip.items.append(SlipCode(kind, payload, str(state["align"]), module["bar"]))
            elif cmd == 0x76 and data[i + 2] == 0x30:  # GS v 0 m xL xH yL yH d…: raster image
                flush()
                across, rows = data[i + 4] + 256 * data[i + 5], data[i + 6] + 256 * data[i + 7]
                bits = bytes(data[i + 8 : i + 8 + across * rows])
                if len(bits) != across * rows:
                    raise ValueError(f"GS v 0 at byte {i}: the image ends early")
                slip.items.append(SlipImage(across * 8, rows, bits, str(state["align"])))
                i += 8 + across * rows
            elif cmd == 0x28 and data[i + 2] == 0x6B:  # GS ( k: QR code
                size = data[i + 3] + 256 * data[i + 4]
                body = bytes(data[i + 5 : i + 5 + size])
                if body[:2] == b"1C":  # the cell size in dots
                    module["qr"] = body[2]
                if body[:3] == b"1P0":
                    slip.items.append(SlipCode("qr", body[3:].decode("utf-8"), str(state["align"]), module["qr"]))
                i += 5 + size
            else:
                raise ValueError(f"GS {cmd:#04x} at byte {i} is not a command posassist sends")
        else:
            buf.append(b)
            i += 1
    flush()
    if text:
        slip.items.append(SlipLine(text, str(state["align"]), bool(state["bold"]), bool(state["big"])))
    return slip


def picture(slip: Slip, path: Path, *, columns: int | None = None) -> Path:
    """The slip as a PNG, one pixel a dot of the print head (the profile's width), barcodes drawn
    from their payloads at the bar and cell size the printer was sent, a dashed line at the cut."""
    from PIL import Image, ImageDraw, ImageFont

    dots = slip.dots
    columns = columns or (42 if dots >= 500 else 32)
    margin = 16
    font_path = _mono_font()
    cell = (dots - 2 * margin) / columns
    size = max(8, int(cell / 0.6))
    font = ImageFont.truetype(font_path, size)
    bold = ImageFont.truetype(_mono_font(bold=True), size)
    big = ImageFont.truetype(_mono_font(bold=True), size * 2)
    rows: list[tuple[Image.Image | None, SlipLine | None, int]] = []
    height = margin
    for item in slip.items:
        if isinstance(item, SlipImage):
            rows.append((item.image().convert("RGB"), None, height))
            height += item.height + 4
        elif isinstance(item, SlipCode):
            img = _code_image(item)
            if img.width > dots:  # off the roll, as on paper
                img = img.crop((0, 0, dots, img.height))
            rows.append((img, None, height))
            height += img.height + 8
        else:
            h = int(size * (2.4 if item.big else 1.3))
            rows.append((None, item, height))
            height += h
    height += margin + 16 * slip.cuts
    page = Image.new("RGB", (dots, height), (252, 251, 246))
    draw = ImageDraw.Draw(page)
    for picture_, line, y in rows:
        if picture_ is not None:
            page.paste(picture_, ((dots - picture_.width) // 2, y))
        elif line is not None:
            f = big if line.big else bold if line.bold else font
            w = draw.textlength(line.text, font=f)
            x = margin if line.align == "left" else (dots - w) / 2 if line.align == "center" else dots - margin - w
            draw.text((x, y), line.text, fill=(20, 20, 20), font=f)
    if slip.cuts:
        y = height - margin
        for x in range(0, dots, 12):
            draw.line((x, y, x + 6, y), fill=(120, 120, 120), width=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.save(path)
    return path


def _code_image(code: SlipCode) -> Image.Image:
    if code.symbology == "qr":
        import qrcode

        img: Image.Image = qrcode.make(code.payload, box_size=code.module, border=2).get_image().convert("RGB")
        return img
    from barcode import Code128
    from barcode.writer import ImageWriter

    bars: Image.Image = Code128(code.payload, writer=ImageWriter()).render(
        {"module_width": code.module * 0.1, "module_height": 8, "write_text": False, "quiet_zone": 1, "dpi": 254}
    )
    return bars


def _mono_font(bold: bool = False) -> str:
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"):
        if (Path(folder) / name).exists():
            return str(Path(folder) / name)
    return name  # Pillow looks it up itself
