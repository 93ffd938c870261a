"""Reading a set-up file key by key: each problem names the key and the line it sits on
("stores[2].timezone (line 14): …") so the person editing it can go straight there."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn

from posassist.domain.money import Money
from posassist.errors import InvalidInput
from posassist.i18n import tr


class Lines:
    """Where a key sits in the file: the line of ``key =`` inside the n-th ``[[table]]``."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def of(self, table: str, index: int | None, key: str | None) -> int | None:
        header = re.compile(r"^\s*\[\[\s*" + re.escape(table) + r"\s*\]\]") if index is not None else None
        plain = re.compile(r"^\s*\[\s*" + re.escape(table) + r"(\.[^\]]*)?\s*\]")
        seen, start = -1, None
        for n, line in enumerate(self.lines, 1):
            if header is not None and header.match(line):
                seen += 1
                if seen == index:
                    start = n
            elif header is None and plain.match(line) and start is None:
                start = n
            elif start is not None and re.match(r"^\s*\[", line):
                break
            elif start is not None and key and re.match(r"^\s*" + re.escape(key) + r"\s*=", line):
                return n
        return start


class Reader:
    def __init__(self, text: str) -> None:
        self.where = Lines(text)

    def fail(self, path: str, message: str, table: str, index: int | None = None, key: str | None = None) -> NoReturn:
        line = self.where.of(table, index, key)
        at = tr("{path} (line {line})", path=path, line=line) if line else path
        raise InvalidInput(tr("{at}: {message}", at=at, message=message), field=path, row=line)

    def check_keys(self, item: Any, allowed: set[str], path: str, table: str, index: int | None) -> dict[str, Any]:
        if not isinstance(item, dict):
            self.fail(path, tr("expected a table of settings"), table, index)
        for key in item:
            if key not in allowed:
                self.fail(
                    f"{path}.{key}",
                    tr("unknown setting; the settings here are: {keys}.", keys=", ".join(sorted(allowed))),
                    table,
                    index,
                    key,
                )
        return dict(item)

    def text(
        self,
        item: dict[str, Any],
        key: str,
        path: str,
        table: str,
        index: int | None,
        *,
        required: bool = True,
        default: str = "",
    ) -> str:
        value = item.get(key, None if required else default)
        if value is None:
            self.fail(f"{path}.{key}", tr("this setting is required"), table, index)
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", tr("expected text in quotes"), table, index, key)
        return str(value).strip()

    def number(
        self,
        item: dict[str, Any],
        key: str,
        path: str,
        table: str,
        index: int | None,
        *,
        default: int = 0,
        low: int = 0,
        high: int = 10**9,
    ) -> int:
        value = item.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(
                f"{path}.{key}",
                tr("expected a whole number from {low} to {high}", low=low, high=high),
                table,
                index,
                key,
            )
        return int(value)

    def flag(self, item: dict[str, Any], key: str, path: str, table: str, index: int | None, default: bool) -> bool:
        value = item.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{path}.{key}", tr("expected true or false"), table, index, key)
        return bool(value)

    def money(self, item: dict[str, Any], key: str, path: str, table: str, currency: str) -> int:
        value = item.get(key, "0")
        try:
            if isinstance(value, bool) or isinstance(value, float):
                raise InvalidOperation
            amount = Decimal(str(value))
            if not amount.is_finite() or amount < 0:
                raise InvalidOperation
        except InvalidOperation:
            self.fail(f"{path}.{key}", tr('expected an amount in quotes, e.g. "250.00"'), table, None, key)
        return Money.of(amount, currency).minor


def document_line(text: str, table: str, index: int | None, key: str | None) -> int | None:
    """The line of ``key`` in the n-th ``[[table]]`` of a set-up file (for checks made after parsing)."""
    return Lines(text).of(table, index, key)
