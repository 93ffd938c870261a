"""The counter's local copy of a PostgreSQL store (issue #21 part 1), against a real server."""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from posassist.db.offline_hooks import LOCAL_ID_FLOOR
from posassist.db.replica import REPLICATED, LocalCopy, snapshot
from posassist.db.replica import state as state_pkg
from posassist.db.replica.tables import condition, table
from posassist.db.session import Database
from tests.conftest import PgServer, _need_pg

_n = itertools.count()
WAIT_S = 60.0  # generous: the machine is shared


@pytest.fixture
def server(pg_server: PgServer | None, _demo_templates: dict[str, str]) -> Iterator[Database]:
    srv = _need_pg(pg_server)
    name = f"posassist_rep{os.getpid()}_{next(_n)}"
    db = Database(srv.create(name, template=_demo_templates["postgresql"]))
    yield db
    db.dispose()
    srv.drop(name)


@pytest.fixture
def make_copy(server: Database, tmp_path: Path) -> Iterator[Callable[..., LocalCopy]]:
    made: list[LocalCopy] = []

    def make(**kw: Any) -> LocalCopy:
        lc = LocalCopy(server, tmp_path / "local-copy.db", store_id=None, counter="counter-1", **kw)
        made.append(lc)
        return lc

    yield make
    for lc in made:
        lc.close()


def _counts(db: Database, lc: LocalCopy, where: bool) -> dict[str, int]:
    w = lc.windows()
    out = {}
    with db.engine.connect() as conn:
        for name in REPLICATED:
            stmt = select(func.count()).select_from(table(name))
            cond = condition(name, w) if where else None
            out[name] = int(conn.execute(stmt if cond is None else stmt.where(cond)).scalar_one())
    return out


def _local_count(lc: LocalCopy, sql: str, **params: object) -> int:
    with lc.local.read() as s:
        return int(s.execute(text(sql), params).scalar_one())


def _server(db: Database, sql: str, **params: object) -> Any:
    with db.engine.begin() as conn:
        result = conn.execute(text(sql), params)
        return result.scalar() if result.returns_rows else None


def _wait_for(check: Callable[[], bool], lc: LocalCopy) -> bool:
    """True once ``check`` holds; re-checked after each catch-up (and every second), up to WAIT_S."""
    woke = threading.Event()
    lc.on_caught_up.append(lambda _n: woke.set())
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if check():
            return True
        woke.wait(1.0)
        woke.clear()
    return check()


def test_snapshot_holds_every_replicated_table_within_its_windows(server: Database, make_copy) -> None:  # type: ignore[no-untyped-def]
    lc = make_copy()
    assert not lc.ready and lc.age() is None
    lc.ensure()
    assert lc.ready
    age = lc.age()
    assert age is not None
    want = _counts(server, lc, where=True)
    got = {name: _local_count(lc, f"SELECT count(*) FROM {name}") for name in REPLICATED}
    assert got == want
    assert want["products"] > 0 and want["customers"] > 0 and want["sales"] > 0 and want["stock"] > 0
    # the copy's search indexes hold every variant and customer
    assert _local_count(lc, "SELECT count(*) FROM variant_fts") == want["variants"]
    assert _local_count(lc, "SELECT count(*) FROM customer_fts") == want["customers"]
    # the copy is a posassist database at the same schema
    with lc.local.read() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == _server(
            server, "SELECT version_num FROM alembic_version"
        )


def test_windows_leave_old_sales_out(server: Database, make_copy) -> None:  # type: ignore[no-untyped-def]
    now = [datetime.now(UTC)]
    lc = make_copy(sales_days=20, clock=lambda: now[0])
    _server(server, "UPDATE sales SET sold_at = now() - interval '30 days' WHERE id = (SELECT min(id) FROM sales)")
    lc.ensure()
    everything, inside = _counts(server, lc, where=False), _counts(server, lc, where=True)
    assert inside["sales"] < everything["sales"]
    assert _local_count(lc, "SELECT count(*) FROM sales") == inside["sales"]
    assert _local_count(lc, "SELECT count(*) FROM sale_lines") == inside["sale_lines"]
    # ten days later the copy drops what fell out of the windows (the server changed nothing)
    assert lc.age() == timedelta(0)
    now[0] += timedelta(days=10)
    assert lc.age() == timedelta(days=10)
    lc.catch_up()
    later = _counts(server, lc, where=True)
    assert later["sales"] < inside["sales"]
    assert {n: _local_count(lc, f"SELECT count(*) FROM {n}") for n in REPLICATED} == later


