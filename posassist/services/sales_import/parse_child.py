"""A large first import of sales reads and parses the file in a second process while the importing
process matches customers and writes: on a first import nothing of the file depends on the
database (no order is here yet), so reading, grouping, de-duplicating and parsing are separable.

The parent starts ``python -m posassist.services.sales_import.parse_child`` and sends it the file
and the options on stdin; the child sends back, one message per chunk of orders on stdout (framed as services.isolated's), the
chunk's new orders as plain tuples (sift.Prepared: a pickled Order costs 60 µs, its tuples a few),
every problem it found (row, field, code, message) in the order it found them, the file-side counts
and whether an error blocks the import. The pipe's buffer bounds what is read ahead. The parent
checks cancel between chunks and stops the child; a child that fails says why. On a first import
into SQLite the parent, when it would wait, asks for the next chunk unparsed and parses it itself
(share.py).

A file imported again (``again``: this source has orders here) is read and fingerprinted in the
child too: for each chunk it first sends the orders' (key, fingerprint) (a "keys" message) and goes
on reading the next chunk; the parent looks the keys up and answers on stdin with the positions of
the new and of the changed orders and how many unchanged ones were refunded; the child then parses
only those and sends them in the chunk's message (a new order as its tuples, a changed one as its
Order, which the parent updates). An unchanged order is counted, never parsed nor sent."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

from posassist.errors import PosassistError, StorageError
from posassist.i18n import tr
from posassist.services.isolated import receive_message, send_message
from posassist.services.sales_import import pipe, share, sift
from posassist.services.sales_import.collector import collected, no_collector
from posassist.services.sales_import.early import Started, start, stop
from posassist.services.sales_import.early import wanted as wanted  # the name the importer asks
from posassist.services.sales_import.model import Options, Order, RawOrder, Report, SaleCounts
from posassist.services.sales_import.seen_keys import SeenKeys

COUNTED = ("rows", "orders", "lines", "skipped", "refunds")  # the counts the file side keeps

# a chunk: its orders to write in the file's order (a new one's tuples; a changed one's Order, on a
# file imported again), the problems, the file-side counts, whether an error blocks the import
Batch = tuple[list[sift.Prepared | Order], list[tuple[Any, ...]], tuple[int, ...], bool]
Keys = list[tuple[str, str]]  # a chunk's orders as (key, fingerprint), on a file imported again
# positions of the new and the changed orders; of the unchanged: how many were refunded, their
# line-item rows, the positions of those whose rows are to be counted here
Answer = tuple[list[int], list[int], int, int, list[int]]


class Parsed:
    """The parent's side: iterate for the chunks (see Batch); ``close`` stops the child."""

    def __init__(
        self,
        path: Path,
        source: str,
        opts: Options,
        stores: dict[str, int],
        sqlite: bool,
        *,
        again: bool = False,
        encoding: str | None = None,
        started: Started | None = None,
    ) -> None:
        """``encoding``: the file's, found already (None: the child reads it from the whole file).
        ``started``: the process, started already (early.py)."""
        self.child, self._errors = started or start()
        assert self.child.stdin is not None and self.child.stdout is not None
        self._fd = self.child.stdout.fileno()  # read whole messages from the pipe, no read-ahead
        # A first import into SQLite shares the parsing (share.py), its requests on the child's
        # stdin, when the pipe holds a few chunks: through a narrow one, each chunk this process
        # parsed held the child up at its next one (a million lines: 36 -> 57 s). Not on
        # PostgreSQL, whose server takes the second core's time while the two processes work.
        self.share = share.mode() if sqlite and not again and pipe.widen(self._fd) else ("off", 0)
        pipe.send(self.child.stdin, (str(path), source, opts, stores, sqlite, again, self.share, encoding))
        self.again = again
        if not again and self.share[0] != "auto":
            self.child.stdin.close()  # asks nothing more
        self._asked = False  # a chunk asked for unparsed and not come yet
        self._size = 0  # the bytes of the last parsed chunk that came
        self.pending: list[tuple[Any, ...]] = []  # problems after the last chunk (a cut-off file)
        self.counts: tuple[int, ...] | None = None
        self.peak_kb: int | None = None  # the child's peak resident memory (Linux), when it is done

    def __iter__(self) -> Iterator[Batch | Keys | share.Unparsed]:
        """The chunks (a tuple, see Batch; share.Unparsed, one to parse here), on a file imported
        again each chunk's keys (a list) before it, which ``answer`` must answer."""
        while True:
            if self.share[0] == "auto" and not self._asked and pipe.waiting(self._fd) < max(1, self._size):
                self._ask()  # little to do here before the child's next chunks: parse one here
            message, size = pipe.receive_sized(self._fd)
            if message is None:
                self._failed()
            kind = message[0]
            if kind == "chunk":
                self._size = size
                yield message[1], message[2], message[3], message[4]
            elif kind == "raw":
                self._asked = False
                yield share.Unparsed(message[1], message[2], message[3])
            elif kind == "keys":
                yield message[1]
            elif kind == "done":
                self.pending, self.counts, self.peak_kb = message[1], message[2], message[3]
                return
            elif kind == "error" and isinstance(message[1], PosassistError):
                raise message[1]
            else:
                self._failed()

    def _failed(self) -> NoReturn:
        code = self.child.wait()
        self._errors.seek(0)
        tail = self._errors.read()[-2000:].decode("utf-8", "replace").strip()
        raise StorageError(
            tr("The process reading the file stopped (exit {code}): {why}", code=code, why=tail or tr("no message"))
        )

    def _ask(self) -> None:
        assert self.child.stdin is not None
        try:
            os.write(self.child.stdin.fileno(), share.ASK)
            self._asked = True
        except OSError:
            self.share = ("off", 0)  # the child is gone or done: its next message says which

    def answer(self, answer: Answer) -> None:
        """Which orders of the chunk whose keys came last the child is to parse and send."""
        assert self.child.stdin is not None
        try:
            send_message(self.child.stdin, ("answer", *answer))
        except OSError:
            self._failed()  # the child stopped: say why

    def close(self) -> None:
        stop((self.child, self._errors))


