"""From a file to orders' rows: encoding and delimiter, the header, a file a spreadsheet wrapped
into one column, a file cut inside a quoted field, and consecutive rows grouped by order. Rows are
plain lists (no dict per row) and nothing holds more than one order's rows."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.catalogue_sync import sources
from posassist.services.sales_import.model import RawOrder, Report

Row = tuple[int, int, list[str]]  # (row, line, values)
CHUNK = 1000  # orders read, compared and written at a time


@dataclass
class Table:
    header: list[str]
    index: dict[str, int]  # normalised header name -> column
    rows: Iterator[Row]
    encoding: str
    wrapped: bool  # the whole file was in one column (a spreadsheet round trip) and was unwrapped
    handle: io.TextIOBase | None = None  # the open file, closed when ``rows`` ends (or by ``close``)

    def close(self) -> None:
        """Done with the file before reading its rows (another process reads them)."""
        if self.handle is not None:
            self.handle.close()

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
    reader = csv.reader(fh, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        fh.close()
        raise InvalidInput(tr("The file is empty; nothing to import.")) from None
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
    return Table(header, index, _rows(fh, path, reader, wrapped, report, len(header)), encoding, wrapped, fh)


def _rows(fh: io.TextIOBase, path: Path, reader: Any, wrapped: bool, report: Report, width: int) -> Iterator[Row]:
    """Records padded to one more cell than the header has: a missing column reads as that blank.
    The reader counts the physical lines (a quoted cell may hold line breaks); each record is
    handed on once the next one is read, so the last one can be checked for a cut-off file."""
    row = 0
    last = reader.line_num  # physical lines read so far
    held: Row | None = None  # the record read last: handed on once it is known not to be cut off
    with fh:
        for values in reader:
            row += 1
            if held is not None:
                cells = held[2]
                if wrapped and len(cells) == 1:
                    cells = next(csv.reader([cells[0]]), [])
                if any(cells):
                    if len(cells) == width:
                        cells.append("")
                    elif len(cells) < width:
                        cells.extend([""] * (width + 1 - len(cells)))
                    yield held[0], held[1], cells
            held = (row, last + 1, values)
            last = reader.line_num
        if held is None:
            return
        if _cut_off(path, last - held[1] + 1):
            report.add(
                held[0],
                held[1],
                None,
                None,
                "error",
                "damaged_file",
                f"The file ends inside a quoted field that starts on line {held[1]}: it was cut off "
                "(an interrupted download or copy). Export or download it again.",
            )
            report.counts.skipped += 1
            return
        cells = held[2]
        if wrapped and len(cells) == 1:
            cells = next(csv.reader([cells[0]]), [])
        if any(cells):
            if len(cells) <= width:
                cells.extend([""] * (width + 1 - len(cells)))
            yield held[0], held[1], cells


_BREAK = re.compile(rb"\r\n|\r|\n")


def _cut_off(path: Path, lines: int) -> bool:
    """Whether the file's last record (its last ``lines`` physical lines) ends inside a quoted
    field: it spans lines or has no line break at its end, and holds an odd number of quotes.
    Read from the end of the file, in bytes (quotes and line breaks are the same bytes in UTF-8
    and Windows-1252)."""
    with path.open("rb") as fb:
        size = fb.seek(0, 2)
        block, tail = 65536, b""
        while True:
            start = max(0, size - block)
            fb.seek(start)
            tail = fb.read(size - start)
            breaks = [m.end() for m in _BREAK.finditer(tail)]
            closed = bool(breaks) and breaks[-1] == len(tail)
            inner = breaks[:-1] if closed else breaks
            if len(inner) >= lines or start == 0:
                break
            block *= 4
    begin = inner[-lines] if len(inner) >= lines else 0
    record = tail[begin:]
    if lines <= 1 and closed:
        return False  # one whole line: a stray quote in it is the cell's own
    return record.count(b'"') % 2 == 1


def group(rows: Iterator[Row], key: Callable[[list[str]], str], column: int | None = None) -> Iterator[RawOrder]:
    """Consecutive rows with the same order key are one order (the exports write an order's rows
    together; the first carries the order's fields). Each order gets a fingerprint of its cells,
    so an order already imported from the same cells is recognised without being read again.
    ``column``: the key is that cell, stripped (rows are padded, so it is always there), read
    without a call to ``key`` for every row."""
    current: RawOrder | None = None
    if column is not None:
        for r in rows:
            k = r[2][column].strip()
            if current is not None and (k == current.key or not k):
                current.rows.append(r)
                continue
            if current is not None:
                yield _sealed(current)
            current = RawOrder(k, r[0], r[1], [r])
    else:
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


_CELLS = itemgetter(2)


def _sealed(raw: RawOrder) -> RawOrder:
    # the cells of each row joined by US, each row closed by RS, hashed in one call
    text = "\x1e".join(map("\x1f".join, map(_CELLS, raw.rows)))
    raw.digest = hashlib.blake2b((text + "\x1e").encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return raw


def chunks(it: Iterable[RawOrder]) -> Iterable[list[RawOrder]]:
    batch: list[RawOrder] = []
    for r in it:
        batch.append(r)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
