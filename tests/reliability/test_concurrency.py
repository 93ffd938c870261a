"""Eight counters at once on one database, 200 operations each (sales, returns, notes), on SQLite
WAL and PostgreSQL: nothing lost, totals add up, no 'database is locked' reaches anyone, the
same sale line is never refunded twice. Prints writes per second and the retries seen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.db.session import Database
from posassist.db.tables.catalogue import Department, Product, StockMove, Variant
from posassist.db.tables.customers import Interaction
from posassist.db.tables.sales import Return, ReturnLine, Sale, SaleLine
from posassist.services import audit
from tests.conftest import sell_one

WORKERS = 8
OPS = 200
SHARED_LINES = 150

WORKER = r"""
import json, sys, time, uuid
from posassist.db import retry
from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.sales import Sale, SaleLine
from posassist.errors import PosassistError
from posassist.services import auth, notes, returns
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
url, me, lines, variants = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4])
db = Database(url)
sys.stdin.readline()  # sign in when the test says so: one counter after the other, as a shift starts
lead = auth.sign_in(db, "201", "739164")
print("signed in", flush=True)
sys.stdin.readline()  # then all eight counters start their work together

@retrying
def sell(variant_id, price):
    with db.transaction() as s:
        sale = Sale(receipt_no=f"C8-{me}-{uuid.uuid4().hex[:12]}", store_id=1, currency="CAD",
                    subtotal_minor=price, tax_minor=0, total_minor=price, sold_at=utcnow())
        s.add(sale)
        s.flush()
        s.add(SaleLine(sale_id=sale.id, line_no=1, variant_id=variant_id, description="counter test", quantity=1,
                       unit_price_minor=price, total_minor=price))

