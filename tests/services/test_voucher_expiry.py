"""Store credit past its expiry moves out, audited, once: by the service (both engines, two
counters at once), by `posassist voucher expire` (a scheduled job), and at the window's sign-in;
the store-credit dialog shows the date a voucher is valid until."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.people import Store
from posassist.db.tables.receipts import Voucher, VoucherMovement
from posassist.services import audit, auth
from posassist.services import store_credit as sc
from posassist.services.demo.stories import STAFF
from tests.cli.test_receipt_cli import run

NOW = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
SAM = STAFF[2]


def _vouchers(db: Database, now: datetime = NOW) -> dict[str, str]:
    """Four vouchers: past due, due this very moment, due tomorrow, and one that never expires;
    plus one past due but already spent to nothing."""
    out: dict[str, str] = {}
    with db.transaction() as s:
        store_id = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
        for name, expires, amount in (
            ("past", now - timedelta(days=40), 4520),
            ("now", now, 1000),
            ("tomorrow", now + timedelta(days=1), 2500),
            ("never", None, 3000),
            ("spent", now - timedelta(days=3), 700),
        ):
            v = sc.issue(
                s,
                amount_minor=amount,
                currency="CAD",
                store_id=store_id,
                staff_id=None,
                counter="t",
                now=now - timedelta(days=400),
            )
            v.expires_at = expires
            if name == "spent":
                v.balance_minor = 0
            out[name] = v.number
    return out


def _audited(db: Database) -> list[dict]:  # type: ignore[type-arg]
    with db.read() as s:
        return [
            dict(p)
            for p in s.execute(
                select(AuditEntry.payload).where(AuditEntry.action == "voucher.expired").order_by(AuditEntry.id)
            ).scalars()
        ]


def test_vouchers_past_their_expiry_move_out_once_audited_and_the_rest_stay(demo_db: Database) -> None:
    numbers = _vouchers(demo_db)
    credit = sc.StoreCredit(demo_db, clock=lambda: NOW)
    lead = auth.sign_in(demo_db, SAM.code, SAM.pin, counter="till-1")
    gone = credit.expire(lead)
    assert [(e.number, e.amount_minor) for e in gone] == [(numbers["past"], 4520), (numbers["now"], 1000)]
    for name in ("past", "now"):
        v = credit.look_up(numbers[name])
        assert v.balance_minor == 0 and v.expired
        assert [(m.kind, m.amount_minor, m.counter) for m in v.movements][-1] == ("expire", -v.issued_minor, "till-1")
    assert credit.look_up(numbers["tomorrow"]).balance_minor == 2500
    assert credit.look_up(numbers["never"]).balance_minor == 3000
    assert [m.kind for m in credit.look_up(numbers["spent"]).movements] == ["issue"]  # nothing left to expire
    logged = _audited(demo_db)
    assert [(p["number"], p["amount_minor"], p["currency"]) for p in logged] == [
        (numbers["past"], 4520, "CAD"),
        (numbers["now"], 1000, "CAD"),
    ]
    with demo_db.read() as s:
        actors = s.execute(select(AuditEntry.actor_id).where(AuditEntry.action == "voucher.expired")).scalars().all()
    assert len(set(actors)) == 1 and actors[0] is not None  # who ran it
    assert credit.expire(lead) == []  # a second run changes nothing
    assert audit.verify(demo_db).ok


def test_two_counters_expiring_at_once_move_each_balance_out_once(demo_url: str) -> None:
    setup = Database(demo_url)
    numbers = _vouchers(setup)
    setup.dispose()
    results: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def counter(name: str) -> None:
        db = Database(demo_url)
        try:
            me = auth.sign_in(db, SAM.code, SAM.pin, counter=name)
            start.wait(timeout=60)
            results.append(len(sc.StoreCredit(db, clock=lambda: NOW).expire(me)))
        except BaseException as err:  # reported below, never lost in the thread
            errors.append(err)
        finally:
            db.dispose()

    threads = [threading.Thread(target=counter, args=(n,)) for n in ("till-1", "till-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert sorted(results) == [0, 2]
    db = Database(demo_url)
    with db.read() as s:
        expired = s.execute(select(func.count()).where(VoucherMovement.kind == "expire")).scalar_one()
        assert expired == 2
        left = s.execute(select(Voucher.balance_minor).where(Voucher.number == numbers["past"])).scalar_one()
        assert left == 0
    assert len(_audited(db)) == 2 and audit.verify(db).ok
    db.dispose()


def test_voucher_expire_on_the_command_line(demo_sqlite: str) -> None:
    now = datetime.now(UTC) - timedelta(minutes=1)  # the command runs on the real clock
    db = Database(f"sqlite:///{demo_sqlite}/posassist.db")
    numbers = _vouchers(db, now)
    db.dispose()
    refused = run(demo_sqlite, "voucher", "expire")
    assert refused.returncode == 1 and "--as" in refused.stderr
    done = run(demo_sqlite, "--as", SAM.code, "voucher", "expire", "--json", stdin=SAM.pin + "\n")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    mine = [e for e in out["expired"] if e["number"] in numbers.values()]
    assert [(e["number"], e["amount"], e["currency"]) for e in mine] == [
        (numbers["past"], "45.20", "CAD"),
        (numbers["now"], "10.00", "CAD"),
    ]
    assert datetime.fromisoformat(mine[0]["expires_at"]) == now - timedelta(days=40)
    again = run(demo_sqlite, "--as", SAM.code, "voucher", "expire", stdin=SAM.pin + "\n")
    assert again.returncode == 0 and "0 store credit voucher(s) expired." in again.stdout
    shown = json.loads(run(demo_sqlite, "voucher", "show", numbers["past"], "--json").stdout)
    assert shown["balance"] == "0.00" and shown["expired"] is True and shown["movements"][-1]["kind"] == "expire"
