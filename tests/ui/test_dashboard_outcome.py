"""The exception → outcome report in the window: the dashboard shows each override rule with its
count, cost and approvers and what followed, and exports it as CSV; the same figures as
'posassist report exceptions --json'."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate

from posassist.ui.dashboard.window import DashboardWindow
from posassist.ui.tasks import TaskRunner


def test_the_dashboard_shows_exceptions_and_what_followed(qtbot, demo_app, demo_sqlite, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    win = DashboardWindow(demo_app.svc.reports, runner)
    qtbot.addWidget(win)
    win.show()
    start = date.today() - timedelta(days=200)
    win.start.setDate(QDate(start.year, start.month, start.day))
    win.refresh()
    qtbot.waitUntil(lambda: win.data is not None and win.data.start == start.isoformat(), timeout=30_000)
    exc = win.data.exceptions
    assert exc["by_rule"], "the demo store has approved goodwill gestures"
    text = win.outcome.text()
    for r in exc["by_rule"]:
        assert r["rule"].replace("_", " ") in text
    assert "What followed" in text and "Returned without one" in text
    # a screen reader reads the table itself (the label's text as its name), then what it is
    assert win.outcome.accessibleName() == "" and win.outcome.accessibleDescription() == "Exceptions and what followed"
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "posassist",
            "--data-dir",
            demo_sqlite,
            "report",
            "exceptions",
            "--from",
            start.isoformat(),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    doc = json.loads(cli.stdout)
    assert doc["by_rule"] == json.loads(json.dumps(exc["by_rule"])) and doc["outcome"] == exc["outcome"]
    win.export_to(tmp_path / "csv")
    rows = list(csv.reader((tmp_path / "csv" / "exceptions_by_rule.csv").open(encoding="utf-8")))
    assert rows[0][:4] == ["kind", "rule", "count", "amount_minor"] and len(rows) == len(exc["by_rule"]) + 1
    groups = {r[0] for r in csv.reader((tmp_path / "csv" / "exception_outcome.csv").open(encoding="utf-8"))}
    assert {"with_exception", "without_exception"} <= groups
    runner.wait()


def test_what_followed_counts_one_customer_and_whole_visits_in_words() -> None:
    from posassist.ui.dashboard.outcome import _after

    def money(minor: int) -> str:
        return f"${minor / 100:.2f}"

    one = {
        "customers": 1,
        "later_rating_average": None,
        "return_visits_per_customer": 0.0,
        "bought_again_share": 1.0,
        "spend_per_customer_minor": 1200,
    }
    assert _after(one, money) == "1 customer: 100% bought again ($12.00), later rating —; no return visit since"
    many = {**one, "customers": 3, "return_visits_per_customer": 2.0, "later_rating_average": 4.5}
    text = _after(many, money)
    assert text.startswith("3 customers: 100% bought again ($12.00 each)") and text.endswith(
        "; 2 return visits a customer"
    )
    assert "2.0 return" not in text and "1 customers" not in text
