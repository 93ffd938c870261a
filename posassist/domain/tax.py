"""Sales tax as data: rates per store and tax class, prices with or without tax, several components
(Canada's GST + QST, a US state + county), rounding per line or per receipt, half up or half even.

Everything is in integer minor units of the store's currency; the exact shares are Decimals and are
rounded only where the scheme says. Nothing here knows where the rates come from (the set-up file,
the admin screen): a ``TaxScheme`` is a value built from them.

- **Tax excluded** (North America): the shelf price is the net; each component is ``net × rate``
  (a *compound* component is charged on the net plus the components before it) and the customer
  pays net + tax.
- **Tax included** (most of Europe): the shelf price is what the customer pays; the net is the
  price divided by the combined factor and each component is its share of that.
- **Rounding per line**: every component of every line is rounded to the minor unit.
  **Per receipt**: each component's exact total over the receipt is rounded once and shared out
  over the lines by largest remainder, so the lines add up to the receipt exactly.

Tax classes: ``standard``; ``reduced`` (the store's reduced rate — where it has none, the standard
rate applies); ``zero`` (zero-rated: taxable at 0 %) and ``exempt`` (outside the tax) both charge
nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext

TAX_CLASSES = ("standard", "reduced", "zero", "exempt")
UNTAXED_CLASSES = ("zero", "exempt")
ROUNDING = ("line", "receipt")
ROUNDING_MODES = ("half_up", "half_even")
PPM_PER_PERCENT = 10_000  # rates are stored as parts per million: 9.975 % = 99 750 ppm
MAX_RATE = Decimal(100)

_MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN}


class TaxError(ValueError):
    """A scheme or rate that cannot be (a code the set-up reader turns into words)."""

    def __init__(self, code: str, value: object = None) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


def parse_rate(value: object) -> Decimal:
    """A percent from text or a number ("9.975", 19, 7.0): 0 to 100, at most four decimals."""
    if isinstance(value, bool):
        raise TaxError("not_a_rate", value)
    try:
        rate = Decimal(str(value).strip().rstrip("%").strip())
    except ArithmeticError:
        raise TaxError("not_a_rate", value) from None
    if not rate.is_finite():
        raise TaxError("not_a_rate", value)
    if rate < 0 or rate > MAX_RATE:
        raise TaxError("rate_out_of_range", value)
    if (rate * PPM_PER_PERCENT) != (rate * PPM_PER_PERCENT).to_integral_value():
        raise TaxError("rate_too_precise", value)
    return rate.normalize() if rate else Decimal(0)


def rate_to_ppm(rate: Decimal) -> int:
    return int(rate * PPM_PER_PERCENT)


def ppm_to_rate(ppm: int) -> Decimal:
    rate = Decimal(ppm) / PPM_PER_PERCENT
    return rate.normalize() if rate else Decimal(0)


def rate_text(rate: Decimal) -> str:
    """9.975, 19, 5.5 — never 19.00 or 1.9E+1."""
    text = format(rate.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Component:
    code: str  # GST, QST, HST, VAT, STATE, COUNTY…: what the receipt calls it
    rate: Decimal  # percent
    compound: bool = False  # charged on the net plus the components before it

    def __post_init__(self) -> None:
        if not isinstance(self.rate, Decimal) or not Decimal(0) <= self.rate <= MAX_RATE:
            raise TaxError("rate_out_of_range", self.rate)


@dataclass(frozen=True)
class LineTax:
    """One line (a quantity at a price, after discounts) as the customer pays it."""

    tax_class: str
    price_minor: int  # the shelf amount for the line, as the store shows prices
    net_minor: int
    tax_minor: int
    gross_minor: int  # what the customer pays for the line
    components: tuple[tuple[str, int], ...] = ()  # (code, amount) in the scheme's order


@dataclass(frozen=True)
class ComponentTotal:
    code: str
    rate: Decimal
    amount_minor: int


@dataclass(frozen=True)
class ReceiptTax:
    lines: tuple[LineTax, ...]
    components: tuple[ComponentTotal, ...]
    net_minor: int
    tax_minor: int
    gross_minor: int
    included: bool


@dataclass(frozen=True)
class TaxScheme:
    """One store's tax: the components of each class, how prices are shown and how it rounds."""

    included: bool = False
    rounding: str = "line"
    mode: str = "half_up"
    rates: Mapping[str, tuple[Component, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.rounding not in ROUNDING:
            raise TaxError("unknown_rounding", self.rounding)
        if self.mode not in _MODES:
            raise TaxError("unknown_rounding_mode", self.mode)
        for tax_class, comps in self.rates.items():
            if tax_class not in TAX_CLASSES:
                raise TaxError("unknown_class", tax_class)
            if tax_class in UNTAXED_CLASSES and any(c.rate for c in comps):
                raise TaxError("untaxed_class_with_rate", tax_class)
            codes = [c.code for c in comps]
            if len(set(codes)) != len(codes):
                raise TaxError("component_twice", tax_class)

    @property
    def is_taxed(self) -> bool:
        return any(c.rate for comps in self.rates.values() for c in comps)

    def components(self, tax_class: str = "standard") -> tuple[Component, ...]:
        if tax_class not in TAX_CLASSES:
            raise TaxError("unknown_class", tax_class)
        if tax_class in UNTAXED_CLASSES:
            return ()
        if self.rates.get(tax_class):
            return self.rates[tax_class]
        return self.rates.get("standard", ())

    def combined_rate(self, tax_class: str = "standard") -> Decimal:
        """The effective percent of the net (compounding included): 14.975 for GST + QST."""
        shares = _shares(self.components(tax_class))
        return (sum(shares, Decimal(0)) * 100).normalize()

    # -- computing -------------------------------------------------------------------------------

    def line(self, amount_minor: int, tax_class: str = "standard") -> LineTax:
        """One line on its own (a receipt of one line rounds the same either way)."""
        return self.receipt([(amount_minor, tax_class)]).lines[0]

    def receipt(self, lines: Sequence[tuple[int, str]]) -> ReceiptTax:
        """Lines of (shelf amount for the line, tax class): the receipt as the jurisdiction rounds it."""
        exact = [self._exact(amount, tax_class) for amount, tax_class in lines]
        if self.rounding == "line":
            per_line = [tuple((code, self._round(x)) for code, x in ex) for ex in exact]
        else:
            per_line = self._share_out(exact)
        made = tuple(self._make(amount, tc, comps) for (amount, tc), comps in zip(lines, per_line, strict=True))
        rates: dict[str, Decimal] = {}
        totals: dict[str, int] = {}
        for (_, tax_class), comps in zip(lines, per_line, strict=True):
            for comp in self.components(tax_class):
                rates.setdefault(comp.code, comp.rate)
            for code, amount in comps:
                totals[code] = totals.get(code, 0) + amount
        order = _component_order(self)
        components = tuple(
            ComponentTotal(code, rates.get(code, Decimal(0)), totals[code])
            for code in sorted(totals, key=lambda c: order.get(c, len(order)))
        )
        return ReceiptTax(
            made,
            components,
            sum(ln.net_minor for ln in made),
            sum(ln.tax_minor for ln in made),
            sum(ln.gross_minor for ln in made),
            self.included,
        )

    def _exact(self, amount_minor: int, tax_class: str) -> tuple[tuple[str, Decimal], ...]:
        if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or amount_minor < 0:
            raise TaxError("not_an_amount", amount_minor)
        comps = self.components(tax_class)
        if not comps:
            return ()
        shares = _shares(comps)
        with localcontext() as ctx:
            ctx.prec = 40
            amount = Decimal(amount_minor)
            net = amount / (1 + sum(shares, Decimal(0))) if self.included else amount
            return tuple((c.code, net * share) for c, share in zip(comps, shares, strict=True))

    def _round(self, value: Decimal) -> int:
        return int(value.quantize(Decimal(1), rounding=_MODES[self.mode]))

    def _share_out(self, exact: list[tuple[tuple[str, Decimal], ...]]) -> list[tuple[tuple[str, int], ...]]:
        """Round each component's receipt total once; give each line its floor and the units left
        to the lines with the largest remainders (earlier line first on a tie)."""
        out: list[dict[str, int]] = [{} for _ in exact]
        codes: list[str] = []
        for ex in exact:
            for code, _ in ex:
                if code not in codes:
                    codes.append(code)
        for code in codes:
            parts = [(i, x) for i, ex in enumerate(exact) for c, x in ex if c == code]
            total = self._round(sum((x for _, x in parts), Decimal(0)))
            floors = {i: int(x.to_integral_value(rounding=ROUND_FLOOR)) for i, x in parts}
            left = total - sum(floors.values())
            by_remainder = sorted(parts, key=lambda p: (-(p[1] - floors[p[0]]), p[0]))
            for i, _ in by_remainder[: max(0, left)]:
                floors[i] += 1
            for i, amount in floors.items():
                out[i][code] = amount
        return [tuple((code, d[code]) for code in codes if code in d) for d in out]

    def _make(self, amount: int, tax_class: str, comps: tuple[tuple[str, int], ...]) -> LineTax:
        tax = sum(a for _, a in comps)
        if self.included:
            return LineTax(tax_class, amount, amount - tax, tax, amount, comps)
        return LineTax(tax_class, amount, amount, tax, amount + tax, comps)


def _shares(comps: Sequence[Component]) -> list[Decimal]:
    """Each component as a fraction of the net: a compound one also taxes the ones before it."""
    shares: list[Decimal] = []
    with localcontext() as ctx:
        ctx.prec = 40
        for c in comps:
            base = 1 + sum(shares, Decimal(0)) if c.compound else Decimal(1)
            shares.append(base * c.rate / 100)
    return shares


def _component_order(scheme: TaxScheme) -> dict[str, int]:
    order: dict[str, int] = {}
    for tax_class in TAX_CLASSES:
        for c in scheme.rates.get(tax_class, ()):
            order.setdefault(c.code, len(order))
    return order


def scheme(
    included: bool = False,
    rounding: str = "line",
    mode: str = "half_up",
    **rates: Sequence[tuple[str, str | int | Decimal] | tuple[str, str | int | Decimal, bool]],
) -> TaxScheme:
    """A scheme from plain values: ``scheme(standard=[("GST", "5"), ("QST", "9.975")])``."""
    built: dict[str, tuple[Component, ...]] = {}
    for tax_class, comps in rates.items():
        built[tax_class] = tuple(Component(c[0], parse_rate(c[1]), bool(c[2]) if len(c) > 2 else False) for c in comps)
    return TaxScheme(included, rounding, mode, built)


NO_TAX = TaxScheme()

# Regions a new store picks in the set-up wizard; the set-up file then holds the rates themselves.
PRESETS: dict[str, TaxScheme] = {
    "CA-AB": scheme(rounding="receipt", standard=[("GST", "5")]),
    "CA-BC": scheme(rounding="receipt", standard=[("GST", "5"), ("PST", "7")]),
    "CA-MB": scheme(rounding="receipt", standard=[("GST", "5"), ("RST", "7")]),
    "CA-NB": scheme(rounding="receipt", standard=[("HST", "15")]),
    "CA-NL": scheme(rounding="receipt", standard=[("HST", "15")]),
    "CA-NS": scheme(rounding="receipt", standard=[("HST", "14")]),
    "CA-ON": scheme(rounding="receipt", standard=[("HST", "13")]),
    "CA-PE": scheme(rounding="receipt", standard=[("HST", "15")]),
    "CA-QC": scheme(rounding="receipt", standard=[("GST", "5"), ("QST", "9.975")]),
    "CA-SK": scheme(rounding="receipt", standard=[("GST", "5"), ("PST", "6")]),
    "US-OR": scheme(rounding="receipt"),
    "US-NONE": scheme(rounding="receipt"),
    "US-NY-NYC": scheme(rounding="receipt", standard=[("STATE", "4"), ("CITY", "4.5"), ("MCTD", "0.375")]),
    "US-IL-COOK": scheme(rounding="receipt", standard=[("STATE", "6.25"), ("COUNTY", "1.75"), ("CITY", "2.25")]),
    "US-WA-SEATTLE": scheme(rounding="receipt", standard=[("STATE", "6.5"), ("LOCAL", "3.85")]),
    "DE": scheme(True, "receipt", standard=[("VAT", "19")], reduced=[("VAT", "7")]),
    "AT": scheme(True, "receipt", standard=[("VAT", "20")], reduced=[("VAT", "10")]),
    "FR": scheme(True, "receipt", standard=[("TVA", "20")], reduced=[("TVA", "5.5")]),
    "NL": scheme(True, "receipt", standard=[("BTW", "21")], reduced=[("BTW", "9")]),
    "GB": scheme(True, "receipt", standard=[("VAT", "20")], reduced=[("VAT", "5")]),
    "IE": scheme(True, "receipt", standard=[("VAT", "23")], reduced=[("VAT", "13.5")]),
    "CH": scheme(True, "receipt", standard=[("MWST", "8.1")], reduced=[("MWST", "2.6")]),
    "NONE": NO_TAX,
}


def split(tax_scheme: TaxScheme, tax_minor: int, tax_class: str = "standard") -> tuple[ComponentTotal, ...]:
    """A tax amount already paid (a refund's tax, taken from the sale) shared over the class's
    components by their rates, largest remainder first, so the parts add up to it exactly."""
    comps = tax_scheme.components(tax_class)
    if tax_minor <= 0:
        return tuple(ComponentTotal(c.code, c.rate, 0) for c in comps)
    shares = _shares(comps)
    whole = sum(shares, Decimal(0))
    if not whole:
        return tuple(ComponentTotal(c.code, c.rate, 0) for c in comps)
    with localcontext() as ctx:
        ctx.prec = 40
        exact = [Decimal(tax_minor) * sh / whole for sh in shares]
    floors = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
    left = tax_minor - sum(floors)
    for i in sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))[:left]:
        floors[i] += 1
    return tuple(ComponentTotal(c.code, c.rate, amount) for c, amount in zip(comps, floors, strict=True))
