"""Fixtures: a fresh database per test on SQLite and, where PostgreSQL is present, on PostgreSQL.

- ``db_url``: a migrated, empty database, parametrised over the engines.
- ``demo_db``: a database holding the demo store (copied from one generated per session).
- PostgreSQL: POSASSIST_TEST_PG_URL (a superuser URL), else a throw-away cluster started here.
  With CI=true or POSASSIST_REQUIRE_PG=1 a missing PostgreSQL fails the run instead of skipping.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from posassist.db import migrate
from posassist.db.session import Database
from tests.pgcluster import Cluster, find_bindir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# each counter's own files (audit signing key, checkpoints): never the tester's ~/.config
os.environ.setdefault("POSASSIST_CONFIG_DIR", tempfile.mkdtemp(prefix="posassist-test-config-"))
APP_ROLE = "posassist_app"  # not a superuser: the app must never need one
ENGINES = ["sqlite", "postgresql"]
_counter = itertools.count()


# -- no database session on the Qt GUI thread ---------------------------------------------------
# The window's code (posassist.ui, posassist.app) must hand every service call to the task runner.
# A unit of work opened on the GUI thread with window code on the stack fails the test, whether a
# key, a timer or a signal led there or a test called the widget directly. Test code itself may
# call services on the main thread (to set up, to check what was written): no window code is on
# its stack. Scripts that drive the windows the way a test does count as test code.
WINDOW_CODE = ("posassist.ui.", "posassist.app")
DRIVERS = ("posassist.ui.screenshots",)
_allowed = threading.local()


class GuiThreadSession(AssertionError):
    """A database session opened on the Qt GUI thread by the window's code."""


@contextmanager
def allow_gui_thread_db() -> Iterator[None]:
    """For a test that means to open a session on the GUI thread from window code."""
    before = getattr(_allowed, "yes", False)
    _allowed.yes = True
    try:
        yield
    finally:
        _allowed.yes = before


def _window_code_on_stack() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith(WINDOW_CODE) and not name.startswith(DRIVERS):
            return f"{frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return None


def _check_gui_thread(seen: list[str]) -> None:
    qtwidgets = sys.modules.get("PySide6.QtWidgets")
    if qtwidgets is None or getattr(_allowed, "yes", False):
        return
    app = qtwidgets.QApplication.instance()
    if app is None:
        return
    where = _window_code_on_stack()
    if where is None:
        return
    from PySide6.QtCore import QThread

    if QThread.currentThread() != app.thread():
        return
    seen.append(where)
    raise GuiThreadSession(f"a database session was opened on the GUI thread from {where}")


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread() -> Iterator[list[str]]:
    """On for every test: the check only bites where a QApplication exists."""
    seen: list[str] = []
    before = Database.on_open
    Database.on_open = lambda: _check_gui_thread(seen)
    try:
        yield seen
    finally:
        Database.on_open = before
    if seen:
        pytest.fail("database sessions opened on the Qt GUI thread:\n" + "\n".join(seen), pytrace=False)


def _pg_required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("POSASSIST_REQUIRE_PG") == "1"


class PgServer:
    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as c:
            if not c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}).first():
                c.execute(text(f"CREATE ROLE {APP_ROLE} LOGIN PASSWORD 'posassist' NOSUPERUSER NOCREATEDB"))
        self.templates: dict[str, str] = {}

    def app_url(self, db: str) -> str:
        u = make_url(self.admin_url).set(username=APP_ROLE, password="posassist", database=db)
        return u.render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        with self.admin.connect() as c:
            tpl = f" TEMPLATE {template}" if template else " TEMPLATE template0"
            c.execute(text(f"CREATE DATABASE {name} OWNER {APP_ROLE}{tpl}"))
        return self.app_url(name)

    def drop(self, name: str) -> None:
        with self.admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    url = os.environ.get("POSASSIST_TEST_PG_URL")
    cluster = None
    if not url:
        bindir = find_bindir()
        if bindir is None:
            if _pg_required():
                pytest.fail("PostgreSQL is required here (CI) but no initdb was found")
            yield None
            return
        cluster = Cluster(bindir)
        cluster.start()
        url = cluster.url()
    server = PgServer(url)
    try:
        yield server
    finally:
        server.admin.dispose()
        if cluster:
            cluster.stop()


def _need_pg(server: PgServer | None) -> PgServer:
    if server is None:
        pytest.skip("PostgreSQL not available on this machine (the SQLite half still runs)")
    return server


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory, pg_server: PgServer | None) -> dict[str, str]:
    """Migrate once per engine; each test then copies the template (fast)."""
    out: dict[str, str] = {}
    base = tmp_path_factory.mktemp("templates")
    sqlite_file = base / "migrated.db"
    db = Database(f"sqlite:///{sqlite_file}")
    migrate.upgrade(db.engine, where="template")
    db.dispose()
    out["sqlite"] = str(sqlite_file)
    if pg_server is not None:
        name = "posassist_tpl_migrated"
        pg_server.drop(name)
        url = pg_server.create(name)
        db = Database(url)
        migrate.upgrade(db.engine, where="template")
        db.dispose()
        out["postgresql"] = name
    return out


