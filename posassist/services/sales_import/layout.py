"""What every orders layout shares: reading a row's cells by column, the order-level checks
(money adds up, currencies, refunds, test and zero-total orders) and splitting an order's tax and
discounts over its lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from posassist.domain.catalogue import NOT_MERCH_WORDS
from posassist.services.sales_import import cells
from posassist.services.sales_import.model import Line, Options, Order, Report
from posassist.services.sales_import.reading import Table


@dataclass
class Context:
    """What parsing needs beyond the row: options, the stores by name and code, what was seen."""

    opts: Options
    report: Report
    stores: dict[str, int]  # lower-case code or name -> id
    currencies: set[str] = field(default_factory=set)
    unknown_locations: set[str] = field(default_factory=set)

    def store_for(self, location: str, row: int, line: int, fld: str) -> int | None:
        text = location.strip()
        if not text:
            return self.opts.store_id
        sid = self.stores.get(text.lower())
        if sid is None:
            if text.lower() not in self.unknown_locations:
                self.location_unknown(text, row, line, fld)
            return self.opts.store_id
        return sid

    # What the file has told so far, reported once per file: a store it names that is not here,
    # each currency after the first. (A parsing process beside the importing one hands each first
    # meeting on to it in its place among the problems; the importing one decides: parse_child.)

    def location_unknown(self, text: str, row: int | None, line: int | None, fld: str | None) -> None:
        if text.lower() in self.unknown_locations:
            return
        self.unknown_locations.add(text.lower())
        self.report.add(
            row,
            line,
            fld,
            text,
            "warning",
            "unknown_location",
            f"'{text}' is not a store here; its orders are filed under this counter's store. "
            "Name the store as in 'posassist setup' (code or name) to file them right.",
        )

    def currency_met(self, currency: str, row: int | None, line: int | None, fld: str | None) -> None:
        if currency in self.currencies:
            return
        self.currencies.add(currency)
        if len(self.currencies) > 1:
            self.report.add(
                row,
                line,
                fld,
                currency,
                "warning",
                "mixed_currency",
                f"This file has orders in {', '.join(sorted(self.currencies))}: each order keeps its own currency "
                "and amounts in different currencies are never added together.",
            )


Getter = Callable[[str], str]  # a row's cell by column name


class Cells:
    """One row's cells by column name. Rows come padded (see reading): a column the file does not
    have points at the blank cell past the last column."""

    def __init__(self, table: Table, names: dict[str, tuple[str, ...]]) -> None:
        self.cols: dict[str, int | None] = {k: table.col(*v) for k, v in names.items()}
        self.header = table.header
        self.blank = blank = len(table.header)
        self.idx: dict[str, int] = {k: blank if i is None else i for k, i in self.cols.items()}

    def has(self, key: str) -> bool:
        return self.cols.get(key) is not None

    def name(self, key: str) -> str:
        i = self.cols.get(key)
        return self.header[i] if i is not None else key

    def get(self, values: list[str], key: str) -> str:
        return values[self.idx.get(key, self.blank)]

    def getter(self, values: list[str]) -> Callable[[str], str]:
        idx, blank = self.idx, self.blank
        return lambda key: values[idx.get(key, blank)]


def error(o: Order, ctx: Context, row: int, line: int, fld: str | None, value: str | None, code: str, msg: str) -> None:
    o.errors += 1
    ctx.report.add(row, line, fld, value, "error", code, msg)


def warn(ctx: Context, row: int, line: int, fld: str | None, value: str | None, code: str, msg: str) -> None:
    ctx.report.add(row, line, fld, value, "warning", code, msg)


def not_merchandise(title: str, sku: str | None) -> bool:
    words = title.strip().lower()
    if sku:
        return False
    return (
        words in ("tip", "tips", "gratuity", "shipping")
        or "gift card" in words
        or any(w in words for w in NOT_MERCH_WORDS)
    )


def spread(total: int, weights: list[int]) -> list[int]:
    """``total`` split over ``weights`` in proportion, to the minor unit (largest remainder)."""
    if len(weights) == 1:
        return [total]
    if not total:
        return [0] * len(weights)
    base = sum(weights)
    if not weights:
        return []
    if base <= 0:
        return [0] * len(weights)
    parts = [total * w // base for w in weights]
    rest = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (total * weights[i]) % base, reverse=True)
    for i in order[: abs(rest)]:
        parts[i] += 1 if rest > 0 else -1
    return parts


def finish(o: Order, ctx: Context, lines_gross: int, order_discount: int | None, fields: dict[str, str]) -> None:
    """The checks every layout makes once an order's rows are read. ``lines_gross`` is every line
    item at its price (merchandise or not); ``order_discount`` is the order's whole discount when
    the file gives one (line discounts included), ``fields`` names the columns for the report."""
    row, line = o.row, o.line
    if o.skip:
        return  # not imported (a test or unpaid order): nothing to check
    if o.currency and o.currency not in ctx.currencies:
        ctx.currency_met(o.currency, row, line, fields.get("currency"))
    line_discounts = sum(ln.discount_minor for ln in o.lines)
    extra = (order_discount - line_discounts) if order_discount is not None else 0
    if order_discount is not None:
        o.discount_minor = order_discount
    expected_sub = lines_gross - (order_discount if order_discount is not None else line_discounts)
    if fields.get("subtotal") and o.subtotal_minor and abs(expected_sub - o.subtotal_minor) > max(1, len(o.lines)):
        warn(
            ctx,
            row,
            line,
            fields["subtotal"],
            _amount(o.subtotal_minor, o.currency),
            "total_mismatch",
            f"The lines come to {_amount(expected_sub, o.currency)} after discounts but the subtotal says "
            f"{_amount(o.subtotal_minor, o.currency)}; the lines are imported as the file gives them. "
            "Check the order in the source.",
        )
    elif not o.subtotal_minor:
        o.subtotal_minor = expected_sub
    base = o.subtotal_minor + o.shipping_minor + o.extra_minor
    if o.tax_minor and abs(base - o.total_minor) <= 1:
        o.tax_included = True  # prices with the tax in them: the total has no tax on top
    elif fields.get("total") and abs(base + o.tax_minor - o.total_minor) > 1:
        warn(
            ctx,
            row,
            line,
            fields["total"],
            _amount(o.total_minor, o.currency),
            "total_mismatch",
            f"Subtotal {_amount(o.subtotal_minor, o.currency)} + shipping {_amount(o.shipping_minor, o.currency)} "
            f"+ tax {_amount(o.tax_minor, o.currency)} is not the total {_amount(o.total_minor, o.currency)}. "
            "The total is kept as the amount paid; check the order in the source.",
        )
    if o.total_minor < 0:
        error(
            o,
            ctx,
            row,
            line,
            fields.get("total"),
            _amount(o.total_minor, o.currency),
            "invalid_price",
            "The total is negative; an order's total is what was paid. Check the order in the source.",
        )
        return
    if o.lines and o.total_minor == 0 and not o.skip:
        warn(
            ctx,
            row,
            line,
            fields.get("total"),
            "0",
            "zero_total",
            "Nothing was paid for this order (a free replacement or a 100 % discount): it is imported, and a "
            "return of it gives no money back.",
        )
    if o.refunded_minor > o.total_minor:
        warn(
            ctx,
            row,
            line,
            fields.get("refunded"),
            _amount(o.refunded_minor, o.currency),
            "total_mismatch",
            f"More was refunded ({_amount(o.refunded_minor, o.currency)}) than paid ({_amount(o.total_minor, o.currency)}); "
            "nothing of it can be returned here.",
        )
        o.refunded_minor = o.total_minor
    if o.refunded_minor and 0 < o.refunded_minor < o.total_minor and len(o.lines) > 1:
        warn(
            ctx,
            row,
            line,
            fields.get("refunded"),
            _amount(o.refunded_minor, o.currency),
            "partial_refund",
            f"{_amount(o.refunded_minor, o.currency)} was refunded for the order as a whole; the file does not say "
            "which line came back, so what can still be returned here is capped by the money left.",
        )
    _split(o, extra)


def _split(o: Order, extra_discount: int) -> None:
    """Each line's share of the order-wide discount and of the tax."""
    if len(o.lines) == 1:  # the common case: all of it on the one line
        ln = o.lines[0]
        ln.discount_minor += extra_discount
        if not o.line_tax_given:
            ln.tax_minor = o.tax_minor
        return
    gross = [ln.quantity * ln.unit_price_minor - ln.discount_minor for ln in o.lines]
    for ln, share in zip(o.lines, spread(extra_discount, gross), strict=True):
        ln.discount_minor += share
    if o.line_tax_given:
        return
    paid = [ln.quantity * ln.unit_price_minor - ln.discount_minor for ln in o.lines]
    for ln, share in zip(o.lines, spread(o.tax_minor, paid), strict=True):
        ln.tax_minor = share


def _amount(minor: int, currency: str) -> str:
    digits = 2
    try:
        from posassist.domain.money import exponent

        digits = exponent(currency or "CAD")
    except Exception:  # an unknown code was reported already
        digits = 2
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    if not digits:
        return f"{sign}{minor}"
    return f"{sign}{minor // 10**digits}.{minor % 10**digits:0{digits}d}"


def line_paid(ln: Line, tax_included: bool) -> int:
    """What the customer paid for the line, tax included."""
    net = ln.quantity * ln.unit_price_minor - ln.discount_minor
    return net if tax_included else net + ln.tax_minor


amount = _amount
__all__ = ["Context", "Cells", "cells", "error", "warn", "finish", "spread", "line_paid", "amount", "not_merchandise"]
