"""The parsing process's answers have its standard output to themselves: a stray print in the
child (its own code or a library's) goes to standard error and never breaks the parent's reading."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from posassist.services.sales_import import pipe

CHILD = """
from posassist.services.sales_import import parse_child as p

def noisy(path, source, opts, stores, sqlite, out, *more, **options):
    print("a stray line on standard output")
    p.pipe.send(out, ("done", [], (1, 2), None))

p.run = noisy
raise SystemExit(p.main())
"""


def test_a_print_in_the_child_does_not_reach_the_answers(tmp_path: Path) -> None:
    args = io.BytesIO()
    pipe.send(args, ("file.csv", "shopify", None, {}, True))  # framed as every message to the child
    done = subprocess.run(
        [sys.executable, "-c", CHILD], input=args.getvalue(), capture_output=True, check=True, timeout=120
    )
    (tmp_path / "answers").write_bytes(done.stdout)
    fd = os.open(tmp_path / "answers", os.O_RDONLY)
    try:
        assert pipe.receive(fd) == ("done", [], (1, 2), None)
        assert pipe.receive(fd) is None  # nothing else on the pipe
    finally:
        os.close(fd)
    assert b"a stray line on standard output" in done.stderr


def test_plain_values_and_objects_both_come_through(tmp_path: Path) -> None:
    """A chunk of plain values goes as marshal, one with objects (a time, an error) as pickle."""
    from datetime import UTC, datetime

    plain = ("chunk", [("#1", 1, None, (1.5, True, "x"), [])], [], (1, 2), False)
    objects = ("chunk", [("#2", datetime(2026, 1, 2, tzinfo=UTC))], [], (3,), False)
    out = io.BytesIO()
    pipe.send(out, plain)
    pipe.send(out, objects)
    data = out.getvalue()
    assert data[pipe.HEADER.size : pipe.HEADER.size + 1] == pipe.MARSHAL
    (tmp_path / "m").write_bytes(data)
    fd = os.open(tmp_path / "m", os.O_RDONLY)
    try:
        assert pipe.receive(fd) == plain
        assert pipe.receive(fd) == objects
    finally:
        os.close(fd)
