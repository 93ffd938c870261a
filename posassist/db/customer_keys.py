"""Indexed keys for finding a customer by e-mail or phone (migration 0013 indexes these exact
expressions, so a look-up is one index probe on either engine, whoever wrote the row).

- e-mail: ``lower(email)``;
- phone: the last 7 digits of the phone as written (spaces, dashes, dots, brackets and + dropped);
  the candidates are then checked for the whole typed number in Python.
"""

from __future__ import annotations

TAIL = 7
_STRIP = ("-", " ", "+", "(", ")", ".", "/")


def _sqlite_digits(col: str) -> str:
    expr = col
    for ch in _STRIP:
        expr = f"replace({expr}, '{ch}', '')"
    return expr


def phone_tail_sql(dialect: str, col: str = "phone") -> str:
    """The indexed expression (exactly as the index was created) for ``dialect``."""
    if dialect == "sqlite":
        return f"substr({_sqlite_digits(col)}, -{TAIL})"
    return f"right(regexp_replace({col}, '[^0-9]', '', 'g'), {TAIL})"


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def same_phone(typed_digits: str, stored: str | None) -> bool:
    """The typed number is the stored one, its local part, or the stored one with a country code."""
    have = digits(stored or "")
    return bool(have) and (have.endswith(typed_digits) or typed_digits.endswith(have))
