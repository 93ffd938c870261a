"""The reader's fast path is csv.reader: a line without a quote character is split at the
delimiter, any other goes through csv.reader. For any file (quoted cells over lines, stray quotes
in unquoted cells, every line ending, blank lines, delimiters) the rows, their row and line
numbers and their cells are what csv.reader over the whole file gives; the records read without
splitting (a file imported again) make the same rows once wanted; and an order's fingerprint
does not depend on the line endings."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posassist.services.sales_import.fingerprints import fingerprint
from posassist.services.sales_import.model import Report, SaleCounts
from posassist.services.sales_import.reading import group, group_unsplit, open_table, rows_of

CELL = st.text(alphabet=st.sampled_from(list('ab ,;"\n\r\t#1') + ["é"]), max_size=8)


def _csv_rows(text: str, delimiter: str) -> list[tuple[int, int, list[str]]]:
    """What the reader did before the fast path: csv.reader over the file, its line count."""
    rd = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(rd)
    out, row, last = [], 0, rd.line_num
    for values in rd:
        row += 1
        if any(values):
            out.append((row, last + 1, values))
        last = rd.line_num
    return out


def _file(tmp: Path, header: list[str], rows: list[list[str]], delimiter: str, nl: str, quote_all: bool) -> Path:
    buf = io.StringIO(newline="")
    w = csv.writer(
        buf, delimiter=delimiter, lineterminator=nl, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    )
    w.writerow(header)
    w.writerows(rows)
    p = tmp / "f.csv"
    p.write_bytes(buf.getvalue().encode())
    return p


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(CELL, min_size=0, max_size=5), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t"]),
    nl=st.sampled_from(["\n", "\r\n"]),
    quote_all=st.booleans(),
)
def test_rows_are_what_csv_reader_reads(
    tmp_path: Path, rows: list[list[str]], delimiter: str, nl: str, quote_all: bool
) -> None:
    header = ["Name", "B", "C"]
    p = _file(tmp_path, header, rows, delimiter, nl, quote_all)
    text = p.read_bytes().decode()
    width = len(header)
    want = [
        (r, ln, v + [""] * (width + 1 - len(v)) if len(v) <= width else v) for r, ln, v in _csv_rows(text, delimiter)
    ]
    table = open_table(p, Report("f", "auto", True, SaleCounts()))
    assert table.delimiter == delimiter or not rows
    got = list(table.rows)
    assert [(r, ln, v) for r, ln, v in got] == want
    # read again without splitting, grouped by the first cell: the same rows when made
    table = open_table(p, Report("f", "auto", True, SaleCounts()))
    lazy = [rows_of(o, width, table.delimiter) for o in group_unsplit(table.unsplit, 0, table.delimiter)]  # type: ignore[arg-type]
    table = open_table(p, Report("f", "auto", True, SaleCounts()), texts=True)
    full = list(group(table.rows, lambda v: v[0].strip(), 0, texts=True))
    assert [(o.key, o.digest, o.rows) for o in lazy] == [(o.key, o.digest, o.rows) for o in full]
    assert [[c[:-1] for _, _, c in o.rows] for o in full] == [[c for _, _, c in rows] for rows in _grouped(want)]


def _grouped(rows: list[tuple[int, int, list[str]]]) -> list[list[tuple[int, int, list[str]]]]:
    out: list[list[tuple[int, int, list[str]]]] = []
    key = None
    for r in rows:
        k = r[2][0].strip()
        if out and (k == key or not k):
            out[-1].append(r)
            continue
        out.append([r])
        key = k
    return out


def test_stray_quotes_in_unquoted_cells_and_a_quoted_cell_over_lines(tmp_path: Path) -> None:
    p = tmp_path / "f.csv"
    p.write_bytes(b'Name,Title,Note\n#1,5" screen,ok\n#2,"two\nlines",x\n#3,a""b,"c"\n\n#4,,\n')
    got = list(open_table(p, Report("f", "auto", True, SaleCounts())).rows)
    assert [(r, ln, v[:3]) for r, ln, v in got] == [
        (1, 2, ["#1", '5" screen', "ok"]),
        (2, 3, ["#2", "two\nlines", "x"]),
        (3, 5, ["#3", 'a""b', "c"]),
        (5, 7, ["#4", "", ""]),
    ]


def test_a_fingerprint_does_not_depend_on_the_line_endings() -> None:
    assert fingerprint(["#1,a,b\r\n", "#1,c,d\r\n"]) == fingerprint(["#1,a,b\n", "#1,c,d"])
    assert fingerprint(["#1,a,b\n"]) != fingerprint(["#1,a,c\n"])
    assert len(fingerprint(["x"])) + len(".9999") <= 32  # with its line count, it fits import_hash
