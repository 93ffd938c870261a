"""CSV written for people to open in a spreadsheet: a cell that would start a formula (``=``,
``+``, ``-``, ``@``, a tab or a carriage return first) is written with a single quote in front, so
``=HYPERLINK(…)`` from an imported file or a typed note is shown as text, never run."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import IO, Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` as written to a CSV cell: text that a spreadsheet would read as a formula gets a
    leading single quote; numbers and empty cells stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write(fh: IO[str], headers: Sequence[Any], rows: Iterable[Sequence[Any]]) -> None:
    w = csv.writer(fh)
    w.writerow([safe_cell(h) for h in headers])
    w.writerows([safe_cell(v) for v in row] for row in rows)


def to_text(headers: Sequence[Any], rows: Iterable[Sequence[Any]]) -> str:
    buf = io.StringIO()
    write(buf, headers, rows)
    return buf.getvalue()
