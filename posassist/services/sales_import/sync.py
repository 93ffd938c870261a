"""Sale and customer imports: a dry run (the report, nothing written) or an apply in one
transaction (errors without --skip-invalid, or a cancel, roll all of it back), an entry in the
import history and the audit log. Two imports never run at once."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.ops import Lock
from posassist.db.tables.people import Store
from posassist.db.tables.sales import SalesImport
from posassist.domain.permissions import Action
from posassist.errors import Cancelled, Conflict, InvalidInput
from posassist.i18n import tr
from posassist.services import audit, import_lock, sessions
from posassist.services.catalogue_sync import sources
from posassist.services.sales_import import collector, early, formats, parse_child, share
from posassist.services.sales_import.customers_file import CustomerRows
from posassist.services.sales_import.layout import Context
from posassist.services.sales_import.model import CustomerCounts, Options, Progress, Report, SaleCounts
from posassist.services.sales_import.people import People
from posassist.services.sales_import.reading import chunks, group, open_table
from posassist.services.sales_import.writer import Run
from posassist.services.sessions import Actor

LOCK = "sales_import"
CUSTOMER_CHUNK = 2000
ANALYSIS_LIMIT = 1000  # rows of each index SQLite's ANALYZE reads after a large import


class _Blocked(Exception):
    """Roll the transaction back and return the report (errors, or nothing to change)."""

    def __init__(self, report: Report) -> None:
        super().__init__("blocked")
        self.report = report


# -- lock ----------------------------------------------------------------------------------------


@contextmanager
def _locked(db: Database, holder: str) -> Iterator[None]:
    now = utcnow()
    holder = f"{holder} @{import_lock.holder_tag()}"
    with db.transaction() as s:
        row = s.get(Lock, LOCK)
        if row is not None and row.expires_at > now and not import_lock.stale(row.holder):
            raise Conflict(
                tr(
                    "Another sale or customer import is running ({who}, since {since:%H:%M} UTC); wait for it to finish.",
                    who=row.holder.split(" @")[0],
                    since=row.acquired_at,
                )
            )
        if row is None:
            s.add(Lock(name=LOCK, holder=holder, acquired_at=now, expires_at=now + timedelta(hours=4)))
        else:
            row.holder, row.acquired_at, row.expires_at = holder, now, now + timedelta(hours=4)
    try:
        yield
    finally:
        with db.transaction() as s:
            row = s.get(Lock, LOCK)
            if row is not None:
                s.delete(row)


# -- sales ---------------------------------------------------------------------------------------


def _stores(s: Session) -> dict[str, int]:
    out: dict[str, int] = {}
    for sid, code, name in s.execute(select(Store.id, Store.code, Store.name)):
        out[code.lower()] = sid
        out.setdefault(name.lower(), sid)
    return out


def _sales(
    s: Session,
    source: str,
    path: Path,
    opts: Options,
    *,
    dry: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    first: early.Early | None = None,
) -> tuple[Report, Run | None]:
    if opts.store_id is None:
        raise InvalidInput(
            tr("Set up a store first ('posassist setup'); imported sales belong to a store."), field="store"
        )
    report = Report(source, "auto", dry, SaleCounts())
    table = open_table(path, report, texts=True)
    ctx = Context(opts, report, _stores(s))
    layout = formats.sale_layout(table, opts.format, ctx)
    report.format = layout.name
    if not layout.usable:
        for _ in table.rows:  # count what is there
            report.counts.rows += 1
        return report, None
    run = Run(s, opts, report, layout.name, layout, dry=dry)
    if parse_child.wanted(path):
        table.close()
        shape = (len(table.header), table.delimiter, table.wrapped)
        started = first.take() if first is not None else None
        _parsed_apart(run, path, opts, ctx, shape, table.encoding, progress, cancelled, started)
    else:
        for batch in chunks(group(table.rows, layout.key, getattr(layout, "key_column", None), texts=True)):
            if cancelled and cancelled():
                raise Cancelled()
            run.chunk(batch)
            if progress:
                progress("dry run" if dry else "import", report.counts.rows, 0)
    run.finish()
    return report, run


def _parsed_apart(
    run: Run,
    path: Path,
    opts: Options,
    ctx: Context,
    shape: share.Shape,
    encoding: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    started: parse_child.Started | None = None,
) -> None:
    """The file read and parsed by a second process (parse_child) while this one matches the
    customers and writes, chunk by chunk, as the same import in one process would; a chunk this
    process asked for while it had nothing to do comes unparsed and is parsed here (share.py).
    On a file imported again the child sends each chunk's keys and fingerprints first; this
    process looks them up and tells it which orders are new or changed, the only ones it parses
    and sends."""
    report, counts = run.report, run.counts
    here = SaleCounts()  # the file-side counts of the chunks parsed here
    parsed = parse_child.Parsed(
        path, run.source, opts, ctx.stores, run.sqlite, again=run.had_orders, encoding=encoding, started=started
    )
    try:
        for message in parsed:
            if cancelled and cancelled():
                raise Cancelled()
            if isinstance(message, list):
                parsed.answer(run.triage(message))
                continue
            if isinstance(message, share.Unparsed):
                share.replay(message.problems, report, ctx)
                run.parse_here(share.fresh_here(message.orders, here, report, shape), here)
                parse_child.apply_counts(counts, message.counts, here)
            else:
                items, problems, values, blocked = message
                share.replay(problems, report, ctx)
                parse_child.apply_counts(counts, values, here)
                run.take(items, blocked)
            if progress:
                progress("dry run" if run.dry else "import", counts.rows, 0)
        share.replay(parsed.pending, report, ctx)
        if parsed.counts is not None:
            parse_child.apply_counts(counts, parsed.counts, here)
    finally:
        parsed.close()


def import_sales(
    db: Database,
    source: str,
    opts: Options,
    *,
    staff: object | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    holder: str = "",
) -> Report:
    path = sources.fetch(source, (lambda d, t: progress("download", d, t)) if progress else None, cancelled)
    try:
        with collector.collector_lightened(), early.Early(path) as first:
            return _import_sales(db, source, path, opts, staff, progress, cancelled, holder, first)
    finally:
        sources.cleanup(path, source)


def _import_sales(
    db: Database,
    source: str,
    path: Path,
    opts: Options,
    staff: object | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    holder: str,
    first: early.Early,
) -> Report:
    if opts.dry_run:
        with db.read() as s:
            return _sales(s, source, path, opts, dry=True, progress=progress, cancelled=cancelled, first=first)[0]
    who = sessions.check(db, staff, Action.SALES_IMPORT)
    with _locked(db, holder or who.name):
        try:
            with db.transaction() as s:
                sessions.verify(s, staff, Action.SALES_IMPORT)
                report, run = _sales(
                    s, source, path, opts, dry=False, progress=progress, cancelled=cancelled, first=first
                )
                if run is None or report.errors and not opts.skip_invalid:
                    raise _Blocked(report)
                c = report.counts
                if not (c.created or c.updated):
                    if not run.rehashed:
                        raise _Blocked(report)  # the same file again: nothing to change, no history entry
                    # nothing changed, but the fingerprints of an earlier version were made anew: kept
                    report.applied = True
                    return report
                _history(s, "sales", source, report, who)
                report.applied = True
                if c.created >= 10_000:
                    # the planner's statistics for what was just loaded, before the next import
                    # looks orders up by their source id (without them it scans)
                    conn = s.connection()
                    if conn.dialect.name == "postgresql":
                        conn.exec_driver_sql("ANALYZE sales, sale_lines, tenders, customers")
                    else:
                        # each index sampled, as SQLite's own PRAGMA optimize does, not read whole
                        # (a million lines: every entry of seven indexes)
                        conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
                        for table in ("sales", "sale_lines", "tenders", "customers"):
                            conn.exec_driver_sql(f"ANALYZE {table}")
                        conn.exec_driver_sql("PRAGMA analysis_limit = 0")
            db.forget()
            return report
        except _Blocked as blocked:
            report = blocked.report
            report.applied = not report.errors or opts.skip_invalid
            return report


def _history(s: Session, kind: str, source: str, report: Report, who: Actor) -> None:
    entry = SalesImport(
        kind=kind,
        source=source,
        format=report.format,
        staff_id=who.id if who.id else None,
        counts=report.counts.as_dict(),
        report={"problems": [p.as_dict() for p in report.problems.listed()[:2000]]},
        finished_at=utcnow(),
    )
    s.add(entry)
    s.flush()
    report.version = entry.id
    audit.record(
        s,
        actor_id=who.id or None,
        where=who.counter,
        action=f"{kind}.imported",
        entity="sales_import",
        entity_id=entry.id,
        payload={"format": report.format, "counts": report.counts.as_dict()},
    )


# -- customers -----------------------------------------------------------------------------------


def _customers(
    s: Session,
    source: str,
    path: Path,
    opts: Options,
    *,
    dry: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Report:
    c = CustomerCounts()
    report = Report(source, "auto", dry, c)
    table = open_table(path, report)
    fmt = formats.customer_format(table, opts.format)
    report.format = fmt
    src = "shopify" if fmt == "shopify" else "csv"
    rows = CustomerRows(table, report, opts.region, opts.currency, src)
    if not rows.usable:
        for _ in table.rows:
            c.rows += 1
        return report
    people = People.load(s, src, opts.region, dry)
    seen: set[int] = set()
    now = utcnow()
    batch = 0
    people.reserve(s, CUSTOMER_CHUNK)
    for row, line, values in table.rows:
        c.rows += 1
        person = rows.person(row, line, values)
        if person is None:
            c.skipped += 1
            continue
        digest = hashlib.blake2b("\x1f".join(values).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        m = people.match(s, person, now, digest)
        if m.id is not None and m.id not in seen:
            seen.add(m.id)
            c.customers += 1
        if m.created:
            c.created += 1
        elif m.merged or (m.updated and person.source_id and _first_link(people, person)):
            c.merged += 1
        elif m.updated:
            c.updated += 1
        else:
            c.unchanged += 1
        batch += 1
        if batch >= CUSTOMER_CHUNK:
            if cancelled and cancelled():
                raise Cancelled()
            people.flush(s)
            people.reserve(s, CUSTOMER_CHUNK)
            batch = 0
            if progress:
                progress("dry run" if dry else "import", c.rows, 0)
    people.flush(s)
    people.close(s)
    return report


def _first_link(people: People, person: object) -> bool:
    """True when this record was just linked to a customer already known by e-mail or phone."""
    return any(r.get("external_id") == getattr(person, "source_id", None) for r in people.new_sources)


def import_customers(
    db: Database,
    source: str,
    opts: Options,
    *,
    staff: object | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    holder: str = "",
) -> Report:
    path = sources.fetch(source, (lambda d, t: progress("download", d, t)) if progress else None, cancelled)
    try:
        if opts.dry_run:
            with db.read() as s:
                return _customers(s, source, path, opts, dry=True, progress=progress, cancelled=cancelled)
        who = sessions.check(db, staff, Action.SALES_IMPORT)
        with _locked(db, holder or who.name):
            try:
                with db.transaction() as s:
                    sessions.verify(s, staff, Action.SALES_IMPORT)
                    report = _customers(s, source, path, opts, dry=False, progress=progress, cancelled=cancelled)
                    c = report.counts
                    assert isinstance(c, CustomerCounts)
                    if report.errors and not opts.skip_invalid:
                        raise _Blocked(report)
                    if not (c.created or c.updated or c.merged):
                        raise _Blocked(report)
                    _history(s, "customers", source, report, who)
                    report.applied = True
                return report
            except _Blocked as blocked:
                report = blocked.report
                report.applied = not report.errors or opts.skip_invalid
                return report
    finally:
        sources.cleanup(path, source)


# -- history -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    id: int
    kind: str
    source: str
    format: str
    started_at: datetime
    counts: dict[str, int] | None


def history(db: Database, limit: int = 100) -> list[ImportRow]:
    with db.read() as s:
        q = select(SalesImport).order_by(SalesImport.id.desc()).limit(limit)
        return [ImportRow(r.id, r.kind, r.source, r.format, r.started_at, r.counts) for r in s.execute(q).scalars()]
