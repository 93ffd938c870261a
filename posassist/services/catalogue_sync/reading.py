"""From a source to normalised items: format detection, header mapping, file-level checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.catalogue_sync import fast, formats, shop_formats, shopify_fast, sources, woocommerce
from posassist.services.catalogue_sync.model import Item, Problem


@dataclass
class Opened:
    format: str
    encoding: str | None
    items: Iterator[fast.Entry]  # (item, problems), (None, a ready staging row) or (KNOWN, …): see fast
    file_problems: list[Problem]


def open_items(
    path: Path, fmt: str, currency: str, mapping: dict[str, str] | None = None, known: fast.Known | None = None
) -> Opened:
    if fmt not in ("auto", *formats.FORMATS):
        raise InvalidInput(tr("--format must be auto, {FORMATS}.", FORMATS=", ".join(formats.FORMATS)), field="format")
    encoding = None
    header: list[str] | None = None
    tabular = None
    if fmt in ("auto", "csv", "shopify", "google", "woocommerce"):
        encoding = sources.sniff_encoding(path)
        with path.open("rb") as fh:
            looks_xml = fh.read(512).lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<")
        looks_json = path.suffix.lower() in (".json", ".jsonl", ".ndjson")
        if not looks_xml and not (fmt == "auto" and looks_json):
            header, tabular = sources.read_table(path, encoding)
    detected = formats.detect(path, header) if fmt == "auto" else fmt
    problems: list[Problem] = []
    if encoding == "cp1252":
        problems.append(
            Problem(
                None,
                None,
                None,
                None,
                "warning",
                "encoding",
                tr("The file is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented names."),
            )
        )
    if detected == "google" and tabular is None:
        return Opened("google", encoding, shop_formats.google(sources.read_feed(path), currency), problems)
    if detected == "json":
        enc = encoding or sources.sniff_encoding(path)
        recs = sources.read_json(path, enc)
        first = next(recs, None)
        if first is None:
            raise InvalidInput(tr("The file is empty; nothing to import."))
        keys = list(first[2].keys())
        mapping_, unknown = formats.map_headers(keys, mapping)
        problems += _unknown(unknown)

        def chain() -> Iterator[sources.Record]:
            yield first
            yield from recs

        return Opened("json", enc, formats.generic(chain(), mapping_, currency), problems)
    assert header is not None and tabular is not None
    if detected == "shopify":
        tabular.close()  # read again as lists of cells: plain rows need no record dict (shopify_fast)
        _header, rows = sources.read_rows(path, encoding or "utf-8")
        return Opened("shopify", encoding, shopify_fast.shopify_fast(rows, header, currency, known), problems)
    if detected == "google":
        return Opened("google", encoding, shop_formats.google(tabular, currency), problems)
    if detected == "woocommerce":
        return Opened("woocommerce", encoding, woocommerce.woocommerce(tabular, header, currency), problems)
    mapping_, unknown = formats.map_headers(header, mapping)
    if "title" not in mapping_ and "sku" not in mapping_:
        raise InvalidInput(
            tr(
                "No column looks like a product name or SKU (columns: {header}). Map the columns in the import window, or rename the headers.",
                header=", ".join(header[:12]),
            ),
            field="header",
        )
    if "price" not in mapping_:
        problems.append(
            Problem(
                None,
                1,
                None,
                None,
                "error",
                "missing_price",
                tr("There is no price column; posassist never guesses prices. Add one or map it."),
            )
        )
    problems += _unknown(unknown)
    tabular.close()
    _header, rows = sources.read_rows(path, encoding or "utf-8")
    slow = partial(_generic_row, mapping=mapping_, currency=currency)
    return Opened("csv", encoding, fast.generic_fast(rows, header, mapping_, currency, slow, known), problems)


def _generic_row(
    row: int, line: int | None, rec: dict[str, str], *, mapping: dict[str, str], currency: str
) -> tuple[Item, list[Problem]]:
    return formats.generic_row(row, line, rec, mapping, currency)


def _unknown(headers: list[str]) -> list[Problem]:
    return [
        Problem(None, 1, h, None, "warning", "unknown_column", tr("Column '{h}' is not used by posassist.", h=h))
        for h in headers
    ]
