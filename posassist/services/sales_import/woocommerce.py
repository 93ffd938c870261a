"""WooCommerce's order CSV export ("one row per item"): order fields repeated on every row,
item_* columns for the line. Dates are the site's local time without an offset."""

from __future__ import annotations

from posassist.services.sales_import import cells
from posassist.services.sales_import.layout import Cells, Context, Getter, error, finish, warn
from posassist.services.sales_import.model import Line, Order, Person, RawOrder
from posassist.services.sales_import.reading import Table

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("order_id", "Order ID"),
    "number": ("order_number", "Order Number", "order_number_formatted"),
    "date": ("order_date", "Order Date", "date_created", "Date Created"),
    "paid": ("date_paid", "Paid Date"),
    "completed": ("date_completed", "Completed Date"),
    "status": ("status", "Order Status"),
    "shipping": ("shipping_total", "Order Shipping", "Shipping Total"),
    "shipping_tax": ("shipping_tax_total", "Shipping Tax Total"),
    "fees": ("fee_total", "Fee Total"),
    "tax": ("tax_total", "Order Tax", "Tax Total"),
    "discount": ("discount_total", "cart_discount", "Cart Discount", "Discount Total"),
    "total": ("order_total", "Order Total"),
    "refunded": ("refunded_total", "Order Refund", "Refunded Total"),
    "currency": ("order_currency", "Order Currency", "Currency"),
    "payment": ("payment_method_title", "Payment Method Title", "payment_method", "Payment Method"),
    "customer_id": ("customer_id", "Customer User ID", "Customer ID"),
    "email": ("billing_email", "Billing Email", "Email (Billing)"),
    "phone": ("billing_phone", "Billing Phone", "Phone (Billing)"),
    "first": ("billing_first_name", "Billing First Name", "First Name (Billing)"),
    "last": ("billing_last_name", "Billing Last Name", "Last Name (Billing)"),
    "address1": ("billing_address_1", "Billing Address 1", "Address 1&2 (Billing)"),
    "city": ("billing_city", "Billing City", "City (Billing)"),
    "postcode": ("billing_postcode", "Billing Postcode", "Postcode (Billing)"),
    "country": ("billing_country", "Billing Country", "Country Code (Billing)"),
    "note": ("customer_note", "Customer Note"),
    "item": ("item_name", "Item Name", "Product Name"),
    "sku": ("item_sku", "Item SKU", "SKU"),
    "qty": ("item_quantity", "Item Quantity", "Quantity", "Qty"),
    "item_subtotal": ("item_subtotal", "Item Subtotal"),
    "item_total": ("item_total", "Item Total", "Item Cost"),
    "item_tax": ("item_total_tax", "item_tax", "Item Total Tax", "Item Tax"),
}
UNPAID = ("failed", "pending", "pending payment", "checkout-draft", "draft")


def looks_like(table: Table) -> bool:
    return table.col("order_id", "Order ID", "order_number") is not None and (
        table.col("item_name", "Item Name") is not None or table.col("order_total") is not None
    )


