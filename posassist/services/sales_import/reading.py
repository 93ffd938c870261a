"""From a file to orders' rows: encoding and delimiter, the header, a file a spreadsheet wrapped
into one column, a file cut inside a quoted field, and consecutive rows grouped by order. Rows are
plain lists (no dict per row) and nothing holds more than one order's rows."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.catalogue_sync import sources
from posassist.services.sales_import.fingerprints import fingerprint, sealed, sealed_texts
from posassist.services.sales_import.model import RawOrder, Report

Row = tuple[int, int, list[str]]  # (row, line, values)
Unsplit = tuple[int, int, list[str] | None, str]  # (row, line, values or None: not split yet, text)
CHUNK = 1000  # orders read, compared and written at a time


@dataclass
class Table:
    header: list[str]
    index: dict[str, int]  # normalised header name -> column
    rows: Iterator[Row]
    encoding: str
    wrapped: bool  # the whole file was in one column (a spreadsheet round trip) and was unwrapped
    handle: io.TextIOBase | None = None  # the open file, closed when ``rows`` ends (or by ``close``)
    delimiter: str = ","
    # the records as the fingerprints of a file imported again need them: (row, line, cells or
    # None, text); a line without quotes is not split into cells (see ``_unsplit``)
    unsplit: Iterator[Unsplit] | None = None

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


def open_table(path: Path, report: Report, *, texts: bool = False, encoding: str | None = None) -> Table:
    """The file's header and its records. ``texts``: each record's cells end with one more, the
    record's text as in the file (an order's fingerprint is made from it, see ``group``).
    ``encoding``: the file's, found already (else read from the whole file)."""
    encoding = encoding or sources.sniff_encoding(path)
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
    split = [True]
    records = _records(fh, delimiter, split)
    first = next(records, None)
    if first is None:
        fh.close()
        raise InvalidInput(tr("The file is empty; nothing to import."))
    header, _text, header_lines = first
    assert header is not None
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
    rows = _rows(fh, path, records, header_lines, wrapped, report, len(header), texts)
    table = Table(header, index, rows, encoding, wrapped, fh, delimiter)
    table.unsplit = _unsplit(fh, path, records, split, header_lines, report, len(header), delimiter)
    return table


def _records(fh: Iterable[str], delimiter: str, split: list[bool]) -> Iterator[tuple[list[str] | None, str, int]]:
    """Each record of the file: its cells as csv.reader reads them, its text as in the file and
    the physical lines it spans. A line without a quote character is a whole record, and its
    cells are what csv.reader makes of it: the line split at the delimiter (made so, at less
    cost). A line with one is read by csv.reader, which takes the lines after it while a quoted
    cell goes on. While ``split[0]`` is false such a line's cells are not made (None)."""
    lines = iter(fh)
    taken: list[str] = []  # the lines csv.reader took for the record it read last
    pushed: list[str] = []

    def feed() -> Iterator[str]:
        while True:
            if pushed:
                got = pushed.pop()
            else:
                nxt = next(lines, None)
                if nxt is None:
                    return
                got = nxt
            taken.append(got)
            yield got

    reader = csv.reader(feed(), delimiter=delimiter)
    for ln in lines:
        if '"' not in ln:
            if split[0]:
                body = ln.rstrip("\r\n")
                yield (body.split(delimiter) if body else []), ln, 1
            else:
                yield None, ln, 1
            continue
        pushed.append(ln)
        taken.clear()
        values = next(reader, None)
        if values is None:
            return
        yield values, "".join(taken), len(taken)


def _rows(
    fh: io.TextIOBase,
    path: Path,
    records: Iterator[tuple[list[str] | None, str, int]],
    last: int,
    wrapped: bool,
    report: Report,
    width: int,
    texts: bool,
) -> Iterator[Row]:
    """Records padded to one more cell than the header has: a missing column reads as that blank
    (and, with ``texts``, the record's text after it); blank ones left out."""
    for row, line, values, text in _checked(fh, path, records, last, report):
        assert values is not None
        cells = _padded(values, wrapped, width)
        if cells is not None:
            if texts:
                cells.append(text)
            yield row, line, cells


def _checked(
    fh: io.TextIOBase, path: Path, records: Iterator[tuple[list[str] | None, str, int]], last: int, report: Report
) -> Iterator[Unsplit]:
    """Each record with its row and the number of its first physical line (a quoted cell may hold
    line breaks), handed on once the next one is read, so the last one can be checked for a
    cut-off file (reported and left out); the file is closed at the end."""
    row = 0
    held: Unsplit | None = None  # read last: handed on once known not to be cut off
    spans = 0  # the physical lines of the record held
    with fh:
        for values, text, n in records:
            row += 1
            if held is not None:
                yield held
            held = (row, last + 1, values, text)
            spans = n
            last += n
        if held is not None and not _cut_off_reported(path, spans, held[0], held[1], report):
            yield held


