"""Money as Decimal in the domain and integer minor units in storage; babel formats it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision, list_currencies

_KNOWN = frozenset(list_currencies())


def is_currency(code: str) -> bool:
    return code in _KNOWN


def exponent(currency: str) -> int:
    """Digits after the decimal point for a currency: 2 for EUR, 0 for JPY, 3 for KWD."""
    return get_currency_precision(currency)


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")
        if not is_currency(self.currency):
            raise ValueError(f"unknown currency code {self.currency!r}")

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """From a decimal amount in major units ("12.50"); rounds half up to the minor unit."""
        if isinstance(amount, float):
            raise TypeError("money is never a float; pass a Decimal or a string")
        try:
            value = Decimal(str(amount))
        except InvalidOperation as exc:
            raise ValueError(f"not an amount of money: {amount!r}") from exc
        if not value.is_finite():
            raise ValueError(f"not an amount of money: {amount!r}")
        scale = Decimal(10) ** exponent(currency)
        minor = int((value * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        return cls(minor, currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @property
    def amount(self) -> Decimal:
        exp = exponent(self.currency)
        return Decimal(self.minor).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __mul__(self, qty: int) -> Money:
        if not isinstance(qty, int):
            raise TypeError("multiply money by a whole quantity")
        return Money(self.minor * qty, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def percent(self, pct: Decimal | int) -> Money:
        """pct percent of this amount, rounded half up to the minor unit."""
        value = Decimal(self.minor) * Decimal(pct) / Decimal(100)
        return Money(int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP)), self.currency)

    def decimal_str(self) -> str:
        """ "12.50": the JSON form, never a float."""
        return str(self.amount)

    def format(self, locale: str = "en_US") -> str:
        return format_currency(self.amount, self.currency, locale=locale)

    def __str__(self) -> str:
        return self.format()
