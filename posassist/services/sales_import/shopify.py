"""The Shopify admin's "Export orders" CSV: one row per line item, the order's own fields on its
first row only; every column the 2019–2024 exports have is read or knowingly left out."""

from __future__ import annotations

from posassist.services.sales_import import cells
from posassist.services.sales_import.layout import Cells, Context, error, finish, not_merchandise, warn
from posassist.services.sales_import.model import Line, Order, RawOrder
from posassist.services.sales_import.reading import Table
from posassist.services.sales_import.shopify_person import ADDRESS, payment, person

COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Name",),
    "id": ("Id",),
    "email": ("Email",),
    "financial": ("Financial Status",),
    "paid_at": ("Paid at",),
    "fulfilment": ("Fulfillment Status",),
    "fulfilled_at": ("Fulfilled at",),
    "marketing": ("Accepts Marketing", "Accepts Email Marketing"),
    "currency": ("Currency",),
    "subtotal": ("Subtotal",),
    "shipping": ("Shipping",),
    "taxes": ("Taxes",),
    "total": ("Total",),
    "discount": ("Discount Amount",),
    "created_at": ("Created at",),
    "qty": ("Lineitem quantity",),
    "title": ("Lineitem name",),
    "price": ("Lineitem price",),
    "compare_at": ("Lineitem compare at price",),
    "sku": ("Lineitem sku",),
    "line_fulfilment": ("Lineitem fulfillment status",),
    "line_discount": ("Lineitem discount",),
    "billing_name": ("Billing Name",),
    "billing_street": ("Billing Street",),
    "billing_city": ("Billing City",),
    "billing_zip": ("Billing Zip",),
    "billing_province": ("Billing Province",),
    "billing_country": ("Billing Country",),
    "billing_phone": ("Billing Phone",),
    "shipping_name": ("Shipping Name",),
    "shipping_phone": ("Shipping Phone",),
    "phone": ("Phone",),
    "notes": ("Notes",),
    "note_attributes": ("Note Attributes",),
    "cancelled_at": ("Cancelled at",),
    "payment": ("Payment Method", "Payment Gateway"),
    "refunded": ("Refunded Amount",),
    "outstanding": ("Outstanding Balance",),
    "location": ("Location",),
    "tags": ("Tags",),
    "source": ("Source",),
    "receipt": ("Receipt Number",),
    "duties": ("Duties",),
}
REQUIRED = ("name", "qty", "title", "price")
CHECKED = ("created_at", "total", "subtotal", "taxes", "currency")
AMOUNTS = ("subtotal", "shipping", "taxes", "total", "discount", "refunded", "outstanding", "duties")


def looks_like(table: Table) -> bool:
    return table.col("Name") is not None and table.col("Lineitem quantity") is not None


