"""Reading records with the csv reader's own line count: each record's first physical line, and
only a last record that ends inside a quoted field counts as a cut-off file (any line ending,
a quoted cell over many lines, a stray quote in a whole last line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from posassist.services.sales_import.model import Report, SaleCounts
from posassist.services.sales_import.reading import open_table


def _read(tmp_path: Path, text: str) -> tuple[list[tuple[int, int, list[str]]], Report]:
    p = tmp_path / "f.csv"
    p.write_bytes(text.encode())
    report = Report("f", "auto", True, SaleCounts())
    return list(open_table(p, report).rows), report


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_lines_of_records_over_several_lines(tmp_path: Path, nl: str) -> None:
    rows, report = _read(tmp_path, nl.join(["a,b", '1,"two', 'lines"', "2,x", '3,"end', 'note"']) + nl)
    assert [(r, ln, v[:2]) for r, ln, v in rows] == [
        (1, 2, ["1", f"two{nl}lines"]),
        (2, 4, ["2", "x"]),
        (3, 5, ["3", f"end{nl}note"]),
    ]
    assert not report.problems.items


@pytest.mark.parametrize(
    "tail, cut",
    [
        ('3,"cut off', True),  # one line, no line break at the end
        ('3,"cut\noff\n', True),  # over lines, to the end of the file
        ('3,x"y\n', False),  # a whole last line: its stray quote is the cell's own
        ('3,x"y', True),  # …unless the line was never finished
        ("3,done", False),
    ],
)
def test_a_cut_off_last_record(tmp_path: Path, tail: str, cut: bool) -> None:
    rows, report = _read(tmp_path, "a,b\n1,x\n2," + '"long ' * 20000 + '"\n' + tail)
    errors = [p for p in report.problems.items if p.code == "damaged_file"]
    assert [r for r, _, _ in rows] == ([1, 2] if cut else [1, 2, 3])
    assert bool(errors) is cut and report.counts.skipped == int(cut)
    if cut:
        assert (errors[0].row, errors[0].line) == (3, 4)
