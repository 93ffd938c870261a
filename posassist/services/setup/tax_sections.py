"""The tax sections of a set-up file: [[tax]] rates, a store's tax_region preset, and
[tax_classes] for departments and products."""

from __future__ import annotations

import re
from typing import Any

from posassist.domain.tax import PRESETS, TAX_CLASSES, UNTAXED_CLASSES, TaxError, parse_rate
from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.setup.model import TAX_KEYS, StoreDoc, TaxDoc
from posassist.services.setup.reader import Reader


def _tax(r: Reader, items: Any, stores: set[str]) -> list[TaxDoc]:
    """[[tax]] rows: one component of one class in one store."""
    if not isinstance(items, list):
        r.fail("tax", tr("write each tax rate as a [[tax]] table"), "tax", None)
    out: list[TaxDoc] = []
    seen: set[tuple[str, str, str]] = set()
    for i, item in enumerate(items):
        path = f"tax[{i + 1}]"
        item = r.check_keys(item, TAX_KEYS, path, "tax", i)
        store = r.text(item, "store", path, "tax", i)
        if store not in stores:
            r.fail(f"{path}.store", tr("there is no store {code} in this file", code=store), "tax", i, "store")
        tax_class = r.text(item, "class", path, "tax", i, required=False, default="standard")
        if tax_class not in TAX_CLASSES:
            r.fail(
                f"{path}.class",
                tr(
                    "{value} is not a tax class; the classes are: {classes}.",
                    value=tax_class,
                    classes=", ".join(TAX_CLASSES),
                ),
                "tax",
                i,
                "class",
            )
        component = r.text(item, "component", path, "tax", i)
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", component):
            r.fail(f"{path}.component", tr("a short name such as GST, QST or VAT"), "tax", i, "component")
        if "rate" not in item:
            r.fail(f"{path}.rate", tr("this setting is required"), "tax", i)
        try:
            rate = parse_rate(item["rate"])
        except TaxError:
            r.fail(
                f"{path}.rate",
                tr(
                    '{value} is not a tax rate: give a percent from 0 to 100 with at most 4 decimals (e.g. "9.975").',
                    value=item["rate"],
                ),
                "tax",
                i,
                "rate",
            )
        if tax_class in UNTAXED_CLASSES and rate:
            r.fail(
                f"{path}.rate",
                tr("the {tax_class} class charges no tax; give 0 or leave it out.", tax_class=tax_class),
                "tax",
                i,
                "rate",
            )
        if (store, tax_class, component) in seen:
            r.fail(
                f"{path}.component",
                tr("{component} is given twice for store {store}", component=component, store=store),
                "tax",
                i,
                "component",
            )
        seen.add((store, tax_class, component))
        out.append(TaxDoc(store, tax_class, component, rate, r.flag(item, "compound", path, "tax", i, False)))
    return out


def _regions(r: Reader, items: Any, stores: list[StoreDoc], tax: list[TaxDoc]) -> tuple[list[StoreDoc], list[TaxDoc]]:
    """A store's ``tax_region`` (CA-QC, DE, US-OR…) gives its rates and settings unless the file
    has [[tax]] rows for it; settings the store gives itself win over the region's."""
    from dataclasses import replace

    out = []
    for i, sd in enumerate(stores):
        item = items[i]
        region = item.get("tax_region")
        if region is None:
            out.append(sd)
            continue
        path = f"stores[{i + 1}].tax_region"
        if not isinstance(region, str) or region.upper() not in PRESETS:
            r.fail(
                path,
                tr(
                    "{value} is not a tax region; the regions are: {regions}.", value=region, regions=", ".join(PRESETS)
                ),
                "stores",
                i,
                "tax_region",
            )
        preset = PRESETS[str(region).upper()]
        where = sd.region or (None if str(region).upper() in ("NONE", "US-NONE") else str(region).upper())
        sd = replace(
            sd,
            region=where,  # the tax region is where the store is, unless the file says otherwise
            prices_include_tax=bool(item.get("prices_include_tax", preset.included)),
            tax_rounding=str(item.get("tax_rounding", preset.rounding)),
            tax_rounding_mode=str(item.get("tax_rounding_mode", preset.mode)),
        )
        if not any(t.store == sd.code for t in tax):
            for tax_class, comps in preset.rates.items():
                tax = tax + [TaxDoc(sd.code, tax_class, c.code, c.rate, c.compound) for c in comps]
        out.append(sd)
    return out, tax


def _tax_classes(r: Reader, table: Any) -> dict[tuple[str, str], str]:
    """[tax_classes] departments = {GROC = "zero"}, products = {"BOOK-1" = "zero"}."""
    if not isinstance(table, dict):
        r.fail("tax_classes", tr("write departments = {...} and products = {...} under [tax_classes]"), "tax_classes")
    r.check_keys(table, {"departments", "products"}, "tax_classes", "tax_classes", None)
    out: dict[tuple[str, str], str] = {}
    for kind_key, kind in (("departments", "department"), ("products", "product")):
        entries = table.get(kind_key, {})
        where = f"tax_classes.{kind_key}"
        if not isinstance(entries, dict):
            r.fail(where, tr("a table of code = class"), "tax_classes", None, kind_key)
        for code, tax_class in entries.items():
            if tax_class not in TAX_CLASSES:
                line = r.where.of(where, None, code) or r.where.of("tax_classes", None, kind_key)
                at = tr("{path} (line {line})", path=f"{where}.{code}", line=line) if line else f"{where}.{code}"
                raise InvalidInput(
                    tr(
                        "{at}: {message}",
                        at=at,
                        message=tr(
                            "{value} is not a tax class; the classes are: {classes}.",
                            value=tax_class,
                            classes=", ".join(TAX_CLASSES),
                        ),
                    ),
                    field=f"{where}.{code}",
                    row=line,
                )
            if tax_class != "standard":
                out[(kind, str(code))] = str(tax_class)
    return out
