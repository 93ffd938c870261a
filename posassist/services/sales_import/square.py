"""Square's exports: "Item sales" (one row per item sold or refunded, grouped by Transaction ID)
and "Transactions" (one row per payment: totals, tender, tips, refunds, no items)."""

from __future__ import annotations

import re

from posassist.services.sales_import import cells
from posassist.services.sales_import.layout import Cells, Context, Getter, error, finish, warn
from posassist.services.sales_import.model import Line, Order, Person, RawOrder
from posassist.services.sales_import.reading import Table

COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("Date",),
    "time": ("Time",),
    "tz": ("Time Zone",),
    "item": ("Item",),
    "qty": ("Qty", "Quantity"),
    "variation": ("Price Point Name", "Variation"),
    "sku": ("SKU",),
    "gross": ("Gross Sales",),
    "discounts": ("Discounts",),
    "net": ("Net Sales",),
    "tax": ("Tax",),
    "tip": ("Tip",),
    "collected": ("Total Collected",),
    "partial_refunds": ("Partial Refunds",),
    "cash": ("Cash",),
    "card": ("Card",),
    "txn": ("Transaction ID",),
    "event": ("Event Type",),
    "location": ("Location",),
    "description": ("Description",),
    "customer_id": ("Customer ID",),
    "customer_name": ("Customer Name",),
    "channel": ("Channel", "Source"),
    "notes": ("Notes", "Details"),
    "brand": ("Card Brand",),
    "pan": ("PAN Suffix",),
    "currency": ("Currency",),
}
# Square writes Rails' zone names
ZONES = {
    "eastern time (us & canada)": "America/Toronto",
    "central time (us & canada)": "America/Winnipeg",
    "mountain time (us & canada)": "America/Edmonton",
    "pacific time (us & canada)": "America/Vancouver",
    "atlantic time (canada)": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "saskatchewan": "America/Regina",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "arizona": "America/Phoenix",
    "london": "Europe/London",
    "dublin": "Europe/Dublin",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "tokyo": "Asia/Tokyo",
    "sydney": "Australia/Sydney",
    "utc": "UTC",
}
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def looks_like(table: Table) -> bool:
    return table.col("Transaction ID") is not None and (
        table.col("Item") is not None or table.col("Total Collected") is not None
    )