def apply_counts(counts: SaleCounts, values: tuple[int, ...], here: SaleCounts | None = None) -> None:
    """The file-side counts: the child's, plus those of the chunks parsed here (``here``)."""
    for name, value in zip(COUNTED, values, strict=True):
        setattr(counts, name, value + (getattr(here, name) if here is not None else 0))


class _Collecting(Report):
    """The child's report: each problem kept as its arguments, sent to the parent to add."""

    def __init__(self, source: str) -> None:
        super().__init__(source, "auto", False, SaleCounts())
        self.pending: list[tuple[Any, ...]] = []

    def add(
        self, row: int | None, line: int | None, fld: str | None, value: str | None, severity: str, code: str, msg: str
    ) -> None:
        self.pending.append((row, line, fld, value, severity, code, msg))

    def take(self) -> list[tuple[Any, ...]]:
        out, self.pending = self.pending, []
        return out


def _counts(c: SaleCounts) -> tuple[int, ...]:
    return tuple(getattr(c, name) for name in COUNTED)


def run(
    path: str,
    source: str,
    opts: Options,
    stores: dict[str, int],
    sqlite: bool,
    out: IO[bytes],
    answers: IO[bytes] | None = None,
    asked: share.Asked | None = None,
    encoding: str | None = None,
) -> None:
    """Read and parse ``path``, sending chunks on ``out``; with ``answers`` (a file imported
    again) each chunk's keys first, parsing what the answer read from ``answers`` asks for; on a
    first import a chunk ``asked`` for is sent unparsed (share.py)."""
    from posassist.services.sales_import import formats
    from posassist.services.sales_import.reading import chunks, group, group_unsplit, open_table

    report = _Collecting(path)
    table = open_table(Path(path), report, texts=True, encoding=encoding)
    layout = formats.sale_layout(table, opts.format, share.Deferred(opts, report, stores))
    report.take()  # the header's problems: the parent found them too
    c = report.counts
    assert isinstance(c, SaleCounts)
    seen = SeenKeys()
    blocked = False
    prepare, read_order = sift.prepare, sift.read_order
    column = getattr(layout, "key_column", None)
    if answers is not None:
        # a file imported again: its lines not split into cells until an order is to be read
        unsplit = table.unsplit if column is not None and not table.wrapped else None
        raws = chunks(
            group_unsplit(unsplit, column, table.delimiter)
            if unsplit is not None and column is not None
            else group(table.rows, layout.key, column, texts=True)
        )
        _again(layout, raws, source, opts, sqlite, report, out, answers, (len(table.header), table.delimiter))
        pipe.send(out, ("done", report.take(), _counts(c), _peak_kb()))
        return
    raws = chunks(group(table.rows, layout.key, column, texts=True))
    for n, batch in enumerate(raws):
        collected(n)
        if asked is not None and asked():
            pipe.send(out, ("raw", share.unparsed(batch, seen), report.take(), _counts(c)))
            continue
        prepared = []
        for r in sift.fresh(batch, seen, c, report):
            c.orders += 1
            o, blocks = read_order(layout, r, c, opts)
            blocked |= blocks
            if o is not None and not blocked:
                prepared.append(prepare(o, source, sqlite))
        pipe.send(out, ("chunk", prepared, report.take(), _counts(c), blocked), shared=True)
    pipe.send(out, ("done", report.take(), _counts(c), _peak_kb()))


