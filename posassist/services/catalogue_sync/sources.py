"""Opening a source (file or http(s) URL) and reading it as a stream of records, whatever its
encoding, delimiter or shape. Nothing here holds the whole file in memory."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.catalogue_sync.fetching import (
    TEMP_PREFIX,
    FetchLimits,
    check_host,
    fetch,
)

__all__ = [
    "ATOM",
    "FetchLimits",
    "G",
    "MAX_RECORD",
    "OVERSIZE",
    "Record",
    "TEMP_PREFIX",
    "check_host",
    "cleanup",
    "fetch",
    "read_feed",
    "read_json",
    "read_rows",
    "read_table",
    "sniff_delimiter",
    "sniff_encoding",
    "too_large",
]


def _max_record() -> int:
    raw = os.environ.get("POSASSIST_IMPORT_MAX_RECORD_BYTES")
    try:
        return max(1024, int(raw)) if raw else 0
    except ValueError:
        return 0


# a record (one line, or one quoted field) larger than this is reported, not read: a 200 MB line
# must not take gigabytes (descriptions with whole HTML pages in one field still fit)
MAX_RECORD = _max_record() or 16 * 1024 * 1024
csv.field_size_limit(MAX_RECORD)
OVERSIZE = "\ufffe\ufffeposassist:record-too-large"  # stands for a line that was not read


def too_large(row: int) -> str:
    return tr(
        "record {row} is larger than {mb} MB and was not read (POSASSIST_IMPORT_MAX_RECORD_BYTES sets the limit)",
        row=row,
        mb=MAX_RECORD // (1024 * 1024),
    )


Record = tuple[int, int | None, dict[str, str]]  # (row, line, fields); XML items have no line


def sniff_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when it decodes; otherwise Windows-1252 (a superset of Latin-1 in practice)."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def sniff_delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _LineCounter:
    """Wraps a text stream; csv reads through it, so we know where each record starts."""

    def __init__(self, fh: io.TextIOBase) -> None:
        self.fh = fh
        self.line = 0

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        text = self.fh.readline(MAX_RECORD)
        if not text:
            raise StopIteration
        self.line += 1
        if len(text) >= MAX_RECORD and not text.endswith("\n"):  # skip the rest, never hold it
            while (more := self.fh.readline(1 << 20)) and not more.endswith("\n"):
                pass
            return OVERSIZE + "\n"
        return text


def read_table(
    path: Path, encoding: str, delimiter: str | None = None
) -> tuple[list[str], Generator[Record, None, None]]:
    fh = path.open("r", encoding=encoding, errors="replace", newline="")
    sample = fh.read(65536)
    fh.seek(0)
    delim = delimiter or sniff_delimiter(sample)
    counter = _LineCounter(fh)
    reader = csv.reader(counter, delimiter=delim)
    header = _header(reader, fh)

    def records() -> Generator[Record, None, None]:
        row = 0
        with fh:
            start = counter.line + 1
            values: list[str]
            for values in _guarded(reader):
                row += 1
                if values and values[0] == OVERSIZE:
                    yield row, start, {"__error__": values[1] if len(values) > 1 else too_large(row)}
                    start = counter.line + 1
                    continue
                if not any(v.strip() for v in values):
                    start = counter.line + 1
                    continue
                rec = {h: (values[i] if i < len(values) else "") for i, h in enumerate(header) if h}
                yield row, start, rec
                start = counter.line + 1

    return header, records()


def _header(reader: Iterator[list[str]], fh: io.TextIOBase) -> list[str]:
    try:
        first = next(reader)
    except StopIteration:
        fh.close()
        raise InvalidInput(tr("The file is empty; nothing to import.")) from None
    except csv.Error as err:
        fh.close()
        raise InvalidInput(tr("The first line cannot be read as a table: {err}", err=err), field="header") from None
    if first and first[0] == OVERSIZE:
        fh.close()
        raise InvalidInput(too_large(0).replace("record 0", tr("the first line")), field="header")
    return [h.replace("\ufeff", "").replace("\xa0", " ").strip() for h in first]


def _guarded(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """The reader's records; a field over the size limit (a quote never closed) ends the file with
    one error record instead of a traceback."""
    try:
        yield from reader
    except csv.Error as err:
        yield [OVERSIZE, tr("the rest of the file cannot be read: {err}", err=err)]


def read_rows(
    path: Path, encoding: str, delimiter: str | None = None
) -> tuple[list[str], Generator[tuple[int, int | None, list[str]], None, None]]:
    """As ``read_table``, each record as its list of cells (no dict per row: the fast path)."""
    fh = path.open("r", encoding=encoding, errors="replace", newline="")
    sample = fh.read(65536)
    fh.seek(0)
    delim = delimiter or sniff_delimiter(sample)
    counter = _LineCounter(fh)
    reader = csv.reader(counter, delimiter=delim)
    header = _header(reader, fh)

    def records() -> Generator[tuple[int, int | None, list[str]], None, None]:
        row = 0
        with fh:
            start = counter.line + 1
            for values in _guarded(reader):
                row += 1
                # blank (no cell holds more than spaces): asked of the whole row only when its first
                # cell is blank, not of every row (a join and a strip a row at a million rows)
                first = values[0] if values else ""
                if (not first or first.isspace()) and not "".join(values).strip():
                    start = counter.line + 1
                    continue
                yield row, start, values
                start = counter.line + 1

    return header, records()


def read_json(path: Path, encoding: str) -> Iterator[Record]:
    """A JSON array of objects, or JSON Lines; decoded object by object."""
    with path.open("r", encoding=encoding, errors="replace") as fh:
        first = ""
        while True:
            ch = fh.read(1)
            if not ch or not ch.isspace():
                first = ch
                break
        if first == "[":
            yield from _json_array(fh)
            return
        line_no, row = 0, 0
        pending = first
        while text := fh.readline(MAX_RECORD):
            line_no += 1
            text = pending + text
            pending = ""
            if not text.strip():
                continue
            row += 1
            if len(text) >= MAX_RECORD and not text.endswith("\n"):
                while (more := fh.readline(1 << 20)) and not more.endswith("\n"):
                    pass
                yield row, line_no, {"__error__": too_large(row)}
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as err:
                yield (
                    row,
                    line_no,
                    {
                        "__error__": tr(
                            "line {line_no}: {msg} (column {colno})", line_no=line_no, msg=err.msg, colno=err.colno
                        )
                    },
                )
                continue
            yield row, line_no, _flat(obj)


def _json_array(fh: io.TextIOBase) -> Iterator[Record]:
    decoder = json.JSONDecoder()
    buf, row, line, eof = "", 0, 1, False
    while True:
        stripped = buf.lstrip(" \t\r\n,")
        line += buf[: len(buf) - len(stripped)].count("\n")
        buf = stripped
        if buf.startswith("]"):
            return
        try:
            obj, end = decoder.raw_decode(buf)
        except json.JSONDecodeError as err:
            if eof:
                yield (
                    row + 1,
                    line,
                    {
                        "__error__": tr(
                            "line {line}: {msg} (column {colno}); the file ends early or is not valid JSON",
                            line=line + err.lineno - 1,
                            msg=err.msg,
                            colno=err.colno,
                        )
                    },
                )
                return
            if len(buf) > MAX_RECORD:
                yield row + 1, line, {"__error__": too_large(row + 1)}
                return
            more = fh.read(1 << 20)
            if not more:
                eof = True
            buf += more
            continue
        row += 1
        yield row, line, _flat(obj)
        line += buf[:end].count("\n")
        buf = buf[end:]


def _flat(obj: Any) -> dict[str, str]:
    if not isinstance(obj, dict):
        return {"__error__": tr("each item must be an object with named fields")}
    return {
        str(k): "" if v is None else (json.dumps(v) if isinstance(v, (dict, list)) else str(v)) for k, v in obj.items()
    }


G = "{http://base.google.com/ns/1.0}"
ATOM = "{http://www.w3.org/2005/Atom}"


def read_feed(path: Path) -> Iterator[Record]:
    """Google Merchant RSS 2.0 or Atom with the g: namespace, item by item (bounded memory,
    even for a huge feed on one line). Not well-formed XML: one record with the line and column."""
    row = 0
    try:
        for _event, el in ET.iterparse(str(path), events=("end",)):
            tag = el.tag
            if tag not in ("item", f"{ATOM}entry"):
                continue
            row += 1
            rec: dict[str, str] = {}
            for child in el:
                name = child.tag.replace(G, "g:").replace(ATOM, "")
                if name in ("g:shipping", "g:product_detail", "g:installment"):
                    parts = {c.tag.replace(G, ""): (c.text or "").strip() for c in child}
                    if name == "g:product_detail":
                        rec[f"g:detail:{parts.get('attribute_name', '')}"] = parts.get("attribute_value", "")
                    continue
                if name == "link" and child.get("href"):
                    rec[name] = child.get("href", "")
                    continue
                rec[name] = (child.text or "").strip()
            yield row, None, rec  # XML items: no line (a feed may be one line)
            el.clear()
    except ET.ParseError as err:
        line, col = err.position
        yield (
            row + 1,
            line,
            {
                "__error__": tr(
                    "the XML is not well-formed at line {line}, column {col}: {msg}", line=line, col=col, msg=err.msg
                )
            },
        )


def cleanup(path: Path, source: str) -> None:
    if source.lower().startswith(("http://", "https://")):
        path.unlink(missing_ok=True)
