"""Customer records from the Shopify customers export (the 2019 layout with 'Accepts Marketing',
2022 with 'Customer ID' and 'Accepts Email/SMS Marketing', 2024 with 'Default Address …') or a
generic customers CSV: one row per customer."""

from __future__ import annotations

from posassist.services.sales_import import cells
from posassist.services.sales_import.layout import Cells
from posassist.services.sales_import.model import Person, Report
from posassist.services.sales_import.reading import Table

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("Customer ID", "Customer Id", "customer_id", "Id", "Customer Reference ID"),
    "first": ("First Name", "first_name", "Given Name", "Vorname", "Prénom"),
    "last": ("Last Name", "last_name", "Family Name", "Surname", "Nachname", "Nom"),
    "name": ("Name", "Full Name", "Customer Name", "Customer"),
    "email": ("Email", "E-mail", "Email Address", "E-Mail"),
    "phone": ("Phone", "Phone Number", "Telephone", "Mobile", "Telefon", "Téléphone"),
    "address_phone": ("Default Address Phone",),
    "company": ("Company", "Default Address Company"),
    "address1": ("Address1", "Default Address Address1", "Street Address 1", "Address"),
    "address2": ("Address2", "Default Address Address2", "Street Address 2"),
    "city": ("City", "Default Address City", "Locality"),
    "province": (
        "Province Code",
        "Default Address Province Code",
        "Province",
        "State",
        "Administrative District Level 1",
    ),
    "country": ("Country Code", "Default Address Country Code", "Country"),
    "zip": ("Zip", "Default Address Zip", "Postal Code", "Postcode"),
    "marketing": ("Accepts Email Marketing", "Accepts Marketing", "Email Subscription Status", "Email Marketing"),
    "sms": ("Accepts SMS Marketing", "SMS Marketing"),
    "spent": ("Total Spent", "Lifetime Spend"),
    "orders": ("Total Orders", "Transaction Count"),
    "tags": ("Tags", "Groups"),
    "note": ("Note", "Notes", "Memo"),
    "tax_exempt": ("Tax Exempt",),
}


def looks_like_shopify(table: Table) -> bool:
    return (
        table.col("First Name") is not None
        and table.col("Email") is not None
        and (
            table.col("Total Spent") is not None
            or table.col("Accepts Marketing", "Accepts Email Marketing") is not None
        )
    )


def layout_year(table: Table) -> str:
    if table.col("Default Address Address1") is not None:
        return "2024"
    if table.col("Customer ID") is not None:
        return "2022"
    return "2019"


class CustomerRows:
    def __init__(self, table: Table, report: Report, region: str, currency: str, source: str) -> None:
        self.c = Cells(table, COLUMNS)
        self.report, self.region, self.currency, self.source = report, region, currency, source
        self.usable = self.c.has("email") or self.c.has("phone") or self.c.has("id")
        if not self.usable:
            report.add(
                None,
                1,
                None,
                None,
                "error",
                "damaged_file",
                "No column holds an e-mail, a phone or a customer id, so no customer could be found again; "
                f"columns: {', '.join(table.header[:12])}.",
            )
        elif not (self.c.has("first") or self.c.has("name")):
            report.add(
                None, 1, None, None, "warning", "damaged_file", "No name column: customers are imported without names."
            )

    def person(self, row: int, line: int, values: list[str]) -> Person | None:
        g, c, rep = self.c.getter(values), self.c, self.report
        p = Person()
        raw_id = g("id").strip().lstrip("'")
        if raw_id and cells._SCI.match(raw_id):
            rep.add(
                row,
                line,
                c.name("id"),
                raw_id,
                "warning",
                "damaged_file",
                f"The customer id '{raw_id}' is in scientific notation (a spreadsheet rounded it); the customer is "
                "matched by e-mail or phone instead.",
            )
            raw_id = ""
        if raw_id.endswith(".0") and raw_id[:-2].isdigit():
            raw_id = raw_id[:-2]
        address, code = cells.email(g("email"))
        if code == "invalid_email":
            rep.add(
                row,
                line,
                c.name("email"),
                g("email"),
                "warning",
                "invalid_email",
                f"'{g('email').strip()}' is not an e-mail address; it is not kept.",
            )
        elif code == "relay_email":
            rep.add(
                row,
                line,
                c.name("email"),
                g("email"),
                "warning",
                "relay_email",
                "A marketplace relay address: not kept as the customer's e-mail.",
            )
        p.email = address
        p.source_id = raw_id[:64] or (f"email:{address}"[:64] if address else None)
        country = g("country").strip().upper()
        region = country if len(country) == 2 else self.region
        for fld in ("phone", "address_phone"):
            text = g(fld)
            if not text.strip():
                continue
            number, why = cells.phone(text, region)
            if number:
                p.phone, p.phone_text = number, text.strip().lstrip("'")
                break
            rep.add(row, line, c.name(fld), text, "warning", "invalid_phone", f"{why} It is not kept.")
        name = " ".join(f"{g('first')} {g('last')}".split()) or " ".join(g("name").split())
        if cells.has_card_number(name):
            rep.add(
                row,
                line,
                c.name("first"),
                None,
                "warning",
                "card_number",
                "The name holds what looks like a card number; it is not imported.",
            )
            name = ""
        p.name = name[:200] or None
        parts = [
            g(k).strip().lstrip("'") for k in ("company", "address1", "address2", "city", "province", "zip", "country")
        ]
        p.address = ", ".join(x for x in parts if x) or None
        if c.has("marketing"):
            p.consent_email = cells.flag(g("marketing"))
        if c.has("sms"):
            p.consent_sms = cells.flag(g("sms"))
        p.tags = tuple(dict.fromkeys(t.strip()[:64] for t in g("tags").split(",") if t.strip()))
        note = g("note").strip()
        if cells.has_card_number(note):
            rep.add(
                row,
                line,
                c.name("note"),
                None,
                "warning",
                "card_number",
                "The note holds what looks like a payment card number; the note is not imported.",
            )
            note = ""
        p.note = note or None
        p.tax_exempt = cells.flag(g("tax_exempt")) if c.has("tax_exempt") else None
        try:
            p.total_spent_minor = cells.money(g("spent"), self.currency)
        except cells.Bad as bad:
            rep.add(row, line, c.name("spent"), g("spent"), "warning", bad.code, bad.message)
        try:
            p.total_orders = cells.integer(g("orders"))
        except cells.Bad as bad:
            rep.add(row, line, c.name("orders"), g("orders"), "warning", "parse_error", bad.message)
        p.currency = self.currency if p.total_spent_minor is not None else None
        if not p.identified:
            rep.add(
                row,
                line,
                c.name("email"),
                None,
                "warning",
                "missing_customer",
                "No e-mail, phone or customer id: this record could never be found again; it is skipped.",
            )
            return None
        return p
