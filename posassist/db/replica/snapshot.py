"""The first full copy: table by table in key order, a chunk per local transaction, its position
saved with the chunk, so a crash (or the server going away) resumes where it stopped.

Before the first chunk the change log's top (``from_seq``) is noted and every transaction then in
flight is waited for: whatever committed before is in the tables the snapshot reads, whatever comes
after is in the log after ``from_seq``, which the catch-up applies when the snapshot is done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, select, tuple_

from posassist.db import search_index
from posassist.db.replica import apply, state
from posassist.db.replica.catchup import snapshot_bounds
from posassist.db.replica.tables import REPLICATED, Windows, condition, pk_columns, table

CHUNK_ROWS = 2000
ORDER = list(REPLICATED)


def start_point(server_engine: Engine, stop: threading.Event | None = None, wait_s: float = 600.0) -> int:
    """The log's top once every transaction running now has ended."""
    with server_engine.connect() as conn:
        # the sequence, not max(seq): the log may have been pruned empty
        last, called = conn.exec_driver_sql("SELECT last_value, is_called FROM replica_changes_seq_seq").one()
        top = int(last) if called else 0
        _xmin, xmax = snapshot_bounds(conn)
        conn.rollback()
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            xmin, _ = snapshot_bounds(conn)
            conn.rollback()
            if xmin >= xmax:
                return top
            if stop is not None and stop.wait(0.2):
                break
            if stop is None:
                time.sleep(0.2)
    return top  # a transaction running for minutes: its changes arrive by catch-up once it commits


def begin(local_engine: Engine, server_id: str, from_seq: int) -> None:
    """Forget what the copy held from the server and start a new snapshot."""
    with local_engine.begin() as local:
        for name in reversed(ORDER):
            apply.wipe(local, name)
        state.write(
            local,
            {
                "server_id": server_id,
                "ready": False,
                "snapshot": {"from_seq": from_seq, "table": 0, "after": None},
                "applied_to": None,
                "gaps": None,
                "synced_at": None,
                "seals_to": None,  # the first catch-up copies the accounts' seals afresh
            },
        )


def _page(server: Connection, name: str, after: list[Any] | None, windows: Windows, n: int) -> list[dict[str, Any]]:
    t = table(name)
    cols = [t.c[c] for c in pk_columns(name)]
    stmt = select(t)
    cond = condition(name, windows)
    if cond is not None:
        stmt = stmt.where(cond)
    if after is not None:
        stmt = stmt.where(cols[0] > after[0] if len(cols) == 1 else tuple_(*cols) > tuple_(*after))
    return [dict(r._mapping) for r in server.execute(stmt.order_by(*cols).limit(n))]


def run(
    server_engine: Engine,
    local_engine: Engine,
    windows: Windows,
    *,
    chunk_rows: int = CHUNK_ROWS,
    stop: threading.Event | None = None,
    after_chunk: Callable[[str, int], None] | None = None,
) -> bool:
    """Copy from the saved position to the end. False if stopped before the end."""
    with local_engine.connect() as local:
        pos = state.read_all(local)["snapshot"]
    index, after = int(pos["table"]), pos["after"]
    while index < len(ORDER):
        name = ORDER[index]
        with server_engine.connect() as server:
            rows = _page(server, name, after, windows, chunk_rows)
        if rows:
            after = [_jsonable(v) for v in apply.key_of(name, rows[-1])]
        if len(rows) < chunk_rows:
            index, after = index + 1, None
        with local_engine.begin() as local:
            apply.upsert(local, name, rows)
            state.write(local, {"snapshot": {**pos, "table": index, "after": after}})
        if after_chunk is not None:
            after_chunk(name, len(rows))
        if stop is not None and stop.is_set():
            return False
    with local_engine.begin() as local:
        search_index.rebuild(local)
        state.write(local, {"ready": True, "applied_to": int(pos["from_seq"]), "gaps": [], "snapshot": None})
    return True


def _jsonable(value: Any) -> Any:
    return value if isinstance(value, (int, str, float, bool)) or value is None else str(value)
