"""The window's import runs in a child process: the result and typed errors come back as they are,
a file that needs more memory than allowed stops the child (the counter keeps working, nothing is
changed), and cancel rolls back. Both engines: the child opens the same database from the settings."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.bootstrap import current_store
from posassist.config import resolve
from posassist.db.session import Database
from posassist.db.tables.catalogue import Variant
from posassist.errors import AuthError, Cancelled, PolicyDenied, StorageError
from posassist.services.catalogue_sync import Options
from posassist.services.catalogue_sync.model import Report
from posassist.services.isolated import ChildCall, Isolated, memory_limit_mb
from tests.signin import as_role, manager

DATA = Path(__file__).resolve().parents[1] / "data" / "catalogue"


def _isolated(demo_url: str, tmp_path: Path) -> Isolated:
    data = tmp_path / "counter-data"
    data.mkdir(exist_ok=True)
    return Isolated(resolve(data_dir=data, database_url=demo_url, store="DT", counter="Counter 1"))


def _opts(db: Database, **kw) -> Options:  # type: ignore[no-untyped-def]
    store = current_store(db, "DT")
    return Options(currency="CAD", store_id=store.id if store else None, **kw)


def _variants(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(Variant)).scalar_one())


def _big_file(path: Path, rows: int) -> Path:
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["sku", "title", "price", "barcode", "stock", "description"])
        for i in range(rows):
            w.writerow([f"ISO-{i:07d}", f"Isolated test item {i}", "9.99", "", "3", "word " * 40])
    return path


def test_the_report_comes_back_from_the_child_and_the_change_is_made(
    demo_db: Database, demo_url: str, tmp_path: Path
) -> None:
    iso = _isolated(demo_url, tmp_path)
    session = manager(demo_db)
    seen: list[tuple[str, int, int]] = []
    src = str(DATA / "shopify_current.csv")
    dry = iso.call(ChildCall("catalogue", "apply", (session, src, _opts(demo_db, dry_run=True))))
    assert isinstance(dry, Report) and dry.dry_run and dry.counts.rows > 0
    before = _variants(demo_db)
    report = iso.call(
        ChildCall("catalogue", "apply", (session, src, _opts(demo_db, skip_invalid=True)), {"holder": "test window"}),
        progress=lambda stage, done, total: seen.append((stage, done, total)),
    )
    assert isinstance(report, Report) and report.applied and report.version
    assert _variants(demo_db) > before
    assert seen, "progress from the child reaches the parent"


def test_a_refusal_arrives_as_the_same_typed_error(demo_db: Database, demo_url: str, tmp_path: Path) -> None:
    iso = _isolated(demo_url, tmp_path)
    associate = as_role(demo_db, "associate")
    before = _variants(demo_db)
    with pytest.raises((AuthError, PolicyDenied)) as err:
        iso.call(ChildCall("catalogue", "apply", (associate, str(DATA / "shopify_current.csv"), _opts(demo_db))))
    assert str(err.value)  # a sentence for the person, not a pickled repr
    assert _variants(demo_db) == before


def test_running_out_of_memory_stops_the_child_not_the_counter(
    demo_db: Database, demo_url: str, tmp_path: Path
) -> None:
    iso = _isolated(demo_url, tmp_path)
    src = _big_file(tmp_path / "big.csv", 20_000)
    before = _variants(demo_db)
    with pytest.raises(StorageError) as err:
        iso.call(
            ChildCall("catalogue", "apply", (manager(demo_db), str(src), _opts(demo_db, format="csv"))),
            memory_mb=4,
        )
    assert "memory" in str(err.value) and "POSASSIST_IMPORT_MEMORY_MB" in str(err.value)
    assert _variants(demo_db) == before  # nothing half-written
    # and this process goes on serving: the same call with room enough succeeds
    report = iso.call(ChildCall("catalogue", "apply", (manager(demo_db), str(src), _opts(demo_db, format="csv"))))
    assert report.applied and _variants(demo_db) == before + 20_000


def test_cancel_reaches_the_child_and_nothing_changes(demo_db: Database, demo_url: str, tmp_path: Path) -> None:
    iso = _isolated(demo_url, tmp_path)
    before = _variants(demo_db)
    with pytest.raises(Cancelled):
        iso.call(
            ChildCall("catalogue", "apply", (manager(demo_db), str(DATA / "shopify_current.csv"), _opts(demo_db))),
            cancelled=lambda: True,
        )
    assert _variants(demo_db) == before


def test_the_memory_limit_is_settable() -> None:
    assert memory_limit_mb({}) == 2048
    assert memory_limit_mb({"POSASSIST_IMPORT_MEMORY_MB": "512"}) == 512
    assert memory_limit_mb({"POSASSIST_IMPORT_MEMORY_MB": "lots"}) == 2048


def test_a_child_that_crashes_under_its_cap_is_said_to_have_run_out_of_memory() -> None:
    """Under RLIMIT_AS a C library (libpq on PostgreSQL) may crash on a failed malloc instead of
    raising MemoryError: the associate still hears it was memory, and how to raise the limit."""
    import signal

    from posassist.services.isolated import _died

    for code in (-signal.SIGSEGV, -signal.SIGABRT, -signal.SIGKILL):
        message = str(_died(code, 64, b"Fatal Python error: Segmentation fault"))
        assert "64 MB" in message and "POSASSIST_IMPORT_MEMORY_MB" in message
    other = str(_died(2, 64, b"Traceback ...\nImportError: no module named x"))
    assert "exit 2" in other and "memory" not in other
