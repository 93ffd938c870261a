"""Applying a file in one pass and one transaction: parse, check, compare and write chunk by chunk.
New rows go in with bulk inserts (ids assigned under the import lock), changed rows are updated
with their before-images kept for rollback. If the file turns out to have errors (and
--skip-invalid was not given) the transaction is rolled back: nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from posassist.db import events, search_index
from posassist.db.bulk import next_id, reset_sequences
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import CatalogueChange, CatalogueVersion, Product, Promotion, Stock, Variant
from posassist.db.tables.people import Store
from posassist.errors import Cancelled
from posassist.services import audit
from posassist.services.catalogue_sync import diffing
from posassist.services.catalogue_sync.checks import Checks, chunks, sample
from posassist.services.catalogue_sync.model import Change, Item, Options, Problem, Progress, Report
from posassist.services.catalogue_sync.reading import open_items
from posassist.services.sessions import Actor

FEED_SALE = "Feed sale price"


class Blocked(Exception):
    """Errors found: the transaction is rolled back and the report says why."""


def _stock_wanted(item: Item, store_id: int | None, stores: dict[str, int]) -> dict[int, int]:
    wanted: dict[int, int] = {}
    if item.stock_at:
        for where, qty in item.stock_at.items():
            sid = stores.get(where.strip().lower())
            if sid is not None:
                wanted[sid] = qty
    elif item.stock is not None and store_id is not None:
        wanted[store_id] = item.stock
    return wanted


def _stock_row(variant_id: int, store_id: int, on_hand: int, now: datetime) -> dict[str, Any]:
    return {
        "variant_id": variant_id,
        "store_id": store_id,
        "on_hand": on_hand,
        "reserved": 0,
        "damaged": 0,
        "updated_at": now,
    }


@dataclass
class _Rows:
    """What one chunk adds: bulk-inserted at the end of the chunk, in this order."""

    products: list[dict[str, Any]] = field(default_factory=list)
    variants: list[dict[str, Any]] = field(default_factory=list)
    stock: list[dict[str, Any]] = field(default_factory=list)
    logs: list[dict[str, Any]] = field(default_factory=list)
    sale_prices: list[tuple[int, Item]] = field(default_factory=list)


@dataclass
class _Known:
    """The catalogue rows one chunk's items may be (plain rows, see ``diffing.existing``)."""

    by_sku: dict[str, Any]
    by_opts: dict[tuple[str, str | None, str | None], Any]
    styles: dict[int, Any]
    stock: dict[tuple[int, int], int | None]
    product_ids: dict[str, int]

    def variant(self, item: Item) -> Any | None:
        return self.by_sku.get(item.sku) if item.sku else self.by_opts.get((item.product_key, item.colour, item.size))