def test_catch_up_applies_inserts_updates_and_deletes(server: Database, make_copy) -> None:  # type: ignore[no-untyped-def]
    lc = make_copy()
    lc.ensure()
    cust = int(_server(server, "SELECT min(id) FROM customers"))
    product = int(_server(server, "SELECT min(id) FROM products"))
    note = int(
        _server(
            server,
            "INSERT INTO interactions (customer_id, channel, topic, body, opened_at, created_at, updated_at) "
            "VALUES (:c, 'counter', 'note', 'likes blue', now(), now(), now()) RETURNING id",
            c=cust,
        )
    )
    _server(server, "UPDATE products SET title = 'Zanzibarish Lamp' WHERE id = :p", p=product)
    _server(server, "UPDATE customers SET full_name = 'Quillon Verhoeven' WHERE id = :c", c=cust)
    tag_count = int(_server(server, "SELECT count(*) FROM customer_tags"))
    _server(server, "INSERT INTO customer_tags (customer_id, tag) VALUES (:c, 'replica-test')", c=cust)
    alert = _server(server, "SELECT min(id) FROM customer_alerts")
    _server(server, "DELETE FROM customer_alerts WHERE id = :a", a=alert)

    assert lc.catch_up() >= 5
    assert _local_count(lc, "SELECT count(*) FROM interactions WHERE id = :i AND body = 'likes blue'", i=note) == 1
    assert _local_count(lc, "SELECT count(*) FROM products WHERE title = 'Zanzibarish Lamp'") == 1
    assert _local_count(lc, "SELECT count(*) FROM customer_alerts WHERE id = :a", a=alert) == 0
    assert _local_count(lc, "SELECT count(*) FROM customer_tags") == tag_count + 1
    # the search indexes follow
    variants = _local_count(lc, "SELECT count(*) FROM variants WHERE product_id = :p", p=product)
    assert _local_count(lc, "SELECT count(*) FROM variant_fts WHERE variant_fts MATCH 'zanzibarish'") == variants
    assert _local_count(lc, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'verhoeven'") == 1
    # a new product is indexed; deleting it takes its variants and their index rows (the server cascades)
    dept = _server(server, "SELECT min(id) FROM departments")
    new = _server(
        server,
        "INSERT INTO products (style_code, title, department_id, description, returnable, is_merchandise, active, "
        "created_at, updated_at) VALUES ('REPL-1', 'Quokkaform Stool', :d, '', true, true, true, now(), now()) "
        "RETURNING id",
        d=dept,
    )
    for colour in ("red", "blue"):
        _server(
            server,
            "INSERT INTO variants (product_id, sku, colour, currency, position, active, created_at, updated_at) "
            "VALUES (:p, :s, :c, 'USD', 0, true, now(), now())",
            p=new,
            s=f"REPL-1-{colour}",
            c=colour,
        )
    lc.catch_up()
    assert _local_count(lc, "SELECT count(*) FROM variant_fts WHERE variant_fts MATCH 'quokkaform'") == 2
    _server(server, "DELETE FROM products WHERE id = :p", p=new)
    lc.catch_up()
    assert _local_count(lc, "SELECT count(*) FROM variants WHERE product_id = :p", p=new) == 0
    assert _local_count(lc, "SELECT count(*) FROM variant_fts WHERE variant_fts MATCH 'quokkaform'") == 0
    assert lc.catch_up() == 0
    assert _counts(server, lc, where=True) == {n: _local_count(lc, f"SELECT count(*) FROM {n}") for n in REPLICATED}


def test_a_change_committed_late_is_not_skipped(server: Database, make_copy) -> None:  # type: ignore[no-untyped-def]
    """Seq 11 still in flight while seq 12 commits: 11 is applied once it commits; a rolled-back
    seq is dropped once no transaction older than it runs."""
    lc = make_copy()
    lc.ensure()
    cust = int(_server(server, "SELECT min(id) FROM customers"))
    slow = server.engine.connect()
    slow.begin()
    slow.execute(text("UPDATE customers SET preferred_name = 'Slowpoke' WHERE id = :c"), {"c": cust})
    _server(server, "UPDATE customers SET preferred_name = 'Quick' WHERE id = :c", c=cust + 1)
    lc.catch_up()
    assert _local_count(lc, "SELECT count(*) FROM customers WHERE preferred_name = 'Quick'") == 1
    with lc.local.read() as s:
        assert s.execute(text("SELECT value FROM replica_state WHERE key = 'gaps'")).scalar_one() != "[]"
    slow.commit()
    slow.close()
    lc.catch_up()
    assert _local_count(lc, "SELECT count(*) FROM customers WHERE preferred_name = 'Slowpoke'") == 1

    doomed = server.engine.connect()
    doomed.begin()
    doomed.execute(text("UPDATE customers SET preferred_name = 'Never' WHERE id = :c"), {"c": cust})
    _server(server, "UPDATE customers SET preferred_name = 'Later' WHERE id = :c", c=cust + 1)
    lc.catch_up()
    doomed.rollback()
    doomed.close()
    _server(server, "SELECT 1")  # any later transaction moves the server's xmin on
    lc.catch_up()
    with lc.local.read() as s:
        assert s.execute(text("SELECT value FROM replica_state WHERE key = 'gaps'")).scalar_one() == "[]"
    assert _local_count(lc, "SELECT count(*) FROM customers WHERE preferred_name = 'Never'") == 0


def test_notify_wakes_the_background_thread(server: Database, make_copy) -> None:  # type: ignore[no-untyped-def]
    lc = make_copy(interval_s=3600.0)  # only NOTIFY can wake it in time
    lc.start()
    assert _wait_for(lambda: lc.ready, lc)
    cust = int(_server(server, "SELECT min(id) FROM customers"))
    _server(server, "UPDATE customers SET full_name = 'Notified Person' WHERE id = :c", c=cust)
    assert _wait_for(
        lambda: _local_count(lc, "SELECT count(*) FROM customers WHERE full_name = 'Notified Person'") == 1, lc
    )
    lc.stop()
    assert lc.last_error is None


def test_a_snapshot_interrupted_by_a_crash_resumes(server: Database, make_copy) -> None:  # type: ignore[no-untyped-def]
    class Crash(Exception):
        pass

    chunks: list[str] = []

    def crash_after_some(name: str, _rows: int) -> None:
        chunks.append(name)
        if name == "stock":  # the first chunk of a table of many chunks
            raise Crash

    first = make_copy()
    with pytest.raises(Crash):
        first.ensure(after_chunk=crash_after_some)
    assert not first.ready
    first.close()
    copied = len(chunks)
    # meanwhile the server changes a table the first run already copied, and one it did not
    _server(server, "UPDATE products SET title = 'Changed Meanwhile' WHERE id = (SELECT min(id) FROM products)")
    _server(server, "UPDATE sales SET status = 'replica-test' WHERE id = (SELECT max(id) FROM sales)")
    second = make_copy()
    resumed: list[str] = []
    second.ensure(after_chunk=lambda name, _n: resumed.append(name))
    assert second.ready
    assert resumed[0] == "stock"  # it went on where the crash stopped it, not from the start
    assert resumed.count("stock") < _local_count(second, "SELECT count(*) FROM stock") // snapshot.CHUNK_ROWS + 1
    assert "stores" not in resumed and "products" not in resumed  # copied once, before the crash
    assert copied > 1
    assert _counts(server, second, where=True) == {
        n: _local_count(second, f"SELECT count(*) FROM {n}") for n in REPLICATED
    }
    assert _local_count(second, "SELECT count(*) FROM products WHERE title = 'Changed Meanwhile'") == 1
    assert _local_count(second, "SELECT count(*) FROM sales WHERE status = 'replica-test'") == 1


def test_offline_rows_in_the_copy_are_left_alone(server: Database, make_copy) -> None:  # type: ignore[no-untyped-def]
    lc = make_copy()
    lc.ensure()
    mine = LOCAL_ID_FLOOR + 5
    with lc.local.transaction() as s:
        s.execute(
            text(
                "INSERT INTO customers (id, public_id, full_name, consent_email, consent_sms, consent_phone, "
                "lifetime_free_shipping, created_at, updated_at) VALUES (:i, 'offline-1', 'Offline Olga', 0, 0, 0, 0, "
                "'2026-12-02 10:00:00', '2026-12-02 10:00:00')"
            ),
            {"i": mine},
        )
        s.execute(text("INSERT INTO customer_tags (customer_id, tag) VALUES (:i, 'offline')"), {"i": mine})
    _server(server, "UPDATE customers SET preferred_name = 'Touched' WHERE id = (SELECT min(id) FROM customers)")
    assert lc.catch_up() >= 1
    assert _local_count(lc, "SELECT count(*) FROM customers WHERE id = :i", i=mine) == 1
    # a new snapshot (the server pruned its log past what the copy applied) keeps them too
    _server(server, "UPDATE customers SET preferred_name = 'Pruned' WHERE id = (SELECT min(id) FROM customers)")
    with server.engine.begin() as conn:
        assert state_pkg.prune_log(conn, datetime.now(UTC) + timedelta(seconds=1)) > 0
    lc.ensure()
    assert _local_count(lc, "SELECT count(*) FROM customers WHERE preferred_name = 'Pruned'") == 1
    assert lc.ready
    assert _local_count(lc, "SELECT count(*) FROM customers WHERE id = :i", i=mine) == 1
    assert _local_count(lc, "SELECT count(*) FROM customer_tags WHERE customer_id = :i", i=mine) == 1
    assert _local_count(lc, "SELECT count(*) FROM customers WHERE id < :f", f=LOCAL_ID_FLOOR) == _server(
        server, "SELECT count(*) FROM customers"
    )
