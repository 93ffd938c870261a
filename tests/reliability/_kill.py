"""Kill a child process at an observed point of its work, not after a guessed sleep.

The child runs ``HOOK`` first. Before each SQL statement any of its engines sends it reports "sql"
on a pipe of its own and waits for the test's go-ahead; its own milestones (``mark("...")``) are
reported without waiting. The test reads those events, lets the child go on until the point it chose
(for example: two decisions done, then the 7th statement after that), and kills it there: either
exactly there (the child is waiting before that statement, inside its transaction), or after letting
that statement go and a random small delay (the kill lands while the statement or the commit after
it runs). ``Watched.kill`` says whether the child was still running when the signal came, so a
test knows how many of its kills really happened mid-work."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from typing import IO, Any

FD_VAR = "POSASSIST_TEST_PROGRESS_FD"
GO_VAR = "POSASSIST_TEST_GO_FD"
# seconds without any progress: the child is stuck (a safety net, never reached normally)
HANG = float(os.environ.get("POSASSIST_TEST_HANG", "600"))

HOOK = rf"""
import faulthandler as _faulthandler, os as _os, signal as _signal
_faulthandler.register(_signal.SIGUSR1, all_threads=True)  # where it is stuck, should it ever be
from sqlalchemy import event as _event
from sqlalchemy.engine import Engine as _Engine
_progress = _os.fdopen(int(_os.environ.pop("{FD_VAR}")), "w", buffering=1)
_go = int(_os.environ.pop("{GO_VAR}"))
def mark(what):
    _progress.write(what + "\n")
@_event.listens_for(_Engine, "before_cursor_execute")
def _statement(*_args):
    global _go
    mark("sql")
    if _go >= 0 and not _os.read(_go, 1):  # the test stopped watching: run freely from here
        _os.close(_go)
        _go = -1
"""

CLI = HOOK + "\nimport sys\nfrom posassist.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"


def script(body: str) -> list[str]:
    """The command line that runs ``body`` (a Python script using ``mark``) with the progress hook."""
    return [sys.executable, "-c", HOOK + body]


def cli(*args: str) -> list[str]:
    """posassist's command line (as ``python -m posassist``), with the progress hook."""
    return [sys.executable, "-c", CLI, *args]


class Watched:
    """A child started with the progress pipes; its events are read as they come."""

    def __init__(self, argv: list[str], env: dict[str, str] | None = None, **popen: Any) -> None:
        events_r, events_w = os.pipe()
        go_r, self._go = os.pipe()
        self._err: IO[bytes] = tempfile.TemporaryFile()
        try:
            self.proc = subprocess.Popen(
                argv,
                env={**(os.environ if env is None else env), FD_VAR: str(events_w), GO_VAR: str(go_r)},
                pass_fds=(events_w, go_r),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._err,
                **popen,
            )
        finally:
            os.close(events_w)
            os.close(go_r)
        self._events: queue.Queue[str | None] = queue.Queue()
        self._waiting = False  # the child waits for the go-ahead before its next statement
        self._ended = False
        self.seen: dict[str, int] = {}
        self.log: list[str] = []  # every event so far, in order
        threading.Thread(target=self._read, args=(events_r,), daemon=True).start()

    def _read(self, fd: int) -> None:
        with os.fdopen(fd) as fh:
            for line in fh:
                self._events.put(line.strip())
        self._events.put(None)  # the pipe closed: the child has ended

    def _release(self) -> None:
        if self._waiting and self._go >= 0:
            self._waiting = False
            try:
                os.write(self._go, b"g")
            except BrokenPipeError:  # it has ended meanwhile
                pass

    def next(self) -> str | None:
        """The next event (a statement the child then waits at), or None once the child has ended."""
        self._release()
        if self._ended:
            return None
        try:
            event = self._events.get(timeout=HANG)
        except queue.Empty:
            self.proc.send_signal(signal.SIGUSR1)  # its threads' stacks, to stderr
            time.sleep(1)
            self.proc.kill()
            raise AssertionError(f"no progress from the child for {HANG:.0f} s: {self.stderr()}") from None
        if event is None:
            self._ended = True
        else:
            self.seen[event] = self.seen.get(event, 0) + 1
            self.log.append(event)
            self._waiting = event == "sql" and self._go >= 0
        return event

    def until(self, stop: Callable[[str], bool]) -> bool:
        """Let the child go on until ``stop(event)`` is true (True), or the child ends first (False)."""
        while (event := self.next()) is not None:
            if stop(event):
                return True
        return False

    def until_count(self, what: str, n: int) -> bool:
        """Go on until ``what`` has been seen ``n`` times in all (True), or the child ends first."""
        return self.seen.get(what, 0) >= n or self.until(lambda e: e == what and self.seen[what] >= n)

    def statements_since(self, milestone: str) -> int:
        """SQL statements sent since the last ``milestone`` (all of them if there was none)."""
        since = len(self.log) - self.log[::-1].index(milestone) if milestone in self.log else 0
        return self.log[since:].count("sql")

    def last_milestone(self) -> str | None:
        return next((e for e in reversed(self.log) if e != "sql"), None)

    def kill(self, rng: random.Random, delay: float = 0.01) -> bool:
        """SIGKILL: half the time right here (before the statement the child waits at), else once that
        statement is let go and up to ``delay`` seconds later. True if the child was still running."""
        if self._waiting and rng.random() < 0.5:
            self._release()
            time.sleep(rng.uniform(0, delay))
        self.proc.send_signal(signal.SIGKILL)  # does nothing if it has already ended and been reaped
        self.proc.wait(HANG)
        return self.proc.returncode == -signal.SIGKILL

    def wait(self) -> int:
        """Let the child run freely to its end; its exit code."""
        self._release()
        os.close(self._go)
        self._go = -1
        while self.next() is not None:
            pass
        return self.proc.wait(HANG)

    def stderr(self) -> str:
        self._err.seek(0)
        return self._err.read().decode(errors="replace")[-2000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(HANG)
        if self._go >= 0:
            os.close(self._go)
            self._go = -1
        self._err.close()
