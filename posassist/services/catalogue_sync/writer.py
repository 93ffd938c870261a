"""Applying a file in one transaction: stream it into the staging table, check, match and diff
there, then write with set-based statements (see ``staging``). If the file turns out to have
errors (and --skip-invalid was not given), or a full sync would deactivate most of the catalogue
without a confirmation, the transaction is rolled back: nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from posassist.db import events, search_index
from posassist.db.bulk import reset_sequences
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import CatalogueVersion
from posassist.i18n import tr
from posassist.services import audit
from posassist.services.catalogue_sync import diffing
from posassist.services.catalogue_sync.fast import Known
from posassist.services.catalogue_sync.model import Options, Problem, Progress, Report
from posassist.services.catalogue_sync.reading import open_items
from posassist.services.catalogue_sync.staging import Stage
from posassist.services.sessions import Actor


class Blocked(Exception):
    """Nothing is written: errors found, a confirmation missing, or nothing to change (``applied``)."""

    def __init__(self, report: Report, applied: bool) -> None:
        super().__init__(report)
        self.report, self.applied = report, applied


def read_and_diff(s: Session, stage: Stage, opts: Options, report: Report) -> None:
    """The checks, the match with the catalogue and the diff: what a dry run shows and an apply writes."""
    stage.check()
    by_name, dept_of = diffing.departments(s)
    stage.match(by_name)
    stage.diff()
    stage.pchanges = stage.product_changes(dept_of)
    stage.count(stage.pchanges)
    if opts.full:
        report.counts.deactivated = stage.unlisted()
        stage.sample_unlisted()
        active = stage.active_total()
        if report.counts.deactivated and report.counts.deactivated * 2 > active:
            report.problems.append(full_sync_problem(report.counts.deactivated, active, opts))


def full_sync_problem(deactivated: int, active: int, opts: Options) -> Problem:
    """A full sync from a small file would deactivate most of the catalogue: it needs a yes."""
    confirmed = opts.confirm_full or opts.dry_run
    return Problem(
        None,
        None,
        None,
        None,
        "warning" if confirmed else "error",
        "full_sync_deactivates_most",
        tr(
            "This full sync deactivates {deactivated:,} of the {active:,} active items (they are not deleted); confirm it (--yes on the command line) to apply.",
            deactivated=deactivated,
            active=active,
        ),
    )


def write(
    db: Database,
    source: str,
    path: Path,
    opts: Options,
    staff: Actor | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Report:
    known = Known()  # filled inside the transaction: a re-sync reads again only the records that changed
    opened = open_items(path, opts.format, opts.currency, opts.mapping, known)
    report = Report(source, opened.format, False)
    report.problems.extend(opened.file_problems)
    with db.transaction() as s:
        version = CatalogueVersion(
            source=source,
            format=opened.format,
            status="applied",
            full_sync=opts.full,
            staff_id=staff.id if staff else None,
        )
        s.add(version)
        s.flush()
        events.notify(s, "stock")  # prices and stock change: counters showing a card refresh it
        stage = Stage(s, opts, report, known)
        stage.load(opened.items, progress, cancelled, "write")
        read_and_diff(s, stage, opts, report)
        if report.errors and not opts.skip_invalid:
            raise Blocked(report, False)
        if any(p.code == "full_sync_deactivates_most" and p.severity == "error" for p in report.problems):
            raise Blocked(report, False)
        c = report.counts
        if not (c.created or c.updated or c.deactivated):
            raise Blocked(report, True)  # the same file again: nothing to change, no new version
        by_name, dept_of = diffing.departments(s)

        def department(name: str) -> int | None:
            return diffing.department_id(s, name, by_name, dept_of)

        touched = stage.apply(version.id, stage.pchanges, department)
        if opts.full:
            touched |= stage.deactivate_unlisted(version.id)
        if progress:
            progress("index", 0, 0)
        conn = s.connection()
        reset_sequences(conn, ["products", "variants"])
        stage.index_new()
        search_index.reindex_products(conn, sorted(touched))
        stage.close()
        s.execute(
            update(CatalogueVersion)
            .where(CatalogueVersion.id == version.id)
            .values(
                counts=report.counts.as_dict(),
                report={"problems": [p.as_dict() for p in report.problems[:5000]]},
                finished_at=utcnow(),
            )
        )
        audit.record(
            s,
            actor_id=staff.id if staff else None,
            where=staff.counter if staff else None,
            action="catalogue.applied",
            entity="catalogue_version",
            entity_id=version.id,
            payload={"format": opened.format, "counts": report.counts.as_dict(), "full": opts.full},
        )
        report.version = version.id
        report.applied = True
    db.forget()
    return report
