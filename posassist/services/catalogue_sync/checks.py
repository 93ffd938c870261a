"""What planning and applying an import share: reading in chunks, the checks that need memory of
earlier rows (duplicate SKUs, barcodes, variants), and the sample of changes a report shows."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from posassist.i18n import tr
from posassist.services.catalogue_sync.model import Change, Item, Problem, Report

CHUNK = 2000  # rows read, compared and written at a time
SAMPLE = 2000  # changes a report lists (the counts cover them all)


def chunks(it: Iterator[tuple[Item, list[Problem]]]) -> Iterator[list[tuple[Item, list[Problem]]]]:
    """The items with their problems, CHUNK at a time."""
    while batch := list(islice(it, CHUNK)):
        yield batch


class Checks:
    """File-wide checks that need memory of earlier rows: duplicate SKUs, barcodes, variants."""

    def __init__(self) -> None:
        self.skus: dict[str, int] = {}
        self.gtins: dict[str, tuple[int, str]] = {}
        self.options: set[tuple[str, str | None, str | None]] = set()
        self.products: set[str] = set()

    def check(self, item: Item, probs: list[Problem]) -> None:
        if item.skip:
            return
        self.products.add(item.product_key)
        if item.sku:
            first = self.skus.setdefault(item.sku, item.row)
            if first != item.row:
                probs.append(
                    Problem(
                        item.row,
                        item.line,
                        "sku",
                        item.sku,
                        "error",
                        "duplicate_sku",
                        tr(
                            "SKU {sku} is also on row {first}; each variant needs its own SKU.",
                            sku=item.sku,
                            first=first,
                        ),
                    )
                )
        else:
            key = (item.product_key, item.colour, item.size)
            if key in self.options:
                probs.append(
                    Problem(
                        item.row,
                        item.line,
                        "sku",
                        None,
                        "error",
                        "duplicate_variant",
                        tr(
                            "{title} {colour} {size} appears twice without a SKU.",
                            title=item.title,
                            colour=item.colour or "",
                            size=item.size or "",
                        ),
                    )
                )
            self.options.add(key)
        if item.gtin:
            seen = self.gtins.setdefault(item.gtin, (item.row, item.product_key))
            if seen[0] != item.row:
                where = tr("the same product") if seen[1] == item.product_key else tr("another product")
                probs.append(
                    Problem(
                        item.row,
                        item.line,
                        "barcode",
                        item.gtin,
                        "warning",
                        "duplicate_barcode",
                        tr(
                            "Barcode {gtin} is also on row {row} ({where}); a scan will show both.",
                            gtin=item.gtin,
                            row=seen[0],
                            where=where,
                        ),
                    )
                )
        item.errors = sum(1 for p in probs if p.severity == "error")

    def read(self, batch: list[tuple[Item, list[Problem]]], currency: str, report: Report) -> None:
        """Check a chunk of rows and add its problems and counts to the report."""
        for item, probs in batch:
            self.check(item, probs)
            if item.currency and item.currency != currency and not item.skip:
                probs.append(
                    Problem(
                        item.row,
                        item.line,
                        "price",
                        item.currency,
                        "warning",
                        "other_currency",
                        tr(
                            "{title} is priced in {currency}, not {currency2}; it is imported in {currency}.",
                            title=item.title,
                            currency=item.currency,
                            currency2=currency,
                        ),
                    )
                )
            report.problems.extend(probs)
            report.counts.rows += 1
            if not item.skip:
                report.counts.variants += 1


def sample(report: Report, change: Change) -> None:
    if len(report.changes) < SAMPLE:
        report.changes.append(change)
