"""A sales CSV from any other till: one row per line, the order's rows together, columns found by
their names (English, French, German, Spanish) or mapped by the admin (saved per source)."""

from __future__ import annotations

from posassist.services.sales_import import cells
from posassist.services.sales_import.layout import Cells, Context, error, finish, warn
from posassist.services.sales_import.model import Line, Order, Person, RawOrder
from posassist.services.sales_import.reading import Table, norm

FIELDS: dict[str, tuple[str, ...]] = {
    "receipt": (
        "receipt",
        "receipt number",
        "receipt no",
        "order",
        "order number",
        "order no",
        "order id",
        "invoice",
        "invoice number",
        "transaction",
        "transaction id",
        "bon",
        "belegnummer",
        "bestellnummer",
        "ticket",
        "numéro de commande",
        "commande",
        "factura",
        "pedido",
    ),
    "date": ("date", "sold at", "order date", "created at", "datum", "verkaufsdatum", "date de vente", "fecha"),
    "sku": ("sku", "item sku", "product sku", "artikelnummer", "référence", "code article", "referencia"),
    "barcode": ("barcode", "gtin", "ean", "upc"),
    "title": (
        "title",
        "item",
        "item name",
        "product",
        "product name",
        "description",
        "artikel",
        "bezeichnung",
        "produit",
        "désignation",
        "producto",
    ),
    "quantity": ("quantity", "qty", "menge", "anzahl", "quantité", "cantidad"),
    "price": ("price", "unit price", "item price", "preis", "einzelpreis", "prix", "prix unitaire", "precio"),
    "line_total": ("line total", "amount", "item total", "betrag", "montant", "importe"),
    "total": ("total", "order total", "gesamt", "summe", "total commande"),
    "tax": ("tax", "taxes", "vat", "mwst", "steuer", "tva", "iva"),
    "currency": ("currency", "währung", "devise", "moneda"),
    "email": ("email", "e-mail", "customer email", "courriel"),
    "phone": ("phone", "telephone", "customer phone", "telefon", "téléphone", "teléfono"),
    "customer": ("customer", "customer name", "name", "kunde", "client", "cliente"),
    "customer_id": ("customer id", "customer number", "kundennummer", "numéro client"),
    "payment": ("payment", "payment method", "tender", "zahlungsart", "paiement", "mode de paiement"),
    "store": ("store", "location", "shop", "filiale", "magasin", "tienda"),
    "refunded": ("refunded", "refunded amount", "refund", "erstattet", "remboursé"),
    "channel": ("channel", "source", "kanal", "canal"),
}


def guess(header: list[str]) -> dict[str, str]:
    """Our field -> the file's column, from the header's words."""
    found: dict[str, str] = {}
    names = {norm(h): h for h in header}
    for fld, words in FIELDS.items():
        for w in words:
            if w in names and names[w] not in found.values():
                found[fld] = names[w]
                break
    return found