def _padded(cells: list[str], wrapped: bool, width: int) -> list[str] | None:
    """A record's cells to one more than the header's (None: a blank record)."""
    if wrapped and len(cells) == 1:
        cells = next(csv.reader([cells[0]]), [])
    if not any(cells):
        return None
    if len(cells) == width:
        cells.append("")
    elif len(cells) < width:
        cells.extend([""] * (width + 1 - len(cells)))
    return cells


def _unsplit(
    fh: io.TextIOBase,
    path: Path,
    records: Iterator[tuple[list[str] | None, str, int]],
    split: list[bool],
    last: int,
    report: Report,
    width: int,
    delimiter: str,
) -> Iterator[Unsplit]:
    """The records as ``_rows`` hands them on (blank ones left out, a cut-off last one reported),
    each with its text, but a line without quotes not split: its cells None (``rows_of`` makes
    them when they are wanted). Not for a wrapped file (its lines are all quoted anyway)."""
    split[0] = False
    blank = delimiter + "\r\n"

    def kept(rec: Unsplit) -> Unsplit | None:
        if rec[2] is None:
            return rec if rec[3].strip(blank) else None
        cells = _padded(rec[2], False, width)
        return None if cells is None else (rec[0], rec[1], cells, rec[3])

    for rec in _checked(fh, path, records, last, report):
        if (out := kept(rec)) is not None:
            yield out


def _cut_off_reported(path: Path, spans: int, row: int, line: int, report: Report) -> bool:
    """Whether the last record (``spans`` lines from ``line``) was cut off; reported if so."""
    if not _cut_off(path, spans):
        return False
    report.add(
        row,
        line,
        None,
        None,
        "error",
        "damaged_file",
        f"The file ends inside a quoted field that starts on line {line}: it was cut off "
        "(an interrupted download or copy). Export or download it again.",
    )
    report.counts.skipped += 1
    return True


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


def group(
    rows: Iterator[Row], key: Callable[[list[str]], str], column: int | None = None, *, texts: bool = False
) -> Iterator[RawOrder]:
    """Consecutive rows with the same order key are one order (the exports write an order's rows
    together; the first carries the order's fields). Each order gets a fingerprint, so an order
    already imported from the same rows is recognised without being read again: of the rows'
    texts (``texts``: the last cell of each, see open_table), else of their cells.
    ``column``: the key is that cell, stripped (rows are padded, so it is always there), read
    without a call to ``key`` for every row."""
    seal = sealed_texts if texts else sealed
    current: RawOrder | None = None
    if column is not None:
        for r in rows:
            k = r[2][column].strip()
            if current is not None and (k == current.key or not k):
                current.rows.append(r)
                continue
            if current is not None:
                yield seal(current)
            current = RawOrder(k, r[0], r[1], [r])
    else:
        for r in rows:
            k = key(r[2])
            if current is not None and (k == current.key or not k):
                current.rows.append(r)
                continue
            if current is not None:
                yield seal(current)
            current = RawOrder(k, r[0], r[1], [r])
    if current is not None:
        yield seal(current)


def group_unsplit(records: Iterator[Unsplit], column: int, delimiter: str) -> Iterator[RawOrder]:
    """``group`` over ``Table.unsplit``: each order's records and fingerprint, its rows not made
    (``RawOrder.texts``; ``rows_of`` makes them). ``column`` is the key's cell."""
    current: RawOrder | None = None
    want = column + 1
    for rec in records:
        cells = rec[2]
        if cells is None:
            parts = rec[3].split(delimiter, want)
            k = parts[column].strip() if len(parts) > column else ""  # strip() takes the line break too
        else:
            k = cells[column].strip()
        if current is not None and (k == current.key or not k):
            current.texts.append(rec)
            continue
        if current is not None:
            current.digest = fingerprint([t[3] for t in current.texts])
            yield current
        current = RawOrder(k, rec[0], rec[1], [], texts=[rec])
    if current is not None:
        current.digest = fingerprint([t[3] for t in current.texts])
        yield current


def rows_of(raw: RawOrder, width: int, delimiter: str) -> RawOrder:
    """An order grouped by ``group_unsplit`` with its rows made (cells padded, its text last)."""
    if not raw.rows:
        raw.rows = rows_from([(t[0], t[1], t[3]) for t in raw.texts], width, delimiter)
    return raw


def rows_from(texts: list[tuple[int, int, str]], width: int, delimiter: str, wrapped: bool = False) -> list[Row]:
    """Rows (cells padded, the text last, as ``_rows`` makes them with ``texts``) made again from
    records' (row, line, text)."""
    out: list[Row] = []
    for (row, line, text), cells in zip(texts, csv.reader([t[2] for t in texts], delimiter=delimiter), strict=True):
        padded = _padded(cells, wrapped, width) or [""] * (width + 1)
        padded.append(text)
        out.append((row, line, padded))
    return out


def chunks(it: Iterable[RawOrder]) -> Iterable[list[RawOrder]]:
    batch: list[RawOrder] = []
    for r in it:
        batch.append(r)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
