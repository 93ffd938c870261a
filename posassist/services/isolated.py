"""Run one heavy capability call (an import of a file somebody else wrote) in a child process, so a
file that needs more memory than the counter can spare stops that process, never the window.

The parent sends the settings and the call to ``python -m posassist.isolated_child`` on its
stdin; the child builds its own capabilities from the same settings (the same database, the same
counter key and staff session), is watched for resident memory (stopped over the limit; an address-space cap is its backstop), and sends progress and the result back
as pickles on a pipe of its own. Cancel is a byte on the child's stdin (the call stops at its next
check and rolls back); a child that does not stop is killed, which rolls its transaction back too.
Errors the child raises arrive as the same typed errors; a child that dies says how.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from posassist.config import Settings
from posassist.errors import Cancelled, StorageError
from posassist.i18n import tr

log = logging.getLogger("posassist")

DEFAULT_MEMORY_MB = 2048  # POSASSIST_IMPORT_MEMORY_MB: what the child may take beyond its start
_CANCEL_GRACE_S = 15.0  # how long a cancelled child may take to roll back before it is killed
HEADER = struct.Struct("!I")

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ChildCall:
    """``services.<capability>.<method>(*args, **kwargs, progress=…, cancelled=…)``"""

    capability: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def memory_limit_mb(env: dict[str, str] | None = None) -> int:
    raw = (env if env is not None else os.environ).get("POSASSIST_IMPORT_MEMORY_MB", "")
    try:
        return max(1, int(raw)) if raw.strip() else DEFAULT_MEMORY_MB
    except ValueError:
        return DEFAULT_MEMORY_MB


def send_message(out: IO[bytes], message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(HEADER.pack(len(data)) + data)
    out.flush()


def receive_message(src: IO[bytes]) -> tuple[Any, ...] | None:
    head = src.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    data = src.read(size)
    if len(data) < size:
        return None
    message = pickle.loads(data)  # from the child this process started, never from a file
    return message if isinstance(message, tuple) else None


class Isolated:
    """The capability: ``call(ChildCall(...), progress=…, cancelled=…)`` returns what the call
    returns, raises what it raises, and survives it running out of memory."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def call(
        self,
        call: ChildCall,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        memory_mb: int | None = None,
    ) -> Any:
        return run_in_child(self._settings, call, progress=progress, cancelled=cancelled, memory_mb=memory_mb)


def run_in_child(
    settings: Settings,
    call: ChildCall,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    memory_mb: int | None = None,
) -> Any:
    limit = memory_mb if memory_mb is not None else memory_limit_mb()
    read_fd, write_fd = os.pipe()
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the child never opens a window
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "posassist.isolated_child", str(write_fd)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(write_fd,),
            env=env,
        )
    except OSError as err:
        os.close(read_fd)
        os.close(write_fd)
        raise StorageError(tr("Could not start the import process ({err}).", err=err)) from err
    os.close(write_fd)
    assert child.stdin is not None and child.stderr is not None
    errors: list[bytes] = []
    drain = threading.Thread(target=lambda: errors.append(child.stderr.read() if child.stderr else b""), daemon=True)
    drain.start()
    try:
        payload = pickle.dumps((settings, call, limit), protocol=pickle.HIGHEST_PROTOCOL)
        child.stdin.write(HEADER.pack(len(payload)) + payload)
        child.stdin.flush()
        with os.fdopen(read_fd, "rb") as results:
            return _follow(child, results, progress, cancelled, limit, errors, drain)
    except BaseException:
        _stop(child)
        raise
    finally:
        with contextlib.suppress(OSError):
            child.stdin.close()
        child.wait()


def _follow(
    child: subprocess.Popen[bytes],
    results: IO[bytes],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    limit: int,
    errors: list[bytes],
    drain: threading.Thread,
) -> Any:
    outcome: list[tuple[Any, ...] | None] = []
    started: list[int] = []  # the child's resident memory once it is ready to work
    reader = threading.Thread(target=lambda: _read_all(results, progress, outcome, started), daemon=True)
    reader.start()
    asked_to_stop: float | None = None
    while reader.is_alive():
        reader.join(0.1)
        if started and (now := resident_bytes(child.pid)) is not None and now - started[0] > limit * 1024 * 1024:
            log.warning(
                "import process %s holds %d MB beyond its start (limit %d MB): stopped",
                child.pid,
                (now - started[0]) >> 20,
                limit,
            )
            _stop(child)
            raise _out_of_memory(limit)
        if asked_to_stop is None and cancelled is not None and cancelled():
            asked_to_stop = time.monotonic()
            with contextlib.suppress(OSError):
                assert child.stdin is not None
                child.stdin.write(b"c")
                child.stdin.flush()
        if asked_to_stop is not None and time.monotonic() - asked_to_stop > _CANCEL_GRACE_S:
            _stop(child)
            raise Cancelled()
    code = child.wait()
    drain.join(5)
    message = outcome[0] if outcome else None
    if message is None:
        raise _died(code, limit, b"".join(errors))
    kind = message[0]
    if kind == "done":
        return message[1]
    if kind == "error":
        raise message[1]
    if kind == "memory":
        raise _out_of_memory(limit)
    raise StorageError(
        tr("The import process answered in a way this window cannot read ({detail}); the log says more.", detail=kind)
    )


def _read_all(
    results: IO[bytes], progress: Progress | None, outcome: list[tuple[Any, ...] | None], started: list[int]
) -> None:
    try:
        while (message := receive_message(results)) is not None:
            if message[0] == "started":
                started.append(int(message[1]))
                continue
            if message[0] == "progress":
                if progress is not None:
                    progress(message[1], message[2], message[3])
                continue
            outcome.append(message)
            return
    except Exception as err:  # an answer that cannot be read is a bug: logged, said as one line
        log.exception("the import process's answer could not be read")
        outcome.append(("unreadable", err))
        return
    outcome.append(None)


def resident_bytes(pid: int) -> int | None:
    """The resident memory of a process (Linux /proc; None where it cannot be read: then only the
    child's address-space cap bounds it)."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _stop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        child.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(10)


def _out_of_memory(limit: int) -> StorageError:
    return StorageError(
        tr(
            "The import needed more than {mb} MB of memory and was stopped; nothing was changed and the counter keeps working (POSASSIST_IMPORT_MEMORY_MB sets the limit).",
            mb=limit,
        )
    )


# How a child under its address-space cap ends when an allocation fails where no MemoryError
# can be raised: killed (the kernel's OOM killer, 137 from a shell), or a C library (libpq, the
# pickle of a huge answer) that met a NULL from malloc and crashed or aborted.
_OUT_OF_MEMORY_ENDS = frozenset({-signal.SIGKILL, 137, -signal.SIGSEGV, -signal.SIGBUS, -signal.SIGABRT})


def _died(code: int, limit: int, stderr: bytes) -> StorageError:
    tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
    log.error("import process ended with %s without an answer: %s", code, " | ".join(tail))
    if b"MemoryError" in stderr or code in _OUT_OF_MEMORY_ENDS:
        return _out_of_memory(limit)
    return StorageError(
        tr(
            "The import process ended without an answer (exit {code}); nothing was changed. The log says more.",
            code=code,
        )
    )