done = {"notes": 0, "sales": 0, "sales_minor": 0, "returns": 0}
errors, t = [], time.perf_counter()
order = lines[me * 7 % len(lines):] + lines[:me * 7 % len(lines)]  # overlapping orders: real contention
for i in range(__OPS__):
    try:
        if i % 3 == 0:
            notes.add(db, customer_id=None, staff=lead, store_id=1, channel="phone", topic="other",
                      body=f"counter {me} note {i}", outcome="resolved")
            done["notes"] += 1
        elif i % 3 == 1:
            vid, price = variants[(me * 31 + i) % len(variants)]
            sell(vid, price)
            done["sales"] += 1
            done["sales_minor"] += price
        else:
            sale_id, line_id = order[(i // 3) % len(order)]
            draft = returns.new_draft(1, lead.id, sale_id=sale_id, lines=(DraftLine(line_id, 1, reason="changed_mind"),))
            commit(db, draft, lead)
            done["returns"] += 1
    except PosassistError as err:
        errors.append(str(err))
print(json.dumps({"done": done, "errors": errors, "seconds": time.perf_counter() - t, "retry": retry.STATS.as_dict()}))
""".replace("__OPS__", str(OPS))


def _fixtures(db: Database) -> tuple[list[list[int]], list[list[int]]]:
    """Recent one-unit sales of returnable goods for the counters to take back, and goods to sell."""
    with db.transaction() as s:
        variants = s.execute(
            select(Variant.id, Variant.price_minor)
            .join(Product, Product.id == Variant.product_id)
            .join(Department, Department.id == Product.department_id)
            .where(
                Department.code.in_(["APP", "SHOE", "GIFT"]), Variant.price_minor > 0, Variant.price_minor <= 100_000
            )
            .order_by(Variant.id)
            .limit(300)
        ).all()
        lines = []
        for n in range(SHARED_LINES):
            vid, price = variants[n % len(variants)]
            lines.append(list(sell_one(s, receipt=f"SETUP-{n}", store_id=1, variant_id=vid, price_minor=price)))
    return lines, [list(v) for v in variants]


@pytest.mark.slow
def test_eight_counters_at_once(demo_url: str, engine_name: str) -> None:
    _eight_counters(demo_url, engine_name, None)


@pytest.mark.slow
def test_eight_sqlite_counters_with_a_100ms_busy_timeout(demo_sqlite: str) -> None:
    """SQLite hands lock waits to the retry loop after 100 ms: they are retried with backoff, and
    none reaches a counter. (PostgreSQL has no busy timeout: it waits on row locks.)"""
    _eight_counters(f"sqlite:///{Path(demo_sqlite) / 'posassist.db'}", "sqlite", 100)


def _eight_counters(demo_url: str, engine_name: str, busy_ms: int | None) -> None:
    env = {**os.environ, **({"POSASSIST_BUSY_TIMEOUT_MS": str(busy_ms)} if busy_ms else {})}
    db = Database(demo_url)
    try:
        lines, variants = _fixtures(db)
        assert len(lines) == SHARED_LINES and len(variants) >= 100
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, demo_url, str(n), json.dumps(lines), json.dumps(variants)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for n in range(WORKERS)
        ]
        # each counter signs in first, one after the other (a sign-in holds the write lock while it
        # checks the PIN): the contention below is the work's
        for p in procs:
            assert p.stdout and p.stderr and p.stdin
            p.stdin.write("sign in\n")
            p.stdin.flush()
            if p.stdout.readline() != "signed in\n":
                for q in procs:  # none left waiting for a start that will not come
                    q.kill()
                p.wait(60)
                raise AssertionError(p.stderr.read()[-3000:])
        for p in procs:
            p.stdin.write("go\n")  # type: ignore[union-attr]
            p.stdin.flush()  # type: ignore[union-attr]
        results = []
        for p in procs:
            out, err = p.communicate(timeout=900)
            assert p.returncode == 0, err[-3000:]
            results.append(json.loads(out.strip().splitlines()[-1]))
        with db.read() as s:
            n_notes = s.execute(
                select(func.count()).select_from(Interaction).where(Interaction.body.like("counter % note %"))
            ).scalar_one()
            n_sales, sales_minor = s.execute(
                select(func.count(), func.coalesce(func.sum(Sale.total_minor), 0)).where(Sale.receipt_no.like("C8-%"))
            ).one()
            ours = select(Return.id).join(Sale, Sale.id == Return.sale_id).where(Sale.receipt_no.like("SETUP-%"))
            mine = ReturnLine.return_id.in_(ours)  # the counters' returns, not the demo store's history
            per_line = s.execute(
                select(ReturnLine.sale_line_id, func.sum(ReturnLine.quantity))
                .where(mine)
                .group_by(ReturnLine.sale_line_id)
            ).all()
            refunded, paid = s.execute(
                select(
                    func.coalesce(func.sum(ReturnLine.refund_minor), 0),
                    func.coalesce(func.sum(SaleLine.total_minor), 0),
                )
                .join(SaleLine, SaleLine.id == ReturnLine.sale_line_id)
                .where(mine)
            ).one()
            n_returns = s.execute(select(func.count()).select_from(Return).where(Return.id.in_(ours))).scalar_one()
            moved = s.execute(
                select(func.count(func.distinct(StockMove.reference))).where(
                    StockMove.reference.in_(select(Return.return_no).where(Return.id.in_(ours)))
                )
            ).scalar_one()

        def total(key: str) -> int:
            return sum(r["done"][key] for r in results)

        assert n_notes == total("notes")  # nothing lost
        assert (n_sales, sales_minor) == (total("sales"), total("sales_minor"))
        assert all(q == 1 for _, q in per_line)  # never refunded twice
        assert len(per_line) == n_returns == total("returns") == moved <= len(lines)
        assert refunded == paid  # each refunded line gave back exactly what was paid
        errors = [e for r in results for e in r["errors"]]
        busy = [e for e in errors if "busy" in e.lower()]
        assert not [e for e in errors if "database is locked" in e.lower()], errors[:3]  # never the raw driver text
        if busy_ms is None:
            assert not busy, busy[:3]  # at the real busy timeout, retries absorb every wait
        assert all(
            "returned in full" in e or "same moment" in e or "wait a moment and try again" in e for e in errors
        ), errors[:3]
        assert total("notes") + total("sales") + total("returns") + len(errors) == WORKERS * OPS
        assert audit.verify(db).ok
        ops = total("notes") + total("sales") + total("returns")
        secs = max(r["seconds"] for r in results)
        retries = sum(r["retry"]["retries"] for r in results)
        largest = max(r["retry"]["largest"] for r in results)
        print(
            f"\n{engine_name} (busy timeout {busy_ms or 'default'} ms): {WORKERS} counters x {OPS} operations: {ops} writes in {secs:.1f} s = "
            f"{ops / secs:.0f} writes/s; {len(errors)} returns refused as already returned; "
            f"{retries} retries, largest {largest}; {len(busy)} told the database was busy"
        )
    finally:
        db.dispose()
