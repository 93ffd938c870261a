"""Who holds an import's lock, and whether that holder is a process on this machine that has
died (killed, power cut): shared by the catalogue and the sales imports."""

from __future__ import annotations

import os
import socket


def holder_tag() -> str:
    """This process, as it signs a lock it takes: host:pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


def stale(holder: str) -> bool:
    """A lock left by a process on this machine that no longer runs."""
    tag = holder.rsplit(" @", 1)[-1] if " @" in holder else ""
    host, _, pid = tag.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
