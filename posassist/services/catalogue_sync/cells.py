"""One row's cells into an item's fields, every oddity reported on its row: prices, barcodes,
whole numbers, and what makes a row not merchandise. Shared by every format."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from posassist.domain.catalogue import Parsed, parse_barcode, parse_money
from posassist.domain.money import Money, exponent, is_currency
from posassist.domain.privacy import card_numbers
from posassist.domain.text import fold
from posassist.services.catalogue_sync.model import Item, Problem
from posassist.services.catalogue_sync.signals import not_merchandise_words

_PLAIN_PRICE = re.compile(r"^\d{1,12}\.\d\d$")  # '129.00': the common case, read without Decimal
_UNICODE_DIGIT = re.compile(r"(?![0-9])\d")


def may_hold_card(text: str) -> bool:
    """Whether ``text`` has the 13 digits a card number needs (any script). Looser than the card
    check itself, so it never hides one; cheap enough for every row of a million."""
    if not text.isascii() and _UNICODE_DIGIT.search(text):
        return True
    raw = text.encode()
    return len(raw) - len(raw.translate(None, b"0123456789")) >= 13


HUGE_QUANTITY = 10_000  # no SKU, no price and this many "in stock": a booking slot, not goods


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
    if item.currency is None and _PLAIN_PRICE.match(raw) and _two_digits(currency):
        item.currency = currency
        return int(raw.replace(".", ""))
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
    minor = Money.of(value, item.currency).minor
    digits = exponent(item.currency)
    if value != Decimal(minor).scaleb(-digits):
        shown = f"{Decimal(minor).scaleb(-digits):.{digits}f}"
        probs.append(
            problem(
                item.row,
                item.line,
                fld,
                raw,
                "warning",
                "price_rounded",
                f"{raw} has more decimals than {item.currency} has ({digits}); it is imported as {shown}. "
                "Check the price in the file.",
            )
        )
    return minor


@lru_cache(maxsize=64)
def _two_digits(currency: str) -> bool:
    return is_currency(currency) and exponent(currency) == 2


def barcode(item: Item, raw: str | None, fld: str, probs: list[Problem]) -> None:
    """A damaged barcode is a warning that drops only the barcode: the row keeps its SKU and price."""
    if not raw:
        item.gtin = None
        return
    res: Parsed = parse_barcode(raw)
    if res.code:
        msg = res.message or ""
        if res.severity == "error":
            msg = f"{msg} The item is imported without this barcode."
        probs.append(problem(item.row, item.line, fld, raw, "warning", res.code, msg))
    item.gtin = res.value if isinstance(res.value, str) else None


def integer(raw: str | None, item: Item, fld: str, probs: list[Problem]) -> int | None:
    text = (raw or "").strip().replace(",", "")
    if re.fullmatch(r"-?\d+(\.0+)?", text):
        return int(Decimal(text))  # exact for any length (a float loses digits past 2**53)
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


_TEXT_FIELDS = (
    "title",
    "description",
    "brand",
    "department",
    "colour",
    "size",
    "sku",
    "mpn",
    "image",
    "allergens",
    "ingredients",
    "net_content",
    "product_key",
)


def no_card_numbers(item: Item, probs: list[Problem]) -> None:
    """Card numbers are never stored: a text field holding one is reported and left out."""
    text = "\nZ\n".join(v for f in _TEXT_FIELDS if (v := getattr(item, f)))  # a letter ends a run of digits
    if not may_hold_card(text):
        return  # one look at the whole row: no 13 digits in a run, no card number (most rows)
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


KEEP_WHEN_NOT_MERCHANDISE = ("card_number", "parse_error")


def not_merchandise(
    item: Item,
    title: str,
    ptype: str | None,
    requires_shipping: str | None = None,
    gift_card: str | None = None,
) -> str | None:
    """Why the row is not a shelf product (a service, insurance, a booking, a gift card), or None:
    Shopify's own signals first, then the words of the title and type in the shop's language,
    then the shape of a booking slot (no SKU, no price, a huge quantity)."""
    if gift_card and fold(gift_card) in ("true", "yes", "1"):
        return "it is a gift card"
    if requires_shipping and fold(requires_shipping) in ("false", "no", "0"):
        return "it does not require shipping (a service or a digital item)"
    word = not_merchandise_words(title or "", ptype or "")
    if word:
        return f"'{word}' names a service, fee, booking or gift card"
    if not item.sku and item.price_minor is None and (item.stock or 0) >= HUGE_QUANTITY:
        return f"it has no SKU, no price and a quantity of {item.stock:,} (a booking or appointment slot)"
    return None


def finish(
    item: Item,
    probs: list[Problem],
    title_hint: str,
    ptype: str | None,
    requires_shipping: str | None = None,
    gift_card: str | None = None,
) -> None:
    no_card_numbers(item, probs)
    why = not_merchandise(item, item.title or title_hint, ptype, requires_shipping, gift_card)
    if why:
        item.skip = True
        probs[:] = [p for p in probs if p.code in KEEP_WHEN_NOT_MERCHANDISE]  # not a product: no price needed
        probs.append(
            problem(
                item.row,
                item.line,
                "title",
                item.title,
                "warning",
                "not_merchandise",
                f"'{item.title}' is not a shelf product ({why}); it was not imported.",
            )
        )
        item.errors = sum(1 for p in probs if p.severity == "error")
        return
    if item.compare_at_minor is not None and item.price_minor is not None and item.compare_at_minor < item.price_minor:
        probs.append(
            problem(
                item.row,
                item.line,
                "compare_at",
                # the amount as the file writes it (99.00); a parsed price always set the row's currency
                Money(item.compare_at_minor, item.currency).decimal_str()
                if item.currency
                else str(item.compare_at_minor),
                "warning",
                "compare_at_below_price",
                f"{item.title}: the compare-at price is below the price; it is ignored.",
            )
        )
        item.compare_at_minor = None
    item.errors = sum(1 for p in probs if p.severity == "error")


_YES = frozenset({"1", "true", "yes", "y", "ja", "oui", "si", "sí", "sim", "x", "final sale", "final"})
_NO = frozenset({"0", "false", "no", "n", "nein", "non", "nee", "nej", "-1", ""})
_MONTHS = {
    "month": 1,
    "months": 1,
    "mo": 1,
    "m": 1,
    "monat": 1,
    "monate": 1,
    "mois": 1,
    "mes": 1,
    "meses": 1,
    "mese": 1,
    "mesi": 1,
    "maand": 1,
    "maanden": 1,
    "manad": 1,
    "manader": 1,
    "year": 12,
    "years": 12,
    "yr": 12,
    "yrs": 12,
    "y": 12,
    "jahr": 12,
    "jahre": 12,
    "an": 12,
    "ans": 12,
    "annee": 12,
    "annees": 12,
    "ano": 12,
    "anos": 12,
    "anno": 12,
    "anni": 12,
    "jaar": 12,
    "ar": 12,
}
_WARRANTY = re.compile(r"^(\d{1,3})\s*([a-z]*)\.?(?:\s+.*)?$")


def warranty(item: Item, raw: str | None, fld: str, probs: list[Problem]) -> None:
    """'2 years', '24 months', '24' (months), '2 Jahre', '2 ans' -> months; anything else is reported."""
    text = fold(raw or "").strip()
    if not text:
        return
    m = _WARRANTY.match(text)
    unit = m.group(2) if m else ""
    if m and (unit in _MONTHS or not unit):
        item.warranty_months = int(m.group(1)) * _MONTHS.get(unit, 1)
        return
    if text in ("none", "no", "0", "keine", "aucune", "ninguna", "nessuna", "geen", "ingen"):
        item.warranty_months = 0
        return
    probs.append(
        problem(
            item.row,
            item.line,
            fld,
            raw,
            "warning",
            "invalid_warranty",
            f"'{raw}' is not a warranty period like '2 years' or '24 months'; the warranty is left as it is.",
        )
    )


def yes_no(item: Item, raw: str | None, fld: str, probs: list[Problem]) -> bool | None:
    """A yes/no cell in several languages; None when blank or not a yes/no (reported)."""
    text = fold(raw or "").strip()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    probs.append(
        problem(
            item.row,
            item.line,
            fld,
            raw,
            "warning",
            "invalid_yes_no",
            f"'{raw}' is neither yes nor no; {fld} is left as it is.",
        )
    )
    return None


def card_fields(
    item: Item,
    probs: list[Problem],
    *,
    warranty_raw: tuple[str, str] | None = None,
    returnable_raw: tuple[str, str] | None = None,
    final_sale_raw: tuple[str, str] | None = None,
    allergens: str | None = None,
    ingredients: str | None = None,
    net_content: str | None = None,
) -> None:
    """What the product card shows besides price and stock: warranty, returnable or final sale,
    allergens, ingredients and net content. Each (header, cell) pair names the column in problems."""
    if warranty_raw:
        warranty(item, warranty_raw[1], warranty_raw[0], probs)
    if returnable_raw:
        item.returnable = yes_no(item, returnable_raw[1], returnable_raw[0], probs)
    if final_sale_raw:
        final = yes_no(item, final_sale_raw[1], final_sale_raw[0], probs)
        if final is not None:
            item.returnable = not final
    item.allergens = allergens.strip()[:2000] if allergens and allergens.strip() else item.allergens
    item.ingredients = ingredients.strip()[:5000] if ingredients and ingredients.strip() else item.ingredients
    item.net_content = net_content.strip()[:100] if net_content and net_content.strip() else item.net_content