class GenericSales:
    name = "csv"
    sku_column = "sku"

    def __init__(self, table: Table, ctx: Context) -> None:
        mapping = {**guess(table.header), **(ctx.opts.mapping or {})}
        self.mapping = mapping
        self.c = Cells(table, {k: (v,) for k, v in mapping.items()})
        self.ctx = ctx
        self.sku_column = mapping.get("sku", "sku")
        missing = [f for f in ("receipt", "date", "quantity") if f not in mapping]
        if "title" not in mapping and "sku" not in mapping:
            missing.append("title or sku")
        if "price" not in mapping and "line_total" not in mapping:
            missing.append("price or line total")
        self.usable = not missing
        if missing:
            ctx.report.add(
                None,
                1,
                None,
                None,
                "error",
                "damaged_file",
                f"No column for {', '.join(missing)} (columns: {', '.join(table.header[:12])}). Map the columns in the "
                "import window, or rename the headers (receipt, date, sku, title, quantity, price, total).",
            )
        used = set(mapping.values())
        for h in table.header:
            if h and h not in used:
                ctx.report.add(None, 1, h, None, "warning", "unknown_column", f"Column '{h}' is not used by posassist.")

    def key(self, values: list[str]) -> str:
        return self.c.get(values, "receipt").strip()

    def line_count(self, raw: RawOrder) -> int:
        return len(raw.rows)

    def parse(self, raw: RawOrder) -> Order:
        ctx, c = self.ctx, self.c
        row, line, first = raw.rows[0]
        g = c.getter(first)
        o = Order(row, line, raw.key, raw.key)
        try:
            o.currency = cells.currency_code(g("currency"), ctx.opts.currency)
        except cells.Bad as bad:
            error(o, ctx, row, line, c.name("currency"), g("currency"), bad.code, bad.message)
            o.currency = ctx.opts.currency
        try:
            o.sold_at, note = cells.when(g("date"), ctx.opts.timezone)
            if note:
                warn(ctx, row, line, c.name("date"), g("date"), "invalid_date", note)
        except cells.Bad as bad:
            error(o, ctx, row, line, c.name("date"), g("date"), bad.code, bad.message)
        if o.sold_at is None and not o.errors:
            error(o, ctx, row, line, c.name("date"), None, "invalid_date", "The order has no date.")
        o.store_id = ctx.store_for(g("store"), row, line, c.name("store"))
        channel = g("channel").strip().lower()
        o.channel = channel if channel in ("web", "phone", "counter") else "counter"
        pay = " ".join(g("payment").split())
        o.payment_method = None if cells.has_card_number(pay) else pay[:200] or None
        o.tender_kind = "cash" if "cash" in pay.lower() or "bar" == pay.lower() else "card" if pay else "other"
        p = Person(source_id=g("customer_id").strip() or None, name=" ".join(g("customer").split())[:200] or None)
        p.email, code = cells.email(g("email"))
        if code:
            warn(ctx, row, line, c.name("email"), g("email"), code, "Not a usable e-mail address; it is not kept.")
        if g("phone").strip():
            p.phone, why = cells.phone(g("phone"), ctx.opts.region)
            if p.phone:
                p.phone_text = g("phone").strip()
            else:
                warn(ctx, row, line, c.name("phone"), g("phone"), "invalid_phone", f"{why} It is not kept.")
        o.person = p
        gross, tax_total = self._lines(o, raw)
        o.tax_minor = tax_total
        try:
            total = cells.money(g("total"), o.currency)
            o.refunded_minor = abs(cells.money(g("refunded"), o.currency) or 0)
        except cells.Bad as bad:
            error(o, ctx, row, line, c.name("total"), g("total"), bad.code, bad.message)
            total = None
        o.subtotal_minor = gross
        o.total_minor = total if total is not None else gross + tax_total
        finish(
            o,
            ctx,
            gross,
            None,
            {
                "currency": c.name("currency"),
                "total": c.name("total") if total is not None else "",
                "refunded": c.name("refunded"),
            },
        )
        return o

    def _lines(self, o: Order, raw: RawOrder) -> tuple[int, int]:
        ctx, c = self.ctx, self.c
        gross = tax_total = 0
        for r, ln_no, values in raw.rows:
            gv = c.getter(values)
            o.line_rows += 1
            title = " ".join(gv("title").split()) or gv("sku").strip()
            try:
                qty = cells.integer(gv("quantity")) or 0
                price = cells.money(gv("price"), o.currency)
                line_total = cells.money(gv("line_total"), o.currency)
                tax = cells.money(gv("tax"), o.currency) or 0
            except cells.Bad as bad:
                error(o, ctx, r, ln_no, None, None, bad.code, bad.message)
                continue
            if qty <= 0:
                error(
                    o,
                    ctx,
                    r,
                    ln_no,
                    c.name("quantity"),
                    gv("quantity"),
                    "parse_error",
                    "The quantity must be at least 1.",
                )
                continue
            if price is None:
                if line_total is None:
                    error(o, ctx, r, ln_no, c.name("price"), None, "missing_price", f"{title}: no price.")
                    continue
                price = line_total // qty
            gross += qty * price
            tax_total += tax
            o.lines.append(Line(r, ln_no, title[:500] or "(no name)", gv("sku").strip() or None, qty, price))
        return gross, tax_total
