"""The importing process's share of the parsing on a first import parsed apart (parse_child).

The parsing process is the slower of the two on SQLite: the importing one waited for its chunks
a third of the time (on PostgreSQL the server's work takes that time; no share there). So when
less than one chunk waits on the pipe (pipe.waiting), the importing process asks (one byte on the
child's standard input) for the next chunk unparsed; the child sends that chunk's orders as read
(their records' texts, fingerprint, whether the order was met earlier in the file) and goes on
with the next one, which it parses, while the importing process parses the one it asked for. At
most one request is open; the two share the work as their speeds are.

The result is the import in one process: the same counts (the importing process keeps its own
for the orders it parsed and adds the child's), the same problems in the same order (an order met
again is reported by whoever parses its chunk, in its place). What the file has told so far and
is reported once per file (a store that is not here, a second currency) is decided by the
importing process alone: the child hands each first meeting on in its place among its problems
(``Deferred``) and the importing process ``replay``s them against what it has met itself.

``POSASSIST_SALES_PARSE_SHARE``: ``auto`` (the default), ``off``, or ``every:N`` (every N-th chunk
parsed by the importing process, whatever the speeds: for tests and diagnosis)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from posassist.services.sales_import import pipe, sift
from posassist.services.sales_import.layout import Context
from posassist.services.sales_import.model import RawOrder, Report, SaleCounts
from posassist.services.sales_import.reading import rows_from
from posassist.services.sales_import.seen_keys import SeenKeys

ONCE = "once"  # the severity of a first meeting handed on by the child (never a real problem's)
ASK = b"r"
# an order as read: key, row, line, its records' (row, line, text), fingerprint, whether it was
# met earlier in the file
UnparsedOrder = tuple[str, int, int, list[tuple[int, int, str]], str, bool]
Shape = tuple[int, str, bool]  # the header's width, the delimiter, whether the file was wrapped


@dataclass
class Unparsed:
    """A chunk the child sent unparsed: its orders, the problems before them, the child's counts."""

    orders: list[UnparsedOrder]
    problems: list[tuple[Any, ...]]
    counts: tuple[int, ...]


def mode() -> tuple[str, int]:
    """("auto" | "off" | "every", N) from POSASSIST_SALES_PARSE_SHARE; POSIX only (a pipe is
    polled with select), else off."""
    raw = os.environ.get("POSASSIST_SALES_PARSE_SHARE", "auto").strip().lower()
    if os.name != "posix" or raw in ("off", "no", "never"):
        return "off", 0
    if raw.startswith("every:"):
        try:
            return "every", max(1, int(raw.split(":", 1)[1]))
        except ValueError:
            pass
    return "auto", 0


class Asked:
    """The child's side: whether the importing process asked for the next chunk unparsed (or, in
    ``every`` mode, whether this is the N-th chunk)."""

    def __init__(self, fd: int | None, how: tuple[str, int]) -> None:
        self.fd, self.how, self.n = fd, how, 0

    def __call__(self) -> bool:
        self.n += 1
        kind, every = self.how
        if kind == "every":
            return self.n % every == 0
        if kind == "off" or self.fd is None or not pipe.readable(self.fd):
            return False
        if not os.read(self.fd, 1):  # the importing process closed the pipe: asks no more
            self.fd = None
            return False
        return True


def unparsed(batch: list[RawOrder], seen: SeenKeys) -> list[UnparsedOrder]:
    """The chunk's orders as read, each marked when met earlier in the file (``seen``, as
    sift.fresh keeps it), their records as texts (reading.open_table's ``texts``: the last cell),
    which go through the pipe at a fraction of what their cells would cost."""
    out: list[UnparsedOrder] = []
    for r in batch:
        again = bool(r.key) and seen.met(r.key)
        out.append((r.key, r.row, r.line, [(row, line, v[-1]) for row, line, v in r.rows], r.digest, again))
    return out


def fresh_here(orders: list[UnparsedOrder], c: SaleCounts, report: Report, shape: Shape) -> Iterator[RawOrder]:
    """sift.fresh for a chunk that came unparsed: rows counted, an order met again reported, the
    others' rows made again from their texts (``shape``: the file's, see Shape)."""
    width, delimiter, wrapped = shape
    for key, row, line, texts, digest, again in orders:
        c.rows += len(texts)
        if again:
            sift.met_again(RawOrder(key, row, line, []), c, report)
            continue
        yield RawOrder(key, row, line, rows_from(texts, width, delimiter, wrapped), digest)


def replay(problems: list[tuple[Any, ...]], report: Report, ctx: Context) -> None:
    """The child's problems into the report, its first meetings decided here (see Deferred)."""
    for p in problems:
        if p[4] != ONCE:
            report.add(*p)
        elif p[5] == "location":
            ctx.location_unknown(p[3], p[0], p[1], p[2])
        else:
            ctx.currency_met(p[3], p[0], p[1], p[2])


class Deferred(Context):
    """The child's context: a first meeting handed on (its place among the problems kept) for
    the importing process to decide; met once, handed on once."""

    def location_unknown(self, text: str, row: int | None, line: int | None, fld: str | None) -> None:
        if text.lower() not in self.unknown_locations:
            self.unknown_locations.add(text.lower())
            self.report.add(row, line, fld, text, ONCE, "location", "")

    def currency_met(self, currency: str, row: int | None, line: int | None, fld: str | None) -> None:
        if currency not in self.currencies:
            self.currencies.add(currency)
            self.report.add(row, line, fld, currency, ONCE, "currency", "")
