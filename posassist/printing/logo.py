"""A store's logo for its receipts: an image file (PNG, JPEG, GIF, BMP) named by the set-up's
``receipt_logo``, made ready for a thermal head (black and white, no wider than the roll prints)
and for the PDF page. A logo file that has gone since the set-up leaves the receipt without it:
the receipt still prints."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from posassist.i18n import tr

log = logging.getLogger("posassist.printing")
MAX_BYTES = 5 * 1024 * 1024  # a logo, not a photograph
MAX_PIXELS = 4096 * 4096
LOGO_HEIGHT_DOTS = 160  # at most this tall on a thermal slip (2 cm at 203 dpi)


class LogoError(ValueError):
    """The logo file cannot be used; the message says why in the reader's words."""


def load_logo(path: str | Path) -> Image.Image:
    """The image at ``path``, opened and checked; raises LogoError with what is wrong."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise LogoError(tr("there is no image file at {path}", path=str(p))) from None
    if size > MAX_BYTES:
        raise LogoError(tr("{path} is larger than 5 MB; a receipt logo is a small image", path=str(p)))
    try:
        with Image.open(p) as img:
            if img.width * img.height > MAX_PIXELS:
                raise LogoError(tr("{path} has too many pixels for a receipt logo", path=str(p)))
            img.load()
            return img.copy()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise LogoError(tr("{path} is not an image posassist can read (PNG, JPEG, GIF or BMP)", path=str(p))) from None


def _flat(img: Image.Image) -> Image.Image:
    """On white: a transparent logo's background prints as paper, not black."""
    if img.mode in ("RGBA", "LA", "P"):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("RGB")


def for_thermal(img: Image.Image, head_dots: int) -> Image.Image:
    """Black and white (dithered), at most the head's width and LOGO_HEIGHT_DOTS tall, its width
    a multiple of 8 (a raster row is whole bytes)."""
    flat = _flat(img)
    scale = min(1.0, head_dots / flat.width, LOGO_HEIGHT_DOTS / flat.height)
    w, h = max(8, int(flat.width * scale)), max(1, int(flat.height * scale))
    fitted = flat.resize((w, h), Image.Resampling.LANCZOS) if (w, h) != flat.size else flat
    w8 = (w + 7) // 8 * 8
    if w8 != w:
        fitted = ImageOps.expand(fitted, border=(0, 0, w8 - w, 0), fill=(255, 255, 255))
    return fitted.convert("L").convert("1")


def png_bytes(img: Image.Image, max_width: int = 600) -> bytes:
    """The logo as PNG for the PDF page (at most ``max_width`` pixels wide)."""
    flat = _flat(img)
    if flat.width > max_width:
        flat = flat.resize((max_width, max(1, flat.height * max_width // flat.width)), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    flat.save(out, format="PNG")
    return out.getvalue()


def logo_or_none(path: str | None) -> Image.Image | None:
    """The logo for a receipt, or None (no logo set, or the file has gone: logged, the receipt prints)."""
    if not path:
        return None
    try:
        return load_logo(path)
    except LogoError as err:
        log.warning("receipt logo left out: %s", err)
        return None
