"""Applying what the diff found, inside the caller's one transaction: new products and variants by
INSERT … SELECT (ids in file order, logged as one id range each), changed variants by UPDATE … FROM
with a before-image each, products, stock per store, a feed's sale prices, and a full sync's
deactivations."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text

from posassist.db import bulk, search_index
from posassist.db.tables.base import JsonDoc, utcnow
from posassist.db.tables.catalogue import Promotion
from posassist.services.catalogue_sync import stage_table
from posassist.services.catalogue_sync.stage_table import FEED_SALE, PRODUCT_FIELDS, VARIANT_COMPARE, StageBase


class Applying(StageBase):
    def apply(
        self,
        version_id: int,
        product_changes: dict[int, dict[str, tuple[Any, Any]]],
        department: Callable[[str], int | None],
    ) -> set[int]:
        """Write what the diff found; returns the products whose search documents change."""
        conn, pg = self.conn, self.pg
        now = utcnow()
        true = "true" if pg else "1"
        # departments the catalogue does not have yet
        for name in self.new_departments:
            self.conn.execute(
                text("INSERT INTO cat_dept (name, id) VALUES (:n, :d)"), {"n": name, "d": department(name)}
            )
        dept = "(SELECT d.id FROM cat_dept d WHERE d.name = s.dept)"
        # new products: one per product key without one, from its first row
        pid0 = bulk.next_id(conn, "products")
        new_products = 0
        if self.report.counts.created:  # a row without a product has no variant either: it creates one
            self._sql(
                "INSERT INTO cat_newprod (pkey, id, rn) SELECT pkey, :base + row_number() OVER (ORDER BY min(rn)) - 1, "
                "min(rn) FROM cat_stage WHERE ok AND pid IS NULL AND known IS NULL GROUP BY pkey",
                {"base": pid0},
            )
            new_products = self._scalar("SELECT count(*) FROM cat_newprod")
        if new_products:
            self._exec(
                "INSERT INTO products (id, style_code, title, brand, description, image, width_mm, height_mm, depth_mm, "
                "warranty_months, returnable, allergens, specs, department_id, is_merchandise, active, created_at, updated_at) "
                "SELECT n.id, s.pkey, s.title, s.brand, COALESCE(s.description, ''), s.image, s.width_mm, s.height_mm, "
                f"s.depth_mm, s.warranty, COALESCE(s.returnable, {true}), s.allergens, "
                f"{'CAST(s.specs AS jsonb)' if pg else 's.specs'}, {dept}, {true}, {true}, :now, :now "
                "FROM cat_newprod n JOIN cat_stage s ON s.rn = n.rn ORDER BY n.id",
                now,
            )
            self._log_range(version_id, "product", pid0, pid0 + new_products - 1)
        # new variants: ids in file order, one range
        self.vid0 = vid0 = bulk.next_id(conn, "variants")
        self.new_variants = new_variants = self.report.counts.created
        if new_variants:
            self._sql(
                "INSERT INTO cat_newvar (rn, id) SELECT rn, :base + row_number() OVER (ORDER BY rn) - 1 "
                "FROM cat_stage WHERE ok AND vid IS NULL AND known IS NULL",
                {"base": vid0},
            )
            self._exec(
                "INSERT INTO variants (id, product_id, sku, gtin, mpn, colour, size, price_minor, compare_at_minor, "
                "currency, weight_g, position, active, import_hash, created_at, updated_at) "
                "SELECT n.id, COALESCE(s.pid, (SELECT np.id FROM cat_newprod np WHERE np.pkey = s.pkey)), s.sku, s.gtin, "
                "s.mpn, s.colour, s.size, s.price, s.compare_at, s.currency, s.weight_g, 0, s.active, s.hash, :now, :now "
                "FROM cat_newvar n JOIN cat_stage s ON s.rn = n.rn ORDER BY n.id",
                now,
            )
            self._log_range(version_id, "variant", vid0, vid0 + new_variants - 1)
        docs: set[int] = set()
        dis = "IS DISTINCT FROM" if pg else "IS NOT"
        if self.changed:  # -1 when not counted: looked for
            # changed variants: before-images, then the new values
            before = self._json_object([(vc, f"v.{vc}") for _sc, vc in VARIANT_COMPARE] + [("gtin", "v.gtin")])
            self._sql(
                "INSERT INTO catalogue_changes (version_id, entity, entity_id, action, before) "
                f"SELECT :ver, 'variant', v.id, 'updated', {before} FROM cat_stage s JOIN variants v ON v.id = s.vid "
                "WHERE s.known IS NULL AND s.vchg",
                {"ver": version_id},
            )
            # the search documents hold the SKU, colour and size (and the product's title, brand and
            # department): a new price, stock or weight leaves them as they are, not indexed again
            docs = {
                int(p)
                for (p,) in self._sql(
                    "SELECT DISTINCT s.pid FROM cat_stage s JOIN variants v ON v.id = s.vid WHERE s.known IS NULL AND s.vchg AND "
                    f"(v.sku {dis} s.sku OR v.colour {dis} s.colour OR v.size {dis} s.size)"
                )
                if p is not None
            }
            sets = (
                ", ".join(f"{vc} = s.{sc}" for sc, vc in VARIANT_COMPARE) + ", gtin = COALESCE(s.gtin, variants.gtin)"
            )
            self._exec(
                f"UPDATE variants SET {sets}, import_hash = s.hash, updated_at = :now FROM cat_stage s "
                "WHERE s.vid = variants.id AND s.known IS NULL AND s.vchg",
                now,
            )
        if self.reread:
            self._sql(  # unchanged rows read again (a new context, or hashed for the first time): remembered
                "UPDATE variants SET import_hash = s.hash FROM cat_stage s WHERE s.vid = variants.id AND s.vchg IS NULL "
                f"AND s.known IS NULL AND s.hash IS NOT NULL AND variants.import_hash {dis} s.hash"
            )
        # changed products
        touched = {p for p, fields in product_changes.items() if fields.keys() & {"title", "brand", "department"}}
        if product_changes:
            self._update_products(version_id, product_changes, department, now)
        self._stock(version_id, now)
        self._sales(now)
        return touched | docs  # the created variants are indexed by their id range (see index_new)

    def index_new(self) -> None:
        """The search index learns the created variants in one statement (their ids are one range)."""
        if self.new_variants:
            started = time.perf_counter()
            search_index.index_new_variants(self.conn, self.vid0, self.vid0 + self.new_variants - 1)
            if stage_table.TIMINGS is not None:
                stage_table.TIMINGS.append((time.perf_counter() - started, "index new variants"))

    def _log_range(self, version_id: int, entity: str, first: int, last: int) -> None:
        """Created rows are a range of ids (assigned under the import lock): one entry, not one per row."""
        self.conn.execute(
            text(
                "INSERT INTO catalogue_changes (version_id, entity, entity_id, action, before) "
                "VALUES (:v, :e, :i, 'created_range', :b)"
            ).bindparams(bindparam("b", type_=JsonDoc)),
            {"v": version_id, "e": entity, "i": first, "b": {"last": last}},
        )

    def _update_products(
        self,
        version_id: int,
        changes: dict[int, dict[str, tuple[Any, Any]]],
        department: Callable[[str], int | None],
        now: datetime,
    ) -> None:
        from posassist.db.tables.catalogue import CatalogueChange, Product

        s = self.s
        ids = list(changes)
        for start in range(0, len(ids), 500):
            for p in s.execute(select(Product).where(Product.id.in_(ids[start : start + 500]))).scalars():
                fields = changes[p.id]
                before = {f: getattr(p, f) for f in PRODUCT_FIELDS}
                s.add(
                    CatalogueChange(
                        version_id=version_id, entity="product", entity_id=p.id, action="updated", before=before
                    )
                )
                for f, (_old, new) in fields.items():
                    if f == "department":
                        p.department_id = department(new)
                    else:
                        setattr(p, f, new)
                p.updated_at = now
            s.flush()
            s.expunge_all()

    def _stock(self, version_id: int, now: datetime) -> None:
        """On hand per store: changed rows keep a before-image, missing rows are added."""
        has = self._scalar("SELECT count(*) FROM cat_stock")
        if not has:
            return
        before = self._json_object([("store_id", "st.store_id"), ("on_hand", "st.on_hand")])
        self._sql(
            "INSERT INTO catalogue_changes (version_id, entity, entity_id, action, before) "
            f"SELECT :ver, 'stock', st.variant_id, 'updated', {before} FROM cat_stock k JOIN cat_stage s ON s.rn = k.rn "
            "JOIN stock st ON st.variant_id = s.vid AND st.store_id = k.store_id "
            f"WHERE s.ok AND st.on_hand {'IS DISTINCT FROM' if self.pg else 'IS NOT'} k.qty",
            {"ver": version_id},
        )
        dis = "IS DISTINCT FROM" if self.pg else "IS NOT"
        self._exec(
            "UPDATE stock SET on_hand = k.qty, updated_at = :now FROM cat_stock k JOIN cat_stage s ON s.rn = k.rn "
            f"WHERE s.ok AND stock.variant_id = s.vid AND stock.store_id = k.store_id AND stock.on_hand {dis} k.qty",
            now,
        )
        self._exec(
            "INSERT INTO stock (variant_id, store_id, on_hand, reserved, damaged, updated_at) "
            "SELECT s.vid, k.store_id, k.qty, 0, 0, :now FROM cat_stock k JOIN cat_stage s ON s.rn = k.rn "
            "WHERE s.ok AND s.vid IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM stock st WHERE st.variant_id = s.vid AND st.store_id = k.store_id)",
            now,
        )
        self._exec(  # the variants this import created have no stock rows yet
            "INSERT INTO stock (variant_id, store_id, on_hand, reserved, damaged, updated_at) "
            "SELECT n.id, k.store_id, k.qty, 0, 0, :now FROM cat_stock k JOIN cat_newvar n ON n.rn = k.rn ORDER BY n.id",
            now,
        )

    def _sales(self, now: datetime) -> None:
        """A feed's sale price is a fixed-price promotion on its variant (replaced at each import)."""
        if not self.loaded.sales:
            return
        rows = list(
            self._sql(
                "SELECT s.rn, COALESCE(s.vid, (SELECT n.id FROM cat_newvar n WHERE n.rn = s.rn)), s.sale "
                "FROM cat_stage s WHERE s.ok AND s.known IS NULL AND s.sale IS NOT NULL"
            )
        )
        promotions = Promotion.metadata.tables[Promotion.__tablename__]
        for rn, vid, sale in rows:
            self.s.execute(promotions.delete().where(Promotion.variant_id == vid, Promotion.name == FEED_SALE))
            start, end = self.loaded.sales.get(rn, (None, None))
            self.s.add(
                Promotion(
                    name=FEED_SALE, kind="fixed_price", value=sale, variant_id=vid, starts_at=start or now, ends_at=end
                )
            )
        self.s.flush()
        self.s.expunge_all()

    def deactivate_unlisted(self, version_id: int) -> set[int]:
        listed = "SELECT vid FROM cat_stage WHERE vid IS NOT NULL UNION ALL SELECT id FROM cat_newvar"
        touched = {
            int(p)
            for (p,) in self._sql(f"SELECT DISTINCT product_id FROM variants WHERE active AND id NOT IN ({listed})")
        }
        self._sql(
            "INSERT INTO catalogue_changes (version_id, entity, entity_id, action) "
            f"SELECT :ver, 'variant', id, 'deactivated' FROM variants WHERE active AND id NOT IN ({listed})",
            {"ver": version_id},
        )
        self._sql(
            f"UPDATE variants SET active = {'false' if self.pg else '0'}, import_hash = NULL "
            f"WHERE active AND id NOT IN ({listed})"
        )
        return touched
