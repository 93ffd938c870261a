"""An order's fingerprint: what a file imported again compares to know an order unchanged
without reading it. Of its rows' texts (``fingerprint``); orders imported by earlier versions
carry one of their cells (``legacy_fingerprint``), which still matches."""

from __future__ import annotations

import hashlib
from hashlib import blake2b

from posassist.services.sales_import.model import RawOrder

Row = tuple[int, int, list[str]]  # (row, line, values), as reading.Row
FINGERPRINT = "r"  # what a fingerprint of the rows' texts starts with (hex digits never are an r)


def fingerprint(texts: list[str]) -> str:
    """An order's fingerprint: of its rows' texts, every line break as "\\n" and the last one
    ended by one (27 characters; the stored one may carry the order's line-item rows after a
    dot, see sift.stored_digest)."""
    text = texts[0] if len(texts) == 1 else "".join(texts)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return FINGERPRINT + blake2b(text.encode("utf-8", "surrogatepass"), digest_size=13).hexdigest()


def legacy_fingerprint(rows: list[Row], texts: bool) -> str:
    """The fingerprint earlier versions stored: of the rows' cells (without the text cell, when
    they carry one): each row's cells joined by US, each row closed by RS, hashed in one call."""
    cells = [r[2][:-1] for r in rows] if texts else [r[2] for r in rows]
    text = "\x1e".join(map("\x1f".join, cells))
    return hashlib.blake2b((text + "\x1e").encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def same_rows(stored: str | None, digest: str) -> bool:
    """Whether a stored fingerprint (with or without its line count) is ``digest``."""
    return stored is not None and stored.partition(".")[0] == digest


def stored_lines(stored: str | None) -> int | None:
    """The line-item rows a stored fingerprint carries (None: it carries none)."""
    if not stored or "." not in stored:
        return None
    tail = stored.rpartition(".")[2]
    return int(tail) if tail.isdigit() else None


def is_legacy(stored: str | None) -> bool:
    return bool(stored) and not str(stored).startswith(FINGERPRINT)


def sealed_texts(raw: RawOrder) -> RawOrder:
    raw.digest = fingerprint([r[2][-1] for r in raw.rows])
    return raw


def sealed(raw: RawOrder) -> RawOrder:
    raw.digest = legacy_fingerprint(raw.rows, False)
    return raw
