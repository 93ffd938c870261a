"""Catch-up: the server's changes after the last one applied, in order, in small local steps.

Sequence numbers are handed out when a row is written, not when its transaction commits, so a
reader can see seq 12 before seq 11 (still in flight, or rolled back). A seq not seen yet is kept
as a *gap* with the snapshot's ``xmax``: once every transaction older than that has ended (the
server's ``xmin`` passed it), a gap still missing was rolled back and is dropped. The server's
rows are read in one REPEATABLE READ snapshot with the log, so what is applied is the rows' state
at least as new as the changes read; applying is idempotent (upsert the row as it is now, or
delete it when it is gone or outside the windows).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text

from posassist.db.replica import apply
from posassist.db.replica.tables import REPLICATED, SEARCH_SOURCES, Windows

BATCH = 5000


@dataclass
class Progress:
    applied_to: int = 0  # every change up to here was applied, except the gaps
    gaps: list[list[int]] = field(default_factory=list)  # [first, last, xmax when first missed]

    def to_state(self) -> dict[str, Any]:
        return {"applied_to": self.applied_to, "gaps": self.gaps}

    @classmethod
    def from_state(cls, st: dict[str, Any]) -> Progress:
        return cls(int(st.get("applied_to", 0)), [list(map(int, g)) for g in st.get("gaps", [])])


@dataclass
class Batch:
    changes: int
    more: bool  # the batch was full: call again
    last_at: Any = None  # server time of the newest change read


def snapshot_bounds(server: Connection) -> tuple[int, int]:
    row = server.exec_driver_sql(
        "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, pg_snapshot_xmax(pg_current_snapshot())::text"
    ).one()
    return int(row[0]), int(row[1])


def _missing(first: int, last: int, seen: set[int], xmax: int) -> list[list[int]]:
    """The runs of seqs in first..last not in ``seen``, as gaps."""
    out: list[list[int]] = []
    run: int | None = None
    for s in range(first, last + 1):
        if s in seen:
            if run is not None:
                out.append([run, s - 1, xmax])
                run = None
        elif run is None:
            run = s
    if run is not None:
        out.append([run, last, xmax])
    return out


def read_changes(server: Connection, progress: Progress, limit: int) -> tuple[list[Any], Progress, bool]:
    """Changes not applied yet (gaps that filled, then new ones), and the progress once they are."""
    xmin, xmax = snapshot_bounds(server)
    rows: list[Any] = []
    gaps: list[list[int]] = []
    for first, last, seen_xmax in progress.gaps:
        found = server.execute(
            text("SELECT seq, tbl, pk, at FROM replica_changes WHERE seq BETWEEN :a AND :b ORDER BY seq"),
            {"a": first, "b": last},
        ).all()
        rows += found
        if seen_xmax > xmin:  # a transaction that might still write it is running
            gaps += _missing(first, last, {r[0] for r in found}, seen_xmax)
    new = server.execute(
        text("SELECT seq, tbl, pk, at FROM replica_changes WHERE seq > :a ORDER BY seq LIMIT :n"),
        {"a": progress.applied_to, "n": limit},
    ).all()
    rows += new
    applied_to = progress.applied_to
    if new:
        top = new[-1][0]
        gaps += _missing(progress.applied_to + 1, top, {r[0] for r in new}, xmax)
        applied_to = top
    if len(gaps) > 1000:  # a huge transaction in flight: keep one run covering it all
        gaps = [[gaps[0][0], gaps[-1][1], max(g[2] for g in gaps)]]
    return rows, Progress(applied_to, gaps), len(new) >= limit


def apply_batch(server: Connection, local_engine: Engine, changes: list[Any], windows: Windows) -> None:
    """Bring the copy's rows named by ``changes`` to the server's state (read in ``server``'s
    snapshot), table by table in small local transactions."""
    keys: dict[str, set[apply.Key]] = defaultdict(set)
    for _seq, tbl, pk, _at in changes:
        if tbl in REPLICATED:
            keys[tbl].add(tuple(pk))
    order = [t for t in REPLICATED if t in keys]
    touched: dict[str, set[apply.Key]] = defaultdict(set)
    gone: dict[str, set[apply.Key]] = defaultdict(set)
    refetch: dict[str, set[apply.Key]] = defaultdict(set)
    for name in order:
        wanted = sorted(keys[name], key=repr)
        for part in apply.chunks(wanted):
            rows = apply.fetch(server, name, part, windows)
            present = {apply.key_of(name, r) for r in rows}
            missing = [k for k in part if k not in present]
            with local_engine.begin() as local:
                refetch[name] |= set(apply.upsert(local, name, rows))
                apply.remove(local, name, missing)
            touched[name] |= present
            gone[name] |= set(missing)
    for name, stale in refetch.items():  # rows pushed aside by a unique collision
        rows = apply.fetch(server, name, sorted(stale, key=repr), windows)
        with local_engine.begin() as local:
            apply.upsert(local, name, rows)
        touched[name] |= {apply.key_of(name, r) for r in rows}
    if any(t in SEARCH_SOURCES for t in order):
        with local_engine.begin() as local:
            apply.reindex(local, touched, gone)
