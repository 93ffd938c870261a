"""The file-wide checks, set-based on the staging table: repeated SKUs (the same options twice is
an error, other options a warning), variants without a SKU listed twice, repeated barcodes."""

from __future__ import annotations

from posassist.i18n import tr
from posassist.services.catalogue_sync.model import Problem
from posassist.services.catalogue_sync.stage_table import StageBase


class Checks(StageBase):
    def check(self) -> None:
        """Repeated SKUs (the same options twice is an error; other options a warning: both are
        imported and a scan shows both), variants without SKU listed twice, repeated barcodes."""
        problems = self.report.problems
        q = self._sql(
            "SELECT s.rn, s.line, s.sku, s.title, s.colour, s.size, f.first_rn, "
            "  (SELECT count(*) FROM cat_stage d WHERE d.sku = s.sku AND d.pkey = s.pkey "
            "    AND d.colour IS NOT DISTINCT FROM s.colour AND d.size IS NOT DISTINCT FROM s.size) AS same "
            "FROM cat_stage s JOIN (SELECT sku, min(rn) AS first_rn FROM cat_stage WHERE ok AND sku IS NOT NULL "
            "  GROUP BY sku HAVING count(*) > 1) f ON f.sku = s.sku "
            "WHERE s.ok AND s.rn <> f.first_rn ORDER BY s.rn"
            if self.pg
            else "SELECT s.rn, s.line, s.sku, s.title, s.colour, s.size, f.first_rn, "
            "  (SELECT count(*) FROM cat_stage d WHERE d.sku = s.sku AND d.pkey = s.pkey "
            "    AND d.colour IS s.colour AND d.size IS s.size) AS same "
            "FROM cat_stage s JOIN (SELECT sku, min(rn) AS first_rn FROM cat_stage WHERE ok AND sku IS NOT NULL "
            "  GROUP BY sku HAVING count(*) > 1) f ON f.sku = s.sku "
            "WHERE s.ok AND s.rn <> f.first_rn ORDER BY s.rn"
        )
        bad: list[int] = []
        for rn, line, sku, title, colour, size, first, same in q:
            if same > 1:
                bad.append(rn)
                problems.append(
                    Problem(
                        rn,
                        line,
                        "sku",
                        sku,
                        "error",
                        "duplicate_sku",
                        tr(
                            "SKU {sku} is also on row {first} with the same options; remove one of the two rows.",
                            sku=sku,
                            first=first,
                        ),
                    )
                )
            else:
                problems.append(
                    Problem(
                        rn,
                        line,
                        "sku",
                        sku,
                        "warning",
                        "duplicate_sku",
                        tr(
                            "SKU {sku} is also on row {first} ({title} {options}); both are imported and a scan of {sku} shows both.",
                            sku=sku,
                            first=first,
                            title=title,
                            options=" ".join(x for x in (colour, size) if x),
                        ),
                    )
                )
        same = "IS NOT DISTINCT FROM" if self.pg else "IS"
        q = self._sql(
            "SELECT s.rn, s.line, s.title, s.colour, s.size FROM cat_stage s WHERE s.ok AND s.sku IS NULL AND EXISTS "
            f"(SELECT 1 FROM cat_stage d WHERE d.ok AND d.sku IS NULL AND d.pkey = s.pkey AND d.colour {same} s.colour "
            f"AND d.size {same} s.size AND d.rn < s.rn) ORDER BY s.rn"
        )
        for rn, line, title, colour, size in q:
            bad.append(rn)
            problems.append(
                Problem(
                    rn,
                    line,
                    "sku",
                    None,
                    "error",
                    "duplicate_variant",
                    tr(
                        "{title} {colour} {size} appears twice without a SKU.",
                        title=title,
                        colour=colour or "",
                        size=size or "",
                    ),
                )
            )
        q = self._sql(
            "SELECT s.rn, s.line, s.gtin, f.first_rn, (SELECT d.pkey FROM cat_stage d WHERE d.rn = f.first_rn) = s.pkey "
            "FROM cat_stage s JOIN (SELECT gtin, min(rn) AS first_rn FROM cat_stage WHERE ok AND gtin IS NOT NULL "
            "GROUP BY gtin HAVING count(*) > 1) f ON f.gtin = s.gtin WHERE s.ok AND s.rn <> f.first_rn ORDER BY s.rn"
        )
        for rn, line, gtin, first, same_product in q:
            where = tr("the same product") if same_product else tr("another product")
            problems.append(
                Problem(
                    rn,
                    line,
                    "barcode",
                    gtin,
                    "warning",
                    "duplicate_barcode",
                    tr(
                        "Barcode {gtin} is also on row {row} ({where}); a scan will show both.",
                        gtin=gtin,
                        row=first,
                        where=where,
                    ),
                )
            )
        for start in range(0, len(bad), 500):
            part = ", ".join(str(int(r)) for r in bad[start : start + 500])
            self.known_refused += self._scalar(f"SELECT count(*) FROM cat_stage WHERE known AND rn IN ({part})")
            self._sql(f"UPDATE cat_stage SET ok = {'false' if self.pg else '0'} WHERE rn IN ({part})")
        self.report.counts.skipped += len(bad)
