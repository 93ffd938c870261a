"""The Shopify admin's "Export orders" CSV: one row per line item, the order's own fields on its
first row only; every column the 2019–2024 exports have is read or knowingly left out."""

from __future__ import annotations

from collections.abc import Callable

from posassist.services.sales_import import cells
from posassist.services.sales_import.layout import Cells, Context, Getter, error, finish, not_merchandise, warn
from posassist.services.sales_import.model import Line, Order, Person, RawOrder
from posassist.services.sales_import.reading import Table

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


def looks_like(table: Table) -> bool:
    return table.col("Name") is not None and table.col("Lineitem quantity") is not None


class ShopifyOrders:
    name = "shopify"
    sku_column = "Lineitem sku"

    def __init__(self, table: Table, ctx: Context) -> None:
        self.c = Cells(table, COLUMNS)
        self.ctx = ctx
        self._key = self.c.cols["name"]
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
        t, q = self.c.cols["title"], self.c.cols["qty"]
        return sum(
            1
            for _, _, v in raw.rows
            if (t is not None and t < len(v) and v[t].strip()) or (q is not None and q < len(v) and v[q].strip())
        )

    def key(self, values: list[str]) -> str:
        i = self._key
        return values[i].strip() if i is not None and i < len(values) else ""

    def parse(self, raw: RawOrder) -> Order:
        ctx, c = self.ctx, self.c
        row, line, first = raw.rows[0]
        g = c.getter(first)
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
        self._when(o, g, row, line)
        amounts = {}
        for fld in ("subtotal", "shipping", "taxes", "total", "discount", "refunded", "outstanding", "duties"):
            try:
                amounts[fld] = cells.money(g(fld), o.currency)
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name(fld), g(fld), bad.code, bad.message)
                amounts[fld] = None
        o.subtotal_minor = amounts["subtotal"] or 0
        o.shipping_minor = amounts["shipping"] or 0
        o.tax_minor = amounts["taxes"] or 0
        o.extra_minor = amounts["duties"] or 0
        o.refunded_minor = abs(amounts["refunded"] or 0)
        o.financial_status = g("financial").strip().lower() or None
        o.fulfilment_status = g("fulfilment").strip().lower() or None
        o.pos_receipt = g("receipt").strip().upper() or None
        source = g("source").strip().lower()
        o.channel = "counter" if source == "pos" else "phone" if source == "shopify_draft_order" else "web"
        o.store_id = ctx.store_for(g("location"), row, line, c.name("location"))
        self._payment(o, g, row, line)
        self._person(o, g, row, line)
        for fld in ("notes", "note_attributes"):
            if cells.has_card_number(g(fld)):
                warn(
                    ctx,
                    row,
                    line,
                    c.name(fld),
                    None,
                    "card_number",
                    "The order's note holds what looks like a payment card number; the note is not imported.",
                )
        tags = g("tags").lower()
        if "bogus" in (o.payment_method or "").lower() or any(t.strip() == "test" for t in tags.split(",")):
            o.skip = True
            warn(
                ctx,
                row,
                line,
                c.name("payment"),
                o.payment_method,
                "test_order",
                "A test order (Shopify's test gateway or tagged 'test'): not imported.",
            )
        gross = self._lines(o, raw)
        total = amounts["total"]
        o.total_minor = total if total is not None else o.subtotal_minor + o.shipping_minor + o.tax_minor
        if o.financial_status in ("refunded", "voided") and not o.refunded_minor:
            o.refunded_minor = o.total_minor  # all of it went back (or was never taken)
        if g("cancelled_at").strip() and o.financial_status not in ("refunded", "voided", "partially_refunded"):
            warn(
                ctx,
                row,
                line,
                c.name("cancelled_at"),
                g("cancelled_at"),
                "cancelled_order",
                "The order was cancelled but not refunded in the file; check it in Shopify before taking a return.",
            )
        outstanding = amounts["outstanding"] or 0
        if outstanding > 0 and o.financial_status == "paid":
            warn(
                ctx,
                row,
                line,
                c.name("outstanding"),
                g("outstanding"),
                "outstanding_balance",
                f"The order is marked paid but still owes {g('outstanding').strip()}; a return refunds at most what was paid.",
            )
        fields = {
            "currency": c.name("currency"),
            "subtotal": c.name("subtotal") if c.has("subtotal") and g("subtotal").strip() else "",
            "total": c.name("total") if total is not None else "",
            "refunded": c.name("refunded"),
        }
        finish(o, ctx, gross, amounts["discount"], fields)
        return o

    def _when(self, o: Order, g: Callable[[str], str], row: int, line: int) -> None:
        """The order's currency and dates ('Created at', else 'Paid at'; 'Fulfilled at')."""
        ctx, c = self.ctx, self.c
        try:
            o.currency = cells.currency_code(g("currency"), ctx.opts.currency)
        except cells.Bad as bad:
            error(o, ctx, row, line, c.name("currency"), g("currency"), bad.code, bad.message)
            o.currency = ctx.opts.currency
        for fld, attr in (("created_at", "sold_at"), ("fulfilled_at", "fulfilled_at")):
            try:
                value, note = cells.when(g(fld), ctx.opts.timezone)
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name(fld), g(fld), bad.code, bad.message)
                continue
            if note:
                warn(ctx, row, line, c.name(fld), g(fld), "invalid_date", note)
            setattr(o, attr, value)
        if o.sold_at is None:
            try:
                o.sold_at, _ = cells.when(g("paid_at"), ctx.opts.timezone)
            except cells.Bad:
                o.sold_at = None
            if o.sold_at is None and not o.errors:
                error(
                    o,
                    ctx,
                    row,
                    line,
                    c.name("created_at"),
                    g("created_at"),
                    "invalid_date",
                    "The order has no date (Created at); the return policy needs it. Export the orders again.",
                )

    def _payment(self, o: Order, g: Getter, row: int, line: int) -> None:
        text = " ".join(g("payment").split())
        if cells.has_card_number(text):
            warn(
                self.ctx,
                row,
                line,
                self.c.name("payment"),
                None,
                "card_number",
                "The payment method holds what looks like a card number; it is not imported.",
            )
            text = ""
        o.payment_method = text[:200] or None
        low = text.lower()
        o.tender_kind = (
            "cash"
            if "cash" in low
            else "gift_card"
            if low.startswith("gift card") and "+" not in low
            else "card"
            if any(
                w in low
                for w in (
                    "payments",
                    "card",
                    "stripe",
                    "visa",
                    "mastercard",
                    "amex",
                    "debit",
                    "shop pay",
                    "apple pay",
                    "google pay",
                )
            )
            else "other"
        )

    def _person(self, o: Order, g: Getter, row: int, line: int) -> None:
        ctx, c = self.ctx, self.c
        p = Person()
        address, code = cells.email(g("email"))
        if code == "invalid_email":
            warn(
                ctx,
                row,
                line,
                c.name("email"),
                g("email"),
                "invalid_email",
                f"'{g('email').strip()}' is not an e-mail address; the customer is matched by phone or name only.",
            )
        elif code == "relay_email":
            warn(
                ctx,
                row,
                line,
                c.name("email"),
                g("email"),
                "relay_email",
                "A marketplace relay address (TikTok, Amazon, eBay…) that reaches the buyer only through the "
                "marketplace: not kept as their e-mail, and no customer is matched by it.",
            )
        p.email = address
        for fld in ("phone", "billing_phone", "shipping_phone"):
            text = g(fld)
            if not text.strip():
                continue
            number, why = cells.phone(text, ctx.opts.region)
            if number:
                p.phone, p.phone_text = number, text.strip().lstrip("'")
                break
            warn(ctx, row, line, c.name(fld), text, "invalid_phone", f"{why} The customer is matched without it.")
        name = " ".join((g("billing_name") or g("shipping_name")).split())
        if cells.has_card_number(name):
            warn(
                ctx,
                row,
                line,
                c.name("billing_name"),
                None,
                "card_number",
                "The name holds what looks like a card number; it is not imported.",
            )
            name = ""
        p.name = name[:200] or None
        parts = [
            g(k).strip().lstrip("'")
            for k in ("billing_street", "billing_city", "billing_province", "billing_zip", "billing_country")
        ]
        p.address = ", ".join(x for x in parts if x) or None
        p.consent_email = cells.flag(g("marketing")) if c.has("marketing") else None
        o.person = p
        if not p.identified and not o.skip and o.channel != "counter":
            warn(
                ctx,
                row,
                line,
                c.name("email"),
                None,
                "missing_customer",
                "No e-mail or phone: the order is imported without a customer (find it by its number).",
            )

    def _lines(self, o: Order, raw: RawOrder) -> int:
        ctx, c = self.ctx, self.c
        gross = 0
        for row, line, values in raw.rows:
            g = c.getter(values)
            title = " ".join(g("title").split())
            if not title and not g("qty").strip():
                continue
            o.line_rows += 1
            try:
                qty = cells.integer(g("qty"))
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name("qty"), g("qty"), "parse_error", bad.message)
                continue
            if not qty:
                error(
                    o,
                    ctx,
                    row,
                    line,
                    c.name("qty"),
                    g("qty"),
                    "parse_error",
                    f"{title or 'The line'}: the quantity must be at least 1.",
                )
                continue
            try:
                price = cells.money(g("price"), o.currency)
                discount = abs(cells.money(g("line_discount"), o.currency) or 0)
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name("price"), g("price"), bad.code, bad.message)
                continue
            if price is None:
                error(
                    o,
                    ctx,
                    row,
                    line,
                    c.name("price"),
                    None,
                    "missing_price",
                    f"{title}: no price. posassist never guesses 0.00; export the orders again.",
                )
                continue
            gross += qty * price
            sku = g("sku").strip().lstrip("'") or None
            if sku and cells._SCI.match(sku):
                warn(
                    ctx,
                    row,
                    line,
                    c.name("sku"),
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
                    c.name("title"),
                    None,
                    "card_number",
                    "The line's name holds what looks like a card number; it is not imported.",
                )
                title = "(line item)"
            if not_merchandise(title, sku):
                warn(
                    ctx,
                    row,
                    line,
                    c.name("title"),
                    title,
                    "not_merchandise",
                    f"'{title}' is not goods (a tip, gift card, fee or protection plan): it is part of the total but "
                    "not a line that can be returned.",
                )
                continue
            o.lines.append(
                Line(
                    row,
                    line,
                    title[:500] or "(no name)",
                    sku[:128] if sku else None,
                    qty,
                    price,
                    discount,
                    fulfilment=g("line_fulfilment").strip().lower() or None,
                )
            )
        return gross
