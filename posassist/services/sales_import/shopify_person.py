"""Who a Shopify order names (e-mail, phone, name, address, consent) and how it was paid."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from posassist.services.sales_import import cells
from posassist.services.sales_import.layout import warn
from posassist.services.sales_import.model import Order, Person

if TYPE_CHECKING:
    from posassist.services.sales_import.shopify import ShopifyOrders


def payment(layout: ShopifyOrders, o: Order, v: list[str], row: int, line: int) -> None:
    text = " ".join(v[layout.ix["payment"]].split())
    if cells.has_card_number(text):
        warn(
            layout.ctx,
            row,
            line,
            layout.nm["payment"],
            None,
            "card_number",
            "The payment method holds what looks like a card number; it is not imported.",
        )
        text = ""
    o.payment_method = text[:200] or None
    o.tender_kind = tender_kind(text)


def person(layout: ShopifyOrders, o: Order, v: list[str], row: int, line: int) -> None:
    ctx, ix, nm = layout.ctx, layout.ix, layout.nm
    p = Person()
    raw_email = v[ix["email"]]
    address, code = cells.email(raw_email)
    if code == "invalid_email":
        warn(
            ctx,
            row,
            line,
            nm["email"],
            raw_email,
            "invalid_email",
            f"'{raw_email.strip()}' is not an e-mail address; the customer is matched by phone or name only.",
        )
    elif code == "relay_email":
        warn(
            ctx,
            row,
            line,
            nm["email"],
            raw_email,
            "relay_email",
            "A marketplace relay address (TikTok, Amazon, eBay…) that reaches the buyer only through the "
            "marketplace: not kept as their e-mail, and no customer is matched by it.",
        )
    p.email = address
    for fld in ("phone", "billing_phone", "shipping_phone"):
        text = v[ix[fld]]
        if not text.strip():
            continue
        number, why = cells.phone(text, ctx.opts.region)
        if number:
            p.phone, p.phone_text = number, text.strip().lstrip("'")
            break
        warn(ctx, row, line, nm[fld], text, "invalid_phone", f"{why} The customer is matched without it.")
    name = " ".join((v[ix["billing_name"]] or v[ix["shipping_name"]]).split())
    if cells.has_card_number(name):
        warn(
            ctx,
            row,
            line,
            nm["billing_name"],
            None,
            "card_number",
            "The name holds what looks like a card number; it is not imported.",
        )
        name = ""
    p.name = name[:200] or None
    parts = [v[i] for i in layout.address_ix]
    p.address = (", ".join(x for cell in parts if (x := cell.strip().lstrip("'"))) or None) if any(parts) else None
    p.consent_email = cells.flag(v[ix["marketing"]]) if layout._has_marketing else None
    o.person = p
    if not p.identified and not o.skip and o.channel != "counter":
        warn(
            ctx,
            row,
            line,
            nm["email"],
            None,
            "missing_customer",
            "No e-mail or phone: the order is imported without a customer (find it by its number).",
        )


ADDRESS = ("billing_street", "billing_city", "billing_province", "billing_zip", "billing_country")
_CARD_WORDS = (
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


@lru_cache(maxsize=1024)
def tender_kind(text: str) -> str:
    """How a payment method was paid, from its name ("Shopify Payments" -> card)."""
    low = text.lower()
    if "cash" in low:
        return "cash"
    if low.startswith("gift card") and "+" not in low:
        return "gift_card"
    if any(w in low for w in _CARD_WORDS):
        return "card"
    return "other"
