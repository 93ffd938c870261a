"""SIGKILL a counter while it asks for and decides approvals, and an admin's `db upgrade` while it
migrates, on both engines: afterwards every request is either pending or completely decided (with
its approver, reason, note and audit entry), the schema is at a known revision with nothing lost,
a rerun finishes the migration, and `posassist db check` passes.

Each kill lands at an observed point of the work (see tests/reliability/_kill.py): after a number
of decisions, at a random statement of the next request or decision; at a random statement of a
`db upgrade`. A run that got to its end before the kill is not counted, and is tried again."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.db import migrate
from posassist.db.session import Database
from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.catalogue import Stock, Variant
from posassist.db.tables.customers import Customer, Interaction
from posassist.db.tables.ops import ApprovalRequest
from posassist.db.tables.sales import Sale, SaleLine
from posassist.services import audit
from tests.reliability import _kill

KILLS = 10

APPROVALS = r"""
import sys, uuid
from posassist.db.session import Database
from posassist.services import approvals, auth
db = Database(sys.argv[1])
alex = auth.sign_in(db, "101", "4826")
i = 0
while True:  # ask, then decide with the shift lead's own code: until the counter is killed
    i += 1
    mark("begin")
    r = approvals.request(db, kind="return", staff=alex, store_id=1, task_ref=f"kill-{uuid.uuid4().hex}",
                          rule="window", explanation="kill test", amount_minor=1000 + i, currency="CAD",
                          required_role="shift_lead", counter="K1")
    mark("asked")
    approvals.decide(db, r.id, approver_code="201", secret="739164", approve=i % 3 != 0,
                     reason_code="customer_loyalty", note=f"kill test {i}", counter="K2")
    mark("decided")
"""


def _cli(url: str, data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "posassist", "--database-url", url, "--data-dir", str(data), *args]


def _watched_cli(url: str, data: Path, *args: str) -> list[str]:
    """The same command line, reporting its progress (every SQL statement) to the test."""
    return _kill.cli("--database-url", url, "--data-dir", str(data), *args)


def _db_check(url: str, data: Path) -> None:
    done = subprocess.run(_cli(url, data, "db", "check"), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr


def _approval_problems(db: Database) -> list[str]:
    with db.read() as s:
        rows = s.execute(select(ApprovalRequest).where(ApprovalRequest.task_ref.like("kill-%"))).scalars().all()
        audited = {
            (a.action, a.entity_id)
            for a in s.execute(select(AuditEntry).where(AuditEntry.entity == "approval")).scalars()
        }
    problems = []
    for r in rows:
        if ("approval.requested", str(r.id)) not in audited:
            problems.append(f"request {r.id} without its audit entry")
        if r.status == "pending":
            if r.decided_by or r.decided_at or r.reason_code or r.note:
                problems.append(f"request {r.id} pending but half-decided")
        elif (
            not (r.decided_by and r.decided_at and r.reason_code and r.note)
            or (f"approval.{r.status}", str(r.id)) not in audited
        ):
            problems.append(f"request {r.id} {r.status} without approver, reason, note or audit entry")
    return problems


@pytest.mark.slow
def test_killed_approvals_leave_pending_or_fully_decided(demo_url: str, engine_name: str, tmp_path: Path) -> None:
    rng = random.Random(5)
    db = Database(demo_url)
    kills = 0
    phases = {"asking": 0, "deciding": 0}
    try:
        for _ in range(KILLS):
            child = _kill.Watched([*_kill.script(APPROVALS), demo_url])
            try:
                # a few complete decisions first, then a random statement of the next request or decision
                assert child.until_count("decided", rng.randint(1, 3)), child.stderr()
                one = child.statements_since("begin")  # the statements of one request and its decision
                assert child.until_count("sql", child.seen["sql"] + rng.randint(1, one)), child.stderr()
                phase = "asking" if child.last_milestone() == "begin" else "deciding"
                # the loop never ends by itself: a counter that was not running any more had crashed
                assert child.kill(rng), child.stderr()
            finally:
                child.close()
            kills += 1
            phases[phase] += 1
            assert _approval_problems(db) == []
            assert audit.verify(db).ok
        with db.read() as s:
            decided = s.execute(
                select(func.count())
                .select_from(ApprovalRequest)
                .where(ApprovalRequest.task_ref.like("kill-%"), ApprovalRequest.status != "pending")
            ).scalar_one()
        assert decided > KILLS
    finally:
        db.dispose()
    _db_check(demo_url, tmp_path)
    print(
        f"\n{engine_name}: {kills} kills during approvals ({phases['asking']} while asking, "
        f"{phases['deciding']} while deciding); {decided} complete decisions, none half-written"
    )


def _counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (Variant, Stock, Customer, Interaction, Sale, SaleLine)
        }


@pytest.mark.slow
def test_killed_migrations_finish_on_the_next_run(demo_url: str, engine_name: str, tmp_path: Path) -> None:
    revisions = [r.revision for r in reversed(list(migrate.script().walk_revisions()))]
    db = Database(demo_url)
    before = _counts(db)
    migrate.downgrade(db.engine, revisions[0])
    rng = random.Random(8)
    kills = finished = 0
    env = {**os.environ}
    env.pop("POSASSIST_DATABASE_URL", None)
    try:
        whole = _kill.Watched(_watched_cli(demo_url, tmp_path, "db", "upgrade"), env=env)
        try:  # one whole run: how many statements it sends, to spread the kills over a run's work
            assert whole.wait() == 0, whole.stderr()
            statements = whole.seen["sql"]
        finally:
            whole.close()
        migrate.downgrade(db.engine, revisions[0])
        for _ in range(KILLS * 3):  # a run that finished before its kill is tried again
            if kills == KILLS:
                break
            child = _kill.Watched(_watched_cli(demo_url, tmp_path, "db", "upgrade"), env=env)
            try:
                killed = child.until_count("sql", rng.randint(1, statements)) and child.kill(rng)
                returncode = child.proc.returncode if killed else child.wait()
                err = child.stderr()
            finally:
                child.close()
            assert returncode in (0, -signal.SIGKILL), err
            st = migrate.state(db.engine)
            assert st.revision in revisions, st
            assert migrate.integrity_problems(db.engine) == []
            assert _counts(db) == before
            if st.revision == revisions[-1]:  # this run got to the end: start over from the first revision
                finished += 1
                migrate.downgrade(db.engine, revisions[0])
            elif killed:  # killed before the migration was done
                kills += 1
        done = subprocess.run(
            _cli(demo_url, tmp_path, "db", "upgrade"), capture_output=True, text=True, timeout=300, env=env
        )
        assert done.returncode == 0, done.stderr
        assert migrate.state(db.engine).status == "current" and _counts(db) == before
        assert kills == KILLS
    finally:
        db.dispose()
    _db_check(demo_url, tmp_path)
    print(f"\n{engine_name}: {kills} kills during `db upgrade` ({finished} runs finished first); data intact")