def _sqlite_copy(src: str, tmp_path: Path, name: str) -> str:
    dest = tmp_path / name
    shutil.copyfile(src, dest)
    return f"sqlite:///{dest}"


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fresh_url(engine_name: str, tmp_path: Path, pg_server: PgServer | None) -> Iterator[str]:
    """An empty, unmigrated database."""
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    server = _need_pg(pg_server)
    name = f"posassist_t{os.getpid()}_{next(_counter)}"
    url = server.create(name)
    yield url
    server.drop(name)


def _copy_of(
    templates: dict[str, str], engine_name: str, tmp_path: Path, pg_server: PgServer | None, prefix: str
) -> Iterator[str]:
    """A private copy of a template database: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL."""
    if engine_name == "sqlite":
        yield _sqlite_copy(templates["sqlite"], tmp_path, f"{prefix}.db")
        return
    server = _need_pg(pg_server)
    name = f"posassist_{prefix}{os.getpid()}_{next(_counter)}"
    url = server.create(name, template=templates["postgresql"])
    yield url
    server.drop(name)


@pytest.fixture
def db_url(engine_name: str, tmp_path: Path, pg_server: PgServer | None, _templates: dict[str, str]) -> Iterator[str]:
    """A migrated, empty database of the parametrised engine."""
    yield from _copy_of(_templates, engine_name, tmp_path, pg_server, "t")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_templates(
    tmp_path_factory: pytest.TempPathFactory, pg_server: PgServer | None, _templates: dict[str, str]
) -> dict[str, str]:
    from posassist.services.demo import load_demo

    out: dict[str, str] = {}
    base = tmp_path_factory.mktemp("demo")
    path = base / "demo.db"
    shutil.copyfile(_templates["sqlite"], path)
    d = Database(f"sqlite:///{path}")
    load_demo(d)
    d.dispose()
    out["sqlite"] = str(path)
    if pg_server is not None:
        name = "posassist_tpl_demo"
        pg_server.drop(name)
        d = Database(pg_server.create(name, template=_templates["postgresql"]))
        load_demo(d)
        d.dispose()
        out["postgresql"] = name
    return out


@pytest.fixture
def demo_url(
    engine_name: str, tmp_path: Path, pg_server: PgServer | None, _demo_templates: dict[str, str]
) -> Iterator[str]:
    """A database holding the demo store, of the parametrised engine."""
    yield from _copy_of(_demo_templates, engine_name, tmp_path, pg_server, "demo")


@pytest.fixture
def demo_db(demo_url: str) -> Iterator[Database]:
    database = Database(demo_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_sqlite(tmp_path: Path, _demo_templates: dict[str, str]) -> str:
    """A demo data directory on SQLite (for GUI and CLI tests that need a data dir)."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(_demo_templates["sqlite"], data / "posassist.db")
    return str(data)


def returns_made_here(session) -> int:  # type: ignore[no-untyped-def]
    """Returns a test made: the demo store's own history (returns of R-ANON sales) left out."""
    from sqlalchemy import func, or_, select

    from posassist.db.tables.sales import Return, Sale

    return int(
        session.execute(
            select(func.count())
            .select_from(Return)
            .outerjoin(Sale, Sale.id == Return.sale_id)
            .where(or_(Sale.receipt_no.is_(None), ~Sale.receipt_no.like("R-ANON-%")))
        ).scalar_one()
    )


def not_demo_history():  # type: ignore[no-untyped-def]
    """A filter leaving out the goodwill records the demo store ships with."""
    from posassist.db.tables.ops import Goodwill
    from posassist.services.demo.history import GESTURES

    return Goodwill.story.not_in([g[3] for g in GESTURES])


def sell_one(
    session,
    *,
    receipt: str,
    store_id: int,
    variant_id: int,
    price_minor: int,  # type: ignore[no-untyped-def]
    days_ago: int = 2,
) -> tuple[int, int]:
    """A one-line counter sale of one unit, ``days_ago`` days back; returns (sale id, line id)."""
    from datetime import timedelta

    from posassist.db.tables.base import utcnow
    from posassist.db.tables.sales import Sale, SaleLine

    sale = Sale(
        receipt_no=receipt,
        store_id=store_id,
        currency="CAD",
        subtotal_minor=price_minor,
        tax_minor=0,
        total_minor=price_minor,
        sold_at=utcnow() - timedelta(days=days_ago),
    )
    session.add(sale)
    session.flush()
    line = SaleLine(
        sale_id=sale.id,
        line_no=1,
        variant_id=variant_id,
        description="test sale",
        quantity=1,
        unit_price_minor=price_minor,
        total_minor=price_minor,
    )
    session.add(line)
    session.flush()
    return sale.id, line.id


BUSY_MACHINE_MS = 30_000  # how long a condition may take on a loaded CI machine before it is a failure


@pytest.fixture
def qtbot(qtbot):  # type: ignore[no-untyped-def]
    """pytest-qt's qtbot, whose waits (waitUntil, waitSignal, waitExposed…) allow a busy machine
    30 s by default instead of 5: the wait ends as soon as the condition holds, so only a failure
    takes longer. A test that passes its own timeout keeps it."""
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive", "waitCallback"):
        original = getattr(qtbot, name, None)
        if original is None:
            continue

        def patient(*args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            kwargs.setdefault("timeout", BUSY_MACHINE_MS)
            return _original(*args, **kwargs)

        setattr(qtbot, name, patient)
    return qtbot
