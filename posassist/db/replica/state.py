"""``replica_state``: key/value rows. On the counter's copy: how far it is (the last change
applied, the changes not seen yet, the snapshot's position); on the server: its identity and how
much of the change log was pruned."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from posassist.db.tables.base import utcnow
from posassist.db.tables.replica import ReplicaState

STATE = cast(Table, ReplicaState.__table__)

SERVER_ID = "server.id"
PRUNED_THROUGH = "log.pruned_through"


def read_all(conn: Connection) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in conn.execute(select(STATE.c.key, STATE.c.value))}


def write(conn: Connection, values: dict[str, Any]) -> None:
    """Set these keys (a value of None removes its key), in the caller's transaction."""
    insert = sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert
    now = utcnow()
    for key, value in values.items():
        if value is None:
            conn.execute(STATE.delete().where(STATE.c.key == key))
            continue
        stmt = insert(STATE).values(key=key, value=json.dumps(value), updated_at=now)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["key"], set_={"value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at}
            )
        )


def server_identity(conn: Connection) -> str:
    """The server database's identity (made once): a copy of another database is not resumed."""
    stmt = postgresql.insert(STATE).values(key=SERVER_ID, value=json.dumps(uuid.uuid4().hex), updated_at=utcnow())
    conn.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
    value = conn.execute(select(STATE.c.value).where(STATE.c.key == SERVER_ID)).scalar_one()
    return str(json.loads(value))


def pruned_through(conn: Connection) -> int:
    value = conn.execute(select(STATE.c.value).where(STATE.c.key == PRUNED_THROUGH)).scalar()
    return int(json.loads(value)) if value is not None else 0


def prune_log(conn: Connection, before: datetime) -> int:
    """Drop server change-log rows written before ``before``; counters behind them take a new
    snapshot. Returns the number of rows dropped."""
    last = conn.exec_driver_sql("SELECT max(seq) FROM replica_changes WHERE at < %(b)s", {"b": before}).scalar()
    if last is None:
        return 0
    done = conn.exec_driver_sql("DELETE FROM replica_changes WHERE seq <= %(s)s", {"s": last}).rowcount
    if int(last) > pruned_through(conn):
        write(conn, {PRUNED_THROUGH: int(last)})
    return int(done or 0)