class SquareSales:
    name = "square"
    sku_column = "SKU"

    def __init__(self, table: Table, ctx: Context) -> None:
        self.c = Cells(table, COLUMNS)
        self.ctx = ctx
        self.items = self.c.has("item")  # item sales; otherwise the transactions export
        self.usable = self.c.has("txn") and self.c.has("date") and (self.c.has("gross") or self.c.has("collected"))
        if not self.usable:
            ctx.report.add(
                None,
                1,
                None,
                None,
                "error",
                "damaged_file",
                "A Square export needs Date, Transaction ID and Gross Sales (or Total Collected); "
                "some were deleted. Export it from Square again.",
            )
        self._warned_zones: set[str] = set()

    def key(self, values: list[str]) -> str:
        return self.c.get(values, "txn").strip()

    def line_count(self, raw: RawOrder) -> int:
        return len(raw.rows) if self.items else 1

    def _when(self, o: Order, g: Getter, row: int, line: int) -> None:
        ctx = self.ctx
        zname = g("tz").strip()
        tz = ZONES.get(zname.lower(), ctx.opts.timezone)
        if zname and zname.lower() not in ZONES and zname not in self._warned_zones:
            self._warned_zones.add(zname)
            warn(
                ctx,
                row,
                line,
                self.c.name("tz"),
                zname,
                "invalid_date",
                f"The time zone '{zname}' is not one posassist knows; times are read in {ctx.opts.timezone}.",
            )
        day = g("date").strip()
        m = _US_DATE.match(day)
        if m:
            day = f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
        try:
            o.sold_at, _ = cells.when(f"{day} {g('time').strip() or '12:00:00'}", tz)
        except cells.Bad as bad:
            error(o, ctx, row, line, self.c.name("date"), g("date"), bad.code, bad.message)

    def parse(self, raw: RawOrder) -> Order:
        ctx, c = self.ctx, self.c
        row, line, first = raw.rows[0]
        g = c.getter(first)
        o = Order(row, line, raw.key, raw.key)
        o.currency = ctx.opts.currency
        if c.has("currency"):
            try:
                o.currency = cells.currency_code(g("currency"), ctx.opts.currency)
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name("currency"), g("currency"), bad.code, bad.message)
        self._when(o, g, row, line)
        o.store_id = ctx.store_for(g("location"), row, line, c.name("location"))
        channel = g("channel").lower()
        o.channel = "web" if "online" in channel or "ecom" in channel else "counter"
        brand, pan = g("brand").strip(), g("pan").strip()
        o.payment_method = (f"{brand} ending {pan}" if pan.isdigit() and len(pan) == 4 else brand) or None
        if not self.items:
            o.payment_method = o.payment_method or (
                "Cash" if (g("cash").strip() not in ("", "$0.00", "0.00")) else None
            )
        o.tender_kind = "card" if brand else "cash" if (g("cash").strip() not in ("", "$0.00", "0.00")) else "other"
        p = Person(source_id=g("customer_id").strip() or None, name=" ".join(g("customer_name").split()) or None)
        if p.name and cells.has_card_number(p.name):
            p.name = None
        o.person = p
        if cells.has_card_number(g("notes")):
            warn(
                ctx,
                row,
                line,
                c.name("notes"),
                None,
                "card_number",
                "The note holds what looks like a payment card number; it is not imported.",
            )
        gross = self._items(o, raw) if self.items else self._transaction(o, g, row, line)
        finish(o, ctx, gross, o.discount_minor, {"currency": c.name("currency"), "refunded": c.name("partial_refunds")})
        return o

    def _money(self, o: Order, g: Getter, fld: str, row: int, line: int) -> int:
        try:
            return cells.money(g(fld), o.currency) or 0
        except cells.Bad as bad:
            error(o, self.ctx, row, line, self.c.name(fld), g(fld), bad.code, bad.message)
            return 0

    def _items(self, o: Order, raw: RawOrder) -> int:
        ctx, c = self.ctx, self.c
        gross_total = discount_total = tax_total = 0
        for row, line, values in raw.rows:
            g = c.getter(values)
            gross = self._money(o, g, "gross", row, line)
            discounts = abs(self._money(o, g, "discounts", row, line))
            tax = self._money(o, g, "tax", row, line)
            if g("event").strip().lower() == "refund" or gross < 0:
                o.refunded_minor += abs(gross) - discounts + abs(tax)
                continue
            o.line_rows += 1
            text = g("qty").strip()
            try:
                qty = cells.integer(text) or 0
            except cells.Bad:
                warn(
                    ctx,
                    row,
                    line,
                    c.name("qty"),
                    text,
                    "parse_error",
                    f"'{text}' is not a whole number of items (sold by weight?); the line is imported as one unit at its price.",
                )
                qty = 1
            if qty <= 0:
                error(o, ctx, row, line, c.name("qty"), text, "parse_error", "The quantity must be at least 1.")
                continue
            title = " ".join(
                f"{g('item')} {g('variation') if g('variation').strip().lower() != 'regular' else ''}".split()
            )
            sku = g("sku").strip() or None
            o.lines.append(
                Line(row, line, title[:500] or "(no name)", sku, qty, gross // qty, discounts + gross % qty, tax)
            )
            gross_total += gross
            discount_total += discounts
            tax_total += tax
        o.discount_minor, o.tax_minor = discount_total, tax_total
        o.line_tax_given = True
        o.subtotal_minor = gross_total - discount_total
        o.total_minor = o.subtotal_minor + tax_total
        return gross_total

    def _transaction(self, o: Order, g: Getter, row: int, line: int) -> int:
        o.header_only = True
        gross = self._money(o, g, "gross", row, line)
        o.discount_minor = abs(self._money(o, g, "discounts", row, line))
        o.tax_minor = self._money(o, g, "tax", row, line)
        o.extra_minor = self._money(o, g, "tip", row, line)
        o.total_minor = self._money(o, g, "collected", row, line)
        o.refunded_minor = abs(self._money(o, g, "partial_refunds", row, line))
        o.subtotal_minor = gross - o.discount_minor
        if g("event").strip().lower() == "refund":
            o.skip = True  # the refund of a payment listed on its own row: counted with the payment
            o.refunded_minor = abs(o.total_minor)
            return 0
        o.line_rows = 1
        title = " ".join(g("description").split()) or "(items not listed in a transactions export)"
        o.lines.append(Line(row, line, title[:500], None, 1, gross, 0))
        return gross
