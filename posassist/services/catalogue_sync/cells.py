"""One row's cells into an item's fields, every oddity reported on its row: prices, barcodes,
whole numbers, and what makes a row not merchandise. Shared by every format."""

from __future__ import annotations

import re

from posassist.domain.catalogue import Parsed, not_merchandise, parse_barcode, parse_money
from posassist.domain.money import Money, is_currency
from posassist.domain.privacy import card_numbers
from posassist.services.catalogue_sync.model import Item, Problem


def problem(
    row: int, line: int | None, fld: str | None, value: str | None, severity: str, code: str, msg: str
) -> Problem:
    v = None if value is None else (value if len(value) <= 200 else value[:197] + "...")
    cards = card_numbers(f"{value or ''}\n{msg}")
    if cards:  # the report is kept and exported: a card number in the cell stays out of it too
        v = None
        msg = f"This cell contains what looks like a payment card number ({cards[0]}); it is not kept, not even in this report."
    return Problem(row, line, fld, v, severity, code, msg)


def money(item: Item, raw: str | None, fld: str, currency: str, probs: list[Problem], required: bool) -> int | None:
    if raw is None or not str(raw).strip():
        if required:
            probs.append(
                problem(
                    item.row,
                    item.line,
                    fld,
                    raw,
                    "error",
                    "missing_price",
                    f"{item.title}: no price. Add one; posassist never guesses 0.00.",
                )
            )
        return None
    if card_numbers(raw):
        probs.append(problem(item.row, item.line, fld, raw, "error", "card_number", ""))  # message: problem()
        return None
    value, cur, bad = parse_money(raw, None)
    if bad:
        probs.append(problem(item.row, item.line, fld, raw, "error", bad.code or "invalid_price", bad.message or ""))
        return None
    if value is None:  # never: a cell that is not blank is a price or a problem
        return None
    if cur and not is_currency(cur):
        probs.append(
            problem(
                item.row,
                item.line,
                fld,
                raw,
                "error",
                "unknown_currency",
                f"'{cur}' is not a currency code; use one like CAD or EUR.",
            )
        )
        return None
    if item.currency is None:
        item.currency = cur or currency  # the first price on the row sets the row's currency
    elif cur and cur != item.currency:
        probs.append(
            problem(
                item.row,
                item.line,
                fld,
                raw,
                "error",
                "mixed_currency",
                f"{raw} is in {cur} but the row's price is in {item.currency}.",
            )
        )
        return None
    return Money.of(value, item.currency).minor


def barcode(item: Item, raw: str | None, fld: str, probs: list[Problem]) -> None:
    res: Parsed = parse_barcode(raw)
    if res.code:
        probs.append(problem(item.row, item.line, fld, raw, res.severity, res.code, res.message or ""))
    item.gtin = res.value if isinstance(res.value, str) else None


def integer(raw: str | None, item: Item, fld: str, probs: list[Problem]) -> int | None:
    text = (raw or "").strip().replace(",", "")
    if re.fullmatch(r"-?\d+(\.0+)?", text):
        return int(float(text))
    probs.append(
        problem(
            item.row,
            item.line,
            fld,
            raw,
            "warning",
            "invalid_stock",
            f"'{raw}' is not a whole number of items; stock left unknown.",
        )
    )
    return None


_TEXT_FIELDS = ("title", "description", "brand", "department", "colour", "size", "sku", "mpn", "image", "product_key")


def no_card_numbers(item: Item, probs: list[Problem]) -> None:
    """Card numbers are never stored: a text field holding one is reported and left out."""
    for fld in _TEXT_FIELDS:
        value = getattr(item, fld)
        if not value:
            continue
        cards = card_numbers(value)
        if not cards:
            continue
        if fld != "product_key":
            probs.append(
                problem(
                    item.row,
                    item.line,
                    fld,
                    None,  # the report is written to a file: not even there
                    "error",
                    "card_number",
                    f"The {fld} on this row contains what looks like a payment card number ({cards[0]}); card numbers are never stored: remove it (keep at most the last four digits).",
                )
            )
        setattr(
            item, fld, f"row-{item.row}" if fld == "product_key" else ("" if fld in ("title", "description") else None)
        )


def finish(item: Item, probs: list[Problem], title_hint: str, ptype: str | None, requires_shipping: str | None) -> None:
    no_card_numbers(item, probs)
    if not_merchandise(item.title or title_hint, ptype, requires_shipping):
        item.skip = True
        probs.append(
            problem(
                item.row,
                item.line,
                "title",
                item.title,
                "warning",
                "not_merchandise",
                f"'{item.title}' is a service or fee, not a shelf product; it was not imported.",
            )
        )
        return
    if item.compare_at_minor is not None and item.price_minor is not None and item.compare_at_minor < item.price_minor:
        probs.append(
            problem(
                item.row,
                item.line,
                "compare_at",
                str(item.compare_at_minor),
                "warning",
                "compare_at_below_price",
                f"{item.title}: the compare-at price is below the price; it is ignored.",
            )
        )
        item.compare_at_minor = None
    item.errors = sum(1 for p in probs if p.severity == "error")