class _Apply:
    """One import inside one transaction; the state that lives across chunks."""

    def __init__(self, s: Session, opts: Options, report: Report, version_id: int) -> None:
        self.s, self.opts, self.report, self.version_id = s, opts, report, version_id
        self.checks = Checks()
        self.first_rows: set[str] = set()  # product fields come from each product's first row
        self.listed: set[int] = set()  # variants the file lists
        self.touched: set[int] = set()  # products to index again
        self.by_name, self.dept_of = diffing.departments(s)
        self.stores = {
            **{c.lower(): i for i, c in s.execute(select(Store.id, Store.code)).all()},
            **{n.lower(): i for i, n in s.execute(select(Store.id, Store.name)).all()},
        }
        conn = s.connection()
        self.pid_next, self.vid_next = next_id(conn, "products"), next_id(conn, "variants")
        self.now = utcnow()

    def _log(self, rows: _Rows, entity: str, entity_id: int, action: str, before: Any = None) -> None:
        entry: dict[str, Any] = {"version_id": self.version_id, "entity": entity, "entity_id": entity_id}
        entry["action"] = action
        if before is not None:
            entry["before"] = before
        rows.logs.append(entry)

    def _department(self, name: str | None) -> int | None:
        return diffing.department_id(self.s, name, self.by_name, self.dept_of)

    # -- one chunk

    def chunk(self, batch: list[tuple[Item, list[Problem]]]) -> bool:
        """Check a chunk and write it; False when errors block the import (it is only read on)."""
        report, opts = self.report, self.opts
        self.checks.read(batch, opts.currency, report)
        report.counts.skipped += sum(1 for i, _ in batch if i.skip or i.errors)
        if report.errors and not opts.skip_invalid:
            return False  # keep reading: the report lists every problem, then nothing is written
        live = [i for i, _ in batch if not i.skip and not i.errors]
        known = self._known(live)
        rows = _Rows()
        for item in live:
            pid = known.product_ids.get(item.product_key)
            if pid is None:
                pid = known.product_ids[item.product_key] = self._new_product(item, rows)
            v = known.variant(item)
            if v is None:
                self._new_variant(item, pid, rows)
                continue
            self._existing_variant(item, v, known, rows)
        self._write(rows)
        return True

    def _known(self, live: list[Item]) -> _Known:
        by_sku, by_opts, products = diffing.existing(self.s, live)
        known = [*by_sku.values(), *by_opts.values()]
        styles = diffing.products_by_id(self.s, {v.product_id for v in known})
        stock: dict[tuple[int, int], int | None] = {}
        if known:
            query = select(Stock.variant_id, Stock.store_id, Stock.on_hand).where(
                Stock.variant_id.in_([v.id for v in known])
            )
            stock = {(vid, sid): q for vid, sid, q in self.s.execute(query)}
        return _Known(by_sku, by_opts, styles, stock, {k: p.id for k, p in products.items()})

    def _new_product(self, item: Item, rows: _Rows) -> int:
        pid, self.pid_next = self.pid_next, self.pid_next + 1
        rows.products.append(
            {
                "id": pid,
                "style_code": item.product_key[:128],
                "title": item.title[:500],
                "brand": item.brand,
                "description": item.description or "",
                "image": item.image,
                "width_mm": item.width_mm,
                "height_mm": item.height_mm,
                "depth_mm": item.depth_mm,
                "department_id": self._department(item.department),
                "returnable": True,
                "is_merchandise": True,
                "active": True,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        self._log(rows, "product", pid, "created")
        return pid

    def _new_variant(self, item: Item, pid: int, rows: _Rows) -> None:
        vid, self.vid_next = self.vid_next, self.vid_next + 1
        rows.variants.append(
            {
                "id": vid,
                "product_id": pid,
                **diffing.variant_values(item),
                "position": 0,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        self._log(rows, "variant", vid, "created")
        rows.stock += [
            _stock_row(vid, sid, q, self.now) for sid, q in _stock_wanted(item, self.opts.store_id, self.stores).items()
        ]
        self.report.counts.created += 1
        sample(self.report, Change("created", item.sku, item.title))
        self.listed.add(vid)
        self.touched.add(pid)
        self.first_rows.add(item.product_key)
        if item.sale_price_minor is not None:
            rows.sale_prices.append((vid, item))

    def _existing_variant(self, item: Item, v: Any, known: _Known, rows: _Rows) -> None:
        self.listed.add(v.id)
        prod = None if item.product_key in self.first_rows else known.styles.get(v.product_id)
        self.first_rows.add(item.product_key)
        changes = diffing.field_changes(item, v, prod, self.dept_of)
        if changes:
            self._update(item, v, known.styles[v.product_id], changes, rows)
        else:
            self.report.counts.unchanged += 1
        for sid, qty in _stock_wanted(item, self.opts.store_id, self.stores).items():
            if (v.id, sid) not in known.stock:
                rows.stock.append(_stock_row(v.id, sid, qty, self.now))
            elif known.stock[(v.id, sid)] != qty:
                self._log(rows, "stock", v.id, "updated", {"store_id": sid, "on_hand": known.stock[(v.id, sid)]})
                on_hand = self.s.get(Stock, (v.id, sid))
                assert on_hand is not None  # read in this transaction
                on_hand.on_hand = qty
        if item.sale_price_minor is not None:
            rows.sale_prices.append((v.id, item))

    def _update(self, item: Item, v: Any, style: Any, changes: dict[str, tuple[Any, Any]], rows: _Rows) -> None:
        """Changed fields are written on ORM objects (only changed rows become objects), the
        before-image kept for rollback."""
        before: dict[str, Any] = {f: getattr(v, f) for f in diffing.VARIANT_FIELDS}
        before["product"] = {f: getattr(style, f) for f in diffing.PRODUCT_FIELDS} | {
            "department_id": style.department_id
        }
        self._log(rows, "variant", v.id, "updated", before)
        vo, p = self.s.get(Variant, v.id), self.s.get(Product, v.product_id)
        assert vo is not None and p is not None  # read in this transaction
        for f, (_old, new) in changes.items():
            if f == "product.department":
                p.department_id = self._department(new)
            elif f.startswith("product."):
                setattr(p, f[8:], new)
            else:
                setattr(vo, f, new)
        self.report.counts.updated += 1
        sample(self.report, Change("updated", item.sku, item.title, changes))
        self.touched.add(v.product_id)

    def _write(self, rows: _Rows) -> None:
        s = self.s
        for model, new in (
            (Product, rows.products),
            (Variant, rows.variants),
            (Stock, rows.stock),
            (CatalogueChange, rows.logs),
        ):
            if new:
                s.execute(insert(model), new)
        promotions = Promotion.metadata.tables[Promotion.__tablename__]  # the Core table: a plain DELETE
        for vid, item in rows.sale_prices:
            s.execute(promotions.delete().where(Promotion.variant_id == vid, Promotion.name == FEED_SALE))
            s.add(
                Promotion(
                    name=FEED_SALE,
                    kind="fixed_price",
                    value=item.sale_price_minor,
                    variant_id=vid,
                    starts_at=item.sale_start or self.now,
                    ends_at=item.sale_end,
                )
            )
        s.flush()
        s.expunge_all()

    # -- after the last chunk

    def deactivate_unlisted(self) -> None:
        """A full sync: active variants the file does not list are deactivated."""
        s, report = self.s, self.report
        gone = [
            (vid, pid)
            for vid, pid in s.execute(select(Variant.id, Variant.product_id).where(Variant.active.is_(True))).all()
            if vid not in self.listed
        ]
        for start in range(0, len(gone), 1000):
            part = gone[start : start + 1000]
            s.execute(
                insert(CatalogueChange),
                [
                    {"version_id": self.version_id, "entity": "variant", "entity_id": vid, "action": "deactivated"}
                    for vid, _ in part
                ],
            )
            s.execute(update(Variant).where(Variant.id.in_([vid for vid, _ in part])).values(active=False))
            for vid, _ in part[: max(0, 2000 - len(report.changes))]:
                sample(report, Change("deactivated", None, f"variant {vid}"))
        report.counts.deactivated = len(gone)
        self.touched |= {pid for _, pid in gone}

    def close(self, fmt: str, staff: Actor | None) -> None:
        """Index what changed, finish the version with its counts and report, and audit it."""
        s, report = self.s, self.report
        conn = s.connection()
        reset_sequences(conn, ["products", "variants"])
        search_index.reindex_products(conn, sorted(self.touched))
        s.execute(
            update(CatalogueVersion)
            .where(CatalogueVersion.id == self.version_id)
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
            entity_id=self.version_id,
            payload={"format": fmt, "counts": report.counts.as_dict(), "full": self.opts.full},
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
    opened = open_items(path, opts.format, opts.currency, opts.mapping)
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
        run = _Apply(s, opts, report, version.id)
        for batch in chunks(opened.items):
            if cancelled and cancelled():
                raise Cancelled()
            if run.chunk(batch) and progress:
                progress("write", report.counts.rows, 0)
        report.counts.products = len(run.checks.products)
        if report.errors and not opts.skip_invalid:
            raise Blocked(report)
        if opts.full:
            run.deactivate_unlisted()
        if not (report.counts.created or report.counts.updated or report.counts.deactivated):
            raise Blocked(report)  # the same file again: nothing to change, no new version
        run.close(opened.format, staff)
        report.version = version.id
        report.applied = True
    db.forget()
    return report
