"""The pipes between an import and its parsing process, read and written as they are: messages
framed as services.isolated's, read whole with nothing read ahead into a buffer (so what waits on
the pipe can be told: ``waiting``), the pipe from the child widened to hold a few chunks.

What the child sends (``send``) is a tagged body: ``marshal`` when the message is made of plain
values only (a chunk's tuples on SQLite: texts, numbers, None — written in a third of pickle's
time), else ``pickle`` (times as objects on PostgreSQL, an Order, an error). Both ends are the
same interpreter (the child is started with sys.executable), as marshal requires."""

from __future__ import annotations

import marshal
import os
import pickle
import select
import struct
import sys
from typing import IO, Any

from posassist.services.isolated import HEADER

PIPE_BYTES = 1 << 20  # the chunks the child may send ahead: some five (Linux; elsewhere the system's)


def widen(fd: int) -> bool:
    """The pipe from the child as wide as PIPE_BYTES (whether it now is): at the default 64 kB
    the child could not send a chunk (some 200 kB) before this process took the one before, so
    each waited on the other's slower chunks; with room for a few, each works at its own pace."""
    if sys.platform != "linux":
        return False
    import fcntl

    try:
        return int(fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)) >= PIPE_BYTES
    except OSError:
        return False


MARSHAL, PICKLE = b"M", b"P"
# without references: version 3 on keeps a table of every object met more than once, which made
# writing a chunk (its texts shared with the parsed orders) twice as slow as pickle
MARSHAL_VERSION = 2


SHARED_VERSION = 4  # with references: what a chunk's orders share (a status, a currency) read once


def send(out: IO[bytes], message: tuple[Any, ...], *, shared: bool = False) -> None:
    """One message to the importing process (see the module's account of the tag). ``shared``:
    a chunk of parsed orders, which share their texts only with each other: marshal's version 4
    writes each such text once and the importing process makes one object of it (a chunk read
    in 1.7 instead of 2.1 ms)."""
    try:
        data = MARSHAL + marshal.dumps(message, SHARED_VERSION if shared else MARSHAL_VERSION)
    except ValueError:  # an object marshal does not write
        data = PICKLE + pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(HEADER.pack(len(data)) + data)
    out.flush()


def receive(fd: int) -> tuple[Any, ...] | None:
    """One message (framed as services.isolated's) read from the pipe itself: nothing read ahead
    into a buffer, so ``waiting`` tells what has come of the next ones."""
    return receive_sized(fd)[0]


def receive_sized(fd: int) -> tuple[tuple[Any, ...] | None, int]:
    """``receive``, with the message's size in bytes."""
    head = exactly(fd, HEADER.size)
    if head is None:
        return None, 0
    data = exactly(fd, HEADER.unpack(head)[0])
    if data is None:
        return None, 0
    # from the process at the pipe's other end (send), never from a file
    body = memoryview(data)[1:]
    message = marshal.loads(body) if data[:1] == MARSHAL else pickle.loads(body)
    return (message if isinstance(message, tuple) else None), len(data)


def exactly(fd: int, size: int) -> bytes | None:
    parts: list[bytes] = []
    while size:
        got = os.read(fd, min(size, 1 << 20))
        if not got:
            return None
        parts.append(got)
        size -= len(got)
    return b"".join(parts)


def readable(fd: int) -> bool:
    """Whether reading ``fd`` would not wait."""
    return bool(select.select([fd], [], [], 0)[0])


def waiting(fd: int) -> int:
    """The bytes waiting in the pipe ``fd`` (FIONREAD); 0 where it cannot be told and the
    pipe is not readable."""
    try:
        import fcntl
        import termios

        got = fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0")
        return int(struct.unpack("i", got)[0])
    except (OSError, AttributeError, ImportError):
        return 1 if readable(fd) else 0
