"""SIGKILL a counter while it confirms returns: every committed return is complete (lines, stock
moves, audit entry), none is half-written, and the database checks clean.

Each kill lands at an observed point (see tests/reliability/_kill.py): after a few confirmed
returns, at a random statement of the next sale or return."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import _kill

LOOP = r"""
import sys, uuid
from sqlalchemy import select
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.db.tables.sales import Sale, SaleLine
from posassist.services import auth
from posassist.services.returns import new_draft
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
db = Database(sys.argv[1])
lead = auth.sign_in(db, "201", "739164")
with db.read() as s:
    variants = s.execute(select(Variant.id, Variant.price_minor).join(Product, Product.id == Variant.product_id)
        .join(Department, Department.id == Product.department_id)
        .where(Department.code.in_(["APP", "GIFT"]), Variant.price_minor < 50000).limit(200)).all()
i = 0
while True:  # sell, then take it back: until the counter is killed
    vid, price = variants[i % len(variants)]
    i += 1
    mark("begin")
    with db.transaction() as s:
        sale = Sale(receipt_no=f"K-{uuid.uuid4().hex[:10]}", store_id=1, currency="CAD", subtotal_minor=price,
                    tax_minor=0, total_minor=price, sold_at=utcnow())
        s.add(sale)
        s.flush()
        line = SaleLine(sale_id=sale.id, line_no=1, variant_id=vid, description="kill test", quantity=1,
                        unit_price_minor=price, total_minor=price)
        s.add(line)
        s.flush()
        sale_id, line_id = sale.id, line.id
    mark("sold")
    commit(db, new_draft(1, lead.id, sale_id=sale_id, lines=(DraftLine(line_id, 1),)), lead)
    mark("returned")
"""


@pytest.mark.slow
def test_killed_counter_leaves_only_complete_returns(demo_sqlite: str) -> None:
    db_file = Path(demo_sqlite) / "posassist.db"
    url = f"sqlite:///{db_file}"
    rng = random.Random(3)
    kills = 0
    phases = {"selling": 0, "returning": 0}
    for _ in range(12):
        child = _kill.Watched([*_kill.script(LOOP), url])
        try:
            # a few confirmed returns first, then a random statement of the next sale or return
            assert child.until_count("returned", rng.randint(1, 3)), child.stderr()
            one = child.statements_since("begin")  # the statements of one sale and its return
            assert child.until_count("sql", child.seen["sql"] + rng.randint(1, one)), child.stderr()
            phases["selling" if child.last_milestone() == "begin" else "returning"] += 1
            # the loop never ends by itself: a counter that was not running any more had crashed
            assert child.kill(rng), child.stderr()
        finally:
            child.close()
        kills += 1
        con = sqlite3.connect(db_file)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            incomplete = con.execute(
                "SELECT count(*) FROM returns r WHERE NOT EXISTS (SELECT 1 FROM return_lines l WHERE l.return_id = r.id) "
                "OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'return.committed' AND a.entity_id = CAST(r.id AS TEXT)) "
                "OR NOT EXISTS (SELECT 1 FROM stock_moves m WHERE m.reference = r.return_no)"
            ).fetchone()[0]
            twice = con.execute(
                "SELECT count(*) FROM (SELECT sale_line_id FROM return_lines GROUP BY sale_line_id "
                "HAVING sum(quantity) > 1)"
            ).fetchone()[0]
            returns = con.execute("SELECT count(*) FROM returns").fetchone()[0]
        finally:
            con.close()
        assert incomplete == 0 and twice == 0
    check = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", demo_sqlite, "db", "check"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert check.returncode == 0, check.stdout + check.stderr
    print(
        f"\n{kills} kills ({phases['selling']} while selling, {phases['returning']} while confirming the return); "
        f"{returns} complete returns, none half-written"
    )
