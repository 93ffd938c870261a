"""Catalogue sync: plan (dry run, a report), apply (one transaction, a version with before-images),
rollback (the catalogue as it was before a version), history. Two imports never run at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from posassist.db import search_index
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import CatalogueChange, CatalogueVersion, Product, Stock, Variant
from posassist.db.tables.ops import Lock
from posassist.domain.permissions import Action
from posassist.errors import Conflict, NotFound
from posassist.i18n import tr
from posassist.services import audit, import_lock, sessions
from posassist.services.catalogue_sync import sources, writer
from posassist.services.catalogue_sync.fast import Known
from posassist.services.catalogue_sync.model import Options, Progress, Report
from posassist.services.catalogue_sync.reading import open_items
from posassist.services.catalogue_sync.staging import Stage
from posassist.services.dto import StaffSession

LOCK = "catalogue_import"


def plan(
    db: Database,
    source: str,
    opts: Options,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    path = sources.fetch(source, (lambda d, t: progress("download", d, t)) if progress else None, cancelled)
    try:
        return _walk(db, source, path, opts, progress, cancelled)
    finally:
        sources.cleanup(path, source)


def _walk(
    db: Database,
    source: str,
    path: Path,
    opts: Options,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Report:
    known = Known()
    opened = open_items(path, opts.format, opts.currency, opts.mapping, known)
    report = Report(source, opened.format, True)
    report.problems.extend(opened.file_problems)
    with db.read() as s:
        stage = Stage(s, replace(opts, dry_run=True), report, known)
        stage.load(opened.items, progress, cancelled, "read")
        writer.read_and_diff(s, stage, replace(opts, dry_run=True), report)
        stage.close()
    return report


# -- lock ----------------------------------------------------------------------------------------


def _acquire(db: Database, holder: str) -> None:
    now = utcnow()
    holder = f"{holder} @{import_lock.holder_tag()}"
    with db.transaction() as s:
        row = s.get(Lock, LOCK)
        if row is not None and row.expires_at > now and not import_lock.stale(row.holder):
            raise Conflict(
                tr(
                    "Another catalogue import is running ({split}, since {acquired_at:%H:%M} UTC); wait for it to finish.",
                    split=row.holder.split(" @")[0],
                    acquired_at=row.acquired_at,
                )
            )
        if row is None:
            s.add(Lock(name=LOCK, holder=holder, acquired_at=now, expires_at=now + timedelta(hours=2)))
        else:
            row.holder, row.acquired_at, row.expires_at = holder, now, now + timedelta(hours=2)


def _release(db: Database) -> None:
    with db.transaction() as s:
        row = s.get(Lock, LOCK)
        if row is not None:
            s.delete(row)


# -- apply ---------------------------------------------------------------------------------------


def apply(
    db: Database,
    source: str,
    opts: Options,
    *,
    staff: StaffSession | None,
    backup_dir: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    holder: str = "",
) -> Report:
    """--dry-run: the report only. Otherwise one pass in one transaction; errors (without
    --skip-invalid) or cancel roll it all back, so nothing is half-written."""
    if opts.dry_run:
        return plan(db, source, opts, progress, cancelled)
    who = sessions.check(db, staff, Action.CATALOGUE_APPLY)
    path = sources.fetch(source, (lambda d, t: progress("download", d, t)) if progress else None, cancelled)
    try:
        _acquire(db, holder or who.name)
        try:
            # no pre-import backup: every version keeps what it needs to roll back (catalogue rollback)
            try:
                return writer.write(db, source, path, opts, who, progress, cancelled)
            except writer.Blocked as blocked:
                blocked.report.applied = blocked.applied  # True: nothing to change
                return blocked.report
        finally:
            _release(db)
    finally:
        sources.cleanup(path, source)


# -- history and rollback ------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionRow:
    id: int
    source: str
    format: str
    status: str
    started_at: datetime
    counts: dict[str, Any] | None


def history(db: Database) -> list[VersionRow]:
    with db.read() as s:
        return [
            VersionRow(v.id, v.source, v.format, v.status, v.started_at, v.counts)
            for v in s.execute(select(CatalogueVersion).order_by(CatalogueVersion.id.desc())).scalars()
        ]


def rollback(db: Database, version_id: int | None, staff: StaffSession) -> list[int]:
    """Put the catalogue back as it was before ``version_id`` (default: the latest applied one);
    later applied versions are rolled back first. Returns the versions rolled back."""
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.CATALOGUE_ROLLBACK)
        applied = list(
            s.execute(
                select(CatalogueVersion)
                .where(CatalogueVersion.status == "applied")
                .order_by(CatalogueVersion.id.desc())
            ).scalars()
        )
        if not applied:
            raise NotFound(tr("No applied catalogue import to roll back."))
        target = version_id or applied[0].id
        if target not in {v.id for v in applied}:
            raise NotFound(
                tr("Version {target} is not an applied import (see 'posassist catalogue history').", target=target)
            )
        undone = []
        touched: set[int] = set()
        for v in applied:
            if v.id < target:
                break
            touched |= _undo_version(s, v.id)
            v.status, v.rolled_back_at = "rolled_back", utcnow()
            undone.append(v.id)
            audit.record(
                s,
                actor_id=who.id,
                where=who.counter,
                action="catalogue.rolled_back",
                entity="catalogue_version",
                entity_id=v.id,
                payload={},
            )
        s.flush()
        search_index.reindex_products(s.connection(), sorted(touched))
    db.forget()
    return undone


def _bulk_active(s: Session, model: type[Product] | type[Variant], ids: list[int], active: bool) -> None:
    for start in range(0, len(ids), 1000):
        s.execute(update(model).where(model.id.in_(ids[start : start + 1000])).values(active=active))


def _undo_created_ranges(s: Session, changes: list[CatalogueChange]) -> set[int]:
    """Products and variants a version created (one id range each) are deactivated."""
    touched: set[int] = set()
    for c in changes:
        if c.action != "created_range":
            continue
        last = int((c.before or {})["last"])
        model: type[Product] | type[Variant] = Product if c.entity == "product" else Variant
        values: dict[str, Any] = {"active": False} if c.entity == "product" else {"active": False, "import_hash": None}
        s.execute(update(model).where(model.id >= c.entity_id, model.id <= last).values(**values))
        if c.entity == "product":
            touched |= set(range(c.entity_id, last + 1))
        else:
            touched |= set(
                s.execute(
                    select(Variant.product_id).distinct().where(Variant.id >= c.entity_id, Variant.id <= last)
                ).scalars()
            )
    return touched


def _undo_version(s: Session, version_id: int) -> set[int]:
    """Newest change first; created rows (id ranges) are deactivated (sales may point at them),
    deactivated ones come back, updated variants, products and stock get their before-image."""
    changes = list(
        s.execute(
            select(CatalogueChange).where(CatalogueChange.version_id == version_id).order_by(CatalogueChange.id.desc())
        ).scalars()
    )
    touched = _undo_created_ranges(s, changes)
    created_products = [c.entity_id for c in changes if c.entity == "product" and c.action == "created"]
    created = [c.entity_id for c in changes if c.entity == "variant" and c.action == "created"]
    deactivated = [c.entity_id for c in changes if c.entity == "variant" and c.action == "deactivated"]
    _bulk_active(s, Product, created_products, False)
    _bulk_active(s, Variant, created, False)
    _bulk_active(s, Variant, deactivated, True)
    forget = [c.entity_id for c in changes if c.entity == "variant"]  # read them again at the next import
    for start in range(0, len(forget), 1000):
        s.execute(update(Variant).where(Variant.id.in_(forget[start : start + 1000])).values(import_hash=None))
    touched |= set(created_products)
    ids = created + deactivated
    for start in range(0, len(ids), 1000):
        touched |= set(s.execute(select(Variant.product_id).where(Variant.id.in_(ids[start : start + 1000]))).scalars())
    for ch in changes:
        if ch.action != "updated":
            continue
        if ch.entity == "stock":
            stock_before = ch.before or {}  # always written with a stock change
            row = s.get(Stock, (ch.entity_id, stock_before["store_id"]))
            if row is not None:
                row.on_hand = stock_before["on_hand"]
            continue
        if ch.entity == "product":
            p = s.get(Product, ch.entity_id)
            if p is not None and ch.before:
                for f, value in ch.before.items():
                    setattr(p, f, bool(value) if f == "returnable" and value is not None else value)
                touched.add(p.id)
            continue
        v = s.get(Variant, ch.entity_id)
        if v is None or not ch.before:
            continue
        before = dict(ch.before)
        prod = before.pop("product", None)
        for f, value in before.items():
            setattr(v, f, bool(value) if f == "active" else value)
        if prod:
            p = s.get(Product, v.product_id)
            for f, value in prod.items():
                setattr(p, f, value)
        touched.add(v.product_id)
    return touched
