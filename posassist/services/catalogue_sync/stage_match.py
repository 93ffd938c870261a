"""Matching the staged rows with the catalogue and the diff: each row's variant, product and
department; which variants and products change; the counts and the sample of changes a report
shows; what a full sync would deactivate."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from posassist.services.catalogue_sync.model import Change
from posassist.services.catalogue_sync.stage_table import PRODUCT_FIELDS, SAMPLE, VARIANT_COMPARE, StageBase, sample


class Matching(StageBase):
    def match(self, by_name: dict[str, int]) -> None:
        """Each row's variant: by SKU when the SKU is on one row of the file and one variant of the
        catalogue; otherwise (no SKU, or a SKU shared by several variants) by product and options,
        as the source identifies them. Each row's product and department."""
        same = "IS NOT DISTINCT FROM" if self.pg else "IS"
        # a join on the SKUs held by one variant each (grouped once, only for the SKUs still to
        # match), not three correlated subqueries per row: PostgreSQL planned those as a semi join
        # walking the whole variants table per row (254 s for 2,000 changed rows of 200 k)
        self._sql(
            "UPDATE cat_stage SET vid = m.id FROM (SELECT v.sku, min(v.id) AS id FROM variants v "
            "WHERE v.sku IN (SELECT sku FROM cat_stage WHERE ok AND vid IS NULL AND known IS NULL AND sku IS NOT NULL) "
            "GROUP BY v.sku HAVING count(*) = 1) m "
            "WHERE cat_stage.sku = m.sku AND cat_stage.ok AND cat_stage.vid IS NULL AND cat_stage.known IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM cat_stage d WHERE d.sku = cat_stage.sku AND d.rn <> cat_stage.rn)"
        )
        self._sql(
            "UPDATE cat_stage SET vid = (SELECT min(v.id) FROM variants v JOIN products p ON p.id = v.product_id "
            f"WHERE p.style_code = cat_stage.pkey AND v.colour {same} cat_stage.colour AND v.size {same} cat_stage.size "
            "AND ((v.sku IS NULL AND cat_stage.sku IS NULL) OR v.sku = cat_stage.sku)) "
            "WHERE ok AND vid IS NULL AND known IS NULL AND EXISTS (SELECT 1 FROM products p WHERE p.style_code = cat_stage.pkey)"
        )
        self._sql(
            "UPDATE cat_stage SET pid = COALESCE((SELECT v.product_id FROM variants v WHERE v.id = cat_stage.vid), "
            "(SELECT p.id FROM products p WHERE p.style_code = cat_stage.pkey)) "
            "WHERE ok AND pid IS NULL AND known IS NULL "
            "AND (vid IS NOT NULL OR EXISTS (SELECT 1 FROM products p WHERE p.style_code = cat_stage.pkey))"
        )
        # each product's first row in the file (its product fields count): a narrow table, not an
        # UPDATE of the wide staging rows (5-7 s for 25,000 products on a loaded PostgreSQL)
        self._sql("INSERT INTO cat_first (rn) SELECT min(rn) FROM cat_stage WHERE ok GROUP BY pkey")
        depts = [
            d
            for (d,) in self._sql("SELECT DISTINCT dept FROM cat_stage WHERE ok AND dept IS NOT NULL AND known IS NULL")
        ]
        known = [{"n": name, "d": by_name[name.strip().lower()]} for name in depts if name.strip().lower() in by_name]
        if known:
            self.conn.execute(text("INSERT INTO cat_dept (name, id) VALUES (:n, :d)"), known)
        self.new_departments = [name for name in depts if name.strip().lower() not in by_name]

    def diff(self) -> None:
        """Which matched variants change: a field differs (a file without barcodes keeps ours)."""
        dis = "IS DISTINCT FROM" if self.pg else "IS NOT"
        cond = " OR ".join(f"v.{vc} {dis} s.{sc}" for sc, vc in VARIANT_COMPARE)
        cond += f" OR (s.gtin IS NOT NULL AND v.gtin {dis} s.gtin)"
        if self.pg:
            self._sql(
                f"UPDATE cat_stage s SET vchg = true FROM variants v WHERE v.id = s.vid AND s.ok AND s.known IS NULL AND ({cond})"
            )
        else:
            self._sql(
                f"UPDATE cat_stage SET vchg = 1 WHERE rn IN (SELECT s.rn FROM cat_stage s JOIN variants v "
                f"ON v.id = s.vid WHERE s.ok AND s.known IS NULL AND ({cond}))"
            )

    def product_changes(self, dept_of: dict[int, str]) -> dict[int, dict[str, tuple[Any, Any]]]:
        """Existing products whose first row in the file changes a product field: product id ->
        field -> (before, after). Blank cells keep what we have; the title is always the file's."""
        out: dict[int, dict[str, tuple[Any, Any]]] = {}
        q = self._sql(
            "SELECT s.pid, s.title, s.brand, s.description, s.image, s.width_mm, s.height_mm, s.depth_mm, "
            "s.warranty, s.returnable, s.allergens, (SELECT d.id FROM cat_dept d WHERE d.name = s.dept), s.dept, s.specs, "
            "p.title, p.brand, p.description, p.image, p.width_mm, p.height_mm, p.depth_mm, "
            "p.warranty_months, p.returnable, p.allergens, p.department_id, p.specs "
            "FROM cat_stage s JOIN cat_first f ON f.rn = s.rn JOIN products p ON p.id = s.pid "
            "WHERE s.pid IS NOT NULL AND s.known IS NULL"
        )
        for r in q:
            (pid, title, brand, desc, image, w, h, d, warranty, returnable, allergens, dept_id, dept, specs) = r[:14]
            old = dict(zip(PRODUCT_FIELDS, r[14:], strict=True))
            old_specs = _json(old["specs"])
            new: dict[str, Any] = {
                "title": title,
                "brand": brand,
                "description": desc,
                "image": image,
                "width_mm": w,
                "height_mm": h,
                "depth_mm": d,
                "warranty_months": warranty,
                "returnable": None if returnable is None else bool(returnable),
                "allergens": allergens,
            }
            changes: dict[str, tuple[Any, Any]] = {}
            for f, value in new.items():
                before = bool(old[f]) if f == "returnable" and old[f] is not None else old[f]
                if (value in (None, "") and f != "title") or before == value:
                    continue
                changes[f] = (before, value)
            if dept and (dept_id is None or dept_id != old["department_id"]):
                changes["department"] = (dept_of.get(old["department_id"] or -1), dept)
            file_specs = _json(specs)
            if file_specs and any(old_specs.get(k) != v for k, v in file_specs.items()):
                changes["specs"] = (old_specs or None, {**old_specs, **file_specs})
            if changes:
                out[pid] = changes
        return out

    def count(self, product_changes: dict[int, dict[str, tuple[Any, Any]]]) -> None:
        """Created, updated and unchanged counts, and the sample of changes the report shows."""
        report = self.report
        c = report.counts
        # one pass over the staged rows for every count (created, changed, matched, read again unchanged)
        # of the rows read again (the unchanged ones staged by their hash all match, none changes)
        counted = self._sql(
            "SELECT sum(CASE WHEN vid IS NULL THEN 1 ELSE 0 END), sum(CASE WHEN vchg THEN 1 ELSE 0 END), "
            "sum(CASE WHEN vid IS NOT NULL THEN 1 ELSE 0 END), sum(CASE WHEN vid IS NOT NULL AND vchg IS NULL "
            "AND hash IS NOT NULL THEN 1 ELSE 0 END) FROM cat_stage WHERE ok AND known IS NULL"
        ).one()
        c.created, changed, matched, self.reread = (int(x or 0) for x in counted)
        matched += self.known_rows - self.known_refused
        self.changed = changed
        pchg = set(product_changes)
        first_only = 0
        if pchg:
            for (pid,) in self._sql(
                "SELECT s.pid FROM cat_stage s JOIN cat_first f ON f.rn = s.rn "
                "WHERE s.ok AND s.vid IS NOT NULL AND s.vchg IS NULL"
            ):
                first_only += pid in pchg
        c.updated = changed + first_only
        c.unchanged = matched - c.updated
        for sku, title in self._sql(
            f"SELECT sku, title FROM cat_stage WHERE ok AND vid IS NULL AND known IS NULL ORDER BY rn LIMIT {SAMPLE}"
        ):
            sample(report, Change("created", sku, title))
        cols = ", ".join(f"s.{sc}, v.{vc}" for sc, vc in VARIANT_COMPARE)
        q = self._sql(
            f"SELECT s.sku, s.title, s.pid, f.rn IS NOT NULL, s.vchg, s.gtin, v.gtin, {cols}, s.currency "
            "FROM cat_stage s JOIN variants v ON v.id = s.vid LEFT JOIN cat_first f ON f.rn = s.rn "
            "WHERE s.ok AND s.known IS NULL AND (s.vchg OR f.rn IS NOT NULL) ORDER BY s.rn"
        )
        for r in q:
            if len(report.changes) >= SAMPLE:
                break
            sku, title, pid, first, vchg, gtin, old_gtin = r[:7]
            fields: dict[str, tuple[Any, Any]] = {}
            if vchg:
                values = r[7:-1]
                for i, (_sc, vc) in enumerate(VARIANT_COMPARE):
                    new, old = values[2 * i], values[2 * i + 1]
                    if vc == "active":
                        new, old = bool(new), bool(old)
                    if new != old:
                        fields[vc] = (old, new)
                if gtin is not None and gtin != old_gtin:
                    fields["gtin"] = (old_gtin, gtin)
            if first and pid in product_changes:
                fields.update({f"product.{k}": v for k, v in product_changes[pid].items()})
            if fields:
                sample(report, Change("updated", sku, title, fields, r[-1]))

    def unlisted(self) -> int:
        return self._scalar(
            "SELECT count(*) FROM variants WHERE active AND id NOT IN (SELECT vid FROM cat_stage WHERE vid IS NOT NULL)"
        )

    def active_total(self) -> int:
        return self._scalar("SELECT count(*) FROM variants WHERE active")

    def sample_unlisted(self) -> None:
        q = self._sql(
            "SELECT v.sku, p.title FROM variants v JOIN products p ON p.id = v.product_id WHERE v.active AND v.id NOT IN "
            f"(SELECT vid FROM cat_stage WHERE vid IS NOT NULL) ORDER BY v.id LIMIT {SAMPLE}"
        )
        for sku, title in q:
            sample(self.report, Change("deactivated", sku, title))


def _json(value: Any) -> dict[str, Any]:
    if not value:
        return {}
    if isinstance(value, dict):
        return dict(value)
    try:
        out = json.loads(value)
    except (TypeError, ValueError):
        return {}
    return out if isinstance(out, dict) else {}
