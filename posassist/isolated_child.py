"""The child side of posassist.services.isolated: read the settings and the call from stdin, build
the capabilities from the composition root (so it sits beside ``app``, above the services), cap the
address space, run the call, send progress and the answer back as pickles on the given pipe."""

from __future__ import annotations

import contextlib
import faulthandler
import os
import pickle
import sys
import threading

from posassist.errors import PosassistError
from posassist.services.isolated import HEADER, send_message


def _cap_memory(limit_mb: int) -> None:
    """A backstop for where the parent cannot watch resident memory (no /proc): cap the address
    space at what the child holds after start-up plus four times ``limit_mb`` and 256 MB more.
    The parent's watch of resident memory is the limit itself: an allocation that fails under
    the cap can crash or stall a C library, one the parent stops never does."""
    try:
        import resource
    except ImportError:  # not on this platform: the import runs unbounded, still apart
        return
    try:
        with open("/proc/self/statm") as fh:
            size = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        size = 0
    cap = size + (4 * limit_mb + 256) * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


NICE = 10  # the child's scheduling priority below the window's: the window gets a core first


def _give_way() -> None:
    """The import gives way to the window it runs for: on a machine busy with other work, a child
    at the window's own priority took the core the window's event loop was waiting for (the longest
    stall of the import window was 60 ms with 11 ms of it the window's own CPU)."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on this platform, or not allowed
        os.nice(NICE)


def _resident() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _read_exactly(fd: int, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, left)
        if not chunk:
            raise EOFError("the parent closed the pipe before sending the call")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _child(result_fd: int) -> int:
    faulthandler.enable()  # a crash in a C library leaves its Python stack in the parent's log
    _give_way()
    out = os.fdopen(result_fd, "wb")
    # raw reads on fd 0 (no buffered stdin object: a daemon thread blocked in one aborts the
    # interpreter at exit)
    (size,) = HEADER.unpack(_read_exactly(0, HEADER.size))
    settings, call, limit = pickle.loads(_read_exactly(0, size))
    stop = threading.Event()

    def watch() -> None:  # a byte on stdin, or the parent gone (end of file), asks the call to stop
        with contextlib.suppress(OSError):
            os.read(0, 1)
        stop.set()

    threading.Thread(target=watch, daemon=True).start()
    from posassist.bootstrap import build_app

    app = build_app(settings)
    try:
        fn = getattr(getattr(app.svc, call.capability), call.method)
        _cap_memory(limit)
        send_message(out, ("started", _resident()))

        def progress(stage: str, done: int, total: int) -> None:
            send_message(out, ("progress", stage, done, total))

        try:
            result = fn(*call.args, progress=progress, cancelled=stop.is_set, **call.kwargs)
        except MemoryError:
            send_message(out, ("memory",))
            return 3
        except PosassistError as err:
            send_message(out, ("error", err))
            return 1
        send_message(out, ("done", result))
        return 0
    finally:
        app.close()


if __name__ == "__main__":
    raise SystemExit(_child(int(sys.argv[1])))
