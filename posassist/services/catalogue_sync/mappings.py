"""Column mappings for generic files, saved per source so the next import of the same feed needs none."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.catalogue import ImportMapping
from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.catalogue_sync import formats, sources


def source_key(source: str) -> str:
    """The same supplier file keeps its name from week to week; a URL keeps its address."""
    if source.lower().startswith(("http://", "https://")):
        return source.split("?", 1)[0][:255]
    return Path(source).name[:255]


def load(db: Database, source: str) -> dict[str, str] | None:
    with db.read() as s:
        row = s.execute(
            select(ImportMapping.mapping).where(ImportMapping.source_key == source_key(source))
        ).scalar_one_or_none()
        return dict(row) if row else None


def save(db: Database, source: str, mapping: dict[str, str]) -> None:
    unknown = set(mapping) - set(formats.ALIASES)
    if unknown:
        raise InvalidInput(tr("Unknown fields: {unknown}.", unknown=", ".join(sorted(unknown))), field="mapping")
    if "price" not in mapping or not ("title" in mapping or "sku" in mapping):
        raise InvalidInput(tr("Map at least the price and the product name or SKU."), field="mapping")
    with db.transaction() as s:
        row = s.get(ImportMapping, source_key(source))
        if row is None:
            s.add(ImportMapping(source_key=source_key(source), mapping=mapping))
        else:
            row.mapping = mapping


def headers_and_guess(path: Path) -> tuple[list[str], dict[str, str]]:
    """The file's headers and the mapping posassist would use by itself."""
    header, records = sources.read_table(path, sources.sniff_encoding(path))
    records.close()
    guess, _unknown = formats.map_headers(header)
    return header, guess
