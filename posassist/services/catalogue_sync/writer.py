"""Applying a file in one pass and one transaction: parse, check, compare and write chunk by chunk.
New rows go in with bulk inserts (ids assigned under the import lock), changed rows are updated
with their before-images kept for rollback. If the file turns out to have errors (and
--skip-invalid was not given) the transaction is rolled back: nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, select, update

from posassist.db import events, search_index
from posassist.db.bulk import next_id, reset_sequences
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import CatalogueChange, CatalogueVersion, Product, Promotion, Stock, Variant
from posassist.db.tables.people import Store
from posassist.errors import Cancelled
from posassist.services import audit
from posassist.services.catalogue_sync import diffing
from posassist.services.catalogue_sync.model import Change, Item, Report
from posassist.services.catalogue_sync.reading import open_items
from posassist.services.dto import StaffInfo


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


def write(
    db: Database,
    source: str,
    path,
    opts,
    staff: StaffInfo | None,
    progress: Callable | None,  # type: ignore[no-untyped-def,type-arg]
    cancelled: Callable[[], bool] | None,
    checks,
    chunks,
    sample: Callable[[Report, Change], None],
) -> Report:
    opened = open_items(path, opts.format, opts.currency, opts.mapping)
    report = Report(source, opened.format, False)
    report.problems.extend(opened.file_problems)
    first_rows: set[str] = set()
    listed: set[int] = set()
    touched: set[int] = set()
    with db.transaction() as s:
        conn = s.connection()
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
        by_name, dept_of = diffing.departments(s)
        stores = {
            **{c.lower(): i for i, c in s.execute(select(Store.id, Store.code)).all()},
            **{n.lower(): i for i, n in s.execute(select(Store.id, Store.name)).all()},
        }
        pid_next, vid_next = next_id(conn, "products"), next_id(conn, "variants")
        now = utcnow()
        for batch in chunks(opened.items):
            if cancelled and cancelled():
                raise Cancelled()
            checks.read(batch, opts.currency, report)
            skip = [i for i, _ in batch if i.skip or i.errors]
            report.counts.skipped += len(skip)
            if report.errors and not opts.skip_invalid:
                continue  # keep reading: the report lists every problem, then nothing is written
            live = [i for i, _ in batch if not i.skip and not i.errors]
            by_sku, by_opts, products = diffing.existing(s, live)
            known = [*by_sku.values(), *by_opts.values()]
            styles = diffing.products_by_id(s, {v.product_id for v in known})
            stock_rows: dict[tuple[int, int], int | None] = {}
            if known:
                stock_rows = {
                    (vid, sid): q
                    for vid, sid, q in s.execute(
                        select(Stock.variant_id, Stock.store_id, Stock.on_hand).where(
                            Stock.variant_id.in_([v.id for v in known])
                        )
                    )
                }
            new_products: list[dict[str, Any]] = []
            new_variants: list[dict[str, Any]] = []
            new_stock: list[dict[str, Any]] = []
            logs: list[dict[str, Any]] = []
            sale_prices: list[tuple[int, Item]] = []
            product_ids: dict[str, int] = {k: p.id for k, p in products.items()}
            for item in live:
                pid = product_ids.get(item.product_key)
                if pid is None:
                    pid, pid_next = pid_next, pid_next + 1
                    product_ids[item.product_key] = pid
                    new_products.append(
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
                            "department_id": diffing_department(s, item.department, by_name, dept_of),
                            "returnable": True,
                            "is_merchandise": True,
                            "active": True,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    logs.append({"version_id": version.id, "entity": "product", "entity_id": pid, "action": "created"})
                v = by_sku.get(item.sku) if item.sku else by_opts.get((item.product_key, item.colour, item.size))
                if v is None:
                    vid, vid_next = vid_next, vid_next + 1
                    new_variants.append(
                        {
                            "id": vid,
                            "product_id": pid,
                            **diffing.variant_values(item),
                            "position": 0,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    logs.append({"version_id": version.id, "entity": "variant", "entity_id": vid, "action": "created"})
                    new_stock += [
                        {
                            "variant_id": vid,
                            "store_id": sid,
                            "on_hand": q,
                            "reserved": 0,
                            "damaged": 0,
                            "updated_at": now,
                        }
                        for sid, q in _stock_wanted(item, opts.store_id, stores).items()
                    ]
                    report.counts.created += 1
                    sample(report, Change("created", item.sku, item.title))
                    listed.add(vid)
                    touched.add(pid)
                    first_rows.add(item.product_key)
                    if item.sale_price_minor is not None:
                        sale_prices.append((vid, item))
                    continue
                listed.add(v.id)
                prod = None if item.product_key in first_rows else styles.get(v.product_id)
                first_rows.add(item.product_key)
                changes = diffing.field_changes(item, v, prod, dept_of)
                if changes:
                    style = styles[v.product_id]
                    before: dict[str, Any] = {f: getattr(v, f) for f in diffing.VARIANT_FIELDS}
                    before["product"] = {f: getattr(style, f) for f in diffing.PRODUCT_FIELDS} | {
                        "department_id": style.department_id
                    }
                    logs.append(
                        {
                            "version_id": version.id,
                            "entity": "variant",
                            "entity_id": v.id,
                            "action": "updated",
                            "before": before,
                        }
                    )
                    vo, p = s.get(Variant, v.id), s.get(Product, v.product_id)  # only changed rows become objects
                    for f, (_old, new) in changes.items():
                        if f == "product.department":
                            p.department_id = diffing_department(s, new, by_name, dept_of)
                        elif f.startswith("product."):
                            setattr(p, f[8:], new)
                        else:
                            setattr(vo, f, new)
                    report.counts.updated += 1
                    sample(report, Change("updated", item.sku, item.title, changes))
                    touched.add(v.product_id)
                else:
                    report.counts.unchanged += 1
                for sid, qty in _stock_wanted(item, opts.store_id, stores).items():
                    if (v.id, sid) not in stock_rows:
                        new_stock.append(
                            {
                                "variant_id": v.id,
                                "store_id": sid,
                                "on_hand": qty,
                                "reserved": 0,
                                "damaged": 0,
                                "updated_at": now,
                            }
                        )
                    elif stock_rows[(v.id, sid)] != qty:
                        logs.append(
                            {
                                "version_id": version.id,
                                "entity": "stock",
                                "entity_id": v.id,
                                "action": "updated",
                                "before": {"store_id": sid, "on_hand": stock_rows[(v.id, sid)]},
                            }
                        )
                        s.get(Stock, (v.id, sid)).on_hand = qty
                if item.sale_price_minor is not None:
                    sale_prices.append((v.id, item))
            for table, rows in (
                (Product, new_products),
                (Variant, new_variants),
                (Stock, new_stock),
                (CatalogueChange, logs),
            ):
                if rows:
                    s.execute(insert(table), rows)
            for vid, item in sale_prices:
                s.execute(
                    Promotion.__table__.delete().where(Promotion.variant_id == vid, Promotion.name == "Feed sale price")
                )
                s.add(
                    Promotion(
                        name="Feed sale price",
                        kind="fixed_price",
                        value=item.sale_price_minor,
                        variant_id=vid,
                        starts_at=item.sale_start or now,
                        ends_at=item.sale_end,
                    )
                )
            s.flush()
            s.expunge_all()
            if progress:
                progress("write", report.counts.rows, 0)
        report.counts.products = len(checks.products)
        if report.errors and not opts.skip_invalid:
            raise Blocked(report)
        if opts.full:
            gone = [
                (vid, pid)
                for vid, pid in s.execute(select(Variant.id, Variant.product_id).where(Variant.active.is_(True))).all()
                if vid not in listed
            ]
            for start in range(0, len(gone), 1000):
                part = gone[start : start + 1000]
                s.execute(
                    insert(CatalogueChange),
                    [
                        {"version_id": version.id, "entity": "variant", "entity_id": vid, "action": "deactivated"}
                        for vid, _ in part
                    ],
                )
                s.execute(update(Variant).where(Variant.id.in_([vid for vid, _ in part])).values(active=False))
                for vid, _ in part[: max(0, 2000 - len(report.changes))]:
                    sample(report, Change("deactivated", None, f"variant {vid}"))
            report.counts.deactivated = len(gone)
            touched |= {pid for _, pid in gone}
        if not (report.counts.created or report.counts.updated or report.counts.deactivated):
            raise Blocked(report)  # the same file again: nothing to change, no new version
        reset_sequences(conn, ["products", "variants"])
        search_index.reindex_products(conn, sorted(touched))
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
            action="catalogue.applied",
            entity="catalogue_version",
            entity_id=version.id,
            payload={"format": opened.format, "counts": report.counts.as_dict(), "full": opts.full},
        )
        report.version = version.id
        report.applied = True
    db.forget()
    return report


def diffing_department(s, name, by_name, dept_of):  # type: ignore[no-untyped-def]
    from posassist.services.catalogue_sync.sync import _department

    return _department(s, name, by_name, dept_of)
