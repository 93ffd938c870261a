"""From a file to orders' rows: encoding and delimiter, the header, a file a spreadsheet wrapped
into one column, a file cut inside a quoted field, and consecutive rows grouped by order. Rows are
plain lists (no dict per row) and nothing holds more than one order's rows."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.catalogue_sync import sources
from posassist.services.sales_import.model import RawOrder, Report

Row = tuple[int, int, list[str]]  # (row, line, values)


class _Lines:
    """The text stream csv reads through: counts physical lines and keeps the current record's."""

    def __init__(self, fh: io.TextIOBase) -> None:
        self.fh = fh
        self.line = 0
        self.pending: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        text = self.fh.readline()
        if not text:
            raise StopIteration
        self.line += 1
        self.pending.append(text)
        return text


@dataclass
class Table:
    header: list[str]
    index: dict[str, int]  # normalised header name -> column
    rows: Iterator[Row]
    encoding: str
    wrapped: bool  # the whole file was in one column (a spreadsheet round trip) and was unwrapped

    def col(self, *names: str) -> int | None:
        for n in names:
            i = self.index.get(norm(n))
            if i is not None:
                return i
        return None


def norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").replace("\xa0", " ").replace("_", " ").strip().lower().split())


def open_table(path: Path, report: Report) -> Table:
    encoding = sources.sniff_encoding(path)
    if encoding == "cp1252":
        report.add(
            None,
            None,
            None,
            None,
            "warning",
            "encoding",
            "The file is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented names.",
        )
    fh = path.open("r", encoding=encoding, errors="replace", newline="")
    sample = fh.read(65536)
    fh.seek(0)
    delimiter = sources.sniff_delimiter(sample)
    lines = _Lines(fh)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        fh.close()
        raise InvalidInput(tr("The file is empty; nothing to import.")) from None
    lines.pending.clear()
    wrapped = False
    if len([h for h in header if h.strip()]) == 1 and header[0].count(",") >= 2:
        # "Name,Email,…" in one cell: a spreadsheet saved every line as one quoted field
        wrapped = True
        header = next(csv.reader([header[0]]))
        report.add(
            None,
            1,
            None,
            None,
            "warning",
            "damaged_file",
            "The whole file was in one column (a spreadsheet saved each line as one quoted cell); "
            "it was read by splitting each line again. Export it from the source again if anything looks wrong.",
        )
    header = [h.replace("\ufeff", "").replace("\xa0", " ").strip() for h in header]
    index: dict[str, int] = {}
    for i, h in enumerate(header):
        index.setdefault(norm(h), i)
    return Table(header, index, _rows(fh, lines, reader, wrapped, report, len(header)), encoding, wrapped)


def _rows(
    fh: io.TextIOBase, lines: _Lines, reader: Iterator[list[str]], wrapped: bool, report: Report, width: int
) -> Iterator[Row]:
    """Records padded to one more cell than the header has: a missing column reads as that blank."""
    row = 0
    with fh:
        start = lines.line + 1
        for values in reader:
            row += 1
            raw_lines = lines.pending
            if len(raw_lines) > 1 or not raw_lines or not raw_lines[-1].endswith(("\n", "\r")):
                if sum(t.count('"') for t in raw_lines) % 2 == 1 and not _more(fh):
                    report.add(
                        row,
                        start,
                        None,
                        None,
                        "error",
                        "damaged_file",
                        f"The file ends inside a quoted field that starts on line {start}: it was cut off "
                        "(an interrupted download or copy). Export or download it again.",
                    )
                    report.counts.skipped += 1
                    return
            lines.pending = []
            if wrapped and len(values) == 1:
                values = next(csv.reader([values[0]]), [])
            if any(values):
                if len(values) <= width:
                    values.extend([""] * (width + 1 - len(values)))
                yield row, start, values
            start = lines.line + 1


def _more(fh: io.TextIOBase) -> bool:
    pos = fh.tell()
    more = bool(fh.read(1))
    fh.seek(pos)
    return more


def group(rows: Iterator[Row], key: Callable[[list[str]], str]) -> Iterator[RawOrder]:
    """Consecutive rows with the same order key are one order (the exports write an order's rows
    together; the first carries the order's fields). Each order gets a fingerprint of its cells,
    so an order already imported from the same cells is recognised without being read again."""
    current: RawOrder | None = None
    for r in rows:
        k = key(r[2])
        if current is not None and (k == current.key or not k):
            current.rows.append(r)
            continue
        if current is not None:
            yield _sealed(current)
        current = RawOrder(k, r[0], r[1], [r])
    if current is not None:
        yield _sealed(current)


def _sealed(raw: RawOrder) -> RawOrder:
    # the cells of each row joined by US, each row closed by RS, hashed in one call
    text = "\x1e".join(["\x1f".join(values) for _, _, values in raw.rows])
    raw.digest = hashlib.blake2b((text + "\x1e").encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return raw
