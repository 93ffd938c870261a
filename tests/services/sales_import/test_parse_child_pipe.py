"""The parsing process's answers have its standard output to themselves: a stray print in the
child (its own code or a library's) goes to standard error and never breaks the parent's reading."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys

from posassist.services.isolated import HEADER, receive_message

CHILD = """
from posassist.services.sales_import import parse_child as p

def noisy(path, source, opts, stores, sqlite, out, *more, **options):
    print("a stray line on standard output")
    p.send_message(out, ("done", [], (1, 2), None))

p.run = noisy
raise SystemExit(p.main())
"""


def test_a_print_in_the_child_does_not_reach_the_answers() -> None:
    data = pickle.dumps(("file.csv", "shopify", None, {}, True), pickle.HIGHEST_PROTOCOL)
    args = HEADER.pack(len(data)) + data  # framed as every message on the pipes
    done = subprocess.run([sys.executable, "-c", CHILD], input=args, capture_output=True, check=True, timeout=120)
    answers = io.BytesIO(done.stdout)
    assert receive_message(answers) == ("done", [], (1, 2), None)
    assert receive_message(answers) is None  # nothing else on the pipe
    assert b"a stray line on standard output" in done.stderr