def _again(
    layout: Any,
    raws: Iterable[list[RawOrder]],
    source: str,
    opts: Options,
    sqlite: bool,
    report: _Collecting,
    out: IO[bytes],
    answers: IO[bytes],
    shape: tuple[int, str],
) -> None:
    """A file imported again: each chunk's keys sent, then (one chunk later, so the reading goes on
    while the parent looks them up) the orders the parent's answer asks for, their rows made
    only then (``shape``: the header's width and the delimiter, for reading.rows_of)."""
    from posassist.services.sales_import.fingerprints import legacy_fingerprint
    from posassist.services.sales_import.reading import rows_of

    c = report.counts
    assert isinstance(c, SaleCounts)
    seen = SeenKeys()
    blocked = False
    held: tuple[list[RawOrder], list[tuple[Any, ...]]] | None = None  # sent keys, not answered yet

    def answered(fresh: list[RawOrder], problems: list[tuple[Any, ...]]) -> None:
        nonlocal blocked
        message = receive_message(answers)
        if message is None or message[0] != "answer":
            raise SystemExit(2)  # the parent is gone
        new, changed, refunds, lines, count = set(message[1]), set(message[2]), message[3], message[4], message[5]
        c.orders += len(fresh)
        c.refunds += refunds
        c.lines += lines  # the unchanged orders' line-item rows, from their stored fingerprints
        width, delimiter = shape
        for i in count:  # unchanged, but the stored fingerprint does not say how many lines
            c.lines += layout.line_count(rows_of(fresh[i], width, delimiter))
        items: list[sift.Prepared | Order] = []
        for i, r in enumerate(fresh):
            if i not in new and i not in changed:
                continue
            rows_of(r, width, delimiter)
            o, blocks = sift.read_order(layout, r, c, opts)
            blocked |= blocks
            if o is not None and not blocked:
                if i in new:
                    items.append(sift.prepare(o, source, sqlite))
                else:
                    o.legacy_digest = legacy_fingerprint(r.rows, True)  # a stored one of an earlier version
                    items.append(o)
        pipe.send(out, ("chunk", items, problems + report.take(), _counts(c), blocked))

    for n, batch in enumerate(raws):
        collected(n)
        fresh = list(sift.fresh(batch, seen, c, report))
        pipe.send(out, ("keys", [(r.key, r.digest) for r in fresh]))
        problems = report.take()  # this chunk's (orders met again), sent with its orders
        if held is not None:
            answered(*held)
        held = (fresh, problems)
    if held is not None:
        answered(*held)


def _peak_kb() -> int | None:
    """This process's peak resident memory since it started python (VmHWM: getrusage's maxrss
    counts the starting process's before the exec too)."""
    try:
        with open("/proc/self/status") as fh:
            return next((int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:")), None)
    except (OSError, ValueError, IndexError):
        return None


def main() -> int:
    no_collector()
    from posassist.services.sales_import import formats, reading  # noqa: F401  (loaded while it waits)

    # the arguments from the process that started this one, read from the pipe itself (a request
    # for a chunk unparsed may follow at once: share.Asked reads it there); answers, on a file
    # imported again, through the buffered stdin, which has read nothing yet
    args = pipe.receive(sys.stdin.fileno())
    if args is None:
        return 2
    stdin = sys.stdin.buffer
    # The answers get the pipe to themselves: anything else written to standard output (a stray
    # print, a library's notice) goes to standard error, which the parent keeps for its message.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    try:
        path, source, opts, stores, sqlite, *rest = args
        again = bool(rest and rest[0])
        encoding = rest[2] if len(rest) > 2 else None  # found by the process that started this one
        if again:
            run(path, source, opts, stores, sqlite, out, stdin, encoding=encoding)
        else:
            asked = share.Asked(stdin.fileno(), rest[1] if len(rest) > 1 else ("off", 0))
            run(path, source, opts, stores, sqlite, out, asked=asked, encoding=encoding)
    except PosassistError as err:
        pipe.send(out, ("error", err))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