class WooOrders:
    name = "woocommerce"
    sku_column = "item_sku"

    def __init__(self, table: Table, ctx: Context) -> None:
        self.c = Cells(table, COLUMNS)
        self.ctx = ctx
        self.sku_column = self.c.name("sku")
        missing = [COLUMNS[k][0] for k in ("id", "date", "item", "qty") if not self.c.has(k)]
        self.usable = not missing
        if missing:
            ctx.report.add(
                None,
                1,
                ", ".join(missing),
                None,
                "error",
                "damaged_file",
                f"The columns {', '.join(missing)} are missing; export the orders again with one row per item.",
            )

    def key(self, values: list[str]) -> str:
        return self.c.get(values, "id").strip()

    def line_count(self, raw: RawOrder) -> int:
        return sum(1 for _, _, v in raw.rows if self.c.get(v, "item").strip())

    def parse(self, raw: RawOrder) -> Order:
        ctx, c = self.ctx, self.c
        row, line, first = raw.rows[0]
        g = c.getter(first)
        number = g("number").strip() or raw.key
        o = Order(row, line, raw.key, number if number.startswith("#") else f"#{number}")
        try:
            o.currency = cells.currency_code(g("currency"), ctx.opts.currency)
        except cells.Bad as bad:
            error(o, ctx, row, line, c.name("currency"), g("currency"), bad.code, bad.message)
            o.currency = ctx.opts.currency
        for fld, attr in (("date", "sold_at"), ("completed", "fulfilled_at")):
            try:
                value, note = cells.when(g(fld), ctx.opts.timezone)
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name(fld), g(fld), bad.code, bad.message)
                continue
            if note:
                warn(ctx, row, line, c.name(fld), g(fld), "invalid_date", note)
            setattr(o, attr, value)
        if o.sold_at is None and not o.errors:
            error(o, ctx, row, line, c.name("date"), None, "invalid_date", "The order has no date.")
        status = g("status").strip().lower().removeprefix("wc-")
        o.financial_status = status or None
        o.fulfilment_status = "fulfilled" if status == "completed" else None
        if status in UNPAID:
            o.skip = True
            warn(
                ctx,
                row,
                line,
                c.name("status"),
                status,
                "unpaid_order",
                f"The order is '{status}' (never paid): not imported.",
            )
        amounts: dict[str, int] = {}
        for fld in ("shipping", "shipping_tax", "fees", "tax", "discount", "total", "refunded"):
            try:
                amounts[fld] = cells.money(g(fld), o.currency) or 0
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name(fld), g(fld), bad.code, bad.message)
                amounts[fld] = 0
        o.shipping_minor = amounts["shipping"]
        o.tax_minor = amounts["tax"] + amounts["shipping_tax"]
        o.extra_minor = amounts["fees"]
        o.total_minor = amounts["total"]
        o.refunded_minor = abs(amounts["refunded"])
        if status == "refunded" and not o.refunded_minor:
            o.refunded_minor = o.total_minor
        if status == "cancelled":
            o.refunded_minor = o.total_minor
        o.store_id = ctx.opts.store_id
        pay = " ".join(g("payment").split())
        if cells.has_card_number(pay):
            warn(
                ctx,
                row,
                line,
                c.name("payment"),
                None,
                "card_number",
                "The payment method holds a card number; it is not imported.",
            )
            pay = ""
        o.payment_method = pay[:200] or None
        low = pay.lower()
        o.tender_kind = (
            "cash"
            if "cash" in low
            else "card"
            if any(w in low for w in ("card", "stripe", "square", "payments"))
            else "other"
        )
        self._person(o, g, row, line)
        gross = self._lines(o, raw)
        o.line_tax_given = any(ln.tax_minor for ln in o.lines)
        finish(
            o,
            ctx,
            gross,
            amounts["discount"],
            {
                "currency": c.name("currency"),
                "total": c.name("total") if c.has("total") else "",
                "refunded": c.name("refunded"),
            },
        )
        return o

    def _person(self, o: Order, g: Getter, row: int, line: int) -> None:
        ctx, c = self.ctx, self.c
        p = Person()
        cid = g("customer_id").strip()
        p.source_id = cid if cid and cid != "0" else None  # 0: a guest checkout
        p.email, code = cells.email(g("email"))
        if code:
            warn(
                ctx,
                row,
                line,
                c.name("email"),
                g("email"),
                code,
                "Not an e-mail address; it is not kept."
                if code == "invalid_email"
                else "A marketplace relay address: not kept as the customer's e-mail.",
            )
        if g("phone").strip():
            country = g("country").strip().upper()
            number, why = cells.phone(g("phone"), country if len(country) == 2 else ctx.opts.region)
            if number:
                p.phone, p.phone_text = number, g("phone").strip()
            else:
                warn(
                    ctx,
                    row,
                    line,
                    c.name("phone"),
                    g("phone"),
                    "invalid_phone",
                    f"{why} The customer is matched without it.",
                )
        name = " ".join(f"{g('first')} {g('last')}".split())
        p.name = None if cells.has_card_number(name) else name[:200] or None
        p.address = (
            ", ".join(
                x for x in (g("address1").strip(), g("city").strip(), g("postcode").strip(), g("country").strip()) if x
            )
            or None
        )
        o.person = p
        if cells.has_card_number(g("note")):
            warn(
                ctx,
                row,
                line,
                c.name("note"),
                None,
                "card_number",
                "The customer's note holds what looks like a payment card number; it is not imported.",
            )
        if not p.identified and not o.skip:
            warn(
                ctx,
                row,
                line,
                c.name("email"),
                None,
                "missing_customer",
                "No e-mail, phone or customer id: the order is imported without a customer.",
            )

    def _lines(self, o: Order, raw: RawOrder) -> int:
        ctx, c = self.ctx, self.c
        gross = 0
        for row, line, values in raw.rows:
            g = c.getter(values)
            title = " ".join(g("item").split())
            if not title:
                continue
            o.line_rows += 1
            try:
                qty = cells.integer(g("qty")) or 0
                sub = cells.money(g("item_subtotal"), o.currency)
                total = cells.money(g("item_total"), o.currency)
                tax = cells.money(g("item_tax"), o.currency) or 0
            except cells.Bad as bad:
                error(o, ctx, row, line, c.name("qty"), g("qty"), bad.code, bad.message)
                continue
            if qty <= 0:
                error(
                    o,
                    ctx,
                    row,
                    line,
                    c.name("qty"),
                    g("qty"),
                    "parse_error",
                    f"{title}: the quantity must be at least 1.",
                )
                continue
            before = sub if sub is not None else total
            if before is None:
                error(o, ctx, row, line, c.name("item_total"), None, "missing_price", f"{title}: no price.")
                continue
            after = total if total is not None else before
            gross += before
            o.lines.append(
                Line(
                    row,
                    line,
                    title[:500],
                    g("sku").strip() or None,
                    qty,
                    before // qty,
                    max(0, before - after) + before % qty,
                    tax,
                )
            )
        return gross
