"""Issue 17, "erasure leaves the person behind": after an erasure the person's name, e-mail and
phone are nowhere in the database (every text and JSON column of every table is searched), their
receipt PDFs are gone, the export showed all of it first, and a restore of a backup taken before
the erasure erases them again (both engines)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from posassist.db import backup
from posassist.db.session import Database
from posassist.db.tables.base import Base
from posassist.db.tables.customers import Customer, Draft
from posassist.db.tables.ops import Goodwill
from posassist.db.tables.receipts import ReceiptPrint
from posassist.db.tables.sales import Return, ReturnLine, Sale
from posassist.services import customer_records, erasure
from tests.signin import manager


def _everywhere(db: Database, needles: list[str]) -> list[str]:
    """Where any of ``needles`` appears: table.column for every text/JSON value in the database."""
    found = []
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)).mappings():
                for col, value in row.items():
                    if value is None:
                        continue
                    blob = json.dumps(value, default=str) if isinstance(value, dict | list) else str(value)
                    low = blob.lower()
                    found += [f"{table.name}.{col}" for n in needles if n.lower() in low]
    return sorted(set(found))


def _person(db: Database) -> tuple[int, list[str]]:
    """A demo customer with a goodwill gesture (so approvals too), and their name, e-mail and phone
    written where an associate would write them."""
    with db.transaction() as s:
        cid = s.execute(select(Goodwill.customer_id).where(Goodwill.customer_id.is_not(None)).limit(1)).scalar_one()
        c = s.get(Customer, cid)
        assert c is not None and c.full_name
        c.email = c.email or "person@example.org"
        c.phone = c.phone or "+1 416 555 0199"
        needles = [c.full_name, c.email, c.phone]
        story = f"{c.full_name} ({c.email}, {c.phone}) waited two weeks"
        s.execute(text("UPDATE goodwill SET story = :t WHERE customer_id = :c"), {"t": story, "c": cid})
        s.execute(
            text("UPDATE approval_requests SET explanation = :t, note = :t WHERE customer_id = :c"),
            {"t": story, "c": cid},
        )
        sale = s.execute(select(Sale).where(Sale.customer_id == cid).limit(1)).scalar_one_or_none()
        if sale is None:
            sale = s.execute(select(Sale).where(Sale.customer_id.is_(None)).limit(1)).scalar_one()
            sale.customer_id = cid
        sale.ship_to = f"{c.full_name}, 12 Main St"
        ret = s.execute(select(Return).limit(1)).scalar_one()
        ret.customer_id = cid
        for line in s.execute(select(ReturnLine).where(ReturnLine.return_id == ret.id)).scalars():
            line.note = f"call {c.phone} when it arrives"
        s.add(Draft(kind="return", key=f"k{cid}", staff_id=None, payload={"customer_id": cid, "note": story}))
        s.add(ReceiptPrint(number=sale.receipt_no, kind="sale", target="", counter="tests"))
        s.flush()
        return cid, needles


def test_erasure_finds_the_person_everywhere_and_export_showed_it_first(demo_db: Database, tmp_path: Path) -> None:
    cid, needles = _person(demo_db)
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    with demo_db.read() as s:
        receipt_no = s.execute(select(Sale.receipt_no).where(Sale.customer_id == cid).limit(1)).scalar_one()
    pdf = receipts / f"{receipt_no}.pdf"
    pdf.write_bytes(b"%PDF-1.4 " + needles[0].encode())
    before = _everywhere(demo_db, needles)
    assert {
        "goodwill.story",
        "approval_requests.explanation",
        "return_lines.note",
        "drafts.payload",
        "sales.ship_to",
    } <= set(before)

    boss = manager(demo_db)
    doc = customer_records.export(demo_db, cid, boss, receipt_dirs=(receipts,))
    shown = json.dumps(doc, default=str)
    for key in ("goodwill", "approvals", "return_lines", "drafts", "deliveries", "receipt_files"):
        assert doc[key], key
    assert all(n in shown for n in needles)
    assert str(pdf) in doc["receipt_files"]

    backups = tmp_path / "backups"
    customer_records.erase(demo_db, cid, boss, backup_dir=backups, receipt_dirs=(receipts,))
    assert _everywhere(demo_db, needles) == []  # old code: goodwill, approvals, return lines, drafts, sales
    assert not pdf.exists()
    with demo_db.read() as s:
        c = s.get(Customer, cid)
        assert c is not None and c.erased_at is not None
        assert s.execute(select(Goodwill.cost_minor).where(Goodwill.customer_id == cid)).first()  # money stays
    ledger = (backups / erasure.LEDGER).read_text()
    assert c.public_id in ledger and (backups / erasure.LEDGER).stat().st_mode & 0o777 == 0o600


def test_sqlite_file_holds_no_trace_after_erasure(demo_sqlite: str, tmp_path: Path) -> None:
    path = Path(demo_sqlite) / "posassist.db"
    db = Database(f"sqlite:///{path}")
    try:
        cid, needles = _person(db)
        customer_records.erase(db, cid, manager(db))
    finally:
        db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = path.read_bytes().lower()
    left = [n for n in needles if n.lower().encode() in raw]
    assert left == [], f"{left} still in the file's pages"


def test_a_restore_of_an_older_backup_erases_them_again(demo_db: Database, tmp_path: Path, engine_name: str) -> None:
    if engine_name == "postgresql" and not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump/pg_restore not installed")
    cid, needles = _person(demo_db)
    backups = tmp_path / "backups"
    old = backups / "before-erasure.bak"
    backup.backup(demo_db.url, old)
    customer_records.erase(demo_db, cid, manager(demo_db), backup_dir=backups)
    demo_db.dispose()
    backup.restore(demo_db.url, old)
    assert _everywhere(demo_db, needles)  # the copy holds the person again…
    again = customer_records.reapply_erasures(demo_db, erasure.ledger_ids([backups]), actor_id=None, where="tests")
    assert len(again) == 1
    assert _everywhere(demo_db, needles) == []  # …until the restore re-applies the erasure
