"""The parsing process of a large file (parse_child) started as soon as an import knows its
file, before the sign-in is checked, the lock taken and the file's encoding and header read: its
interpreter and modules load while this process does those (0.15 s). It waits for the file and its
options (parse_child.Parsed sends them, or nothing when the import stops before) and reads nothing
of the file until then. ``Early`` hands it to the import; one not taken is stopped."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from posassist.errors import StorageError
from posassist.i18n import tr

FROM_MB = 4.0  # files from this size are parsed in a second process (POSASSIST_SALES_PARSE_CHILD_MB)
Started = tuple["subprocess.Popen[bytes]", IO[bytes]]  # the process and the file of its standard error

# How the parsing process starts: the catalogue sync's package without its __init__, which imports
# the whole catalogue sync and the database's modules (1.5 s CPU); the child reads with its
# ``sources`` and reports with its ``model`` only. A process that has it imported already keeps it.
LAUNCH = """
import importlib.util, sys
name = "posassist.services.catalogue_sync"
if name not in sys.modules:
    spec = importlib.util.find_spec(name)
    if spec is not None and spec.submodule_search_locations is not None:
        sys.modules[name] = importlib.util.module_from_spec(spec)
from posassist.services.sales_import.parse_child import main
sys.exit(main())
"""


def wanted(path: Path) -> bool:
    """Whether a first import of ``path`` is parsed in a second process: a file of some size (a
    small one is read before a process would have started) on a machine with a second core.
    ``POSASSIST_SALES_PARSE_CHILD_MB``: the size from which it is (0: always; ``off``: never)."""
    raw = os.environ.get("POSASSIST_SALES_PARSE_CHILD_MB", "").strip().lower()
    if raw in ("off", "no", "never"):
        return False
    try:
        limit = float(raw) if raw else FROM_MB
    except ValueError:
        limit = FROM_MB
    if limit > 0 and (os.cpu_count() or 1) < 2:
        return False
    try:
        return path.stat().st_size >= limit * 1e6
    except OSError:
        return False


def start() -> Started:
    """The parsing process, waiting for its file and options (Parsed sends them), with the file
    that keeps what it writes to standard error."""
    errors = tempfile.TemporaryFile()
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", LAUNCH],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
        )
    except OSError as err:
        errors.close()
        raise StorageError(tr("Could not start the import process ({err}).", err=err)) from err
    return child, errors


def stop(started: Started) -> None:
    child, errors = started
    if child.stdin is not None and not child.stdin.closed:
        with contextlib.suppress(OSError):
            child.stdin.close()
    if child.poll() is None:
        with contextlib.suppress(OSError):
            child.kill()
    if child.stdout is not None:
        child.stdout.close()
    child.wait()
    errors.close()


class Early:
    """The parsing process for ``path``, started now when the file is one to parse apart."""

    def __init__(self, path: Path) -> None:
        self.started: Started | None = start() if wanted(path) else None

    def take(self) -> Started | None:
        """The process for the import to use (None: start one)."""
        started, self.started = self.started, None
        return started

    def close(self) -> None:
        if self.started is not None:
            stop(self.started)
            self.started = None

    def __enter__(self) -> Early:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
