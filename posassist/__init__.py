"""posassist: a point-of-service assistant for retail store associates."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``posassist.__version__``, read from the installed metadata only when asked for: importing
    importlib.metadata costs a command's whole start (a look-up per scanned item)."""
    if name != "__version__":
        raise AttributeError(f"module 'posassist' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("posassist")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.1.0"
