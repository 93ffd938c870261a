"""Returns and customers at scale, on the 1 M catalogue: committing a return (evaluate + write +
audit) among 100 k past sales, and customer search and timeline among 100 k customers."""

from __future__ import annotations

import os
import random
import time
import uuid
from datetime import timedelta

from sqlalchemy import func, select, text

from posassist.db.bulk import insert_rows, next_id, reset_sequences
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import Customer
from posassist.db.tables.sales import Return, Sale
from posassist.services import auth, customer_records, customers, returns
from posassist.services.demo.stories import STAFF
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
from tests.benchmarks.conftest import Cpu, pct, report, wall_cpu

SALES = 100_000
CUSTOMERS = int(os.environ.get("POSASSIST_BENCH_CUSTOMERS", "100000"))  # 1000000: the chain case


def _ts(db, dt):  # type: ignore[no-untyped-def]
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f") if db.dialect == "sqlite" else dt


def _ensure_sales(db) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        if s.execute(select(func.count()).select_from(Sale)).scalar_one() >= SALES:
            return
    rng = random.Random(1)
    now = utcnow()
    with db.transaction() as s:
        conn = s.connection()
        variants = conn.execute(
            text(
                "SELECT v.id, v.price_minor FROM variants v JOIN products p ON p.id = v.product_id "
                "JOIN departments d ON d.id = p.department_id WHERE d.code IN ('APP', 'SHOE', 'GIFT', 'ELEC', 'FURN') "
                "AND v.price_minor IS NOT NULL AND v.id % 37 = 0 LIMIT 20000"
            )
        ).all()
        sid, lid = next_id(conn, "sales"), next_id(conn, "sale_lines")
        sales, lines = [], []
        for i in range(SALES):
            vid, price = rng.choice(variants)
            when = _ts(db, now - timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 1000)))
            total = price + price * 13 // 100
            sales.append(
                (
                    sid + i,
                    f"BENCH-{uuid.uuid4().hex[:12]}",
                    1,
                    None,
                    None,
                    "counter",
                    "sale",
                    "completed",
                    "CAD",
                    price,
                    0,
                    price * 13 // 100,
                    total,
                    when,
                )
            )
            lines.append((lid + i, sid + i, 1, vid, "Bench item", "APP", 1, price, 0, price * 13 // 100, total, False))
        insert_rows(
            conn,
            "sales",
            (
                "id",
                "receipt_no",
                "store_id",
                "staff_id",
                "customer_id",
                "channel",
                "kind",
                "status",
                "currency",
                "subtotal_minor",
                "discount_minor",
                "tax_minor",
                "total_minor",
                "sold_at",
            ),
            sales,
        )
        insert_rows(
            conn,
            "sale_lines",
            (
                "id",
                "sale_id",
                "line_no",
                "variant_id",
                "description",
                "department_code",
                "quantity",
                "unit_price_minor",
                "discount_minor",
                "tax_minor",
                "total_minor",
                "final_sale",
            ),
            lines,
        )
        reset_sequences(conn, ["sales", "sale_lines"])


def test_return_commit_benchmark(bench_db) -> None:  # type: ignore[no-untyped-def]
    engine, db = bench_db
    _ensure_sales(db)
    lead = auth.sign_in(db, STAFF[2].code, STAFF[2].pin)  # may refund these amounts without approval
    with db.read() as s:
        candidates = s.execute(
            text(
                "SELECT s.id, l.id FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                "JOIN variants v ON v.id = l.variant_id JOIN products p ON p.id = v.product_id "
                "JOIN departments d ON d.id = p.department_id "
                "WHERE s.receipt_no LIKE 'BENCH-%' AND d.code IN ('APP', 'SHOE', 'GIFT') AND p.returnable "
                "AND NOT EXISTS (SELECT 1 FROM return_lines r WHERE r.sale_line_id = l.id) LIMIT 230"
            )
        ).all()
    times = []
    for i, (sale_id, line_id) in enumerate(candidates):
        draft = returns.new_draft(1, lead.id, sale_id=sale_id, lines=(DraftLine(line_id, 1, reason="changed_mind"),))
        t = time.perf_counter()
        commit(db, draft, lead)
        if i >= 30:
            times.append((time.perf_counter() - t) * 1000)
    with db.read() as s:
        n_sales = s.execute(select(func.count()).select_from(Sale)).scalar_one()
        n_returns = s.execute(select(func.count()).select_from(Return)).scalar_one()
    report(
        "return-commit",
        engine,
        {
            "past sales": n_sales,
            "returns in the database": n_returns,
            "commit p50 ms": round(pct(times, 50), 2),
            "commit p95 ms (goal <= 25 on SQLite)": round(pct(times, 95), 2),
        },
    )


def _ensure_customers(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        have = s.execute(select(func.count()).select_from(Customer)).scalar_one()
        busy = s.execute(select(Customer.id).where(Customer.full_name == "Busy Bench Customer")).scalar_one_or_none()
    if have >= CUSTOMERS and busy:
        return busy
    rng = random.Random(2)
    from posassist.services.demo import vocab

    first = vocab.FIRST + ["Olivia", "Lucas", "Emma", "Mia", "Ethan", "Sofia", "Arjun", "Mei", "Kofi", "Ines"]
    last = vocab.LAST + ["Smith", "Tremblay", "Roy", "Wong", "Singh", "Nguyen", "Lopez", "Ivanova", "Okoye", "Berg"]
    now = utcnow()
    with db.transaction() as s:
        conn = s.connection()
        cid = next_id(conn, "customers")
        rows = []
        for i in range(CUSTOMERS - have):
            f, l_ = rng.choice(first), rng.choice(last)
            rows.append(
                (
                    cid + i,
                    str(uuid.uuid4()),
                    f"{f} {l_}",
                    f,
                    f"{f.lower()}.{i}@bench.example",
                    f"6{rng.randint(10, 99)}-555-{i % 10000:04d}",
                    f"BC-{cid + i}",
                    False,
                    False,
                    False,
                    False,
                    _ts(db, now),
                    _ts(db, now),
                )
            )
        rows.append(
            (
                cid + len(rows),
                str(uuid.uuid4()),
                "Busy Bench Customer",
                "Busy",
                "busy@bench.example",
                "699-555-0000",
                "BC-BUSY",
                False,
                False,
                False,
                False,
                _ts(db, now),
                _ts(db, now),
            )
        )
        busy = rows[-1][0]
        insert_rows(
            conn,
            "customers",
            (
                "id",
                "public_id",
                "full_name",
                "preferred_name",
                "email",
                "phone",
                "loyalty_card",
                "consent_email",
                "consent_sms",
                "consent_phone",
                "lifetime_free_shipping",
                "created_at",
                "updated_at",
            ),
            rows,
        )
        reset_sequences(conn, ["customers"])
        iid = next_id(conn, "interactions")
        chans = ["counter", "phone", "email", "chat", "social", "web"]
        notes = [
            (
                iid + i,
                busy,
                None,
                None,
                chans[i % 6],
                "other",
                "resolved",
                f"Interaction {i}",
                _ts(db, now - timedelta(hours=i)),
                _ts(db, now - timedelta(hours=i)),
                _ts(db, now - timedelta(hours=i)),
            )
            for i in range(2000)
        ]
        insert_rows(
            conn,
            "interactions",
            (
                "id",
                "customer_id",
                "staff_id",
                "store_id",
                "channel",
                "topic",
                "outcome",
                "body",
                "opened_at",
                "created_at",
                "updated_at",
            ),
            notes,
        )
        reset_sequences(conn, ["interactions"])
    if db.dialect == "postgresql":  # as after any bulk load: the planner's statistics for the new rows
        with db.engine.connect() as c:
            c.execute(text("ANALYZE customers"))
            c.execute(text("ANALYZE interactions"))
            c.commit()
    return busy


def test_customer_benchmark(bench_db) -> None:  # type: ignore[no-untyped-def]
    engine, db = bench_db
    busy = _ensure_customers(db)
    rng = random.Random(4)
    queries = [
        rng.choice(
            [
                "Olivia Smith",
                "tremblay",
                "Nguyen Mei",
                "Olivai Smtih",
                "Kofi Okoye",
                "699-555-0000",
                "BC-BUSY",
                "busy@bench.example",
                "Wong",
                "Ines Berg",
            ]
        )
        for _ in range(200)
    ]
    for q in queries[:20]:
        customers.find(db, q)
    cpu = Cpu(db)
    find_t = [cpu.timed(customers.find, db, q) for q in queries]
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for q in sorted(set(queries)):  # each kind of question on its own
        for _ in range(10):
            by_kind.setdefault(q, []).append(cpu.timed(customers.find, db, q))
    raw_t = []  # the raw baseline in the same run: one indexed row by its key, through the driver
    with db.read() as s:
        conn = s.connection()
        for _ in range(200):
            raw_t.append(
                cpu.timed(
                    lambda: conn.exec_driver_sql(f"SELECT id, full_name FROM customers WHERE id = {int(busy)}").all()
                )
            )
    raw_ms = [w for w, _ in raw_t]
    find_ms = [w for w, _ in find_t]
    timeline_ms = []
    for _ in range(30):
        t = time.perf_counter()
        items = customer_records.timeline(db, busy, limit=100)
        timeline_ms.append((time.perf_counter() - t) * 1000)
    assert len(items) == 100
    with db.read() as s:
        n = s.execute(select(func.count()).select_from(Customer)).scalar_one()
    report(
        "customers",
        engine,
        {
            "customers": n,
            "(each: wall / CPU ms; CPU = this process + its server backends)": "",
            "find p50": wall_cpu(find_t, 50),
            "find p95 (names, typos, phone, card, email; goal <= 20)": wall_cpu(find_t, 95),
            "raw indexed row p50 (baseline)": wall_cpu(raw_t, 50),
            "find p95 / raw p50 (wall)": round(pct(find_ms, 95) / max(pct(raw_ms, 50), 1e-3), 1),
            **{f"  find {q!r} p50": wall_cpu(v, 50) for q, v in by_kind.items()},
            "timeline (2,000 interactions) first 100, p50 ms": round(pct(timeline_ms, 50), 2),
        },
    )
