"""What an import reads, what it finds wrong, and what it will change."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class Options:
    format: str = "auto"
    currency: str = "CAD"
    full: bool = False
    dry_run: bool = False
    skip_invalid: bool = False
    store_id: int | None = None
    mapping: dict[str, str] | None = None
    confirm_full: bool = False  # a full sync that deactivates most of the catalogue was confirmed (--yes)


@dataclass(frozen=True)
class Problem:
    row: int | None
    line: int | None
    field: str | None
    value: str | None
    severity: str  # error / warning
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "line": self.line,
            "field": self.field,
            "value": self.value,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }


@dataclass(slots=True)
class Item:
    """One sellable variant read from the source, normalised."""

    row: int
    line: int | None  # None: an XML feed item
    product_key: str
    title: str
    sku: str | None = None
    gtin: str | None = None
    mpn: str | None = None
    brand: str | None = None
    department: str | None = None
    description: str = ""
    colour: str | None = None
    size: str | None = None
    price_minor: int | None = None
    compare_at_minor: int | None = None
    currency: str | None = None
    weight_g: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    depth_mm: int | None = None
    stock: int | None = None  # None: the file says nothing about stock (unknown, not 0)
    stock_at: dict[str, int] | None = None  # per location (store code or name), when the file has it
    sale_price_minor: int | None = None
    sale_start: datetime | None = None
    sale_end: datetime | None = None
    active: bool = True
    image: str | None = None
    # the product card: None means the file says nothing (what we have is kept)
    warranty_months: int | None = None
    returnable: bool | None = None  # False: final sale
    allergens: str | None = None
    ingredients: str | None = None
    net_content: str | None = None  # '70 g', '1.5 l': what the package holds, not stock
    parent: bool = False  # a variable product's own row: its variations carry its fields (not a skip)
    skip: bool = False  # not imported (service, image-only row, or an error with --skip-invalid)
    errors: int = 0


@dataclass
class Counts:
    rows: int = 0
    products: int = 0
    variants: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    skipped: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Change:
    action: str  # created / updated / unchanged / deactivated
    sku: str | None
    title: str
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (before, after)
    currency: str | None = None  # of the prices in ``fields``


LISTED_PER_CODE = 1000  # problems listed per code and severity; the rest are counted


def _rebuilt_problems(items: list[Problem], seen: dict[tuple[str, str], int]) -> ProblemList:
    out = ProblemList()
    list.extend(out, items)
    out.seen = seen
    return out


class ProblemList(list[Problem]):
    """The report's problems, at most LISTED_PER_CODE of each code and severity (a file of a
    million identical SKUs must not fill the memory or write a report of hundreds of MB); how
    many more there were is kept per code (``not_listed``)."""

    def __init__(self, items: Iterable[Problem] = ()) -> None:
        super().__init__()
        self.seen: dict[tuple[str, str], int] = {}
        self.extend(items)

    def append(self, p: Problem) -> None:
        key = (p.code, p.severity)
        n = self.seen[key] = self.seen.get(key, 0) + 1
        if n <= LISTED_PER_CODE:
            super().append(p)

    def extend(self, items: Iterable[Problem]) -> None:
        for p in items:
            self.append(p)

    def __iadd__(self, items: Iterable[Problem]) -> ProblemList:  # type: ignore[override,misc]
        self.extend(items)
        return self

    def total(self, severity: str) -> int:
        return sum(n for (_code, sev), n in self.seen.items() if sev == severity)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as it is (the import in a child process sends its report back): the listed
        problems and the counts, not re-counted through ``append``."""
        return (_rebuilt_problems, (list(self), dict(self.seen)))

    def not_listed(self) -> list[dict[str, Any]]:
        return [
            {"code": code, "severity": sev, "count": n - LISTED_PER_CODE}
            for (code, sev), n in sorted(self.seen.items())
            if n > LISTED_PER_CODE
        ]


@dataclass
class Report:
    source: str
    format: str
    dry_run: bool
    counts: Counts = field(default_factory=Counts)
    problems: list[Problem] = field(default_factory=ProblemList)
    changes: list[Change] = field(default_factory=list)  # a sample for the preview (first 2,000)
    applied: bool = False
    version: int | None = None

    @property
    def errors(self) -> int:
        if isinstance(self.problems, ProblemList):
            return self.problems.total("error")
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        if isinstance(self.problems, ProblemList):
            return self.problems.total("warning")
        return sum(1 for p in self.problems if p.severity == "warning")

    def as_dict(self, diff: bool = False) -> dict[str, Any]:
        """The JSON report (CLI.md); with ``diff`` the sample of changes field by field, in words."""
        doc = {
            "source": self.source,
            "format": self.format,
            "dry_run": self.dry_run,
            "applied": self.applied,
            "version": self.version,
            "counts": self.counts.as_dict(),
            "problems": [p.as_dict() for p in self.problems],
        }
        if isinstance(self.problems, ProblemList) and self.problems.not_listed():
            doc["problems_not_listed"] = self.problems.not_listed()  # more of a code than are listed
        if diff:
            from posassist.services.catalogue_sync.diff_words import change_doc

            doc["changes"] = [change_doc(c) for c in self.changes]
        return doc
