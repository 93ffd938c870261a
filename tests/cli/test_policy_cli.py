"""posassist policy import/export/show and return check, as a script or an admin runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.customers import Draft
from posassist.db.tables.sales import Return, ReturnPolicy
from posassist.services import auth, returns
from posassist.services.demo.stories import STAFF
from posassist.services.returns_dto import DraftLine

ADMIN, ALEX = STAFF[5], STAFF[0]


def run(data: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", data, "--store", "DT", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        input=stdin,
    )


def _json(data: str, *args: str) -> Any:
    done = run(data, *args)
    assert done.returncode == 0 and done.stdout, done.stderr
    return json.loads(done.stdout)


def _db(data: str) -> Database:
    return Database(f"sqlite:///{Path(data) / 'posassist.db'}")


def _count(data: str, table) -> int:  # type: ignore[no-untyped-def]
    db = _db(data)
    try:
        with db.read() as s:
            return int(s.execute(select(func.count()).select_from(table)).scalar_one())
    finally:
        db.dispose()


def test_export_import_round_trip_makes_an_audited_version(demo_sqlite: str, tmp_path: Path) -> None:
    doc = tmp_path / "policy.toml"
    assert run(demo_sqlite, "policy", "export", str(doc)).returncode == 0
    before = _json(demo_sqlite, "policy", "show", "--json")
    text = doc.read_text(encoding="utf-8")
    assert "[conditions.opened.restocking_fee_percent]" in text and "[[approval_tiers]]" in text
    doc.write_text(text.replace("SHOE = 30", "SHOE = 45"), encoding="utf-8")
    audits = _count(demo_sqlite, AuditEntry)
    done = run(demo_sqlite, "--as", ADMIN.code, "policy", "import", str(doc), "--json", stdin=ADMIN.pin + "\n")
    assert done.returncode == 0, done.stderr
    after = _json(demo_sqlite, "policy", "show", "--json")
    assert after["version"] == before["version"] + 1 == json.loads(done.stdout)["version"]
    assert after["rules"]["windows"]["SHOE"] == 45
    assert {k: v for k, v in after["rules"].items() if k != "windows"} == {
        k: v for k, v in before["rules"].items() if k != "windows"
    }
    assert _count(demo_sqlite, AuditEntry) > audits
    assert run(demo_sqlite, "audit", "verify").returncode == 0
    again = tmp_path / "again.json"
    assert run(demo_sqlite, "policy", "export", str(again)).returncode == 0
    assert json.loads(again.read_text(encoding="utf-8")) == after["rules"]


def test_an_invalid_document_names_key_and_line_and_writes_nothing(demo_sqlite: str, tmp_path: Path) -> None:
    doc = tmp_path / "policy.toml"
    run(demo_sqlite, "policy", "export", str(doc))
    lines = doc.read_text(encoding="utf-8").splitlines()
    n = next(i for i, ln in enumerate(lines, 1) if ln.startswith("max_days_past_window"))
    lines[n - 1] = "max_days_past_window = 'sixty'"
    doc.write_text("\n".join(lines) + "\n", encoding="utf-8")
    versions = _count(demo_sqlite, ReturnPolicy)
    done = run(demo_sqlite, "--as", ADMIN.code, "policy", "import", str(doc), stdin=ADMIN.pin + "\n")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"line {n}" in done.stderr and "approval_tiers[1].max_days_past_window" in done.stderr
    assert _count(demo_sqlite, ReturnPolicy) == versions
    typo = tmp_path / "typo.json"
    typo.write_text('{\n  "currency": "CAD",\n  "defective_windw_days": 90\n}\n', encoding="utf-8")
    done = run(demo_sqlite, "--as", ADMIN.code, "policy", "import", str(typo), stdin=ADMIN.pin + "\n")
    assert done.returncode == 1 and "line 3" in done.stderr and "defective_windw_days" in done.stderr
    assert run(demo_sqlite, "policy", "import", str(doc)).returncode == 1  # no --as: nothing happens either
    assert _count(demo_sqlite, ReturnPolicy) == versions


CHECK_KEYS = ("status", "rule", "numbers", "approver_role", "refund", "fee", "refund_to", "message")


def test_return_check_json_is_the_windows_verdict_and_writes_nothing(demo_sqlite: str) -> None:
    counts = [_count(demo_sqlite, t) for t in (Return, Draft, AuditEntry)]
    done = run(demo_sqlite, "return", "check", "R-DT-2026-0871", "--line", "1", "--condition", "opened", "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    for key in CHECK_KEYS:
        assert key in doc
    assert doc["status"] == "needs_approval" and doc["rule"] == "window" and doc["approver_role"] == "shift_lead"
    assert doc["numbers"]["days"] > doc["numbers"]["window_days"] == 30
    assert isinstance(doc["refund"], str) and "." in doc["refund"] and doc["refund_to"] == "original_tender"
    # the window's words for the same return, asked through the returns service by an associate
    db = _db(demo_sqlite)
    try:
        alex = auth.sign_in(db, ALEX.code, ALEX.pin)
        sale = returns.find_sale(db, "R-DT-2026-0871")
        draft = returns.new_draft(
            sale.store_id, alex.id, sale_id=sale.id, lines=(DraftLine(sale.lines[0].id, 1, condition="opened"),)
        )
        v = returns.evaluate(db, draft, alex).verdict
    finally:
        db.dispose()
    assert doc["message"] == v.explanation
    assert (doc["status"], doc["rule"], doc["refund"]) == (v.status, v.rule, f"{v.refund_minor / 100:.2f}")
    assert [_count(demo_sqlite, t) for t in (Return, Draft)] == counts[:2]


def test_return_check_exit_codes_dates_and_language(demo_sqlite: str) -> None:
    assert run(demo_sqlite, "return", "check", "R-NOT-ON-FILE").returncode == 1
    no_line = run(demo_sqlite, "return", "check", "R-DT-2026-0871", "--line", "7")
    assert no_line.returncode == 1 and "no line 7" in no_line.stderr
    assert run(demo_sqlite, "return", "check", "R-DT-2026-0871", "--condition", "muddy").returncode == 2
    db = _db(demo_sqlite)
    try:
        sold = returns.find_sale(db, "R-DT-2026-0871").sold_at.astimezone(ZoneInfo("America/Toronto")).date()
    finally:
        db.dispose()
    early = _json(demo_sqlite, "return", "check", "R-DT-2026-0871", "--on", str(sold + timedelta(days=5)), "--json")
    late = _json(demo_sqlite, "return", "check", "R-DT-2026-0871", "--on", str(sold + timedelta(days=900)), "--json")
    assert early["status"] == "allowed" and late["status"] == "denied"
    assert early["numbers"]["days"] == 5 and late["numbers"]["days"] == 900
    de = run(demo_sqlite, "--lang", "de", "return", "check", "R-DT-2026-0871", "--json")
    assert json.loads(de.stdout)["message"].startswith("Braucht die Genehmigung")