class ShopifyOrders:
    name = "shopify"
    sku_column = "Lineitem sku"

    def __init__(self, table: Table, ctx: Context) -> None:
        self.c = Cells(table, COLUMNS)
        self.ctx = ctx
        self._key = self.c.cols["name"]
        self.key_column = self._key  # what ``key`` reads, for reading.group to read itself
        # the hot path reads cells by position and names columns from these (no call per cell)
        self.ix: dict[str, int] = self.c.idx
        self.nm: dict[str, str] = {k: self.c.name(k) for k in COLUMNS}
        self._has_marketing = self.c.has("marketing")
        self.address_ix = tuple(self.ix[k] for k in ADDRESS)  # the billing address's cells
        self._has_subtotal = self.c.has("subtotal")
        missing = [COLUMNS[k][0] for k in REQUIRED if not self.c.has(k)]
        self.usable = not missing
        if missing:
            ctx.report.add(
                None,
                1,
                ", ".join(missing),
                None,
                "error",
                "damaged_file",
                f"The columns {', '.join(missing)} are missing (deleted in a spreadsheet?); an order cannot be "
                "read without them. Export the orders from Shopify again.",
            )
        lost = [COLUMNS[k][0] for k in CHECKED if not self.c.has(k)]
        if lost and self.usable:
            ctx.report.add(
                None,
                1,
                ", ".join(lost),
                None,
                "warning",
                "damaged_file",
                f"The columns {', '.join(lost)} are missing; what they hold cannot be imported or checked "
                "(dates fall back to 'Paid at', totals to the lines). Export the orders from Shopify again to have them.",
            )

    def line_count(self, raw: RawOrder) -> int:
        """The order's line-item rows (a title or a quantity), as ``parse`` counts them; the rows
        are padded, so a column the file lacks reads as blank."""
        t, q = self.ix["title"], self.ix["qty"]
        rows = raw.rows
        if len(rows) == 1:
            v = rows[0][2]
            return 1 if v[t].strip() or v[q].strip() else 0
        return sum(1 for _, _, v in rows if v[t].strip() or v[q].strip())

    def key(self, values: list[str]) -> str:
        i = self._key
        return values[i].strip() if i is not None and i < len(values) else ""

    def parse(self, raw: RawOrder) -> Order:
        ctx, c, ix, nm = self.ctx, self.c, self.ix, self.nm
        row, line, v = raw.rows[0]
        o = Order(row, line, raw.key, raw.key)
        if not raw.key:
            error(
                o,
                ctx,
                row,
                line,
                c.name("name"),
                None,
                "parse_error",
                "This line item has no order name (Name) and no order before it; it cannot be filed.",
            )
            return o
        self._when(o, v, row, line)
        amounts = {}
        money, currency = cells.money, o.currency
        for fld in AMOUNTS:
            cell = v[ix[fld]]
            try:
                amounts[fld] = money(cell, currency)
            except cells.Bad as bad:
                error(o, ctx, row, line, nm[fld], cell, bad.code, bad.message)
                amounts[fld] = None
        o.subtotal_minor = amounts["subtotal"] or 0
        o.shipping_minor = amounts["shipping"] or 0
        o.tax_minor = amounts["taxes"] or 0
        o.extra_minor = amounts["duties"] or 0
        o.refunded_minor = abs(amounts["refunded"] or 0)
        o.financial_status = v[ix["financial"]].strip().lower() or None
        o.fulfilment_status = v[ix["fulfilment"]].strip().lower() or None
        o.pos_receipt = v[ix["receipt"]].strip().upper() or None
        source = v[ix["source"]].strip().lower()
        o.channel = "counter" if source == "pos" else "phone" if source == "shopify_draft_order" else "web"
        location = v[ix["location"]]
        o.store_id = ctx.store_for(location, row, line, nm["location"]) if location.strip() else ctx.opts.store_id
        payment(self, o, v, row, line)
        person(self, o, v, row, line)
        for fld in ("notes", "note_attributes"):
            if cells.has_card_number(v[ix[fld]]):
                warn(
                    ctx,
                    row,
                    line,
                    nm[fld],
                    None,
                    "card_number",
                    "The order's note holds what looks like a payment card number; the note is not imported.",
                )
        tags = v[ix["tags"]].lower()
        if "bogus" in (o.payment_method or "").lower() or (
            "test" in tags and any(t.strip() == "test" for t in tags.split(","))
        ):
            o.skip = True
            warn(
                ctx,
                row,
                line,
                nm["payment"],
                o.payment_method,
                "test_order",
                "A test order (Shopify's test gateway or tagged 'test'): not imported.",
            )
        gross = self._lines(o, raw)
        total = amounts["total"]
        o.total_minor = total if total is not None else o.subtotal_minor + o.shipping_minor + o.tax_minor
        if o.financial_status in ("refunded", "voided") and not o.refunded_minor:
            o.refunded_minor = o.total_minor  # all of it went back (or was never taken)
        if v[ix["cancelled_at"]].strip() and o.financial_status not in ("refunded", "voided", "partially_refunded"):
            warn(
                ctx,
                row,
                line,
                nm["cancelled_at"],
                v[ix["cancelled_at"]],
                "cancelled_order",
                "The order was cancelled but not refunded in the file; check it in Shopify before taking a return.",
            )
        outstanding = amounts["outstanding"] or 0
        if outstanding > 0 and o.financial_status == "paid":
            warn(
                ctx,
                row,
                line,
                nm["outstanding"],
                v[ix["outstanding"]],
                "outstanding_balance",
                f"The order is marked paid but still owes {v[ix['outstanding']].strip()}; a return refunds at most what was paid.",
            )
        fields = {
            "currency": nm["currency"],
            "subtotal": nm["subtotal"] if self._has_subtotal and v[ix["subtotal"]].strip() else "",
            "total": nm["total"] if total is not None else "",
            "refunded": nm["refunded"],
        }
        finish(o, ctx, gross, amounts["discount"], fields)
        return o

    def _when(self, o: Order, v: list[str], row: int, line: int) -> None:
        """The order's currency and dates ('Created at', else 'Paid at'; 'Fulfilled at')."""
        ctx, ix, nm = self.ctx, self.ix, self.nm
        tz = ctx.opts.timezone
        cell = v[ix["currency"]]
        try:
            o.currency = cells.currency_code(cell, ctx.opts.currency)
        except cells.Bad as bad:
            error(o, ctx, row, line, nm["currency"], cell, bad.code, bad.message)
            o.currency = ctx.opts.currency
        for fld, attr in (("created_at", "sold_at"), ("fulfilled_at", "fulfilled_at")):
            cell = v[ix[fld]]
            try:
                value, note = cells.when(cell, tz)
            except cells.Bad as bad:
                error(o, ctx, row, line, nm[fld], cell, bad.code, bad.message)
                continue
            if note:
                warn(ctx, row, line, nm[fld], cell, "invalid_date", note)
            setattr(o, attr, value)
        if o.sold_at is None:
            try:
                o.sold_at, _ = cells.when(v[ix["paid_at"]], tz)
            except cells.Bad:
                o.sold_at = None
            if o.sold_at is None and not o.errors:
                error(
                    o,
                    ctx,
                    row,
                    line,
                    nm["created_at"],
                    v[ix["created_at"]],
                    "invalid_date",
                    "The order has no date (Created at); the return policy needs it. Export the orders again.",
                )

    def _lines(self, o: Order, raw: RawOrder) -> int:
        ctx, ix, nm = self.ctx, self.ix, self.nm
        i_title, i_qty, i_price, i_disc = ix["title"], ix["qty"], ix["price"], ix["line_discount"]
        i_sku, i_ful = ix["sku"], ix["line_fulfilment"]
        money, currency, lines = cells.money, o.currency, o.lines
        gross = 0
        for row, line, v in raw.rows:
            title = " ".join(v[i_title].split())
            qty_text = v[i_qty]
            if not title and not qty_text.strip():
                continue
            o.line_rows += 1
            try:
                qty = int(qty_text) if qty_text.isdigit() else cells.integer(qty_text)
            except cells.Bad as bad:
                error(o, ctx, row, line, nm["qty"], qty_text, "parse_error", bad.message)
                continue
            if not qty:
                error(
                    o,
                    ctx,
                    row,
                    line,
                    nm["qty"],
                    qty_text,
                    "parse_error",
                    f"{title or 'The line'}: the quantity must be at least 1.",
                )
                continue
            try:
                price = money(v[i_price], currency)
                discount = abs(money(v[i_disc], currency) or 0)
            except cells.Bad as bad:
                error(o, ctx, row, line, nm["price"], v[i_price], bad.code, bad.message)
                continue
            if price is None:
                error(
                    o,
                    ctx,
                    row,
                    line,
                    nm["price"],
                    None,
                    "missing_price",
                    f"{title}: no price. posassist never guesses 0.00; export the orders again.",
                )
                continue
            gross += qty * price
            sku = v[i_sku].strip().lstrip("'") or None
            if sku and cells._SCI.match(sku):
                warn(
                    ctx,
                    row,
                    line,
                    nm["sku"],
                    sku,
                    "malformed_barcode",
                    f"The SKU '{sku}' is in scientific notation (a spreadsheet rounded it); the line keeps its title "
                    "and price but is not linked to the catalogue.",
                )
                sku = None
            if cells.has_card_number(title):
                warn(
                    ctx,
                    row,
                    line,
                    nm["title"],
                    None,
                    "card_number",
                    "The line's name holds what looks like a card number; it is not imported.",
                )
                title = "(line item)"
            if not sku and not_merchandise(title, sku):
                warn(
                    ctx,
                    row,
                    line,
                    nm["title"],
                    title,
                    "not_merchandise",
                    f"'{title}' is not goods (a tip, gift card, fee or protection plan): it is part of the total but "
                    "not a line that can be returned.",
                )
                continue
            lines.append(
                Line(
                    row,
                    line,
                    title[:500] or "(no name)",
                    sku[:128] if sku else None,
                    qty,
                    price,
                    discount,
                    0,
                    v[i_ful].strip().lower() or None,
                )
            )
        return gross
