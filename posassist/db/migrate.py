"""Alembic, run from the code: check the schema, back up, upgrade, verify foreign keys."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, exc, inspect, text

from posassist.db.backup import automatic_backup
from posassist.db.engine import storage_error
from posassist.errors import SchemaMismatch, StorageError
from posassist.i18n import tr
from posassist.paths import migrations_dir

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    heads = script().get_heads()
    if len(heads) != 1:
        raise StorageError(tr("posassist ships {heads} migration heads; this build is broken", heads=len(heads)))
    return heads[0]


@dataclass(frozen=True)
class SchemaState:
    revision: str | None
    head: str
    status: str  # empty / current / behind / ahead / foreign

    @property
    def ok(self) -> bool:
        return self.status == "current"


def state(engine: Engine) -> SchemaState:
    target = head()
    try:
        with engine.connect().execution_options(posassist_readonly=True) as conn:
            rev = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
    except exc.DBAPIError as err:
        raise storage_error(err, engine.url.render_as_string(hide_password=False)) from err
    if rev is None:
        tables.discard("alembic_version")
        return SchemaState(None, target, "foreign" if tables else "empty")
    if rev == target:
        return SchemaState(rev, target, "current")
    known = {s.revision for s in script().walk_revisions()}
    return SchemaState(rev, target, "behind" if rev in known else "ahead")


def refuse_unusable(st: SchemaState, where: str) -> None:
    if st.status == "ahead":
        raise SchemaMismatch(
            tr(
                "The database {where} was made by a newer posassist (schema {revision}, this version knows up to {head}); install the newer posassist on this counter.",
                where=where,
                revision=st.revision,
                head=st.head,
            )
        )
    if st.status == "foreign":
        raise SchemaMismatch(
            tr(
                "{where} holds tables that are not posassist's; nothing was changed: point --database-url or --data-dir at a posassist database or an empty one.",
                where=where,
            )
        )


def require_current(engine: Engine, where: str) -> SchemaState:
    """For counters that must not migrate (PostgreSQL): refuse an older or newer schema."""
    st = state(engine)
    refuse_unusable(st, where)
    if st.status in ("behind", "empty"):
        raise SchemaMismatch(
            tr(
                "The database {where} is at schema {value}, this posassist needs {head}; ask an admin to run 'posassist db upgrade'.",
                where=where,
                value=st.revision or "none",
                head=st.head,
            )
        )
    return st


def upgrade(
    engine: Engine,
    *,
    where: str,
    backup_dir: Path | None = None,
    backup_keep: int = 10,
    target: str = "head",
) -> SchemaState:
    st = state(engine)
    refuse_unusable(st, where)
    if st.status == "current" and target == "head":
        return st
    if st.status == "behind" and backup_dir is not None:
        made = automatic_backup(
            engine.url.render_as_string(hide_password=False), backup_dir, "pre-migrate", backup_keep
        )
        if made:
            log.info("backed up %s to %s before migrating", where, made)
    try:
        _run(engine, lambda cfg: command.upgrade(cfg, target))
    except exc.DBAPIError as err:
        raise storage_error(err, engine.url.render_as_string(hide_password=False)) from err
    return state(engine)


def downgrade(engine: Engine, target: str) -> None:
    _run(engine, lambda cfg: command.downgrade(cfg, target))


def _foreign_keys(conn: Connection, on: bool) -> None:
    """PRAGMA foreign_keys on the driver's connection: it only works outside a transaction, and
    SQLAlchemy would begin one."""
    raw = conn.connection.dbapi_connection
    assert raw is not None  # the connection is open
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _run(engine: Engine, action: Callable[[Config], None]) -> None:
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Batch ALTERs copy tables; with foreign keys on, ON DELETE CASCADE would empty the
            # children of a rebuilt table. PRAGMA foreign_keys only works outside a transaction.
            _foreign_keys(conn, False)
        try:
            action(alembic_config(conn))
            if conn.in_transaction():
                conn.commit()
            if sqlite:
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                conn.rollback()
                if bad:
                    raise StorageError(
                        tr(
                            "The migration left {bad} rows with broken references (first: table {bad2}); restore the pre-migrate backup.",
                            bad=len(bad),
                            bad2=bad[0][0],
                        )
                    )
        finally:
            if sqlite:
                _foreign_keys(conn, True)


def integrity_problems(engine: Engine) -> list[str]:
    """'posassist db check': engine-level integrity plus foreign keys (SQLite)."""
    problems: list[str] = []
    if engine.dialect.name != "sqlite":
        return problems
    with engine.connect().execution_options(posassist_readonly=True) as conn:
        result = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            problems += [tr("integrity: {problem}", problem=r[0]) for r in result[:5]]
        fks = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [
            tr("broken reference in {table} row {row} to {parent}", table=r[0], row=r[1], parent=r[2]) for r in fks[:5]
        ]
        conn.execute(text("SELECT 1"))
    return problems
