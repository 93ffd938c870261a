"""The problems of an import as a CSV file for a spreadsheet: cells from the imported file that
would start a formula are written as text (see ``services.csv_export``)."""

from __future__ import annotations

from pathlib import Path

from posassist.services import csv_export
from posassist.services.catalogue_sync.model import Report

HEADERS = ("row", "line", "field", "value", "severity", "code", "message")


def write_problems(report: Report | None, path: Path) -> None:
    rows = [
        (p.row, p.line, p.field, p.value, p.severity, p.code, p.message) for p in (report.problems if report else [])
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv_export.write(fh, HEADERS, rows)
