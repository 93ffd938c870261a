"""The dashboard shows the same numbers as 'posassist report …' and exports every chart as CSV."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from posassist.services import dashboard, reports
from posassist.ui.dashboard.window import DashboardWindow
from posassist.ui.tasks import TaskRunner


def test_dashboard_numbers_match_the_reports(qtbot, demo_app, demo_sqlite, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    win = DashboardWindow(demo_app.svc.reports, runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.data is not None, timeout=20_000)
    d = win.data
    assert d.service == reports.service(demo_app.db, by=reports.GROUPINGS)  # each one against the store
    assert d.exceptions == reports.exceptions(demo_app.db)
    by = ["--by", "associate", "--by", "counter"]
    cli = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", demo_sqlite, "report", "service", "--json", *by],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(cli.stdout) == json.loads(json.dumps(d.service))
    assert f"interactions <b>{d.service['interactions']}</b>" in win.summary.text()
    files = win.export_to(tmp_path / "csv")
    assert {p.name for p in files} >= {"csat_distribution.csv", "response_time.csv", "returns_per_day.csv"}
    dist = (tmp_path / "csv" / "csat_distribution.csv").read_text().splitlines()
    assert dist[0] == "stars,ratings" and len(dist) == 6
    assert sum(sum(c) for c in d.response_buckets.values()) > 0
    runner.wait()


def test_store_filter(demo_app) -> None:  # type: ignore[no-untyped-def]
    everything = dashboard.build(demo_app.db)
    one = dashboard.build(demo_app.db, store_id=demo_app.store.id)
    assert one.service["interactions"] <= everything.service["interactions"]
